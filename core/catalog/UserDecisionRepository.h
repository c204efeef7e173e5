#pragma once

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace tintype {

class Catalog;

// What the user decides in Tintype about an asset (favourite, rating,
// rotation, description), kept apart from what a rescan reads from the files.
// Methods throw SqlError; call them inside Catalog::write.
class UserDecisionRepository {
public:
    explicit UserDecisionRepository(Catalog &catalog) : m_catalog(catalog) {}

    void setFavorite(const std::vector<std::int64_t> &assetIds, bool favorite);
    // Archived photos stay in albums and folders but leave the timeline.
    void setArchived(const std::vector<std::int64_t> &assetIds, bool archived);
    // 0..5; nullopt clears the user's rating (the file's rating shows again).
    void setRating(const std::vector<std::int64_t> &assetIds, std::optional<int> rating);
    // Adds quarter turns clockwise (negative: counter-clockwise), kept in 0..3.
    void rotate(const std::vector<std::int64_t> &assetIds, int quarterTurns);
    // An empty text clears it.
    void setDescription(std::int64_t assetId, const QString &description);
    // The capture time the user gives a photo (CaptureTimeSource::User); a
    // rescan keeps it. `offsetMinutes` nullopt: a wall-clock ("floating") time.
    void setCaptureTime(const std::vector<std::int64_t> &assetIds, const QDateTime &utc,
                        std::optional<int> offsetMinutes);
    // The position the user gives photos without GPS ("Set location…"):
    // asset.latitude/longitude hold it, a rescan keeps it, the file is untouched.
    // Invalid coordinates are refused (false).
    bool setLocation(const std::vector<std::int64_t> &assetIds, double latitude, double longitude);

private:
    Catalog &m_catalog;
};

} // namespace tintype
