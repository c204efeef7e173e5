#include "PhotoClusters.h"

#include "MapProjection.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

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
    std::unordered_map<std::int64_t, int> clusterOfCell;
    clusterOfCell.reserve(std::min<size_t>(m_points.size(), 1 << 16));
    std::vector<int> clusterOfPhoto(m_points.size());
    m_clusters.clear();
    for (size_t i = 0; i < m_points.size(); ++i) {
        const QPointF &p = m_points[i];
        const std::int64_t key =
            std::int64_t(std::floor(p.y() / cell)) * columns + std::int64_t(std::floor(p.x() / cell));
        const auto [it, added] = clusterOfCell.try_emplace(key, int(m_clusters.size()));
        if (added)
            m_clusters.push_back({0, 0, 0, int(i)});
        Cluster &c = m_clusters[size_t(it->second)];
        c.x += p.x();
        c.y += p.y();
        ++c.count;
        clusterOfPhoto[i] = it->second;
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
