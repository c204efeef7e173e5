#include "MapTileRenderer.h"

#include "MapProjection.h"

#include "geo/WorldMap.h"

#include <QPainter>
#include <QPolygonF>

#include <cmath>

namespace tintype {

MapTileRenderer::Colors MapTileRenderer::Colors::light()
{
    return {QColor(0xaa, 0xd3, 0xdf), QColor(0xf2, 0xef, 0xe9), QColor(0x8f, 0xb7, 0xc4), QColor(0xa0, 0x8f, 0xb0)};
}

MapTileRenderer::Colors MapTileRenderer::Colors::dark()
{
    return {QColor(0x1b, 0x26, 0x36), QColor(0x2d, 0x30, 0x33), QColor(0x3e, 0x4c, 0x5e), QColor(0x7a, 0x6c, 0x8a)};
}

namespace {
// The line's points in tile pixels, dropping points closer than half a pixel
// to the last kept one (a continent's ring at world zoom keeps a few hundred).
void project(const WorldMap &map, const WorldMap::Line &line, double scale, double dx, double dy, QPolygonF &out)
{
    out.clear();
    const WorldMap::Point *p = map.points() + line.first;
    QPointF last(-1e9, -1e9);
    for (std::uint32_t i = 0; i < line.count; ++i) {
        const QPointF q(p[i].x * scale - dx, p[i].y * scale - dy);
        if (i + 1 == line.count || std::abs(q.x() - last.x()) + std::abs(q.y() - last.y()) >= 0.5) {
            out.append(q);
            last = q;
        }
    }
}

// Sutherland–Hodgman: the polygon cut to the box, so a continent's ring
// zoomed in is a few points, not 100,000 mostly off the tile.
void clipPolygon(QPolygonF &polygon, const QRectF &box, QPolygonF &scratch)
{
    const auto clipEdge = [&](auto inside, auto cross) {
        scratch.clear();
        const int n = int(polygon.size());
        for (int i = 0; i < n; ++i) {
            const QPointF &a = polygon[(i + n - 1) % n];
            const QPointF &b = polygon[i];
            const bool ina = inside(a), inb = inside(b);
            if (inb) {
                if (!ina)
                    scratch.append(cross(a, b));
                scratch.append(b);
            } else if (ina) {
                scratch.append(cross(a, b));
            }
        }
        polygon.swap(scratch);
    };
    const auto atX = [](const QPointF &a, const QPointF &b, double x) {
        return QPointF(x, a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x()));
    };
    const auto atY = [](const QPointF &a, const QPointF &b, double y) {
        return QPointF(a.x() + (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()), y);
    };
    const double l = box.left(), r = box.right(), t = box.top(), b = box.bottom();
    clipEdge([&](const QPointF &p) { return p.x() >= l; },
             [&](const QPointF &p, const QPointF &q) { return atX(p, q, l); });
    if (polygon.isEmpty())
        return;
    clipEdge([&](const QPointF &p) { return p.x() <= r; },
             [&](const QPointF &p, const QPointF &q) { return atX(p, q, r); });
    if (polygon.isEmpty())
        return;
    clipEdge([&](const QPointF &p) { return p.y() >= t; },
             [&](const QPointF &p, const QPointF &q) { return atY(p, q, t); });
    if (polygon.isEmpty())
        return;
    clipEdge([&](const QPointF &p) { return p.y() <= b; },
             [&](const QPointF &p, const QPointF &q) { return atY(p, q, b); });
}

// A border's runs that come near the box, each drawn as its own polyline.
template <typename Draw>
void clipPolyline(const QPolygonF &line, const QRectF &box, QPolygonF &run, Draw draw)
{
    run.clear();
    for (int i = 0; i < line.size(); ++i) {
        const bool near = box.contains(line[i]) || (i > 0 && box.contains(line[i - 1])) ||
                          (i + 1 < line.size() && box.contains(line[i + 1]));
        if (near) {
            run.append(line[i]);
        } else if (!run.isEmpty()) {
            if (run.size() >= 2)
                draw(run);
            run.clear();
        }
    }
    if (run.size() >= 2)
        draw(run);
}
} // namespace

QImage MapTileRenderer::render(const WorldMap *map, int z, int x, int y, qreal pixelRatio, const Colors &colors)
{
    const int pixels = int(std::lround(mapprojection::kTileSize * pixelRatio));
    QImage tile(pixels, pixels, QImage::Format_RGB32);
    tile.setDevicePixelRatio(pixelRatio);
    tile.fill(colors.sea);
    if (!map)
        return tile;
    const double tiles = std::exp2(z);
    // The tile's box in normalised units, with a pixel of margin for strokes.
    const double margin = 2.0 / (mapprojection::kTileSize * tiles);
    const double left = x / tiles - margin, right = (x + 1) / tiles + margin;
    const double top = y / tiles - margin, bottom = (y + 1) / tiles + margin;
    // Rings across the date line run past x = 1 (or below 0): drawn a world east and west too.
    const auto overlaps = [&](const WorldMap::Line &l, int shift) {
        return l.maxX + shift >= left && l.minX + shift <= right && l.maxY >= top && l.minY <= bottom;
    };
    const double scale = mapprojection::kTileSize * tiles;
    const double dx = x * mapprojection::kTileSize, dy = y * mapprojection::kTileSize;

    QPainter painter(&tile);
    painter.setRenderHint(QPainter::Antialiasing);
    QPolygonF polygon, scratch;
    const QRectF box(-4, -4, mapprojection::kTileSize + 8, mapprojection::kTileSize + 8);
    // Outer rings first, then the holes (lakes inside land) over them.
    for (int pass = 0; pass < 2; ++pass) {
        painter.setPen(QPen(colors.coast, 0.8));
        painter.setBrush(pass == 0 ? colors.land : colors.sea);
        for (std::uint32_t i = 0; i < map->ringCount(); ++i) {
            const WorldMap::Line &ring = map->rings()[i];
            if (ring.isHole() != (pass == 1))
                continue;
            for (int shift = -1; shift <= 1; ++shift) {
                if (!overlaps(ring, shift))
                    continue;
                project(*map, ring, scale, dx - shift * scale, dy, polygon);
                clipPolygon(polygon, box, scratch);
                if (polygon.size() >= 3)
                    painter.drawPolygon(polygon);
            }
        }
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(colors.border, z < 4 ? 0.7 : 1.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (std::uint32_t i = 0; i < map->borderCount(); ++i) {
        const WorldMap::Line &border = map->borders()[i];
        for (int shift = -1; shift <= 1; ++shift) {
            if (!overlaps(border, shift))
                continue;
            project(*map, border, scale, dx - shift * scale, dy, polygon);
            clipPolyline(polygon, box, scratch, [&](const QPolygonF &run) { painter.drawPolyline(run); });
        }
    }
    return tile;
}

} // namespace tintype
