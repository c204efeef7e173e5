#include "takeout/TakeoutImporter.h"

#include "catalog/AlbumRepository.h"
#include "catalog/AssetRepository.h"
#include "catalog/Catalog.h"
#include "catalog/FileRepository.h"
#include "catalog/ImportJournal.h"
#include "catalog/RootRepository.h"
#include "catalog/UserDecisionRepository.h"
#include "common/NativePath.h"
#include "library/Library.h"
#include "library/Scanner.h"
#include "takeout/TakeoutCopyPass.h"
#include "takeout/TakeoutNames.h"
#include "takeout/TakeoutSource.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

#include <system_error>

namespace tintype {

namespace {
constexpr qint64 kMaxJsonBytes = 4 << 20;
constexpr qint64 kSpaceMargin = 64 << 20;

bool isJsonEntry(const QString &path) { return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive); }

// The first pass: names of every entry, the bytes of every JSON file.
class IndexPass : public TakeoutVisitor {
public:
    explicit IndexPass(TakeoutPlanner &planner) : m_planner(planner) {}
    bool wantsData(const TakeoutEntry &entry) override
    {
        if (isJsonEntry(entry.path))
            return true;
        if (isMediaFileName(splitEntry(entry.path).second))
            m_planner.addMedia(entry.path, entry.part, entry.size, entry.mtime);
        return false;
    }
    Status consume(const TakeoutEntry &entry, TakeoutEntryData &data) override
    {
        auto bytes = data.readAll(kMaxJsonBytes);
        if (!bytes)
            m_planner.addProblem(entry.path, bytes.error());
        else
            m_planner.addJson(entry.path, bytes.value());
        return {};
    }
    void problem(const QString &part, const QString &entryName, const QString &reason) override
    {
        m_planner.addProblem(part + QStringLiteral(": ") + entryName, reason);
    }

private:
    TakeoutPlanner &m_planner;
};

// The same parts (by name and size) are the same import, wherever they are.
QString sourceKeyOf(const QStringList &inputs)
{
    QStringList ids;
    for (const QString &input : inputs) {
        const QFileInfo info(input);
        ids << info.fileName() + QLatin1Char(':') + QString::number(info.isDir() ? 0 : info.size());
    }
    ids.sort();
    return QStringLiteral("takeout:") +
           QString::fromLatin1(QCryptographicHash::hash(ids.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha1)
                                   .toHex()
                                   .left(16));
}

bool isInside(const std::filesystem::path &inner, const std::filesystem::path &outer)
{
    std::error_code ec;
    const auto a = std::filesystem::weakly_canonical(inner, ec);
    const auto b = std::filesystem::weakly_canonical(outer, ec);
    auto ai = a.begin();
    for (auto bi = b.begin(); bi != b.end(); ++bi, ++ai) {
        if (bi->empty())
            continue;
        if (ai == a.end() || *ai != *bi)
            return false;
    }
    return true;
}
} // namespace

TakeoutImporter::TakeoutImporter(Catalog &catalog, TakeoutImportOptions options)
    : m_catalog(catalog),
      m_options(std::move(options))
{}

TakeoutReport TakeoutImporter::run(const std::function<void(const TakeoutProgress &)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    TakeoutReport report;
    report.dryRun = m_options.dryRun;
    report.destination = nativepath::display(m_options.destination);
    auto finished = [&] {
        report.seconds = timer.elapsed() / 1000.0;
        return report;
    };
    auto source = TakeoutSource::open(m_options.inputs);
    if (!source) {
        report.error = source.error();
        return finished();
    }
    report.parts = source->parts();
    for (const QString &input : m_options.inputs) {
        if (QFileInfo(input).isDir() && isInside(m_options.destination, nativepath::fromUser(input))) {
            report.error = tr("The destination is inside the Takeout folder; choose a folder outside it.");
            return finished();
        }
    }
    if (m_options.destination.empty()) {
        report.error = tr("No destination folder was given.");
        return finished();
    }

    // Pass 1: names and JSON.
    TakeoutPlanner planner;
    IndexPass index(planner);
    auto tell = [&](TakeoutProgress::Phase phase, qint64 done, qint64 total) {
        if (progress)
            progress({phase, done, total, qint64(report.items.size())});
    };
    Status listed = source->visit(
        index, [&](qint64 done, qint64 total) { tell(TakeoutProgress::Phase::Reading, done, total); }, &m_cancel);
    if (m_cancel) {
        report.cancelled = true;
        return finished();
    }
    if (!listed) {
        report.error = listed.error();
        return finished();
    }
    const TakeoutPlan plan = planner.build();
    report.mediaEntries = qint64(plan.media.size());
    report.albums = plan.albums;
    report.sidecarsWithoutMedia = plan.sidecarsWithoutMedia;
    report.ignoredJson = plan.ignoredJson;
    report.problems = plan.problems;
    for (const PlannedMedia &m : plan.media) {
        if (m.rule)
            ++report.withSidecar;
        else
            report.mediaWithoutSidecar << m.entry;
    }

    if (!m_options.dryRun) {
        std::error_code ec;
        std::filesystem::create_directories(m_options.destination, ec);
        if (ec) {
            report.error = tr("Cannot create %1: %2").arg(report.destination, QString::fromStdString(ec.message()));
            return finished();
        }
        const qint64 available = QStorageInfo(report.destination).bytesAvailable();
        if (available >= 0 && available < plan.mediaBytes + kSpaceMargin) {
            const QLocale locale; // sizes written the UI language's way
            report.error = tr("Not enough free space in %1: the photos need %2, %3 are free.")
                               .arg(report.destination, locale.formattedDataSize(plan.mediaBytes),
                                    locale.formattedDataSize(available));
            return finished();
        }
    }

    // Pass 2: the bytes.
    qint64 copiedBytes = 0;
    TakeoutCopyPass copy({m_catalog, m_options, plan, sourceKeyOf(m_options.inputs), report.parts,
                          [&] { tell(TakeoutProgress::Phase::Copying, copiedBytes, source->totalInputBytes()); }},
                         report);
    if (Status ready = copy.prepare(); !ready) {
        report.error = ready.error();
        return finished();
    }
    Status copied = source->visit(
        copy,
        [&](qint64 done, qint64 total) {
            copiedBytes = done;
            tell(TakeoutProgress::Phase::Copying, done, total);
        },
        &m_cancel);
    copy.finish(); // also when cancelled: what is staged gets its place
    if (m_cancel) {
        report.cancelled = true;
        return finished();
    }
    if (!copied) {
        report.error = copied.error();
        return finished();
    }
    if (m_options.dryRun)
        return finished();

    tell(TakeoutProgress::Phase::Cataloguing, 0, 1);
    if (Status catalogued = catalogue(plan, copy.destinations(), report); !catalogued)
        report.error = catalogued.error();
    tell(TakeoutProgress::Phase::Cataloguing, 1, 1);
    return finished();
}

Status TakeoutImporter::catalogue(const TakeoutPlan &plan, const QHash<QString, QString> &destinations,
                                  TakeoutReport &report)
{
    // The destination must be in a library root; it becomes one when it is in none.
    Library library(m_catalog);
    auto roots = library.roots();
    if (!roots)
        return Status::failure(roots.error());
    bool covered = false;
    for (const RootRecord &root : roots.value())
        covered = covered || isInside(m_options.destination, root.path);
    if (!covered) {
        auto added = library.addRoot(m_options.destination);
        if (!added)
            return Status::failure(added.error());
    }
    Scanner scanner(m_catalog);
    const ScanReport scanned = scanner.run();
    if (!scanned.error.isEmpty())
        return Status::failure(scanned.error);
    for (const ScanReport::Failure &f : scanned.failures)
        report.problems.push_back({f.path, f.reason});

    return m_catalog.write([&] {
        RootRepository rootRepo(m_catalog);
        FileRepository files(m_catalog);
        AlbumRepository albums(m_catalog);
        UserDecisionRepository decisions(m_catalog);
        ImportJournal journal(m_catalog);
        const std::vector<RootRecord> allRoots = rootRepo.all();
        auto fileAt = [&](const QString &path) -> std::optional<FileRecord> {
            const std::filesystem::path p = nativepath::fromUser(path);
            for (const RootRecord &root : allRoots) {
                if (!isInside(p, root.path))
                    continue;
                if (auto file = files.byPath(root.id, nativepath::toBytes(p.lexically_relative(root.path))))
                    return file;
            }
            return std::nullopt;
        };
        auto assetAt = [&](const QString &path) -> std::optional<std::int64_t> {
            const auto file = fileAt(path);
            return file ? file->assetId : std::nullopt;
        };
        // An edited copy joins its original's asset (the original stays the primary file).
        bool regrouped = false;
        for (const PlannedMedia &media : plan.media) {
            if (media.editedOf.isEmpty())
                continue;
            auto edited = fileAt(destinations.value(media.entry));
            const auto original = assetAt(destinations.value(media.editedOf));
            if (!edited || !original || edited->assetId == original)
                continue;
            edited->assetId = original;
            edited->role = FileRole::Alternate;
            files.update(*edited);
            regrouped = true;
        }
        if (regrouped)
            AssetRepository(m_catalog).removeWithoutFiles();
        QHash<QString, std::int64_t> albumIds;
        const std::int64_t now = QDateTime::currentSecsSinceEpoch();
        for (const PlannedMedia &media : plan.media) {
            const QString destination = destinations.value(media.entry);
            if (destination.isEmpty())
                continue;
            const auto asset = assetAt(destination);
            if (!asset)
                continue;
            if (!media.albumKey.isEmpty()) {
                if (!albumIds.contains(media.albumKey)) {
                    const PlannedAlbum *album = plan.album(media.albumKey);
                    albumIds.insert(media.albumKey, albums.ensure(QStringLiteral("takeout"), media.albumKey,
                                                                  album->title, album->description, now));
                }
                albums.addItem(albumIds.value(media.albumKey), *asset);
            }
            if (media.sidecar) {
                if (media.sidecar->favorite)
                    decisions.setFavorite({*asset}, true);
                if (media.sidecar->archived)
                    decisions.setArchived({*asset}, true);
                for (const QString &person : media.sidecar->people)
                    journal.addPersonHint(*asset, person, QStringLiteral("takeout"));
            }
        }
    });
}

} // namespace tintype
