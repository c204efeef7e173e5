#include "MapView.h"

#include "MapProjection.h"
#include "MapTileSource.h"

#include "geo/ReverseGeocoder.h"
#include "geo/WorldMap.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QPainter>
#include <QQuickWindow>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace tintype {

namespace {
constexpr int kMaxTileLevel = 17;
constexpr int kTilesInFlight = 6;

quint64 tileKey(int z, int x, int y, bool dark)
{
    return (quint64(z) << 48) | (quint64(x) << 24) | quint64(y) | (dark ? (quint64(1) << 62) : 0);
}

// Towns shown from this zoom level on, by population.
quint32 townPopulationFor(int level)
{
    static const quint32 byLevel[] = {20'000'000, 10'000'000, 7'000'000, 4'000'000, 1'500'000, 700'000,
                                      300'000,    120'000,    50'000,    20'000,    8'000,     3'000};
    return level < int(std::size(byLevel)) ? byLevel[std::max(0, level)] : 1'000;
}
} // namespace

MapView::MapView(QQuickItem *parent)
    : QQuickPaintedItem(parent),
      m_map(WorldMap::shared()),
      m_geocoder(ReverseGeocoder::shared()),
      m_tiles(160)
{
    setAcceptedMouseButtons(Qt::LeftButton);
    setAcceptHoverEvents(true);
    setActiveFocusOnTab(true);
    setOpaquePainting(true);
}

MapView::~MapView() = default;

double MapView::minimumZoom() const
{
    // The world at least as wide as the view (no copies side by side), unless the view is tiny.
    return std::clamp(std::log2(std::max(1.0, width()) / mapprojection::kTileSize), kMinimumZoom, 4.0);
}

void MapView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, minimumZoom(), kMaximumZoom);
    if (zoom == m_zoom)
        return;
    m_zoom = zoom;
    setCenter(m_center); // clamps the latitude for the new size
    emit viewChanged();
    update();
}

int MapView::zoomLevel() const { return std::clamp(int(std::lround(m_zoom)), 0, kMaxTileLevel); }
double MapView::worldSize() const { return mapprojection::worldSize(m_zoom); }
double MapView::originX() const { return m_center.x() * worldSize() - width() / 2; }
double MapView::originY() const { return m_center.y() * worldSize() - height() / 2; }
double MapView::centerLatitude() const { return mapprojection::latitudeOf(m_center.y()); }
double MapView::centerLongitude() const { return mapprojection::longitudeOf(m_center.x()); }

void MapView::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    emit darkChanged();
    update();
}

void MapView::setInteractive(bool interactive)
{
    if (m_interactive == interactive)
        return;
    m_interactive = interactive;
    setAcceptedMouseButtons(interactive ? Qt::LeftButton : Qt::NoButton);
    setAcceptHoverEvents(interactive);
    setActiveFocusOnTab(interactive);
    emit interactiveChanged();
}

void MapView::setLabels(bool labels)
{
    if (m_labels == labels)
        return;
    m_labels = labels;
    emit labelsChanged();
    update();
}

void MapView::setTileSource(MapTileSource *source)
{
    if (m_tileSource == source)
        return;
    if (m_tileSource)
        disconnect(m_tileSource, nullptr, this, nullptr);
    m_tileSource = source;
    if (source) {
        connect(source, &MapTileSource::tileReady, this, [this] { update(); });
        connect(source, &MapTileSource::enabledChanged, this, [this] { update(); });
        connect(source, &QObject::destroyed, this, [this] { m_tileSource = nullptr; });
    }
    emit tileSourceChanged();
    update();
}

void MapView::setCenter(QPointF center)
{
    double x = center.x() - std::floor(center.x()); // the world wraps east-west
    // Keep the world's top and bottom edges off the middle of the view.
    const double halfHeight = height() / 2 / worldSize();
    double y = halfHeight >= 0.5 ? 0.5 : std::clamp(center.y(), halfHeight, 1.0 - halfHeight);
    m_center = QPointF(x, y);
}

void MapView::centerOn(double latitude, double longitude, double zoom)
{
    if (!std::isfinite(latitude) || !std::isfinite(longitude))
        return;
    if (zoom > 0)
        m_zoom = std::clamp(zoom, minimumZoom(), kMaximumZoom);
    setCenter(mapprojection::toWorld(latitude, longitude));
    rememberHome();
    emit viewChanged();
    update();
}

void MapView::fitWorld(double left, double top, double right, double bottom, double maxZoom)
{
    const QRectF box = QRectF(QPointF(left, top), QPointF(right, bottom)).normalized();
    const double w = std::max(box.width(), 1e-9), h = std::max(box.height(), 1e-9);
    const double fit = std::log2(std::min(std::max(width(), 100.0) * 0.8 / (w * mapprojection::kTileSize),
                                          std::max(height(), 100.0) * 0.8 / (h * mapprojection::kTileSize)));
    m_zoom = std::clamp(std::min(fit, maxZoom), minimumZoom(), kMaximumZoom);
    setCenter(box.center());
    rememberHome();
    emit viewChanged();
    update();
}

void MapView::zoomAt(double x, double y, double steps)
{
    const QPointF before = worldAt(x, y);
    const double zoom = std::clamp(m_zoom + steps, minimumZoom(), kMaximumZoom);
    if (zoom == m_zoom)
        return;
    m_zoom = zoom;
    // The point under the cursor stays under it.
    const double size = worldSize();
    setCenter(QPointF(before.x() - (x - width() / 2) / size, before.y() - (y - height() / 2) / size));
    emit viewChanged();
    update();
}

void MapView::panBy(double dx, double dy)
{
    const double size = worldSize();
    setCenter(QPointF(m_center.x() - dx / size, m_center.y() - dy / size));
    emit viewChanged();
    update();
}

QPointF MapView::worldAt(double x, double y) const
{
    const double size = worldSize();
    return {m_center.x() + (x - width() / 2) / size, m_center.y() + (y - height() / 2) / size};
}

QVariantMap MapView::coordinateAt(double x, double y) const
{
    const QPointF w = worldAt(x, y);
    return {{QStringLiteral("latitude"), mapprojection::latitudeOf(std::clamp(w.y(), 0.0, 1.0))},
            {QStringLiteral("longitude"), mapprojection::longitudeOf(w.x())}};
}

void MapView::setMarker(double latitude, double longitude)
{
    if (!std::isfinite(latitude) || !std::isfinite(longitude))
        return clearMarker();
    m_marker = mapprojection::toWorld(latitude, longitude);
    m_hasMarker = true;
    emit markerChanged();
    update();
}

void MapView::clearMarker()
{
    if (!m_hasMarker)
        return;
    m_hasMarker = false;
    emit markerChanged();
    update();
}

void MapView::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size()) {
        m_zoom = std::clamp(m_zoom, minimumZoom(), kMaximumZoom);
        m_townsLevel = -1; // how many towns fit changed
        setCenter(m_center);
        emit viewChanged();
    }
}

// ---- tiles

const QImage *MapView::tile(int z, int x, int y, qreal ratio)
{
    if (m_tileSource && m_tileSource->enabled()) {
        if (const QImage *raster = m_tileSource->tile(z, x, y))
            return raster;
    }
    const quint64 key = tileKey(z, x, y, m_dark);
    if (const QImage *cached = m_tiles.object(key); cached && qFuzzyCompare(cached->devicePixelRatio(), ratio))
        return cached;
    return nullptr;
}

void MapView::requestTile(int z, int x, int y, qreal ratio)
{
    if (m_tileSource && m_tileSource->enabled()) {
        QMetaObject::invokeMethod(
            m_tileSource, [source = m_tileSource, z, x, y] { source->request(z, x, y); }, Qt::QueuedConnection);
        if (z <= m_tileSource->maximumLevel())
            return; // deeper than the server draws: the basemap shows instead
    }
    const quint64 key = tileKey(z, x, y, m_dark);
    const auto colors = m_dark ? MapTileRenderer::Colors::dark() : MapTileRenderer::Colors::light();
    if (m_synchronousTiles) {
        m_tiles.insert(key, new QImage(MapTileRenderer::render(m_map, z, x, y, ratio, colors)));
        return;
    }
    if (m_pending.contains(key) || m_pending.size() >= kTilesInFlight)
        return;
    m_pending.insert(key);
    // paint() runs on the scene graph's render thread (threaded render loop):
    // the watcher must live on the item's own thread.
    QMetaObject::invokeMethod(
        this, [this, key, z, x, y, ratio, colors] { renderTileInBackground(key, z, x, y, ratio, colors); },
        Qt::QueuedConnection);
}

void MapView::renderTileInBackground(quint64 key, int z, int x, int y, qreal ratio,
                                     const MapTileRenderer::Colors &colors)
{
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, key] {
        m_pending.remove(key);
        m_tiles.insert(key, new QImage(watcher->result()));
        watcher->deleteLater();
        update();
    });
    watcher->setFuture(QtConcurrent::run(
        [map = m_map, z, x, y, ratio, colors] { return MapTileRenderer::render(map, z, x, y, ratio, colors); }));
}

void MapView::paintTiles(QPainter &painter, qreal ratio)
{
    const int z = zoomLevel();
    const int tiles = 1 << z;
    const double scale = std::exp2(m_zoom - z);
    const double tileSize = mapprojection::kTileSize * scale;
    const double ox = originX(), oy = originY();
    const int firstX = int(std::floor(ox / tileSize)), lastX = int(std::floor((ox + width()) / tileSize));
    const int firstY = std::max(0, int(std::floor(oy / tileSize)));
    const int lastY = std::min(tiles - 1, int(std::floor((oy + height()) / tileSize)));
    painter.setRenderHint(QPainter::SmoothPixmapTransform, !qFuzzyCompare(scale, 1.0));
    for (int ty = firstY; ty <= lastY; ++ty) {
        for (int tx = firstX; tx <= lastX; ++tx) {
            const int wrapped = ((tx % tiles) + tiles) % tiles;
            // Edges on whole pixels, shared by neighbours: no seams between tiles.
            const auto snap = [ratio](double v) { return std::round(v * ratio) / ratio; }; // whole device pixels
            const double x0 = snap(tx * tileSize - ox), x1 = snap((tx + 1) * tileSize - ox);
            const double y0 = snap(ty * tileSize - oy), y1 = snap((ty + 1) * tileSize - oy);
            // A device pixel of overlap: the next tile covers it (no sea-coloured seam).
            const QRectF target(x0, y0, x1 - x0 + 1 / ratio, y1 - y0 + 1 / ratio);
            const QImage *image = tile(z, wrapped, ty, ratio);
            if (!image) {
                requestTile(z, wrapped, ty, ratio);
                image = tile(z, wrapped, ty, ratio); // synchronous, or a raster tile from the cache
            }
            if (image) {
                painter.drawImage(target, *image);
                continue;
            }
            // Until it is drawn: the part of an ancestor tile already there.
            for (int up = 1; up <= 4 && z - up >= 0; ++up) {
                const QImage *parent = tile(z - up, wrapped >> up, ty >> up, ratio);
                if (!parent)
                    continue;
                const int part = 1 << up;
                const double side = parent->width() / double(part);
                const QRectF source((wrapped % part) * side, (ty % part) * side, side, side);
                painter.drawImage(target, *parent, source);
                break;
            }
        }
    }
}

// ---- labels

const std::vector<Town> &MapView::townsInView()
{
    static const std::vector<Town> none;
    if (!m_geocoder)
        return none;
    const int level = zoomLevel();
    // The view's box on the grid of tiles at this level, a tile of margin: a
    // pan within it keeps the towns already found.
    const double tileSize = mapprojection::kTileSize * std::exp2(m_zoom - level);
    const QRect key(int(std::floor(originX() / tileSize)) - 1, int(std::floor(originY() / tileSize)) - 1,
                    int(std::ceil(width() / tileSize)) + 3, int(std::ceil(height() / tileSize)) + 3);
    if (key == m_townsKey && level == m_townsLevel)
        return m_towns;
    m_townsKey = key;
    m_townsLevel = level;
    const double tiles = std::exp2(level);
    const double north = mapprojection::latitudeOf(std::clamp(key.top() / tiles, 0.0, 1.0));
    const double south = mapprojection::latitudeOf(std::clamp((key.bottom() + 1) / tiles, 0.0, 1.0));
    double west = key.left() / tiles * 360.0 - 180.0, east = (key.right() + 1) / tiles * 360.0 - 180.0;
    if (east - west >= 360 || west < -180 || east > 180) {
        west = -180;
        east = 180;
    }
    // A small map (the info panel's) names fewer towns: about one per 100×60 pixels.
    const int limit = std::clamp(int(width() * height() / 6000), 6, 80);
    m_towns = m_geocoder->townsIn(south, west, north, east, townPopulationFor(level), limit);
    return m_towns;
}

QImage MapView::labelImage(const QString &label, const QFont &font, const QColor &colour, const QColor &halo,
                           qreal ratio)
{
    const QString key = QStringLiteral("%1|%2|%3|%4|%5")
                            .arg(font.key(), colour.name(QColor::HexArgb), halo.name(QColor::HexArgb))
                            .arg(ratio)
                            .arg(label);
    if (const QImage *cached = m_labelImages.object(key))
        return *cached;
    const QFontMetricsF metrics(font);
    const QSizeF size(metrics.horizontalAdvance(label) + 4, metrics.height() + 4);
    QImage image((size * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setFont(font);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QPointF baseline(2, 2 + metrics.ascent());
    p.setPen(halo);
    for (const QPointF d : {QPointF(-1, 0), QPointF(1, 0), QPointF(0, -1), QPointF(0, 1)})
        p.drawText(baseline + d, label);
    p.setPen(colour);
    p.drawText(baseline, label);
    p.end();
    m_labelImages.insert(key, new QImage(image));
    return image;
}

QString MapView::countryLabel(const QString &code, const QString &language) const
{
    return m_geocoder ? m_geocoder->countryShortName(code, language) : code;
}

void MapView::paintLabels(QPainter &painter, qreal ratio)
{
    const QColor text = m_dark ? QColor(0xe3, 0xe3, 0xe3) : QColor(0x30, 0x30, 0x30);
    const QColor halo = m_dark ? QColor(0x13, 0x13, 0x14, 200) : QColor(255, 255, 255, 210);
    const QColor countryText = m_dark ? QColor(0xc0, 0xb0, 0xd0) : QColor(0x6a, 0x4c, 0x7a);
    const double size = worldSize(), ox = originX(), oy = originY();
    std::vector<QRectF> placed;
    const auto free = [&](const QRectF &r) {
        return std::none_of(placed.begin(), placed.end(), [&](const QRectF &p) { return p.intersects(r); });
    };
    const auto drawText = [&](const QPointF &at, const QString &label, const QColor &colour) {
        const QImage image = labelImage(label, painter.font(), colour, halo, ratio);
        painter.drawImage(QPointF(at.x() - 2, at.y() - QFontMetricsF(painter.font()).ascent() - 2), image);
    };
    // The world repeats east-west: the copies on screen.
    const int firstCopy = int(std::floor(ox / size)), lastCopy = int(std::floor((ox + width()) / size));

    QFont countryFont = painter.font();
    countryFont.setPixelSize(12);
    countryFont.setLetterSpacing(QFont::PercentageSpacing, 108);
    countryFont.setCapitalization(QFont::AllUppercase);
    QFont townFont = painter.font();
    townFont.setPixelSize(12);
    const QFontMetricsF countryMetrics(countryFont), townMetrics(townFont);

    const auto paintCountries = [&] {
        if (!m_map || !m_geocoder || m_zoom >= 8)
            return;
        painter.setFont(countryFont);
        const QString language = QLocale().name();
        if (language != m_countryNamesLanguage) {
            m_countryNames.clear();
            m_countryNamesLanguage = language;
        }
        for (std::uint32_t i = 0; i < m_map->labelCount(); ++i) {
            const WorldMap::CountryLabel &l = m_map->labels()[i];
            if (l.area * size * size < 2500) // too small to name at this zoom
                break;
            const QString code = QString::fromLatin1(l.code, 2);
            auto name = m_countryNames.find(code);
            if (name == m_countryNames.end())
                name = m_countryNames.insert(code, countryLabel(code, language));
            const double w = countryMetrics.horizontalAdvance(name.value());
            for (int copy = firstCopy; copy <= lastCopy; ++copy) {
                const QPointF at((l.x + copy) * size - ox, l.y * size - oy);
                const QRectF box(at.x() - w / 2 - 2, at.y() - 9, w + 4, 18);
                if (!box.intersects(QRectF(0, 0, width(), height())) || !free(box))
                    continue;
                placed.push_back(box);
                drawText(QPointF(box.left() + 2, at.y() + 4), name.value(), countryText);
            }
        }
    };
    const auto paintTowns = [&] {
        painter.setFont(townFont);
        for (const Town &town : townsInView()) {
            const QPointF w = mapprojection::toWorld(town.latitude, town.longitude);
            const double tw = townMetrics.horizontalAdvance(town.name);
            for (int copy = firstCopy; copy <= lastCopy; ++copy) {
                const QPointF at((w.x() + copy) * size - ox, w.y() * size - oy);
                const QRectF box(at.x() - 3, at.y() - 8, tw + 12, 16);
                if (!box.intersects(QRectF(0, 0, width(), height())) || !free(box))
                    continue;
                placed.push_back(box);
                painter.setPen(QPen(halo, 1.5));
                painter.setBrush(text);
                painter.drawEllipse(at, 2.5, 2.5);
                drawText(QPointF(at.x() + 6, at.y() + 4), town.name, text);
            }
        }
    };
    if (m_zoom < 5) {
        paintCountries();
        paintTowns();
    } else {
        paintTowns();
        paintCountries();
    }
}

void MapView::paint(QPainter *painter)
{
    // QQuickPaintedItem may scale the painter rather than give its image a ratio: the window's is the truth.
    const qreal ratio = window()            ? window()->effectiveDevicePixelRatio()
                        : painter->device() ? painter->device()->devicePixelRatioF()
                                            : 1.0;
    const auto colors = m_dark ? MapTileRenderer::Colors::dark() : MapTileRenderer::Colors::light();
    painter->fillRect(QRectF(0, 0, width(), height()), colors.sea);
    paintTiles(*painter, ratio);
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_labels && !(m_tileSource && m_tileSource->enabled() && zoomLevel() <= m_tileSource->maximumLevel()))
        paintLabels(*painter, ratio);
    if (m_hasMarker) {
        const double size = worldSize();
        const QPointF at(m_marker.x() * size - originX(), m_marker.y() * size - originY());
        painter->setPen(QPen(Qt::white, 2));
        painter->setBrush(QColor(0xd9, 0x30, 0x25));
        painter->drawEllipse(at, 7, 7);
    }
    if (!m_selection.isEmpty()) {
        const QColor accent = m_dark ? QColor(0xa8, 0xc7, 0xfa) : QColor(0x0b, 0x57, 0xd0);
        QColor fill = accent;
        fill.setAlpha(50);
        painter->setPen(QPen(accent, 1.5));
        painter->setBrush(fill);
        painter->drawRect(m_selection);
    }
}

} // namespace tintype
