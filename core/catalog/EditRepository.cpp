#include "catalog/EditRepository.h"

#include "catalog/Catalog.h"
#include "catalog/SqlStatement.h"
#include "common/NativePath.h"

#include <QDateTime>

#include <sqlite3.h>

namespace tintype {

std::optional<std::int64_t> EditRepository::currentRevision(std::int64_t assetId, bool *exists)
{
    SqlStatement q(m_catalog.handle(), "SELECT revision_id FROM edit WHERE asset_id = ?");
    q.bind(1, assetId);
    *exists = q.next();
    return *exists ? q.optionalInt64(0) : std::nullopt;
}

void EditRepository::setCurrent(std::int64_t assetId, std::optional<std::int64_t> revision)
{
    QString fingerprint;
    if (revision) {
        SqlStatement f(m_catalog.handle(), "SELECT fingerprint FROM edit_revision WHERE id = ?");
        f.bind(1, *revision);
        if (f.next() && !f.isNull(0))
            fingerprint = f.text(0);
    }
    SqlStatement q(m_catalog.handle(),
                   "INSERT INTO edit (asset_id, revision_id, fingerprint, updated_at) VALUES (?1, ?2, ?3, ?4) "
                   "ON CONFLICT (asset_id) DO UPDATE SET revision_id = ?2, fingerprint = ?3, updated_at = ?4");
    q.bind(1, assetId)
        .bind(2, revision)
        .bind(3, fingerprint)
        .bind(4, std::int64_t(QDateTime::currentSecsSinceEpoch()))
        .exec();
}

EditRepository::State EditRepository::state(std::int64_t assetId)
{
    State s;
    bool exists = false;
    const auto revision = currentRevision(assetId, &exists);
    if (!exists)
        return s;
    if (revision) {
        SqlStatement q(m_catalog.handle(), "SELECT stack, fingerprint FROM edit_revision WHERE id = ?");
        q.bind(1, *revision);
        if (q.next()) {
            s.stack = q.text(0).toUtf8();
            s.fingerprint = q.isNull(1) ? QByteArray() : q.text(1).toUtf8();
        }
    }
    SqlStatement trimmed(m_catalog.handle(), "SELECT trimmed FROM edit WHERE asset_id = ?");
    trimmed.bind(1, assetId);
    const bool wasTrimmed = trimmed.next() && trimmed.int64(0) != 0;
    SqlStatement older(m_catalog.handle(), "SELECT count(*) FROM edit_revision WHERE asset_id = ?1 AND id < ?2");
    older.bind(1, assetId).bind(2, revision.value_or(0));
    const std::int64_t before = older.next() ? older.int64(0) : 0;
    s.canUndo = revision && (before > 0 || !wasTrimmed);
    SqlStatement newer(m_catalog.handle(), "SELECT count(*) FROM edit_revision WHERE asset_id = ?1 AND id > ?2");
    newer.bind(1, assetId).bind(2, revision.value_or(0));
    s.canRedo = newer.next() && newer.int64(0) > 0;
    return s;
}

std::optional<QByteArray> EditRepository::current(std::int64_t assetId)
{
    SqlStatement q(m_catalog.handle(), "SELECT r.stack FROM edit e JOIN edit_revision r ON r.id = e.revision_id "
                                       "WHERE e.asset_id = ? AND e.fingerprint IS NOT NULL");
    q.bind(1, assetId);
    if (!q.next())
        return std::nullopt;
    return q.text(0).toUtf8();
}

void EditRepository::save(std::int64_t assetId, const QByteArray &stack, const QByteArray &fingerprint)
{
    bool exists = false;
    const auto revision = currentRevision(assetId, &exists);
    if (revision) {
        SqlStatement same(m_catalog.handle(), "SELECT stack FROM edit_revision WHERE id = ?");
        same.bind(1, *revision);
        if (same.next() && same.text(0).toUtf8() == stack)
            return;
    } else if (stack.isEmpty()) {
        return; // the original is showing and stays
    }
    SqlStatement drop(m_catalog.handle(), "DELETE FROM edit_revision WHERE asset_id = ?1 AND id > ?2");
    drop.bind(1, assetId).bind(2, revision.value_or(0)).exec();
    SqlStatement insert(m_catalog.handle(), "INSERT INTO edit_revision (asset_id, stack, fingerprint, created_at) "
                                            "VALUES (?, ?, ?, ?)");
    insert.bind(1, assetId)
        .bind(2, stack.isEmpty() ? QStringLiteral("") : QString::fromUtf8(stack)) // NOT NULL: "" is the original
        .bind(3, fingerprint.isEmpty() ? QString() : QString::fromUtf8(fingerprint))
        .bind(4, std::int64_t(QDateTime::currentSecsSinceEpoch()))
        .exec();
    SqlStatement last(m_catalog.handle(), "SELECT last_insert_rowid()");
    last.next();
    setCurrent(assetId, last.int64(0));

    SqlStatement trim(m_catalog.handle(),
                      "DELETE FROM edit_revision WHERE asset_id = ?1 AND id NOT IN "
                      "(SELECT id FROM edit_revision WHERE asset_id = ?1 ORDER BY id DESC LIMIT ?2)");
    trim.bind(1, assetId).bind(2, kHistoryLimit).exec();
    if (sqlite3_changes(m_catalog.handle()) > 0) {
        SqlStatement mark(m_catalog.handle(), "UPDATE edit SET trimmed = 1 WHERE asset_id = ?");
        mark.bind(1, assetId).exec();
    }
}

bool EditRepository::undo(std::int64_t assetId)
{
    if (!state(assetId).canUndo)
        return false;
    bool exists = false;
    const auto revision = currentRevision(assetId, &exists);
    SqlStatement q(m_catalog.handle(), "SELECT max(id) FROM edit_revision WHERE asset_id = ?1 AND id < ?2");
    q.bind(1, assetId).bind(2, revision.value_or(0));
    setCurrent(assetId, q.next() ? q.optionalInt64(0) : std::nullopt);
    return true;
}

bool EditRepository::redo(std::int64_t assetId)
{
    bool exists = false;
    const auto revision = currentRevision(assetId, &exists);
    SqlStatement q(m_catalog.handle(), "SELECT min(id) FROM edit_revision WHERE asset_id = ?1 AND id > ?2");
    q.bind(1, assetId).bind(2, revision.value_or(0));
    const auto next = q.next() ? q.optionalInt64(0) : std::nullopt;
    if (!next)
        return false;
    setCurrent(assetId, next);
    return true;
}

std::vector<std::pair<std::int64_t, QByteArray>> EditRepository::edited()
{
    SqlStatement q(m_catalog.handle(),
                   "SELECT asset_id, fingerprint FROM edit WHERE fingerprint IS NOT NULL ORDER BY asset_id");
    std::vector<std::pair<std::int64_t, QByteArray>> out;
    while (q.next())
        out.emplace_back(q.int64(0), q.text(1).toUtf8());
    return out;
}

std::vector<std::pair<std::int64_t, QByteArray>> EditRepository::currentStacks()
{
    SqlStatement q(m_catalog.handle(), "SELECT e.asset_id, er.stack FROM edit e JOIN edit_revision er ON er.id = "
                                       "e.revision_id WHERE e.fingerprint IS NOT NULL ORDER BY e.asset_id");
    std::vector<std::pair<std::int64_t, QByteArray>> out;
    while (q.next())
        out.emplace_back(q.int64(0), q.text(1).toUtf8());
    return out;
}

std::optional<EditRepository::Source> EditRepository::source(std::int64_t assetId)
{
    SqlStatement q(m_catalog.handle(),
                   "SELECT r.path, f.rel_path, a.user_rotation, (f.status = 0 AND r.online = 1), a.kind FROM asset a "
                   "JOIN file f ON f.id = (SELECT id FROM file WHERE asset_id = a.id AND role != 3 ORDER BY role, id "
                   "LIMIT 1) JOIN root r ON r.id = f.root_id WHERE a.id = ?");
    q.bind(1, assetId);
    if (!q.next())
        return std::nullopt;
    Source s;
    s.path = nativepath::fromBytes(q.blob(0)) / nativepath::fromBytes(q.blob(1));
    s.userQuarterTurns = q.integer(2) & 3;
    s.available = q.int64(3) != 0;
    s.kind = q.integer(4);
    return s;
}

} // namespace tintype
