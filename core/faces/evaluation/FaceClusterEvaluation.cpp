#include "faces/evaluation/FaceClusterEvaluation.h"

#include "faces/FaceClusterer.h"

#include <map>

namespace tintype {

FaceClusterEvaluation::BCubed FaceClusterEvaluation::bcubed(const std::vector<int> &truth,
                                                            const std::vector<std::int64_t> &predicted)
{
    const std::size_t n = std::min(truth.size(), predicted.size());
    BCubed result;
    if (n == 0)
        return result;
    // -1 ("unclustered") is a singleton: give each its own label.
    std::vector<std::int64_t> clusters(predicted.begin(), predicted.begin() + std::ptrdiff_t(n));
    std::int64_t singleton = -2;
    for (auto &c : clusters)
        if (c < 0)
            c = singleton--;
    std::map<std::pair<std::int64_t, int>, double> both;
    std::map<std::int64_t, double> clusterSize;
    std::map<int, double> classSize;
    for (std::size_t i = 0; i < n; ++i) {
        ++both[{clusters[i], truth[i]}];
        ++clusterSize[clusters[i]];
        ++classSize[truth[i]];
    }
    for (std::size_t i = 0; i < n; ++i) {
        const double shared = both[{clusters[i], truth[i]}];
        result.precision += shared / clusterSize[clusters[i]];
        result.recall += shared / classSize[truth[i]];
    }
    result.precision /= double(n);
    result.recall /= double(n);
    result.f1 = result.precision + result.recall > 0
                    ? 2 * result.precision * result.recall / (result.precision + result.recall)
                    : 0;
    return result;
}

FaceClusterEvaluation::Verification FaceClusterEvaluation::verification(const std::vector<FaceEmbedding> &embeddings,
                                                                        const std::vector<int> &truth, double threshold)
{
    Verification v;
    v.threshold = threshold;
    std::vector<std::pair<double, bool>> pairs;
    for (std::size_t i = 0; i < embeddings.size() && i < truth.size(); ++i)
        for (std::size_t j = i + 1; j < embeddings.size() && j < truth.size(); ++j)
            pairs.emplace_back(FaceClusterer::distance(embeddings[i], embeddings[j]), truth[i] == truth[j]);
    if (pairs.empty())
        return v;
    auto accuracyAt = [&](double t) {
        std::int64_t correct = 0;
        for (const auto &[d, same] : pairs)
            correct += (d < t) == same ? 1 : 0;
        return double(correct) / double(pairs.size());
    };
    for (const auto &[d, same] : pairs)
        (same ? v.samePairs : v.differentPairs) += 1;
    v.accuracy = accuracyAt(threshold);
    for (int step = 20; step <= 100; ++step) {
        const double t = step / 100.0;
        const double a = accuracyAt(t);
        if (a > v.bestAccuracy) {
            v.bestAccuracy = a;
            v.bestThreshold = t;
        }
    }
    return v;
}

} // namespace tintype
