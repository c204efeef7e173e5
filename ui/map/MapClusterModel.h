#pragma once

#include "PhotoClusters.h"
#include "ServicesClient.h"

#include "catalog/TimelineQueries.h"

#include <QElapsedTimer>
#include <QQmlEngine>

#include <vector>

namespace tintype {

// The map's photos as clusters for the map's zoom level (PhotoClusters):
// every photo with a position (camera GPS, Takeout, or set by hand), each
// cluster with its count and its newest photo's thumbnail. Loads on the
// catalog worker; follows the library. `level` comes from MapView.zoomLevel.
class MapClusterModel : public ServicesListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int level READ level WRITE setLevel NOTIFY levelChanged)
    Q_PROPERTY(int photoCount READ photoCount NOTIFY loaded)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QRectF extent READ extent NOTIFY loaded) // the photos' box, normalised world; empty: none

public:
    enum Role { WorldXRole = Qt::UserRole + 1, WorldYRole, CountRole, SourceRole, AssetIdRole };
    Q_ENUM(Role)

    struct Photo {
        std::int64_t assetId = 0;
        double latitude = 0, longitude = 0;
        TimelineEntry entry; // thumbnail source
    };

    explicit MapClusterModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int level() const { return m_level; }
    void setLevel(int level);
    int photoCount() const { return int(m_photos.size()); }
    bool loading() const { return m_loading; }
    QRectF extent() const { return m_extent; }

    // Photos newest first (the cover of a cluster is its newest); tests and the benchmark.
    void setPhotos(std::vector<Photo> photos);
    // Runs on the worker: the timeline's photos that have a position, in timeline order.
    static std::vector<Photo> read(Catalog &catalog);
    const PhotoClusters &clusters() const { return m_clusters; }

    Q_INVOKABLE void reload();
    // The cluster under the normalised world point, within `radius` (normalised); -1: none.
    Q_INVOKABLE int clusterAt(double worldX, double worldY, double radius) const;
    Q_INVOKABLE QVariantList assetIdsOf(int row) const;
    Q_INVOKABLE QVariantList assetIdsIn(double left, double top, double right, double bottom) const;

signals:
    void levelChanged();
    void loadingChanged();
    void loaded();

private:
    void connectServices(AppServices &services) override;
    void servicesReplaced() override;
    void regroup();

    int m_level = 2;
    bool m_loading = false;
    int m_generation = 0;
    std::vector<Photo> m_photos;
    PhotoClusters m_clusters;
    QRectF m_extent;
};

} // namespace tintype
