#include "takeout/TakeoutCopyPass.h"

#include "catalog/Catalog.h"
#include "catalog/FileRepository.h"
#include "catalog/ImportJournal.h"
#include "catalog/RootRepository.h"
#include "common/NativePath.h"
#include "library/FileHasher.h"
#include "metadata/CaptureTimeParser.h"
#include "metadata/MetadataReader.h"
#include "metadata/MetadataWriter.h"
#include "takeout/TakeoutNames.h"
#include "takeout/TakeoutPlacement.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

#include <xxhash.h>

#include <system_error>

#ifndef _WIN32
#include <unistd.h>
#endif

namespace tintype {

namespace {
constexpr qint64 kBufferSize = 1 << 20;
constexpr qint64 kHeadSize = 4096;

QString pathText(const std::filesystem::path &p) { return QString::fromStdU16String(p.u16string()); }

bool fileExists(const QString &path) { return !path.isEmpty() && QFileInfo::exists(path); }
} // namespace

TakeoutCopyPass::TakeoutCopyPass(Context context, TakeoutReport &report)
    : m_context(std::move(context)),
      m_report(report),
      m_buffer(new char[kBufferSize])
{}

TakeoutCopyPass::~TakeoutCopyPass()
{
    for (const auto &[entry, staged] : m_deferred) {
        std::error_code ec;
        if (!staged.temp.empty())
            std::filesystem::remove(staged.temp, ec);
    }
    if (!m_staging.empty()) {
        std::error_code ec;
        std::filesystem::remove(m_staging, ec); // only when empty
    }
}

Status TakeoutCopyPass::prepare()
{
    if (!m_context.options.dryRun) {
        m_staging = m_context.options.destination / ".tintype-import";
        std::error_code ec;
        std::filesystem::remove_all(m_staging, ec); // what an interrupted run left
        std::filesystem::create_directories(m_staging, ec);
        if (ec)
            return Status::failure(
                tr("Cannot create %1: %2").arg(pathText(m_staging), QString::fromStdString(ec.message())));
    }
    QHash<QByteArray, ImportJournalItem> earlier;
    Status read =
        m_context.catalog.read([&] { earlier = ImportJournal(m_context.catalog).items(m_context.sourceKey); });
    if (!read)
        return read;
    for (const ImportJournalItem &item : std::as_const(earlier)) {
        const QString entry = QString::fromUtf8(item.entry);
        const PlannedMedia *media = m_context.plan.find(entry);
        if (!media)
            continue;
        const QString destination = nativepath::display(nativepath::fromBytes(item.destPath));
        const auto decision = Decision(item.decision);
        // A copy that vanished since (deleted by the user) is not brought back.
        m_journalDecisions.insert(item.entry, item.decision);
        m_destinations.insert(entry, destination);
        if (!item.contentHash.isEmpty() && !destination.isEmpty())
            m_hashToDestination.insert(item.contentHash, destination);
        m_itemIndex.insert(entry, m_report.items.size());
        m_report.items.push_back({entry, decision, destination, media->sidecarEntry, tr("finished by an earlier run")});
        if (decision == Decision::Import && fileExists(destination))
            m_placed.insert(entry, {destination, QString(), -1, QFileInfo(destination).size(), item.contentHash});
        ++m_report.resumed;
    }
    return {};
}

bool TakeoutCopyPass::wantsData(const TakeoutEntry &entry)
{
    const PlannedMedia *media = m_context.plan.find(entry.path);
    if (!media || m_journalDecisions.contains(entry.path.toUtf8()) || m_itemIndex.contains(entry.path))
        return false;
    if (media->sidecar && media->sidecar->trashed && !m_context.options.includeTrashed) {
        record(entry.path, Decision::Trashed, QString(), QByteArray(), tr("in Google Photos' trash"));
        return false;
    }
    return true;
}

void TakeoutCopyPass::problem(const QString &part, const QString &entryName, const QString &reason)
{
    m_report.problems.push_back({part + QStringLiteral(": ") + entryName, reason});
}

Status TakeoutCopyPass::consume(const TakeoutEntry &entry, TakeoutEntryData &data)
{
    const PlannedMedia *media = m_context.plan.find(entry.path);
    if (!media)
        return {};
    Staged staged;
    QFile out;
    if (!m_context.options.dryRun) {
        const qsizetype dot = media->name.lastIndexOf(QLatin1Char('.'));
        const QString extension = dot > 0 ? media->name.mid(dot) : QString();
        staged.temp = m_staging / (QString::number(++m_stagedCount) + extension).toStdU16String();
        out.setFileName(pathText(staged.temp));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            record(entry.path, Decision::Failed, QString(), QByteArray(),
                   tr("cannot write %1: %2").arg(out.fileName(), out.errorString()));
            return {};
        }
    }
    std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> state(XXH3_createState(), &XXH3_freeState);
    XXH3_128bits_reset(state.get());
    QString failure;
    for (;;) {
        const qint64 n = data.read(m_buffer.get(), kBufferSize);
        if (n < 0) {
            failure = tr("cannot read it from the archive: %1").arg(data.error());
            break;
        }
        if (n == 0)
            break;
        XXH3_128bits_update(state.get(), m_buffer.get(), size_t(n));
        if (staged.head.size() < kHeadSize)
            staged.head.append(m_buffer.get(), qMin(n, kHeadSize - staged.head.size()));
        staged.size += n;
        if (out.isOpen() && out.write(m_buffer.get(), n) != n) {
            failure = tr("cannot write the copy: %1").arg(out.errorString());
            break;
        }
    }
    m_report.bytesRead += staged.size;
    if (out.isOpen()) {
#ifndef _WIN32
        if (failure.isEmpty() && ::fdatasync(out.handle()) != 0)
            failure = tr("cannot write the copy: %1").arg(QString::fromLocal8Bit(strerror(errno)));
#endif
        out.close();
    }
    if (failure.isEmpty() && staged.size == 0)
        failure = tr("the file is empty (0 bytes) in the Takeout: Google exported no data for it");
    if (!failure.isEmpty()) {
        std::error_code ec;
        if (!staged.temp.empty())
            std::filesystem::remove(staged.temp, ec);
        record(entry.path, Decision::Failed, QString(), QByteArray(), failure);
        return {};
    }
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, XXH3_128bits_digest(state.get()));
    staged.hash = QByteArray(reinterpret_cast<const char *>(canonical.digest), sizeof(canonical.digest));
    decide(*media, staged);
    return {};
}

void TakeoutCopyPass::decide(const PlannedMedia &media, const Staged &staged)
{
    auto discard = [&] {
        std::error_code ec;
        if (!staged.temp.empty())
            std::filesystem::remove(staged.temp, ec);
    };
    if (const auto seen = m_hashToDestination.constFind(staged.hash); seen != m_hashToDestination.cend()) {
        discard();
        record(media.entry, Decision::DuplicateInTakeout, *seen, staged.hash, tr("same bytes as another entry"));
        return;
    }
    QString inLibrary;
    (void)m_context.catalog.read([&] {
        const QByteArray imported = ImportJournal(m_context.catalog).destinationOfContent(staged.hash);
        if (!imported.isEmpty() && fileExists(nativepath::display(nativepath::fromBytes(imported)))) {
            inLibrary = nativepath::display(nativepath::fromBytes(imported));
            return;
        }
        if (auto file = FileRepository(m_context.catalog).presentByContentHash(staged.hash)) {
            if (auto root = RootRepository(m_context.catalog).byId(file->rootId))
                inLibrary = nativepath::display(root->path / nativepath::fromBytes(file->relPath));
        }
    });
    if (!inLibrary.isEmpty()) {
        discard();
        m_hashToDestination.insert(staged.hash, inLibrary);
        record(media.entry, Decision::AlreadyInLibrary, inLibrary, staged.hash, tr("the library has these bytes"));
        return;
    }
    const QString leader = !media.companionOf.isEmpty() ? media.companionOf : media.editedOf;
    if (!leader.isEmpty() && !m_destinations.contains(leader) && m_context.plan.find(leader)) {
        m_deferred.emplace_back(media.entry, staged); // placed beside its original in finish()
        return;
    }
    place(media, staged, leader);
}

void TakeoutCopyPass::place(const PlannedMedia &media, const Staged &staged, const QString &besideEntry)
{
    const TakeoutImportOptions &options = m_context.options;
    std::optional<MediaMetadata> fromFile;
    if (!options.dryRun) {
        MetadataReader::Options readOptions;
        readOptions.lookForSidecar = false;
        readOptions.fallBackToFileTime = false;
        auto read = MetadataReader::read(staged.temp, readOptions);
        if (read)
            fromFile = std::move(read).value();
    }
    // The staged copy has a name of its own: a date in the entry's name is read here.
    if (!fromFile || !fromFile->captureTime.isValid() || fromFile->captureTime.source == CaptureTimeSource::FileName) {
        const CaptureTime fromName = capturetimeparser::fromFileName(media.name);
        if (fromName.isValid()) {
            if (!fromFile)
                fromFile = MediaMetadata{};
            fromFile->captureTime = fromName;
        }
    }
    const TakeoutPlacement::Restored restored = TakeoutPlacement::restore(fromFile, media.sidecar, media.mtime);
    const QString name = TakeoutPlacement::correctedName(media.name, staged.head);
    QStringList notes = restored.notes;
    if (name != media.name)
        notes << tr("named %1: its bytes are not what its extension says").arg(name);

    std::filesystem::path folder;
    const QString besideDestination = m_destinations.value(besideEntry);
    if (!besideDestination.isEmpty() && !options.dryRun) {
        folder = std::filesystem::path(besideDestination.toStdU16String()).parent_path();
    } else {
        const PlannedAlbum *album = m_context.plan.album(media.albumKey);
        folder = options.destination /
                 TakeoutPlacement::folderFor(options.pattern, restored.wallClock, album ? album->title : QString())
                     .toStdU16String();
    }
    if (options.dryRun) {
        const QString destination = pathText(folder / name.toStdU16String());
        m_hashToDestination.insert(staged.hash, destination);
        m_placed.insert(media.entry, {destination, QString(), 0, staged.size, staged.hash});
        record(media.entry, Decision::Import, destination, staged.hash, notes.join(QStringLiteral("; ")),
               restored.dateSource);
        return;
    }

    auto fail = [&](const QString &why) {
        std::error_code ec;
        std::filesystem::remove(staged.temp, ec);
        record(media.entry, Decision::Failed, QString(), staged.hash, why);
    };
    const MetadataPatch &patch = restored.patch;
    const bool hasPatch = patch.captureTime || patch.latitude || patch.description || !patch.people.isEmpty();
    const bool embed = hasPatch && !options.sidecars && MetadataWriter::canEmbed(pathText(staged.temp));
    bool embedded = false;
    if (embed) {
        if (Status written = MetadataWriter::embed(pathText(staged.temp), patch); written)
            embedded = true;
        else // an XMP sidecar carries it instead (below)
            notes << tr("metadata not written into the copy: %1").arg(written.error());
    }
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec)
        return fail(tr("cannot create %1: %2").arg(pathText(folder), QString::fromStdString(ec.message())));
    bool alreadyThere = false;
    QByteArray copyHash = staged.hash; // what the copy holds now
    if (embed) {
        auto rehashed = FileHasher::contentHash(staged.temp);
        copyHash = rehashed ? rehashed.value() : QByteArray();
    }
    const std::filesystem::path target =
        TakeoutPlacement::freePath(folder, name, QFileInfo(pathText(staged.temp)).size(), copyHash, &alreadyThere);
    if (alreadyThere) {
        std::filesystem::remove(staged.temp, ec);
    } else {
        std::filesystem::rename(staged.temp, target, ec);
        if (ec)
            return fail(
                tr("cannot move the copy to %1: %2").arg(pathText(target), QString::fromStdString(ec.message())));
        m_report.bytesWritten += staged.size;
    }
    QString sidecar;
    if (hasPatch && !embedded) {
        sidecar = MetadataWriter::sidecarPathFor(pathText(target));
        if (Status written = MetadataWriter::writeSidecar(sidecar, patch); !written) {
            notes << tr("XMP sidecar not written: %1").arg(written.error());
            sidecar.clear();
        }
    }
    if (restored.instant.isValid())
        (void)MetadataWriter::setFileTimes(pathText(target), restored.instant);
    const QString destination = pathText(target);
    const qint64 pixels = fromFile ? qint64(fromFile->width) * fromFile->height : 0;
    m_placed.insert(media.entry, {destination, sidecar, pixels, staged.size, staged.hash});
    m_hashToDestination.insert(staged.hash, destination);
    record(media.entry, Decision::Import, destination, staged.hash, notes.join(QStringLiteral("; ")),
           restored.dateSource);
}

void TakeoutCopyPass::record(const QString &entry, Decision decision, const QString &destination,
                             const QByteArray &hash, const QString &note, DateSource dateSource)
{
    const PlannedMedia *media = m_context.plan.find(entry);
    TakeoutItemResult result{entry, decision, destination, media ? media->sidecarEntry : QString(), note, dateSource};
    if (const auto it = m_itemIndex.constFind(entry); it != m_itemIndex.cend()) {
        m_report.items[*it] = result;
    } else {
        m_itemIndex.insert(entry, m_report.items.size());
        m_report.items.push_back(result);
    }
    if (!destination.isEmpty())
        m_destinations.insert(entry, destination);
    if (m_context.itemFinished)
        m_context.itemFinished();
    if (m_context.options.dryRun || decision == Decision::Failed)
        return; // a failed entry is tried again next time
    ImportJournalItem item;
    item.entry = entry.toUtf8();
    item.decision = int(decision);
    item.contentHash = hash;
    item.destPath = destination.isEmpty() ? QByteArray() : nativepath::toBytes(nativepath::fromUser(destination));
    item.doneAt = QDateTime::currentSecsSinceEpoch();
    Status written =
        m_context.catalog.write([&] { ImportJournal(m_context.catalog).record(m_context.sourceKey, item); });
    if (!written)
        m_report.problems.push_back({entry, tr("not recorded in the import journal: %1").arg(written.error())});
}

void TakeoutCopyPass::finish()
{
    auto deferred = std::move(m_deferred);
    m_deferred.clear();
    for (const auto &[entry, staged] : deferred) {
        const PlannedMedia *media = m_context.plan.find(entry);
        const QString leader = !media->companionOf.isEmpty() ? media->companionOf : media->editedOf;
        place(*media, staged, leader);
    }
    dropLowerQualityCopies();
}

void TakeoutCopyPass::dropLowerQualityCopies()
{
    // One Google item (same original name and time) exported twice with
    // different bytes, e.g. a full copy and a smaller one: the bigger stays.
    QHash<QString, QStringList> byItem;
    for (auto it = m_placed.cbegin(); it != m_placed.cend(); ++it) {
        const PlannedMedia *media = m_context.plan.find(it.key());
        if (!media || !media->sidecar || !media->sidecar->photoTakenUtc || media->sidecar->title.isEmpty() ||
            !media->editedOf.isEmpty() || !media->companionOf.isEmpty() ||
            media->rule == MatchRule::ForgottenDuplicate) // a sidecar shared by two photos
            continue;
        byItem[media->sidecar->title.toLower() + QLatin1Char('|') + QString::number(*media->sidecar->photoTakenUtc)]
            << it.key();
    }
    for (auto it = byItem.begin(); it != byItem.end(); ++it) {
        QStringList &entries = it.value();
        if (entries.size() < 2)
            continue;
        for (const QString &entry : std::as_const(entries)) {
            Placed &placed = m_placed[entry];
            if (placed.pixels < 0) { // placed by an earlier run: look at the file
                auto read = MetadataReader::read(nativepath::fromUser(placed.destination));
                placed.pixels = read ? qint64(read->width) * read->height : 0;
            }
        }
        std::sort(entries.begin(), entries.end(), [&](const QString &a, const QString &b) {
            const Placed &pa = m_placed[a], &pb = m_placed[b];
            if (pa.pixels != pb.pixels)
                return pa.pixels > pb.pixels;
            if (pa.size != pb.size)
                return pa.size > pb.size;
            return a < b;
        });
        const Placed kept = m_placed.value(entries.front());
        for (qsizetype i = 1; i < entries.size(); ++i) {
            const Placed drop = m_placed.take(entries[i]);
            if (!m_context.options.dryRun) {
                QFile::remove(drop.destination);
                if (!drop.sidecar.isEmpty())
                    QFile::remove(drop.sidecar);
            }
            m_hashToDestination.insert(drop.hash, kept.destination);
            record(entries[i], Decision::LowerQualityCopy, kept.destination, drop.hash,
                   tr("a bigger copy of the same photo is kept"));
        }
    }
}

} // namespace tintype
