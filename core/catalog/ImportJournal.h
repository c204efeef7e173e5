#pragma once

#include <QByteArray>
#include <QString>

#include <QHash>
#include <cstdint>
#include <optional>

namespace tintype {

class Catalog;

// What became of one entry of an import source (e.g. one file inside a set of
// Takeout parts). Rows are written as each entry is finished, so an
// interrupted import knows where to go on and a repeated one adds nothing.
struct ImportJournalItem {
    QByteArray entry; // the entry's path inside the source (UTF-8)
    int decision = 0; // the importer's own enum
    QByteArray contentHash;
    QByteArray destPath; // native bytes of the absolute path the content is at now (may be empty)
    std::int64_t doneAt = 0;
};

// The import_item and person_hint tables. Methods throw SqlError; call them
// inside Catalog::write/read.
class ImportJournal {
public:
    explicit ImportJournal(Catalog &catalog) : m_catalog(catalog) {}

    void record(const QString &source, const ImportJournalItem &item);
    // Every finished entry of the source, by entry path.
    QHash<QByteArray, ImportJournalItem> items(const QString &source);
    void forget(const QString &source);
    // Where an earlier import (of any source) put content with this hash: the
    // library's copy may differ from it since metadata was written into it.
    QByteArray destinationOfContent(const QByteArray &contentHash);

    // Names of people seen in the photo, kept for the faces feature.
    void addPersonHint(std::int64_t assetId, const QString &name, const QString &origin);
    QStringList personHints(std::int64_t assetId);

private:
    Catalog &m_catalog;
};

} // namespace tintype
