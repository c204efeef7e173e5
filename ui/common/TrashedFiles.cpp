#include "TrashedFiles.h"

#include "TrashNote.h"

#include "catalog/AssetRepository.h"
#include "catalog/Catalog.h"
#include "catalog/FileRepository.h"
#include "catalog/RootRepository.h"
#include "catalog/TrashRepository.h"
#include "common/NativePath.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <system_error>

namespace tintype::trashedfiles {

namespace {
QString nameOf(const std::filesystem::path &p) { return nativepath::display(p.filename()); }

bool moveBack(const std::filesystem::path &from, const std::filesystem::path &to)
{
    std::error_code error;
    if (std::filesystem::exists(to, error) || !std::filesystem::exists(from, error))
        return false;
    std::filesystem::create_directories(to.parent_path(), error);
    std::filesystem::rename(from, to, error);
    if (!error)
        return true;
    // Another file system (a trash on another drive): copy, then remove.
    error.clear();
    if (!std::filesystem::copy_file(from, to, error) || error)
        return false;
    std::filesystem::remove(from, error);
    return true;
}

QStringList restoreRecords(Catalog &catalog, const std::vector<TrashedFileRecord> &records)
{
    QStringList failures;
    TrashRepository trash(catalog);
    FileRepository files(catalog);
    for (const TrashedFileRecord &t : records) {
        if (!moveBack(t.inTrash, t.original)) {
            failures << nameOf(t.original);
            continue;
        }
        std::error_code error;
        if (!t.info.empty())
            std::filesystem::remove(t.info, error);
        if (t.fileId)
            files.setStatus(*t.fileId, FileStatus::Present);
        trash.remove(t.id);
    }
    return failures;
}
} // namespace

Trashed moveToTrash(Catalog &catalog, const std::vector<std::int64_t> &assetIds)
{
    Trashed out;
    // Qt finds no trash (and refuses) when the data folder the home trash
    // lives in does not exist yet: a new account, or a catalog kept elsewhere.
    QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
    FileRepository files(catalog);
    RootRepository roots(catalog);
    TrashRepository trash(catalog);
    const std::int64_t now = QDateTime::currentSecsSinceEpoch();
    for (std::int64_t asset : assetIds)
        for (const FileRecord &f : files.forAsset(asset)) {
            if (f.status != FileStatus::Present)
                continue;
            const auto root = roots.byId(f.rootId);
            if (!root || !root->online)
                continue;
            const std::filesystem::path original = root->path / nativepath::fromBytes(f.relPath);
            QString where;
            if (!QFile::moveToTrash(nativepath::display(original), &where)) {
                out.failures << nameOf(original);
                continue;
            }
            files.setStatus(f.id, FileStatus::Missing);
            const std::filesystem::path inTrash = nativepath::fromUser(where);
            out.recordIds.push_back(trash.add({.fileId = f.id,
                                               .assetId = asset,
                                               .original = original,
                                               .inTrash = inTrash,
                                               .info = trashnote::of(inTrash),
                                               .trashedAt = now}));
        }
    return out;
}

QStringList restore(Catalog &catalog, const std::vector<std::int64_t> &recordIds)
{
    std::vector<TrashedFileRecord> records;
    TrashRepository trash(catalog);
    for (std::int64_t id : recordIds)
        if (auto r = trash.byId(id))
            records.push_back(std::move(*r));
    return restoreRecords(catalog, records);
}

QStringList restoreAssets(Catalog &catalog, const std::vector<std::int64_t> &assetIds)
{
    return restoreRecords(catalog, TrashRepository(catalog).forAssets(assetIds));
}

QStringList deleteForever(Catalog &catalog, const std::vector<std::int64_t> &assetIds)
{
    QStringList failures;
    TrashRepository trash(catalog);
    FileRepository files(catalog);
    for (const TrashedFileRecord &t : trash.forAssets(assetIds)) {
        std::error_code error;
        std::filesystem::remove(t.inTrash, error); // gone already (emptied elsewhere): fine
        if (error) {
            failures << nameOf(t.original);
            continue;
        }
        if (!t.info.empty())
            std::filesystem::remove(t.info, error);
        if (t.fileId)
            files.remove(*t.fileId);
        trash.remove(t.id);
    }
    AssetRepository(catalog).removeWithoutFiles();
    return failures;
}

} // namespace tintype::trashedfiles
