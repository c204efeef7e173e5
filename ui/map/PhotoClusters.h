#pragma once

#include <QPointF>
#include <QRectF>

#include <cstdint>
#include <vector>

namespace tintype {

// The map's photos grouped for one zoom level: photos whose points fall in
// one grid cell of `cellPixels` at that level make one cluster, so clusters
// merge as the map zooms out and split as it zooms in, and stay put while it
// pans. Points are normalised Web Mercator (mapprojection). A cluster's cover
// is its member that came first (the caller orders photos newest first).
class PhotoClusters {
public:
    struct Cluster {
        double x = 0, y = 0; // mean of the members' points
        int count = 0;
        int cover = 0; // photo index
    };

    explicit PhotoClusters(double cellPixels = 72) : m_cellPixels(cellPixels) {}
    void setPhotos(std::vector<QPointF> points);
    const std::vector<QPointF> &photos() const { return m_points; }
    // Groups for zoom `level` (the world 256·2^level pixels wide); nothing to do when it is the current one.
    void update(int level);
    int level() const { return m_level; }
    const std::vector<Cluster> &clusters() const { return m_clusters; }
    // Photo indices of a cluster, in photo order.
    std::vector<int> members(int cluster) const;
    // Photo indices with a point inside `world` (normalised), in photo order.
    std::vector<int> photosIn(const QRectF &world) const;
    // The cluster whose point lies within `radius` (normalised) of `world`, nearest first; -1 when none.
    int clusterAt(const QPointF &world, double radius) const;

private:
    double m_cellPixels;
    int m_level = -1;
    std::vector<QPointF> m_points;
    std::vector<Cluster> m_clusters;
    std::vector<int> m_memberStarts; // per cluster, into m_members (one past the last: size)
    std::vector<int> m_members;
};

} // namespace tintype
