#include "catalog/DuplicateResolutionRepository.h"

#include "catalog/Catalog.h"
#include "catalog/SqlStatement.h"

#include <QJsonDocument>

namespace tintype {

std::int64_t DuplicateResolutionRepository::addResolution(std::int64_t keptAssetId, const QString &explanation,
                                                          std::int64_t appliedAt, const QJsonObject &undoState)
{
    SqlStatement q(m_catalog.handle(), "INSERT INTO duplicate_resolution (kept_asset_id, explanation, applied_at, "
                                       "undo_state) VALUES (?, ?, ?, ?) RETURNING id");
    q.bind(1, keptAssetId).bind(2, explanation).bind(3, appliedAt);
    q.bind(4, QString::fromUtf8(QJsonDocument(undoState).toJson(QJsonDocument::Compact)));
    q.next();
    const std::int64_t id = q.int64(0);
    q.exec();
    return id;
}

namespace {
DuplicateResolutionRepository::Resolution rowToResolution(const SqlStatement &q)
{
    DuplicateResolutionRepository::Resolution r;
    r.id = q.int64(0);
    r.keptAssetId = q.int64(1);
    r.explanation = q.text(2);
    r.appliedAt = q.int64(3);
    r.undoneAt = q.optionalInt64(4);
    r.undoState = QJsonDocument::fromJson(q.text(5).toUtf8()).object();
    return r;
}
constexpr const char *kResolutionColumns =
    "SELECT id, kept_asset_id, explanation, applied_at, undone_at, undo_state FROM duplicate_resolution ";
} // namespace

std::optional<DuplicateResolutionRepository::Resolution> DuplicateResolutionRepository::resolution(std::int64_t id)
{
    SqlStatement q(m_catalog.handle(), std::string(kResolutionColumns) + "WHERE id = ?");
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    return rowToResolution(q);
}

std::vector<DuplicateResolutionRepository::Resolution> DuplicateResolutionRepository::resolutions()
{
    SqlStatement q(m_catalog.handle(), std::string(kResolutionColumns) + "ORDER BY id DESC");
    std::vector<Resolution> all;
    while (q.next())
        all.push_back(rowToResolution(q));
    return all;
}

void DuplicateResolutionRepository::markUndone(std::int64_t id, std::int64_t at)
{
    SqlStatement q(m_catalog.handle(), "UPDATE duplicate_resolution SET undone_at = ? WHERE id = ?");
    q.bind(1, at).bind(2, id).exec();
}

} // namespace tintype
