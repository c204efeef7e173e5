#pragma once

#include "takeout/TakeoutImporter.h"
#include "takeout/TakeoutPlan.h"
#include "takeout/TakeoutReport.h"
#include "takeout/TakeoutSource.h"

#include <QHash>

#include <functional>

#include <filesystem>
#include <memory>

namespace tintype {

// The second pass over the parts: streams each planned photo into a staging
// file while hashing it, drops what the library or this import already has,
// restores metadata and moves the copy to its place. Each finished entry is
// written to the import journal at once, so an interruption loses at most the
// entry in flight. In a dry run nothing is written and destinations are
// estimated from the JSON.
class TakeoutCopyPass : public TakeoutVisitor {
    Q_DECLARE_TR_FUNCTIONS(TakeoutCopyPass)

public:
    struct Context {
        Catalog &catalog;
        const TakeoutImportOptions &options;
        const TakeoutPlan &plan;
        QString sourceKey;
        QStringList parts;
        std::function<void()> itemFinished = {}; // after each entry's decision
    };
    TakeoutCopyPass(Context context, TakeoutReport &report);
    ~TakeoutCopyPass() override;

    Status prepare(); // staging folder ready, journal of earlier runs loaded
    bool wantsData(const TakeoutEntry &entry) override;
    Status consume(const TakeoutEntry &entry, TakeoutEntryData &data) override;
    void problem(const QString &part, const QString &entryName, const QString &reason) override;
    void finish(); // Live photo clips and edited copies placed beside their originals; lower-quality copies dropped

    // Where each entry's content ended up (duplicates: the kept copy), for albums.
    const QHash<QString, QString> &destinations() const { return m_destinations; }

private:
    struct Staged {
        std::filesystem::path temp; // empty in a dry run
        QByteArray hash;            // XXH3-128 of the entry's bytes
        QByteArray head;            // the first bytes, to tell the format
        qint64 size = 0;
    };
    struct Placed {
        QString destination;
        QString sidecar; // the XMP we wrote beside it, if any
        qint64 pixels = 0;
        qint64 size = 0;
        QByteArray hash;
    };
    void decide(const PlannedMedia &media, const Staged &staged);
    void place(const PlannedMedia &media, const Staged &staged, const QString &besideEntry);
    void record(const QString &entry, Decision decision, const QString &destination, const QByteArray &hash,
                const QString &note, DateSource dateSource = DateSource::None);
    void dropLowerQualityCopies();

    Context m_context;
    TakeoutReport &m_report;
    std::filesystem::path m_staging;
    qint64 m_stagedCount = 0;
    QHash<QByteArray, QString> m_hashToDestination; // content seen in this run -> where it is
    QHash<QString, QString> m_destinations;         // entry -> destination
    QHash<QString, std::size_t> m_itemIndex;        // entry -> index in report.items
    QHash<QString, Placed> m_placed;                // imported entries
    std::vector<std::pair<QString, Staged>> m_deferred;
    QHash<QByteArray, int> m_journalDecisions; // finished by an earlier run
    std::unique_ptr<char[]> m_buffer;
};

} // namespace tintype
