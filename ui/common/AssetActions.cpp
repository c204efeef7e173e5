#include "AssetActions.h"

#include "AppServices.h"
#include "CatalogWorker.h"
#include "FileManagerReveal.h"

#include "catalog/Catalog.h"
#include "catalog/FileRepository.h"
#include "catalog/RootRepository.h"
#include "catalog/UserDecisionRepository.h"
#include "common/NativePath.h"

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

void AssetActions::say(const QString &message)
{
    m_message = message;
    emit messageChanged();
}

void AssetActions::clearMessage() { say({}); }

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

void AssetActions::moveToTrash(const QList<qint64> &assetIds)
{
    if (assetIds.isEmpty())
        return;
    begin();
    struct Outcome {
        std::vector<TrashedFile> trashed;
        QStringList failures;
    };
    m_services->catalog().write<Outcome>(
        [ids = toVector(assetIds)](Catalog &c) {
            Outcome out;
            FileRepository files(c);
            for (const AssetFile &f : filesOf(c, ids)) {
                QString inTrash;
                if (QFile::moveToTrash(f.path, &inTrash)) {
                    files.setStatus(f.fileId, FileStatus::Missing);
                    out.trashed.push_back({f.fileId, f.path, inTrash});
                } else {
                    out.failures << QFileInfo(f.path).fileName();
                }
            }
            return out;
        },
        this,
        [this, assetIds](Result<Outcome> r) {
            if (!r) {
                say(tr("Could not move to the trash: %1").arg(r.error()));
            } else {
                m_trashed = std::move(r.value().trashed);
                emit canUndoChanged();
                say(r->failures.isEmpty()
                        ? tr("Moved %n item(s) to the trash", nullptr, int(assetIds.size()))
                        : tr("Could not move to the trash: %1").arg(r->failures.join(QStringLiteral(", "))));
            }
            emit m_services->assetsRemoved(assetIds);
            end();
        });
}

void AssetActions::undoTrash()
{
    if (m_trashed.empty())
        return;
    begin();
    std::vector<TrashedFile> trashed = std::move(m_trashed);
    m_trashed.clear();
    emit canUndoChanged();
    m_services->catalog().write<QStringList>(
        [trashed](Catalog &c) {
            QStringList failures;
            FileRepository files(c);
            for (const TrashedFile &t : trashed) {
                if (!QFile::exists(t.original) && QFile::rename(t.inTrash, t.original)) {
                    files.setStatus(t.fileId, FileStatus::Present);
                    // freedesktop trash: <trash>/files/NAME has <trash>/info/NAME.trashinfo
                    const QFileInfo in(t.inTrash);
                    QFile::remove(in.dir().absoluteFilePath(QStringLiteral("../info/") + in.fileName() +
                                                            QStringLiteral(".trashinfo")));
                } else {
                    failures << QFileInfo(t.original).fileName();
                }
            }
            return failures;
        },
        this,
        [this](Result<QStringList> r) {
            say(!r             ? tr("Could not restore: %1").arg(r.error())
                : r->isEmpty() ? tr("Restored from the trash")
                               : tr("Could not restore: %1").arg(r->join(QStringLiteral(", "))));
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

} // namespace tintype
