#include "PhotoClusters.h"

#include "MapProjection.h"

#include <algorithm>
#include <cmath>

namespace tintype {

void PhotoClusters::setPhotos(std::vector<QPointF> points)
{
    m_points = std::move(points);
    const int level = m_level;
    m_level = -1;
    m_clusters.clear();
    m_members.clear();
    m_memberStarts.assign(1, 0);
    if (level >= 0)
        update(level);
}

void PhotoClusters::update(int level)
{
    level = std::clamp(level, 0, 24);
    if (level == m_level)
        return;
    m_level = level;
    const double cell = m_cellPixels / mapprojection::worldSize(level);
    const auto columns = std::int64_t(std::ceil(1.0 / cell)) + 1;
    // Cell → cluster in an open-addressing table (no allocation per cell: at
    // deep zoom nearly every photo is a cell of its own).
    size_t capacity = 64;
    while (capacity < m_points.size() * 2)
        capacity *= 2;
    std::vector<std::int64_t> keys(capacity, -1);
    std::vector<int> values(capacity);
    std::vector<int> clusterOfPhoto(m_points.size());
    m_clusters.clear();
    for (size_t i = 0; i < m_points.size(); ++i) {
        const QPointF &p = m_points[i];
        const std::int64_t key = std::int64_t(std::floor(std::clamp(p.y(), 0.0, 1.0) / cell)) * columns +
                                 std::int64_t(std::floor(std::clamp(p.x(), 0.0, 1.0) / cell));
        size_t slot = size_t((std::uint64_t(key) * 0x9E3779B97F4A7C15ull) >> 20) & (capacity - 1);
        while (keys[slot] != -1 && keys[slot] != key)
            slot = (slot + 1) & (capacity - 1);
        if (keys[slot] == -1) {
            keys[slot] = key;
            values[slot] = int(m_clusters.size());
            m_clusters.push_back({0, 0, 0, int(i)});
        }
        Cluster &c = m_clusters[size_t(values[slot])];
        c.x += p.x();
        c.y += p.y();
        ++c.count;
        clusterOfPhoto[i] = values[slot];
    }
    // Members by cluster (a counting sort keeps photo order inside each).
    m_memberStarts.assign(m_clusters.size() + 1, 0);
    for (size_t k = 0; k < m_clusters.size(); ++k) {
        Cluster &c = m_clusters[k];
        c.x /= c.count;
        c.y /= c.count;
        m_memberStarts[k + 1] = m_memberStarts[k] + c.count;
    }
    m_members.assign(m_points.size(), 0);
    std::vector<int> next(m_memberStarts.begin(), m_memberStarts.end() - 1);
    for (size_t i = 0; i < m_points.size(); ++i)
        m_members[size_t(next[size_t(clusterOfPhoto[i])]++)] = int(i);
}

std::vector<int> PhotoClusters::members(int cluster) const
{
    if (cluster < 0 || cluster >= int(m_clusters.size()))
        return {};
    return {m_members.begin() + m_memberStarts[size_t(cluster)],
            m_members.begin() + m_memberStarts[size_t(cluster) + 1]};
}

std::vector<int> PhotoClusters::photosIn(const QRectF &world) const
{
    const QRectF r = world.normalized();
    std::vector<int> out;
    for (size_t i = 0; i < m_points.size(); ++i) {
        const QPointF &p = m_points[i];
        if (p.x() >= r.left() && p.x() <= r.right() && p.y() >= r.top() && p.y() <= r.bottom())
            out.push_back(int(i));
    }
    return out;
}

int PhotoClusters::clusterAt(const QPointF &world, double radius) const
{
    int best = -1;
    double bestDistance = radius * radius;
    for (size_t k = 0; k < m_clusters.size(); ++k) {
        const double dx = m_clusters[k].x - world.x(), dy = m_clusters[k].y - world.y();
        const double d2 = dx * dx + dy * dy;
        if (d2 <= bestDistance) {
            bestDistance = d2;
            best = int(k);
        }
    }
    return best;
}

} // namespace tintype
