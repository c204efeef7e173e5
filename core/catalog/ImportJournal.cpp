#include "catalog/ImportJournal.h"

#include "catalog/Catalog.h"
#include "catalog/SqlStatement.h"

#include <QStringList>

namespace tintype {

void ImportJournal::record(const QString &source, const ImportJournalItem &item)
{
    SqlStatement q(m_catalog.handle(),
                   "INSERT OR REPLACE INTO import_item (source, entry, decision, content_hash, dest_path, done_at)"
                   " VALUES (?, ?, ?, ?, ?, ?)");
    q.bind(1, source)
        .bindBlob(2, item.entry)
        .bind(3, item.decision)
        .bindBlob(4, item.contentHash.isEmpty() ? QByteArray() : item.contentHash)
        .bindBlob(5, item.destPath.isEmpty() ? QByteArray() : item.destPath)
        .bind(6, item.doneAt)
        .exec();
}

QHash<QByteArray, ImportJournalItem> ImportJournal::items(const QString &source)
{
    SqlStatement q(m_catalog.handle(),
                   "SELECT entry, decision, content_hash, dest_path, done_at FROM import_item WHERE source = ?");
    q.bind(1, source);
    QHash<QByteArray, ImportJournalItem> items;
    while (q.next()) {
        ImportJournalItem item{q.blob(0), q.integer(1), q.blob(2), q.blob(3), q.int64(4)};
        items.insert(item.entry, item);
    }
    return items;
}

void ImportJournal::forget(const QString &source)
{
    SqlStatement q(m_catalog.handle(), "DELETE FROM import_item WHERE source = ?");
    q.bind(1, source).exec();
}

QByteArray ImportJournal::destinationOfContent(const QByteArray &contentHash)
{
    SqlStatement q(m_catalog.handle(), "SELECT dest_path FROM import_item WHERE content_hash = ? AND decision = 0"
                                       " AND dest_path IS NOT NULL ORDER BY done_at LIMIT 1");
    q.bindBlob(1, contentHash);
    return q.next() ? q.blob(0) : QByteArray();
}

void ImportJournal::addPersonHint(std::int64_t assetId, const QString &name, const QString &origin)
{
    SqlStatement q(m_catalog.handle(), "INSERT OR IGNORE INTO person_hint (asset_id, name, origin) VALUES (?, ?, ?)");
    q.bind(1, assetId).bind(2, name).bind(3, origin).exec();
}

QStringList ImportJournal::personHints(std::int64_t assetId)
{
    SqlStatement q(m_catalog.handle(), "SELECT name FROM person_hint WHERE asset_id = ? ORDER BY name");
    q.bind(1, assetId);
    QStringList names;
    while (q.next())
        names << q.text(0);
    return names;
}

} // namespace tintype
