#include "catalog/UserDecisionRepository.h"

#include "catalog/Catalog.h"
#include "catalog/SqlStatement.h"
#include "metadata/MediaMetadata.h"

#include <algorithm>
#include <cmath>

namespace tintype {

void UserDecisionRepository::setFavorite(const std::vector<std::int64_t> &assetIds, bool favorite)
{
    SqlStatement q(m_catalog.handle(), "UPDATE asset SET favorite = ?1 WHERE id = ?2");
    for (std::int64_t id : assetIds)
        q.bind(1, favorite ? 1 : 0).bind(2, id).exec();
}

void UserDecisionRepository::setArchived(const std::vector<std::int64_t> &assetIds, bool archived)
{
    SqlStatement q(m_catalog.handle(), "UPDATE asset SET archived = ?1 WHERE id = ?2");
    for (std::int64_t id : assetIds)
        q.bind(1, archived ? 1 : 0).bind(2, id).exec();
}

void UserDecisionRepository::setRating(const std::vector<std::int64_t> &assetIds, std::optional<int> rating)
{
    SqlStatement q(m_catalog.handle(), "UPDATE asset SET user_rating = ?1 WHERE id = ?2");
    const std::optional<int> clamped = rating ? std::optional<int>(std::clamp(*rating, 0, 5)) : std::nullopt;
    for (std::int64_t id : assetIds)
        q.bind(1, clamped).bind(2, id).exec();
}

void UserDecisionRepository::rotate(const std::vector<std::int64_t> &assetIds, int quarterTurns)
{
    const int turns = ((quarterTurns % 4) + 4) % 4;
    SqlStatement q(m_catalog.handle(), "UPDATE asset SET user_rotation = (user_rotation + ?1) % 4 WHERE id = ?2");
    for (std::int64_t id : assetIds)
        q.bind(1, turns).bind(2, id).exec();
}

void UserDecisionRepository::setDescription(std::int64_t assetId, const QString &description)
{
    SqlStatement q(m_catalog.handle(), "UPDATE asset SET user_description = ?1 WHERE id = ?2");
    q.bind(1, description.trimmed().isEmpty() ? QString() : description).bind(2, assetId).exec();
}

void UserDecisionRepository::setCaptureTime(const std::vector<std::int64_t> &assetIds, const QDateTime &utc,
                                            std::optional<int> offsetMinutes)
{
    SqlStatement q(m_catalog.handle(),
                   "UPDATE asset SET user_captured_utc = ?1, user_captured_offset = ?2, captured_utc = ?1, "
                   "captured_offset = ?2, captured_source = ?3 WHERE id = ?4");
    for (const std::int64_t id : assetIds)
        q.bind(1, std::int64_t(utc.toMSecsSinceEpoch()))
            .bind(2, offsetMinutes)
            .bind(3, int(CaptureTimeSource::User))
            .bind(4, id)
            .exec();
}

bool UserDecisionRepository::setLocation(const std::vector<std::int64_t> &assetIds, double latitude, double longitude)
{
    if (!std::isfinite(latitude) || !std::isfinite(longitude) || std::abs(latitude) > 90 || std::abs(longitude) > 180)
        return false;
    SqlStatement q(m_catalog.handle(), "UPDATE asset SET user_latitude = ?1, user_longitude = ?2, latitude = ?1, "
                                       "longitude = ?2 WHERE id = ?3");
    for (const std::int64_t id : assetIds)
        q.bind(1, latitude).bind(2, longitude).bind(3, id).exec();
    return true;
}

} // namespace tintype
