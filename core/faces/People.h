#pragma once

#include "common/Result.h"
#include "faces/FaceClusterer.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <vector>

namespace tintype {

class Catalog;

// What the user does with people, and the clustering that proposes them. The
// rule: a face the user placed (confirmed) is never moved by clustering; a face
// the user took out of a person ("not this person") never goes back to it.
// Unnamed clusters are people without a name. Each method is one transaction.
class People {
    Q_DECLARE_TR_FUNCTIONS(People)

public:
    explicit People(Catalog &catalog, FaceClusterSettings settings = {}) : m_catalog(catalog), m_settings(settings) {}

    struct ClusterReport {
        std::int64_t faces = 0;       // faces the run could move
        std::int64_t assigned = 0;    // of those, now in a person or cluster
        std::int64_t newClusters = 0; // unnamed clusters created
        double seconds = 0;
    };
    // Incremental: faces in no person (new ones included) join the nearest
    // person or cluster when close enough, or form new clusters. Does nothing
    // when no face is new since the last run.
    Result<ClusterReport> clusterNewFaces();
    // Full re-cluster: every unconfirmed face is placed again (confirmed faces
    // anchor their people; unnamed clusters keep their ids where most of their
    // faces stay together).
    Result<ClusterReport> reclusterAll();

    // Names a person or cluster and confirms its faces. A name another person
    // already has merges this one into it; returns the person's id.
    Result<std::int64_t> name(std::int64_t personId, const QString &name);
    // Merges people into the first of `personIds`; returns it.
    Result<std::int64_t> merge(const std::vector<std::int64_t> &personIds);
    // The selected faces become a new person (named when `name` is given), confirmed.
    Result<std::int64_t> split(const std::vector<std::int64_t> &faceIds, const QString &name);
    // "Not this person": the face leaves its person for good.
    Status removeFace(std::int64_t faceId);
    // "Not a face" (a pumpkin, a dog): the face is removed from the catalog (the
    // photo is not touched), leaves its person, and no later face pass brings it back.
    Status markNotAFace(std::int64_t faceId);
    // Confirms a face (a suggestion accepted) in `personId`.
    Status confirmFace(std::int64_t faceId, std::int64_t personId);
    Status setHidden(std::int64_t personId, bool hidden);

    // Faces that may be this person and are not confirmed: its own unconfirmed
    // faces, and faces elsewhere within `suggestDistance` of its confirmed ones.
    struct Suggestion {
        std::int64_t faceId = 0;
        std::int64_t assetId = 0;
        float distance = 0;
    };
    Result<std::vector<Suggestion>> suggestions(std::int64_t personId, float suggestDistance = 0.55F, int limit = 200);

private:
    Result<ClusterReport> cluster(bool full);
    Catalog &m_catalog;
    FaceClusterSettings m_settings;
};

} // namespace tintype
