#include "similarity/HashNeighbourIndex.h"

#include "similarity/PerceptualHash.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <bit>
#include <tuple>

namespace tintype {

namespace {
constexpr int kChunkBits = 16;
constexpr std::uint32_t kChunkValues = 1U << kChunkBits;

std::uint32_t chunkOf(std::uint64_t hash, int chunk)
{
    return std::uint32_t(hash >> (chunk * kChunkBits)) & (kChunkValues - 1);
}

// Every 16-bit mask with at most `radius` bits set.
std::vector<std::uint32_t> masksUpTo(int radius)
{
    std::vector<std::uint32_t> masks;
    for (std::uint32_t m = 0; m < kChunkValues; ++m)
        if (std::popcount(m) <= radius)
            masks.push_back(m);
    return masks;
}
} // namespace

HashNeighbourIndex::HashNeighbourIndex(std::vector<std::uint64_t> hashes) : m_hashes(std::move(hashes))
{
    for (int c = 0; c < kChunks; ++c) {
        // Counting sort by chunk value: stable, linear.
        std::vector<std::uint32_t> &start = m_start[c];
        start.assign(kChunkValues + 1, 0);
        for (std::uint64_t h : m_hashes)
            ++start[chunkOf(h, c) + 1];
        for (std::uint32_t v = 0; v < kChunkValues; ++v)
            start[v + 1] += start[v];
        std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
        m_sorted[c].resize(m_hashes.size());
        for (std::uint32_t i = 0; i < m_hashes.size(); ++i)
            m_sorted[c][next[chunkOf(m_hashes[i], c)]++] = i;
    }
}

HashNeighbourIndex::~HashNeighbourIndex() = default;

void HashNeighbourIndex::search(std::uint32_t from, std::uint32_t to, int maxDistance,
                                const std::vector<std::uint32_t> &masks, std::vector<Match> &matches,
                                const std::vector<std::uint64_t> *queries, const std::vector<int> *owners) const
{
    const auto transforms = ImageTransform::all();
    // seen[b] == stamp: b was already compared with this (a, transform).
    std::vector<std::uint32_t> seen(m_hashes.size(), 0);
    std::uint32_t stamp = 0;
    for (std::uint32_t a = from; a < to; ++a) {
        for (const ImageTransform &t : transforms) {
            ++stamp;
            const std::uint64_t query = PerceptualHash::transformed(queries ? (*queries)[a] : m_hashes[a], t);
            // Pairs among the indexed hashes once (a < b); a query against all but its owner.
            const std::uint32_t self = queries ? std::uint32_t((*owners)[a]) : a;
            for (int c = 0; c < kChunks; ++c) {
                const std::uint32_t value = chunkOf(query, c);
                const std::vector<std::uint32_t> &start = m_start[c];
                const std::vector<std::uint32_t> &sorted = m_sorted[c];
                for (std::uint32_t mask : masks) {
                    const std::uint32_t probe = value ^ mask;
                    for (std::uint32_t k = start[probe]; k < start[probe + 1]; ++k) {
                        const std::uint32_t b = sorted[k];
                        if ((queries ? b == self : b <= a) || seen[b] == stamp)
                            continue;
                        seen[b] = stamp;
                        const int d = PerceptualHash::distance(query, m_hashes[b]);
                        if (d <= maxDistance)
                            matches.push_back({int(self), int(b), t, d, queries ? int(a) : -1});
                    }
                }
            }
        }
    }
}

std::vector<HashNeighbourIndex::Match> HashNeighbourIndex::pairsWithin(int maxDistance, int probeRadius) const
{
    return run(std::uint32_t(m_hashes.size()), maxDistance, probeRadius, nullptr, nullptr);
}

std::vector<HashNeighbourIndex::Match> HashNeighbourIndex::neighboursOf(const std::vector<std::uint64_t> &queries,
                                                                        const std::vector<int> &owners, int maxDistance,
                                                                        int probeRadius) const
{
    if (queries.size() != owners.size())
        return {};
    return run(std::uint32_t(queries.size()), maxDistance, probeRadius, &queries, &owners);
}

std::vector<HashNeighbourIndex::Match> HashNeighbourIndex::run(std::uint32_t n, int maxDistance, int probeRadius,
                                                               const std::vector<std::uint64_t> *queries,
                                                               const std::vector<int> *owners) const
{
    maxDistance = std::clamp(maxDistance, 0, 4 * kChunks - 1);
    const std::vector<std::uint32_t> masks = masksUpTo(std::clamp(probeRadius, 0, 3));
    // Blocks of queries on the thread pool, each with its own results.
    constexpr std::uint32_t kBlock = 4096;
    std::vector<std::uint32_t> blocks;
    for (std::uint32_t from = 0; from < n; from += kBlock)
        blocks.push_back(from);
    std::vector<std::vector<Match>> found(blocks.size());
    QtConcurrent::blockingMap(blocks, [&](const std::uint32_t &from) {
        search(from, std::min(n, from + kBlock), maxDistance, masks, found[from / kBlock], queries, owners);
    });
    std::vector<Match> matches;
    for (auto &block : found)
        matches.insert(matches.end(), block.begin(), block.end());
    // One entry per pair (per query and neighbour for queries): the closest
    // transform (identity first on a tie).
    const auto key = [](const Match &m) { return std::tuple(m.query, m.a, m.b); };
    std::sort(matches.begin(), matches.end(), [&key](const Match &x, const Match &y) {
        if (key(x) != key(y))
            return key(x) < key(y);
        if (x.distance != y.distance)
            return x.distance < y.distance;
        return x.transform.index() < y.transform.index();
    });
    matches.erase(std::unique(matches.begin(), matches.end(),
                              [&key](const Match &x, const Match &y) { return key(x) == key(y); }),
                  matches.end());
    return matches;
}

} // namespace tintype
