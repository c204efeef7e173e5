#pragma once

#include "faces/FaceAnalysis.h"

#include <cstdint>
#include <set>
#include <utility>
#include <vector>

namespace tintype {

struct FaceClusterSettings {
    // Two faces are linked when their embeddings are closer than this (Euclidean;
    // dlib's same-person threshold is 0.6). Tuned on faces-faceapi-bbt: 0.50 → F1 0.90,
    // 0.55 → 0.96, 0.58 and 0.60 → 1.00 (see README).
    float linkDistance = 0.58F;
    int neighbours = 12;    // k of the k-NN graph
    int minClusterSize = 2; // smaller groups of free faces stay unclustered
    int maxIterations = 30; // Chinese Whispers rounds
};

// Clusters face embeddings without all-pairs memory: a k-NN graph (exact for up
// to 20,000 faces, FLANN randomised k-d trees above), then Chinese Whispers label
// propagation over the links shorter than `linkDistance`.
//
// Labels: a face with a fixed label ≥ 0 (a person the user confirmed, or one
// chosen by an earlier run) keeps it and pulls its neighbours; a free face (-1)
// takes the strongest label around it, never one listed in `banned` for it (the
// user said "not this person"). Free faces that end in a group of new faces get a
// new label (above every fixed one); those left alone get -1.
class FaceClusterer {
public:
    static std::vector<std::int64_t> cluster(const std::vector<FaceEmbedding> &embeddings,
                                             const std::vector<std::int64_t> &fixedLabels,
                                             const std::set<std::pair<std::size_t, std::int64_t>> &banned,
                                             const FaceClusterSettings &settings);

    // The k nearest neighbours (index, distance) of each face listed in `queries`.
    struct Neighbour {
        std::size_t index;
        float distance;
    };
    static std::vector<std::vector<Neighbour>> nearestNeighbours(const std::vector<FaceEmbedding> &embeddings,
                                                                 const std::vector<std::size_t> &queries, int k);

    static float distance(const FaceEmbedding &a, const FaceEmbedding &b);
};

} // namespace tintype
