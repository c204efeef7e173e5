#pragma once

#include "similarity/ImageTransform.h"

#include <cstdint>
#include <vector>

namespace tintype {

// Finds every pair of 64-bit perceptual hashes within a Hamming distance of
// each other, under any of the eight turns and mirrors, without comparing all
// pairs: multi-index hashing. The hash is cut into four 16-bit chunks; two
// hashes within distance d agree to within d/4 bits on at least one chunk
// (pigeonhole), so each hash only probes the buckets of its chunks' near
// values and compares the few hashes found there. Probing a radius of 1 per
// chunk (17 buckets) finds every pair up to distance 7 and most up to 10 (bit
// errors spread over the chunks); a radius of 2 (137 buckets) every pair up
// to 11, eight times slower. Runs on the global thread pool.
class HashNeighbourIndex {
public:
    explicit HashNeighbourIndex(std::vector<std::uint64_t> hashes);
    ~HashNeighbourIndex();
    HashNeighbourIndex(const HashNeighbourIndex &) = delete;
    HashNeighbourIndex &operator=(const HashNeighbourIndex &) = delete;

    struct Match {
        int a = 0, b = 0;         // indexes into the hashes, a < b
        ImageTransform transform; // turning picture a this way gives picture b
        int distance = 0;         // the smallest over the transforms
        int query = -1;           // neighboursOf: which query found it
    };
    // Pairs within maxDistance (0..15), each once, with its closest transform;
    // complete up to 4 * (probeRadius + 1) - 1.
    std::vector<Match> pairsWithin(int maxDistance, int probeRadius = 1) const;

    // The indexed hashes within maxDistance of each query hash under any turn
    // or mirror of the query (the centre hashes of a photo against the whole
    // hashes of the others: its cropped copies). `owners[i]` is the index of
    // the photo query i belongs to; it is never its own neighbour. a = the
    // owner, b = the neighbour, transform turns the query's picture into b's;
    // the closest per (query, b). Same completeness as pairsWithin.
    std::vector<Match> neighboursOf(const std::vector<std::uint64_t> &queries, const std::vector<int> &owners,
                                    int maxDistance, int probeRadius = 1) const;

    std::size_t size() const { return m_hashes.size(); }

private:
    static constexpr int kChunks = 4;
    // Queries [from, to) of `queries` (nullptr: the indexed hashes themselves,
    // each pair once).
    void search(std::uint32_t from, std::uint32_t to, int maxDistance, const std::vector<std::uint32_t> &masks,
                std::vector<Match> &matches, const std::vector<std::uint64_t> *queries = nullptr,
                const std::vector<int> *owners = nullptr) const;
    std::vector<Match> run(std::uint32_t count, int maxDistance, int probeRadius,
                           const std::vector<std::uint64_t> *queries, const std::vector<int> *owners) const;
    std::vector<std::uint64_t> m_hashes;
    // Per chunk: the hash indexes sorted by that chunk's value, and where each
    // value's run starts (65,537 offsets).
    std::vector<std::uint32_t> m_sorted[kChunks];
    std::vector<std::uint32_t> m_start[kChunks];
};

} // namespace tintype
