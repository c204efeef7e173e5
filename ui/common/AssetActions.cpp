#include "AssetActions.h"

#include "AppServices.h"
#include "CatalogWorker.h"
#include "FileManagerReveal.h"
#include "TrashedFiles.h"

#include "catalog/AssetRepository.h"
#include "catalog/Catalog.h"
#include "catalog/FileRepository.h"
#include "catalog/InboxRepository.h"
#include "catalog/RootRepository.h"
#include "catalog/TimelineQueries.h"
#include "catalog/UserDecisionRepository.h"
#include "common/NativePath.h"
#include "library/MotionClipExport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tintype {

namespace {
std::vector<std::int64_t> toVector(const QList<qint64> &ids) { return {ids.begin(), ids.end()}; }

struct AssetFile {
    std::int64_t fileId;
    QString path;
};
// Every file of these assets (RAW + JPEG, Live photo clip, sidecars), present ones only.
std::vector<AssetFile> filesOf(Catalog &catalog, const std::vector<std::int64_t> &assetIds)
{
    FileRepository files(catalog);
    RootRepository roots(catalog);
    std::vector<AssetFile> out;
    for (std::int64_t id : assetIds)
        for (const FileRecord &f : files.forAsset(id)) {
            if (f.status != FileStatus::Present)
                continue;
            const auto root = roots.byId(f.rootId);
            if (root && root->online)
                out.push_back({f.id, nativepath::display(root->path / nativepath::fromBytes(f.relPath))});
        }
    return out;
}
} // namespace

AssetActions::AssetActions(AppServices *services, QObject *parent)
    : QObject(parent),
      m_services(services),
      m_reveal(new FileManagerReveal(this))
{}

void AssetActions::say(const QString &message, std::function<void()> undo)
{
    const bool couldUndo = canUndo();
    m_undo = std::move(undo);
    m_message = message;
    emit messageChanged();
    if (couldUndo || canUndo())
        emit canUndoChanged();
}

void AssetActions::undo()
{
    if (!m_undo)
        return;
    const std::function<void()> undo = std::move(m_undo);
    m_undo = nullptr;
    emit canUndoChanged();
    undo();
}

void AssetActions::clearMessage()
{
    m_message.clear(); // Ctrl+Z still undoes after the toast is gone
    emit messageChanged();
}

void AssetActions::begin()
{
    if (m_busy++ == 0)
        emit busyChanged();
}

void AssetActions::end()
{
    if (--m_busy == 0)
        emit busyChanged();
    emit finished();
}

void AssetActions::setFavorite(const QList<qint64> &assetIds, bool favorite)
{
    if (assetIds.isEmpty())
        return;
    begin();
    m_services->catalog().write<bool>(
        [ids = toVector(assetIds), favorite](Catalog &c) {
            UserDecisionRepository(c).setFavorite(ids, favorite);
            return true;
        },
        this,
        [this, assetIds, favorite](const Result<bool> &r) {
            if (r)
                say(favorite ? tr("Added %n item(s) to favourites", nullptr, int(assetIds.size()))
                             : tr("Removed %n item(s) from favourites", nullptr, int(assetIds.size())));
            else
                say(tr("Could not change favourites: %1").arg(r.error()));
            emit m_services->assetsChanged(assetIds);
            end();
        });
}

void AssetActions::markSeen(const QList<qint64> &assetIds)
{
    m_services->catalog().write<bool>(
        [ids = toVector(assetIds)](Catalog &c) {
            if (ids.empty())
                InboxRepository(c).markAllSeen();
            else
                InboxRepository(c).markSeen(ids);
            return true;
        },
        this,
        [this, assetIds](const Result<bool> &) {
            if (assetIds.isEmpty())
                emit m_services->libraryChanged();
            else
                emit m_services->assetsChanged(assetIds);
        });
}

void AssetActions::setRating(const QList<qint64> &assetIds, int rating)
{
    if (assetIds.isEmpty())
        return;
    begin();
    m_services->catalog().write<bool>(
        [ids = toVector(assetIds), rating](Catalog &c) {
            UserDecisionRepository(c).setRating(ids, rating);
            return true;
        },
        this,
        [this, assetIds, rating](const Result<bool> &r) {
            say(r ? tr("Rated %n item(s) %1 of 5", nullptr, int(assetIds.size())).arg(qBound(0, rating, 5))
                  : tr("Could not save the rating: %1").arg(r.error()));
            emit m_services->assetsChanged(assetIds);
            end();
        });
}

void AssetActions::rotate(const QList<qint64> &assetIds, int quarterTurns)
{
    if (assetIds.isEmpty())
        return;
    begin();
    m_services->catalog().write<bool>(
        [ids = toVector(assetIds), quarterTurns](Catalog &c) {
            UserDecisionRepository(c).rotate(ids, quarterTurns);
            return true;
        },
        this,
        [this, assetIds](const Result<bool> &r) {
            if (!r)
                say(tr("Could not save the rotation: %1").arg(r.error()));
            emit m_services->assetsChanged(assetIds);
            end();
        });
}

void AssetActions::setArchived(const QList<qint64> &assetIds, bool archived)
{
    if (assetIds.isEmpty())
        return;
    begin();
    m_services->catalog().write<bool>(
        [ids = toVector(assetIds), archived](Catalog &c) {
            UserDecisionRepository(c).setArchived(ids, archived);
            return true;
        },
        this,
        [this, assetIds, archived](const Result<bool> &r) {
            if (!r)
                say(tr("Could not change the archive: %1").arg(r.error()));
            else
                say(archived ? tr("Archived %n item(s)", nullptr, int(assetIds.size()))
                             : tr("Unarchived %n item(s)", nullptr, int(assetIds.size())),
                    [this, assetIds, archived] { setArchived(assetIds, !archived); });
            emit m_services->libraryChanged(); // they leave or join the timeline
            end();
        });
}

void AssetActions::moveToTrash(const QList<qint64> &assetIds)
{
    if (assetIds.isEmpty())
        return;
    begin();
    m_services->catalog().write<trashedfiles::Trashed>(
        [ids = toVector(assetIds)](Catalog &c) { return trashedfiles::moveToTrash(c, ids); }, this,
        [this, assetIds](Result<trashedfiles::Trashed> r) {
            if (!r) {
                say(tr("Could not move to the trash: %1").arg(r.error()));
            } else {
                const std::vector<std::int64_t> records = r->recordIds;
                auto undo = [this, records] {
                    begin();
                    m_services->catalog().write<QStringList>(
                        [records](Catalog &c) { return trashedfiles::restore(c, records); }, this,
                        [this](Result<QStringList> r) {
                            say(!r             ? tr("Could not restore: %1").arg(r.error())
                                : r->isEmpty() ? tr("Restored from the trash")
                                               : tr("Could not restore: %1").arg(r->join(QStringLiteral(", "))));
                            emit m_services->libraryChanged();
                            end();
                        });
                };
                if (r->failures.isEmpty())
                    say(tr("Moved %n item(s) to the trash", nullptr, int(assetIds.size())), undo);
                else
                    say(tr("Could not move to the trash: %1").arg(r->failures.join(QStringLiteral(", "))),
                        records.empty() ? std::function<void()>() : undo);
            }
            emit m_services->assetsRemoved(assetIds);
            end();
        });
}

void AssetActions::restoreFromTrash(const QList<qint64> &assetIds)
{
    if (assetIds.isEmpty())
        return;
    begin();
    m_services->catalog().write<QStringList>(
        [ids = toVector(assetIds)](Catalog &c) { return trashedfiles::restoreAssets(c, ids); }, this,
        [this, assetIds](Result<QStringList> r) {
            say(!r             ? tr("Could not restore: %1").arg(r.error())
                : r->isEmpty() ? tr("Restored %n item(s)", nullptr, int(assetIds.size()))
                               : tr("Could not restore: %1").arg(r->join(QStringLiteral(", "))));
            emit m_services->libraryChanged();
            end();
        });
}

void AssetActions::deleteForever(const QList<qint64> &assetIds)
{
    if (assetIds.isEmpty())
        return;
    begin();
    m_services->catalog().write<QStringList>(
        [ids = toVector(assetIds)](Catalog &c) { return trashedfiles::deleteForever(c, ids); }, this,
        [this, assetIds](Result<QStringList> r) {
            say(!r             ? tr("Could not delete: %1").arg(r.error())
                : r->isEmpty() ? tr("Deleted %n item(s) forever", nullptr, int(assetIds.size()))
                               : tr("Could not delete: %1").arg(r->join(QStringLiteral(", "))));
            emit m_services->libraryChanged();
            end();
        });
}

void AssetActions::showInFileManager(const QString &path)
{
    m_reveal->reveal(path); // the file selected in the file manager, else its folder
}

void AssetActions::copyTo(const QList<qint64> &assetIds, const QUrl &folder)
{
    const QString target = folder.isLocalFile() ? folder.toLocalFile() : folder.toString();
    if (assetIds.isEmpty() || target.isEmpty())
        return;
    begin();
    // Reading the catalog and copying both happen on the worker thread.
    m_services->catalog().read<QStringList>(
        [ids = toVector(assetIds), target](Catalog &c) {
            QStringList failures;
            const QDir dir(target);
            if (!dir.exists() && !QDir().mkpath(target))
                return QStringList{QCoreApplication::translate("AssetActions", "cannot create %1").arg(target)};
            for (const AssetFile &f : filesOf(c, ids)) {
                const QFileInfo source(f.path);
                QString name = source.fileName();
                for (int n = 1; dir.exists(name); ++n) // never overwrite: IMG_1.jpg, IMG_1 (1).jpg, ...
                    name = QStringLiteral("%1 (%2).%3").arg(source.completeBaseName()).arg(n).arg(source.suffix());
                if (!QFile::copy(f.path, dir.filePath(name)))
                    failures << source.fileName();
            }
            return failures;
        },
        this,
        [this, assetIds, target](Result<QStringList> r) {
            say(!r             ? tr("Could not copy: %1").arg(r.error())
                : r->isEmpty() ? tr("Copied %n item(s) to %1", nullptr, int(assetIds.size())).arg(target)
                               : tr("Could not copy: %1").arg(r->join(QStringLiteral(", "))));
            end();
        });
}

void AssetActions::saveMotionClip(qint64 assetId, const QUrl &folder)
{
    const QString target = folder.isLocalFile() ? folder.toLocalFile() : folder.toString();
    if (assetId <= 0 || target.isEmpty())
        return;
    begin();
    // The catalog read and the copy both happen on the worker thread.
    m_services->catalog().read<Result<std::filesystem::path>>(
        [assetId, target](Catalog &c) {
            using R = Result<std::filesystem::path>;
            const auto detail = TimelineQueries(c).detail(assetId);
            if (!detail || !detail->metadata.motionClip)
                return R::failure(QCoreApplication::translate("AssetActions", "this photo has no video"));
            return MotionClipExport::write(detail->path, *detail->metadata.motionClip, nativepath::fromUser(target));
        },
        this,
        [this](Result<Result<std::filesystem::path>> r) {
            const QString problem = !r ? r.error() : !r.value() ? r.value().error() : QString();
            say(problem.isEmpty() ? tr("Saved the video as %1").arg(nativepath::display(r.value().value()))
                                  : tr("Could not save the video: %1").arg(problem));
            end();
        });
}

} // namespace tintype
