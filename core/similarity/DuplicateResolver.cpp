#include "similarity/DuplicateResolver.h"

#include "catalog/AssetMergeRepository.h"
#include "catalog/AssetRepository.h"
#include "catalog/Catalog.h"
#include "catalog/DuplicateDismissalRepository.h"
#include "catalog/DuplicateQueries.h"
#include "catalog/DuplicateResolutionRepository.h"
#include "catalog/FileRepository.h"
#include "common/NativePath.h"
#include "metadata/MetadataPatch.h"
#include "metadata/MetadataWriter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace tintype {

namespace {
QString b64(const QByteArray &bytes) { return QString::fromLatin1(bytes.toBase64()); }
QByteArray unb64(const QJsonValue &value) { return QByteArray::fromBase64(value.toString().toLatin1()); }

// Puts a trashed file back where it was, and drops the trash's note about it.
Status restoreFromTrash(const QString &trashPath, const std::filesystem::path &original)
{
    std::error_code error;
    if (std::filesystem::exists(original, error))
        return Status::failure(DuplicateResolver::tr("%1 exists again; its copy stays in the trash at %2")
                                   .arg(nativepath::display(original), trashPath));
    std::filesystem::create_directories(original.parent_path(), error);
    std::filesystem::rename(nativepath::fromUser(trashPath), original, error);
    if (error)
        return Status::failure(
            DuplicateResolver::tr("cannot restore %1 from the trash (%2): %3")
                .arg(nativepath::display(original), trashPath, QString::fromLocal8Bit(error.message().c_str())));
    // freedesktop.org trash: files/NAME has its note in info/NAME.trashinfo.
    const QFileInfo trashed(trashPath);
    QFile::remove(trashed.dir().absoluteFilePath(QStringLiteral("../info/%1.trashinfo").arg(trashed.fileName())));
    return {};
}

} // namespace

DuplicateResolver::DuplicateResolver(Catalog &catalog) : DuplicateResolver(catalog, &moveToSystemTrash) {}

DuplicateResolver::DuplicateResolver(Catalog &catalog, Trash trash) : m_catalog(catalog), m_trash(std::move(trash)) {}

Result<QString> DuplicateResolver::moveToSystemTrash(const std::filesystem::path &file)
{
    QString where;
    if (!QFile::moveToTrash(file, &where))
        return Result<QString>::failure(tr("cannot move %1 to the trash").arg(nativepath::display(file)));
    return where;
}

QStringList DuplicateResolver::plan(const DuplicateGroup &group)
{
    QStringList lines;
    if (group.members.size() < 2)
        return lines;
    const auto &kept = group.members[std::size_t(group.keep)].facts;
    lines << tr("keep %1").arg(nativepath::display(kept.path));
    for (std::size_t i = 0; i < group.members.size(); ++i) {
        if (int(i) == group.keep)
            continue;
        const auto &f = group.members[i].facts;
        if (!f.available) {
            lines << tr("leave %1 (offline or missing)").arg(nativepath::display(f.path));
            continue;
        }
        QStringList moved;
        if (!f.albums.isEmpty())
            moved << tr("albums %1").arg(f.albums.join(QStringLiteral(", ")));
        if (f.favorite)
            moved << tr("favourite");
        if (f.rating)
            moved << tr("rating %1").arg(*f.rating);
        if (!f.tags.isEmpty())
            moved << tr("tags %1").arg(f.tags.join(QStringLiteral(", ")));
        if (!f.description.isEmpty() && kept.description.isEmpty())
            moved << tr("description");
        if (f.hasGps && !kept.hasGps)
            moved << tr("GPS");
        if (f.captureSource != 0 && (kept.captureSource == 0 || f.captureSource < kept.captureSource))
            moved << tr("capture time");
        lines << (moved.isEmpty() ? tr("trash %1").arg(nativepath::display(f.path))
                                  : tr("trash %1 (moving %2 to the kept copy)")
                                        .arg(nativepath::display(f.path), moved.join(QStringLiteral(", "))));
    }
    return lines;
}

Result<std::int64_t> DuplicateResolver::apply(const DuplicateGroup &group)
{
    using R = Result<std::int64_t>;
    if (group.keep < 0 || group.keep >= int(group.members.size()) || group.members.size() < 2)
        return R::failure(tr("nothing to resolve in this group"));
    const auto &kept = group.members[std::size_t(group.keep)].facts;

    // What the catalog holds now, before anything moves.
    QJsonObject keptSnapshot;
    QJsonArray removed;
    std::vector<std::int64_t> removedIds;
    std::vector<std::filesystem::path> files;
    const Status read = m_catalog.read([&] {
        AssetMergeRepository merges(m_catalog);
        DuplicateQueries queries(m_catalog);
        keptSnapshot = merges.snapshotAsset(kept.assetId);
        for (std::size_t i = 0; i < group.members.size(); ++i) {
            const auto &f = group.members[i].facts;
            if (int(i) == group.keep || !f.available)
                continue;
            removed.append(merges.snapshotAsset(f.assetId));
            removedIds.push_back(f.assetId);
            for (auto &path : queries.presentFiles(f.assetId))
                files.push_back(std::move(path));
        }
    });
    if (!read)
        return R::failure(read.error());
    if (keptSnapshot.value(QLatin1String("asset")).toArray().isEmpty())
        return R::failure(tr("the copy to keep is no longer in the catalog"));
    if (removedIds.empty())
        return R::failure(tr("no copy to remove is reachable now (offline or missing)"));

    // Files first: if one cannot go to the trash, the others come back.
    QJsonArray trashed;
    auto putBack = [&] {
        for (const QJsonValue v : trashed) {
            const QJsonObject t = v.toObject();
            restoreFromTrash(t.value(QLatin1String("trash")).toString(),
                             nativepath::fromBytes(unb64(t.value(QLatin1String("path")))));
        }
    };
    for (const std::filesystem::path &file : files) {
        auto where = m_trash(file);
        if (!where) {
            putBack();
            return R::failure(where.error());
        }
        trashed.append(QJsonObject{{QStringLiteral("path"), b64(nativepath::toBytes(file))},
                                   {QStringLiteral("trash"), where.value()}});
    }

    QJsonObject undoState{{QStringLiteral("kept"), keptSnapshot},
                          {QStringLiteral("removed"), removed},
                          {QStringLiteral("trash"), trashed}};
    std::int64_t id = 0;
    const Status written = m_catalog.write([&] {
        AssetMergeRepository merges(m_catalog);
        for (std::int64_t removedId : removedIds) {
            merges.mergeInto(kept.assetId, removedId);
            merges.deleteAsset(removedId);
        }
        id = DuplicateResolutionRepository(m_catalog).addResolution(kept.assetId, group.explanation,
                                                                    QDateTime::currentSecsSinceEpoch(), undoState);
    });
    if (!written) {
        putBack();
        return R::failure(written.error());
    }
    return id;
}

Status DuplicateResolver::writeXmp(std::int64_t assetId)
{
    std::optional<AssetRecord> asset;
    std::vector<DuplicateQueries::MemberFacts> facts;
    QStringList people;
    Status read = m_catalog.read([&] {
        asset = AssetRepository(m_catalog).byId(assetId);
        DuplicateQueries queries(m_catalog);
        facts = queries.facts({assetId});
        people = queries.people(assetId);
    });
    if (!read)
        return read;
    if (!asset || facts.empty())
        return Status::failure(tr("the kept copy is no longer in the catalog"));
    const MediaMetadata &m = asset->metadata;
    MetadataPatch patch;
    patch.onlyFillMissing = true;
    if (m.captureTime.isValid() && m.captureTime.source != CaptureTimeSource::FileTime)
        patch.setCaptureTime(m.captureTime);
    patch.latitude = m.latitude;
    patch.longitude = m.longitude;
    patch.altitude = m.altitude;
    if (!facts.front().description.isEmpty())
        patch.description = facts.front().description;
    patch.rating = facts.front().rating;
    patch.keywords = facts.front().tags;
    patch.people = people;
    if (patch.isEmpty())
        return {};
    return MetadataWriter::writeSidecarFor(facts.front().path, patch);
}

Status DuplicateResolver::undo(std::int64_t resolutionId)
{
    std::optional<DuplicateResolutionRepository::Resolution> resolution;
    if (Status read =
            m_catalog.read([&] { resolution = DuplicateResolutionRepository(m_catalog).resolution(resolutionId); });
        !read)
        return read;
    if (!resolution)
        return Status::failure(tr("there is no resolution %1").arg(resolutionId));
    if (resolution->undoneAt)
        return Status::failure(tr("resolution %1 was already undone").arg(resolutionId));

    QStringList problems;
    for (const QJsonValue v : resolution->undoState.value(QLatin1String("trash")).toArray()) {
        const QJsonObject t = v.toObject();
        const Status restored = restoreFromTrash(t.value(QLatin1String("trash")).toString(),
                                                 nativepath::fromBytes(unb64(t.value(QLatin1String("path")))));
        if (!restored)
            problems << restored.error();
    }
    const Status written = m_catalog.write([&] {
        AssetMergeRepository merges(m_catalog);
        merges.restoreKept(resolution->undoState.value(QLatin1String("kept")).toObject());
        for (const QJsonValue v : resolution->undoState.value(QLatin1String("removed")).toArray())
            merges.restoreRemoved(v.toObject());
        DuplicateResolutionRepository(m_catalog).markUndone(resolutionId, QDateTime::currentSecsSinceEpoch());
    });
    if (!written)
        problems << written.error();
    if (!problems.isEmpty())
        return Status::failure(problems.join(QLatin1Char('\n')));
    return {};
}

Result<std::int64_t> DuplicateResolver::undoLast()
{
    std::vector<DuplicateResolutionRepository::Resolution> all;
    if (const Status read = m_catalog.read([&] { all = DuplicateResolutionRepository(m_catalog).resolutions(); });
        !read)
        return Result<std::int64_t>::failure(read.error());
    for (const auto &r : all)
        if (!r.undoneAt) {
            if (const Status undone = undo(r.id); !undone)
                return Result<std::int64_t>::failure(undone.error());
            return r.id;
        }
    return Result<std::int64_t>::failure(tr("nothing to undo"));
}

Status DuplicateResolver::dismiss(const DuplicateGroup &group)
{
    return m_catalog.write([&] {
        DuplicateDismissalRepository dismissals(m_catalog);
        for (std::size_t i = 0; i < group.members.size(); ++i)
            for (std::size_t j = i + 1; j < group.members.size(); ++j)
                dismissals.dismiss(group.members[i].facts.assetId, group.members[j].facts.assetId);
    });
}

} // namespace tintype
