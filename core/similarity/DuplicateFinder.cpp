#include "similarity/DuplicateFinder.h"

#include "catalog/Catalog.h"
#include "catalog/DuplicateDismissalRepository.h"
#include "catalog/DuplicateQueries.h"
#include "similarity/BestCopyChooser.h"
#include "similarity/GridThumbnails.h"
#include "similarity/HashNeighbourIndex.h"
#include "similarity/PerceptualHash.h"
#include "similarity/StructuralSimilarity.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

namespace tintype {

namespace {
// Union-find over dense indexes.
class Components {
public:
    explicit Components(std::size_t n) : m_parent(n) { std::iota(m_parent.begin(), m_parent.end(), 0); }
    std::size_t find(std::size_t x)
    {
        while (m_parent[x] != x)
            x = m_parent[x] = m_parent[m_parent[x]];
        return x;
    }
    void join(std::size_t a, std::size_t b) { m_parent[find(a)] = find(b); }

private:
    std::vector<std::size_t> m_parent;
};

struct Edge {
    std::int64_t a = 0, b = 0;
    double similarity = 1.0;
    bool exact = true;
};

std::pair<std::int64_t, std::int64_t> ordered(std::int64_t a, std::int64_t b)
{
    return {std::min(a, b), std::max(a, b)};
}

// A pair to verify: b is the centre cropOfA of a, turned by transform.
struct Candidate {
    int a = 0, b = 0;
    ImageTransform transform;
    double cropOfA = 1.0;
    int distance = 0;
};

// Whole hash against whole hash, and every photo's centre hashes against the
// others' whole hashes (its cropped copies); one candidate per pair of photos,
// the closest (the whole picture on a tie).
std::vector<Candidate> findCandidates(const HashNeighbourIndex &index,
                                      const std::vector<PerceptualHashRepository::HashSource> &hashed, int maxDistance,
                                      bool centreHashes)
{
    std::map<std::pair<int, int>, Candidate> best;
    const auto offer = [&best](const Candidate &c) {
        const auto [it, inserted] = best.try_emplace({std::min(c.a, c.b), std::max(c.a, c.b)}, c);
        if (!inserted && c.distance < it->second.distance)
            it->second = c;
    };
    for (const HashNeighbourIndex::Match &m : index.pairsWithin(maxDistance))
        offer({m.a, m.b, m.transform, 1.0, m.distance});
    std::vector<std::uint64_t> queries;
    std::vector<int> owners;
    std::vector<double> fractions;
    for (std::size_t i = 0; i < hashed.size() && centreHashes; ++i) {
        const auto &crops = hashed[i].cropHashes;
        for (std::size_t k = 0; k < crops.size() && k < PerceptualHash::kCropFractions.size(); ++k) {
            if (crops[k] == 0)
                continue; // a flat centre
            queries.push_back(crops[k]);
            owners.push_back(int(i));
            fractions.push_back(PerceptualHash::kCropFractions.at(k));
        }
    }
    // A copy is within a few bits of the centre at its crop (it is that centre,
    // scaled), so exact chunk probes suffice (complete to 3 bits, most pairs to
    // 7): 17 times fewer probes than the whole-hash search, for 5 queries a photo.
    constexpr int kCentreProbeRadius = 0;
    for (const HashNeighbourIndex::Match &m : index.neighboursOf(queries, owners, maxDistance, kCentreProbeRadius))
        offer({m.a, m.b, m.transform, fractions[std::size_t(m.query)], m.distance});
    std::vector<Candidate> candidates;
    candidates.reserve(best.size());
    for (const auto &entry : best)
        candidates.push_back(entry.second);
    return candidates;
}
} // namespace

DuplicateFinder::DuplicateFinder(Catalog &catalog, ThumbnailCache &cache) : m_catalog(catalog)
{
    m_verifier = [thumbnails = GridThumbnails(cache)](
                     const PerceptualHashRepository::HashSource &a, const PerceptualHashRepository::HashSource &b,
                     ImageTransform transform, double cropOfA) -> std::optional<double> {
        const auto imageA = thumbnails.load(a.path, a.fingerprint);
        const auto imageB = thumbnails.load(b.path, b.fingerprint);
        if (!imageA || !imageB)
            return std::nullopt;
        const auto comparison =
            StructuralSimilarity::compare(PerceptualHash::centre(imageA.value(), cropOfA), imageB.value(), transform);
        if (!StructuralSimilarity::isSamePicture(comparison))
            return std::nullopt;
        return comparison.overall;
    };
}

DuplicateFinder::DuplicateFinder(Catalog &catalog, PairVerifier verifier)
    : m_catalog(catalog),
      m_verifier(std::move(verifier))
{}

Result<std::vector<DuplicateGroup>> DuplicateFinder::find(const Options &options)
{
    m_statistics = {};
    QElapsedTimer total;
    total.start();
    std::vector<std::vector<std::int64_t>> exact;
    std::vector<PerceptualHashRepository::HashSource> hashed;
    std::set<std::pair<std::int64_t, std::int64_t>> dismissed;
    const Status read = m_catalog.read([&] {
        exact = DuplicateQueries(m_catalog).exactDuplicateAssets();
        if (options.near)
            hashed = PerceptualHashRepository(m_catalog).hashedPhotos();
        for (const auto &pair : DuplicateDismissalRepository(m_catalog).dismissals())
            dismissed.insert(pair);
    });
    if (!read)
        return Result<std::vector<DuplicateGroup>>::failure(read.error());

    std::vector<Edge> edges;
    for (const auto &assets : exact)
        for (std::size_t i = 1; i < assets.size(); ++i)
            edges.push_back({assets[0], assets[i], 1.0, true});

    if (options.near && hashed.size() > 1) {
        m_statistics.hashedPhotos = std::int64_t(hashed.size());
        QElapsedTimer timer;
        timer.start();
        std::vector<std::uint64_t> hashes;
        hashes.reserve(hashed.size());
        for (const auto &h : hashed)
            hashes.push_back(*h.hash);
        const HashNeighbourIndex index(std::move(hashes));
        const std::vector<Candidate> candidates =
            findCandidates(index, hashed, options.maxHashDistance, options.centreHashes);
        m_statistics.candidatePairs = std::int64_t(candidates.size());
        m_statistics.cropCandidatePairs =
            std::count_if(candidates.begin(), candidates.end(), [](const Candidate &c) { return c.cropOfA < 1.0; });
        m_statistics.searchSeconds = timer.nsecsElapsed() / 1e9;
        timer.restart();
        const std::vector<std::optional<double>> verdicts =
            QtConcurrent::blockingMapped<std::vector<std::optional<double>>>(
                candidates, [&](const Candidate &m) -> std::optional<double> {
                    const auto &a = hashed[std::size_t(m.a)];
                    const auto &b = hashed[std::size_t(m.b)];
                    if (m_cancel || dismissed.count(ordered(a.assetId, b.assetId)))
                        return std::nullopt;
                    return m_verifier(a, b, m.transform, m.cropOfA);
                });
        for (std::size_t i = 0; i < candidates.size(); ++i)
            if (verdicts[i]) {
                edges.push_back({hashed[std::size_t(candidates[i].a)].assetId,
                                 hashed[std::size_t(candidates[i].b)].assetId, *verdicts[i], false});
                ++m_statistics.verifiedPairs;
            }
        m_statistics.verifySeconds = timer.nsecsElapsed() / 1e9;
    }
    if (m_cancel)
        return Result<std::vector<DuplicateGroup>>::failure(cancelledMessage());

    // Assets joined by any edge form a group.
    std::unordered_map<std::int64_t, std::size_t> indexOf;
    std::vector<std::int64_t> assetOf;
    auto dense = [&](std::int64_t asset) {
        auto [it, inserted] = indexOf.try_emplace(asset, assetOf.size());
        if (inserted)
            assetOf.push_back(asset);
        return it->second;
    };
    for (const Edge &e : edges) {
        dense(e.a);
        dense(e.b);
    }
    Components components(assetOf.size());
    for (const Edge &e : edges)
        if (e.exact || !dismissed.count(ordered(e.a, e.b)))
            components.join(indexOf[e.a], indexOf[e.b]);
    struct Pending {
        std::vector<std::int64_t> assets;
        double similarity = 1.0;
        bool near = false;
    };
    std::map<std::size_t, Pending> pending;
    for (std::size_t i = 0; i < assetOf.size(); ++i)
        pending[components.find(i)].assets.push_back(assetOf[i]);
    for (const Edge &e : edges) {
        Pending &p = pending[components.find(indexOf[e.a])];
        p.similarity = std::min(p.similarity, e.similarity);
        p.near = p.near || !e.exact;
    }

    std::vector<DuplicateGroup> groups;
    const Status facts = m_catalog.read([&] {
        DuplicateQueries queries(m_catalog);
        for (auto &[root, p] : pending) {
            if (p.assets.size() < 2)
                continue;
            std::sort(p.assets.begin(), p.assets.end());
            DuplicateGroup group;
            group.kind = p.near ? DuplicateGroup::Kind::Near : DuplicateGroup::Kind::Exact;
            group.similarity = p.similarity;
            for (auto &f : queries.facts(p.assets))
                group.members.push_back(DuplicateMember{std::move(f), false, false, false, false, {}});
            if (group.members.size() < 2)
                continue;
            BestCopyChooser::propose(group);
            (p.near ? m_statistics.nearGroups : m_statistics.exactGroups)++;
            groups.push_back(std::move(group));
        }
    });
    if (!facts)
        return Result<std::vector<DuplicateGroup>>::failure(facts.error());
    std::stable_sort(groups.begin(), groups.end(), [](const DuplicateGroup &a, const DuplicateGroup &b) {
        if (a.members.size() != b.members.size())
            return a.members.size() > b.members.size();
        return a.members.front().facts.assetId < b.members.front().facts.assetId;
    });
    m_statistics.totalSeconds = total.nsecsElapsed() / 1e9;
    return groups;
}

} // namespace tintype
