#pragma once

#include <QByteArray>
#include <QRectF>
#include <QString>

#include <cstdint>
#include <filesystem>
#include <set>
#include <vector>

namespace tintype {

class Catalog;

// One thing found on an asset (core/things): its label (COCO's English name,
// "dog"), the detector's score and its box relative to the upright image (0..1).
struct ThingRecord {
    std::int64_t id = 0;
    std::int64_t assetId = 0;
    QString label;
    float score = 0;
    QRectF box;
};

// Things and thing passes (tables thing, thing_scan, thing_removal). Methods
// throw SqlError; call them inside Catalog::write/read.
class ThingRepository {
public:
    explicit ThingRepository(Catalog &catalog) : m_catalog(catalog) {}

    // A photo still waiting for a pass of `model`: its primary file, present on an online root.
    struct PendingAsset {
        std::int64_t assetId = 0;
        std::filesystem::path path;
        QByteArray fingerprint;
    };
    // Photos (and RAWs) without a pass of this model (none, or of another model
    // version), newest first, leaving out `skip`.
    std::vector<PendingAsset> pendingAssets(const QString &model, int limit, const std::set<std::int64_t> &skip = {});
    std::int64_t pendingCount(const QString &model);

    // Records an asset's pass: its things replace those of an earlier pass, except
    // labels the user removed from it (never re-added); or the reason it failed.
    void recordPass(std::int64_t assetId, const QString &model, std::vector<ThingRecord> &things, const QString &error,
                    std::int64_t now);

    std::vector<ThingRecord> ofAsset(std::int64_t assetId);
    // "Not on this photo": the label leaves the asset and no later pass adds it back.
    // False when the asset had no such thing.
    bool removeLabel(std::int64_t assetId, const QString &label);
    std::vector<QString> removedLabels(std::int64_t assetId);

    struct LabelCount {
        QString label;
        std::int64_t assets = 0;
        std::int64_t coverAssetId = 0; // the asset with the best score for the label
    };
    // Every label with the number of assets showing it, most common first.
    std::vector<LabelCount> labelCounts();
    // Assets showing any of `labels`, newest first (search, the Things page's timeline).
    std::vector<std::int64_t> assetsWithLabels(const std::vector<QString> &labels);

    // Photos of a kind told by their metadata alone, newest first: "screenshot"
    // (a PNG from no camera, at least 480 px on its short side), "selfie" (taken
    // with a front camera: its lens says so, as phones write it) and "panorama"
    // (2.5:1 or wider). Empty for another kind.
    std::vector<std::int64_t> assetsOfKind(const QString &kind);

    struct Counts {
        std::int64_t scannedAssets = 0, failedAssets = 0, things = 0;
    };
    Counts counts();

private:
    Catalog &m_catalog;
};

} // namespace tintype
