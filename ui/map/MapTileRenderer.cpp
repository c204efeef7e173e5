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
    const auto overlaps = [&](const WorldMap::Line &l) {
        return l.maxX >= left && l.minX <= right && l.maxY >= top && l.minY <= bottom;
    };
    const double scale = mapprojection::kTileSize * tiles;
    const double dx = x * mapprojection::kTileSize, dy = y * mapprojection::kTileSize;

    QPainter painter(&tile);
    painter.setRenderHint(QPainter::Antialiasing);
    QPolygonF polygon;
    // Outer rings first, then the holes (lakes inside land) over them.
    for (int pass = 0; pass < 2; ++pass) {
        painter.setPen(QPen(colors.coast, 0.8));
        painter.setBrush(pass == 0 ? colors.land : colors.sea);
        for (std::uint32_t i = 0; i < map->ringCount(); ++i) {
            const WorldMap::Line &ring = map->rings()[i];
            if (ring.isHole() != (pass == 1) || !overlaps(ring))
                continue;
            project(*map, ring, scale, dx, dy, polygon);
            if (polygon.size() >= 3)
                painter.drawPolygon(polygon);
        }
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(colors.border, z < 4 ? 0.7 : 1.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (std::uint32_t i = 0; i < map->borderCount(); ++i) {
        const WorldMap::Line &border = map->borders()[i];
        if (!overlaps(border))
            continue;
        project(*map, border, scale, dx, dy, polygon);
        if (polygon.size() >= 2)
            painter.drawPolyline(polygon);
    }
    return tile;
}

} // namespace tintype
