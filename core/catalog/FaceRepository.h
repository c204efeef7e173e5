#pragma once

#include <QByteArray>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <array>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace tintype {

class Catalog;

// One face on an asset, as stored (coordinates relative to the upright image, 0..1).
struct FaceRecord {
    std::int64_t id = 0;
    std::int64_t assetId = 0;
    QRectF box;
    std::vector<QPointF> landmarks; // 68 points, or empty
    std::array<float, 128> embedding{};
    float score = 0;
    float sharpness = 0;
    std::optional<std::int64_t> personId;
    bool confirmed = false; // the user put it in its person; clustering never changes it
    bool clustered = false; // a clustering run has seen it
};

// Faces and face passes (tables face, face_rejection, face_scan). Methods throw
// SqlError; call them inside Catalog::write/read.
class FaceRepository {
public:
    explicit FaceRepository(Catalog &catalog) : m_catalog(catalog) {}

    // A photo still waiting for its face pass: its primary file, present on an online root.
    struct PendingAsset {
        std::int64_t assetId = 0;
        std::filesystem::path path;
        QByteArray fingerprint;
    };
    // Photos (and RAWs) without a face pass, newest first, leaving out `skip`
    // (those this run could not read; a failed pass is recorded too).
    std::vector<PendingAsset> pendingAssets(int limit, const std::set<std::int64_t> &skip = {});
    std::int64_t pendingCount();

    // Records an asset's face pass: its faces (ids set on return) or the reason it
    // failed. A face overlapping a region the user marked "not a face" (IoU >= 0.5)
    // is not stored: its id stays 0.
    void recordPass(std::int64_t assetId, const QString &models, std::vector<FaceRecord> &faces, const QString &error,
                    std::int64_t now);

    std::optional<FaceRecord> byId(std::int64_t faceId);
    std::vector<FaceRecord> ofAsset(std::int64_t assetId);
    std::vector<FaceRecord> ofPerson(std::int64_t personId);
    std::vector<FaceRecord> all();        // every face with its embedding (clustering)
    std::vector<FaceRecord> unassigned(); // faces in no person

    void assign(std::int64_t faceId, std::optional<std::int64_t> personId, bool confirmed);
    void markClustered(const std::vector<std::int64_t> &faceIds);
    // "Not this person": the face leaves the person and never comes back to it by clustering.
    void reject(std::int64_t faceId, std::int64_t personId);
    std::set<std::pair<std::int64_t, std::int64_t>> rejections(); // (face, person)
    // "Not a face": the face is deleted (it leaves its person) and its region
    // remembered, so no later face pass of the asset stores it again. False when
    // there is no such face.
    bool markNotAFace(std::int64_t faceId, std::int64_t now);
    std::vector<QRectF> notAFaceRegions(std::int64_t assetId);

    struct Counts {
        std::int64_t scannedAssets = 0, failedAssets = 0, faces = 0, assignedFaces = 0, confirmedFaces = 0;
    };
    Counts counts();
    // person id → how many photos show them (the People view's counts).
    std::map<std::int64_t, std::int64_t> photoCountsByPerson();
    // Assets showing every one of `personIds` (the timeline filter "photos with X and Y").
    std::vector<std::int64_t> assetsWithAll(const std::vector<std::int64_t> &personIds);

private:
    Catalog &m_catalog;
};

} // namespace tintype
