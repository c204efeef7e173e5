#include "faces/FaceClusterer.h"

#include <opencv2/core.hpp>
#include <opencv2/flann.hpp>

#include <algorithm>
#include <map>
#include <numeric>
#include <random>
#include <unordered_map>

namespace tintype {

namespace {
// Exact search up to this many faces (N² distances); FLANN above.
constexpr std::size_t kExactLimit = 8000;
} // namespace

float FaceClusterer::distance(const FaceEmbedding &a, const FaceEmbedding &b)
{
    float sum = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const float d = a[i] - b[i];
        sum += d * d;
    }
    return std::sqrt(sum);
}

std::vector<std::vector<FaceClusterer::Neighbour>>
FaceClusterer::nearestNeighbours(const std::vector<FaceEmbedding> &embeddings, const std::vector<std::size_t> &queries,
                                 int k)
{
    std::vector<std::vector<Neighbour>> result(queries.size());
    const std::size_t n = embeddings.size();
    if (n < 2 || k <= 0)
        return result;
    const int wanted = int(std::min<std::size_t>(std::size_t(k), n - 1));
    if (n <= kExactLimit) {
        cv::parallel_for_(cv::Range(0, int(queries.size())), [&](const cv::Range &range) {
            std::vector<Neighbour> all(n);
            for (int q = range.start; q < range.end; ++q) {
                const std::size_t self = queries[q];
                for (std::size_t j = 0; j < n; ++j)
                    all[j] = {j, j == self ? std::numeric_limits<float>::max()
                                           : distance(embeddings[self], embeddings[j])};
                std::partial_sort(all.begin(), all.begin() + wanted, all.end(),
                                  [](const Neighbour &a, const Neighbour &b) { return a.distance < b.distance; });
                result[q].assign(all.begin(), all.begin() + wanted);
            }
        });
        return result;
    }
    // Hierarchical k-means tree (FLANN): good recall in 128-D at a small fraction
    // of the exact cost; a missed far neighbour only weakens a link.
    cv::Mat data(int(n), 128, CV_32F);
    for (std::size_t i = 0; i < n; ++i)
        std::copy(embeddings[i].begin(), embeddings[i].end(), data.ptr<float>(int(i)));
    cv::flann::Index index(data, cv::flann::KMeansIndexParams(32, 7), cvflann::FLANN_DIST_L2);
    cv::Mat query(int(queries.size()), 128, CV_32F);
    for (std::size_t q = 0; q < queries.size(); ++q)
        data.row(int(queries[q])).copyTo(query.row(int(q)));
    cv::Mat indices, distances;
    index.knnSearch(query, indices, distances, wanted + 1, cv::flann::SearchParams(64));
    for (std::size_t q = 0; q < queries.size(); ++q) {
        for (int j = 0; j < wanted + 1 && int(result[q].size()) < wanted; ++j) {
            const int other = indices.at<int>(int(q), j);
            if (other < 0 || std::size_t(other) == queries[q])
                continue;
            result[q].push_back({std::size_t(other), std::sqrt(distances.at<float>(int(q), j))}); // FLANN L2 is squared
        }
    }
    return result;
}

std::vector<std::int64_t> FaceClusterer::cluster(const std::vector<FaceEmbedding> &embeddings,
                                                 const std::vector<std::int64_t> &fixedLabels,
                                                 const std::set<std::pair<std::size_t, std::int64_t>> &banned,
                                                 const FaceClusterSettings &settings)
{
    const std::size_t n = embeddings.size();
    std::vector<std::int64_t> labels(n, -1);
    std::int64_t maxFixed = -1;
    for (std::size_t i = 0; i < n && i < fixedLabels.size(); ++i)
        maxFixed = std::max(maxFixed, fixedLabels[i]);
    std::vector<std::size_t> free;
    for (std::size_t i = 0; i < n; ++i) {
        if (i < fixedLabels.size() && fixedLabels[i] >= 0) {
            labels[i] = fixedLabels[i];
        } else {
            labels[i] = maxFixed + 1 + std::int64_t(i);
            free.push_back(i);
        }
    }
    if (free.empty())
        return labels;

    const auto neighbours = nearestNeighbours(embeddings, free, settings.neighbours);
    // Links shorter than linkDistance, closer ones weigh more.
    std::vector<std::vector<std::pair<std::size_t, float>>> links(free.size());
    for (std::size_t q = 0; q < free.size(); ++q)
        for (const Neighbour &nb : neighbours[q])
            if (nb.distance < settings.linkDistance)
                links[q].emplace_back(nb.index, 1.0F - nb.distance / (2 * settings.linkDistance));

    std::mt19937 random(42); // deterministic: the same faces give the same clusters
    std::vector<std::size_t> order(free.size());
    std::iota(order.begin(), order.end(), 0);
    std::unordered_map<std::int64_t, float> votes;
    for (int round = 0; round < settings.maxIterations; ++round) {
        std::shuffle(order.begin(), order.end(), random);
        bool changed = false;
        for (std::size_t q : order) {
            if (links[q].empty())
                continue;
            const std::size_t self = free[q];
            votes.clear();
            for (const auto &[other, weight] : links[q])
                if (banned.count({self, labels[other]}) == 0)
                    votes[labels[other]] += weight;
            if (votes.empty())
                continue;
            auto best = std::max_element(votes.begin(), votes.end(), [](const auto &a, const auto &b) {
                return a.second < b.second || (a.second == b.second && a.first > b.first);
            });
            if (best->first != labels[self]) {
                labels[self] = best->first;
                changed = true;
            }
        }
        if (!changed)
            break;
    }

    // New groups: renumber above the fixed labels; too small ones stay unclustered.
    std::map<std::int64_t, std::size_t> sizes;
    for (std::size_t i : free)
        if (labels[i] > maxFixed)
            ++sizes[labels[i]];
    std::map<std::int64_t, std::int64_t> renumbered;
    std::int64_t next = maxFixed + 1;
    for (std::size_t i : free) {
        const std::int64_t label = labels[i];
        if (label <= maxFixed)
            continue; // joined a fixed label
        if (sizes[label] < std::size_t(std::max(1, settings.minClusterSize))) {
            labels[i] = -1;
            continue;
        }
        auto it = renumbered.find(label);
        if (it == renumbered.end())
            it = renumbered.emplace(label, next++).first;
        labels[i] = it->second;
    }
    return labels;
}

} // namespace tintype
