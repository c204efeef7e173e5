#pragma once

#include "MapTileRenderer.h"

#include <QCache>
#include <QElapsedTimer>
#include <QHash>
#include <QQuickPaintedItem>
#include <QSet>
#include <QVariantMap>

#include <vector>

namespace tintype {

class MapTileSource;
class ReverseGeocoder;
class WorldMap;
struct Town;

// The map, drawn here (Qt 6.4 in Debian has no QtLocation): Web Mercator
// tiles of Natural Earth land and borders rendered on a thread pool (or,
// when a tile server is set, raster tiles from it: MapTileSource), country
// names and town names chosen by population for the zoom, a marker. Drag
// pans, the wheel (plain or Ctrl) and a double click zoom about the pointer,
// a shift-drag draws a rectangle (rectangleSelected), a click without a drag
// says where (clicked) and gives the map the keys: + = − zoom (about the
// pointer when it is over the map), the arrows pan, Home goes back to the
// view the app last set (centerOn, fitWorld). ZoomableMap.qml adds the
// pinch. Input is in MapViewInput.cpp. Points
// are normalised Web Mercator (mapprojection); QML places things over the
// map at x = worldX · worldSize − originX.
class MapView : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(double zoom READ zoom WRITE setZoom NOTIFY viewChanged)
    Q_PROPERTY(int zoomLevel READ zoomLevel NOTIFY viewChanged) // the level tiles and clusters use
    Q_PROPERTY(double worldSize READ worldSize NOTIFY viewChanged)
    Q_PROPERTY(double originX READ originX NOTIFY viewChanged)
    Q_PROPERTY(double originY READ originY NOTIFY viewChanged)
    Q_PROPERTY(double centerLatitude READ centerLatitude NOTIFY viewChanged)
    Q_PROPERTY(double centerLongitude READ centerLongitude NOTIFY viewChanged)
    Q_PROPERTY(bool dark READ dark WRITE setDark NOTIFY darkChanged)
    Q_PROPERTY(bool interactive READ interactive WRITE setInteractive NOTIFY interactiveChanged)
    Q_PROPERTY(bool labels READ labels WRITE setLabels NOTIFY labelsChanged)
    Q_PROPERTY(bool hasMarker READ hasMarker NOTIFY markerChanged)
    Q_PROPERTY(QRectF selection READ selection NOTIFY selectionChanged) // the shift-drag rectangle, on screen
    Q_PROPERTY(bool available READ available CONSTANT)                  // map.bin installed
    // Tests and the benchmark: tiles are rendered inside paint(), never on the pool.
    Q_PROPERTY(bool synchronousTiles READ synchronousTiles WRITE setSynchronousTiles)
    Q_PROPERTY(MapTileSource *tileSource READ tileSource WRITE setTileSource NOTIFY tileSourceChanged)

public:
    static constexpr double kMinimumZoom = 1;
    static constexpr double kMaximumZoom = 17;

    explicit MapView(QQuickItem *parent = nullptr);
    ~MapView() override;

    double zoom() const { return m_zoom; }
    double minimumZoom() const;
    void setZoom(double zoom);
    int zoomLevel() const;
    double worldSize() const;
    double originX() const;
    double originY() const;
    double centerLatitude() const;
    double centerLongitude() const;
    QPointF center() const { return m_center; }
    bool dark() const { return m_dark; }
    void setDark(bool dark);
    bool interactive() const { return m_interactive; }
    void setInteractive(bool interactive);
    bool labels() const { return m_labels; }
    // A country's label: its short name in `language` from the places index
    // ("Russia", "Russie"), the code without one.
    QString countryLabel(const QString &code, const QString &language) const;
    void setLabels(bool labels);
    bool hasMarker() const { return m_hasMarker; }
    QRectF selection() const { return m_selection; }
    bool available() const { return m_map != nullptr; }
    bool synchronousTiles() const { return m_synchronousTiles; }
    void setSynchronousTiles(bool synchronous) { m_synchronousTiles = synchronous; }
    MapTileSource *tileSource() const { return m_tileSource; }
    void setTileSource(MapTileSource *source);

    Q_INVOKABLE void centerOn(double latitude, double longitude, double zoom = -1);
    // Shows the normalised world box (the photos' extent), at most `maxZoom`.
    Q_INVOKABLE void fitWorld(double left, double top, double right, double bottom, double maxZoom = 12);
    // `steps` levels in (negative: out), keeping the point under (x, y) in place.
    Q_INVOKABLE void zoomAt(double x, double y, double steps);
    Q_INVOKABLE void panBy(double dx, double dy);
    // Back to the view of the last centerOn or fitWorld (the Home key).
    Q_INVOKABLE void resetView();
    Q_INVOKABLE QPointF worldAt(double x, double y) const;
    Q_INVOKABLE QVariantMap coordinateAt(double x, double y) const; // {latitude, longitude}
    Q_INVOKABLE void setMarker(double latitude, double longitude);
    Q_INVOKABLE void clearMarker();

    void paint(QPainter *painter) override;

signals:
    void viewChanged();
    void darkChanged();
    void interactiveChanged();
    void labelsChanged();
    void markerChanged();
    void selectionChanged();
    void tileSourceChanged();
    void clicked(double x, double y);
    void rectangleSelected(double left, double top, double right, double bottom); // normalised world

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseUngrabEvent() override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void hoverEnterEvent(QHoverEvent *event) override;
    void hoverMoveEvent(QHoverEvent *event) override;
    void hoverLeaveEvent(QHoverEvent *event) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    void setCenter(QPointF center);
    void rememberHome();
    QPointF zoomFocus() const;
    const QImage *tile(int z, int x, int y, qreal ratio);
    void requestTile(int z, int x, int y, qreal ratio);
    void renderTileInBackground(quint64 key, int z, int x, int y, qreal ratio, const MapTileRenderer::Colors &colors);
    void paintTiles(QPainter &painter, qreal ratio);
    void paintLabels(QPainter &painter, qreal ratio);
    const std::vector<Town> &townsInView();
    // A name drawn with its halo, kept: a frame draws images, not text.
    QImage labelImage(const QString &label, const QFont &font, const QColor &colour, const QColor &halo, qreal ratio);

    const WorldMap *m_map;
    const ReverseGeocoder *m_geocoder;
    MapTileSource *m_tileSource = nullptr;
    QPointF m_center{0.5, 0.42};
    double m_zoom = 2;
    QPointF m_homeCenter{0.5, 0.42};
    double m_homeZoom = 2;
    bool m_dark = false, m_interactive = true, m_labels = true, m_synchronousTiles = false;
    bool m_hasMarker = false;
    QPointF m_marker;
    QCache<quint64, QImage> m_tiles;
    QSet<quint64> m_pending;
    // Mouse
    QPointF m_pressPos;
    QPointF m_pressCenter;
    bool m_pressed = false, m_dragged = false, m_selecting = false;
    QRectF m_selection;
    QPointF m_hoverPos;
    bool m_hovering = false;
    // Labels: the towns of the last view, kept while it does not change much.
    std::vector<Town> m_towns;
    QRect m_townsKey;
    int m_townsLevel = -1;
    QHash<QString, QString> m_countryNames; // of m_countryNamesLanguage
    QString m_countryNamesLanguage;
    QCache<QString, QImage> m_labelImages{400};
};

} // namespace tintype
