#include "library/Library.h"

#include "catalog/AssetRepository.h"
#include "catalog/Catalog.h"
#include "catalog/FileRepository.h"
#include "catalog/RootRepository.h"
#include "common/NativePath.h"
#include "library/VolumeIdentity.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>

namespace tintype {

namespace fs = std::filesystem;

namespace {
// One line per refresh: which roots are reachable (QT_LOGGING_RULES="tintype.library.roots.debug=true").
Q_LOGGING_CATEGORY(lcRoots, "tintype.library.roots", QtInfoMsg)

bool isWithin(const fs::path &inner, const fs::path &outer)
{
    const fs::path rel = inner.lexically_relative(outer);
    return !rel.empty() && *rel.begin() != "..";
}

fs::path canonicalOrSame(const fs::path &p)
{
    std::error_code ec;
    const fs::path c = fs::canonical(p, ec);
    return ec ? p.lexically_normal() : c;
}
} // namespace

Result<RootRecord> Library::addRoot(const fs::path &folder)
{
    using R = Result<RootRecord>;
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        return R::failure(tr("%1 is not a folder that can be read").arg(nativepath::display(folder)));
    const fs::path path = canonicalOrSame(fs::absolute(folder, ec));
    const fs::path catalogFile = canonicalOrSame(nativepath::fromUser(m_catalog.path()));
    if (isWithin(catalogFile, path))
        return R::failure(tr("The catalog %1 is inside %2; Tintype never keeps its files in a photo folder. "
                             "Choose another catalog location with --catalog.")
                              .arg(m_catalog.path(), nativepath::display(path)));

    RootRecord root;
    const VolumeIdentity volume = VolumeIdentity::of(path);
    root.path = path;
    root.volumeId = volume.isValid() ? volume.id : QStringLiteral("unknown");
    root.volumePath = volume.isValid() ? volume.relativePath : path;
    root.addedAt = QDateTime::currentSecsSinceEpoch();

    QString refusal;
    const Status status = m_catalog.write([&] {
        RootRepository repo(m_catalog);
        for (const RootRecord &existing : repo.all()) {
            if (existing.path == path)
                refusal = tr("%1 is already in the library").arg(nativepath::display(path));
            else if (isWithin(path, existing.path))
                refusal =
                    tr("%1 is already part of %2").arg(nativepath::display(path), nativepath::display(existing.path));
            else if (isWithin(existing.path, path))
                refusal = tr("%1 contains %2, which is already in the library; remove that one first")
                              .arg(nativepath::display(path), nativepath::display(existing.path));
            if (!refusal.isEmpty())
                return;
        }
        root.id = repo.insert(root);
    });
    if (!status)
        return R::failure(status.error());
    if (!refusal.isEmpty())
        return R::failure(refusal);
    return root;
}

Status Library::removeRoot(std::int64_t rootId)
{
    bool found = false;
    Status status = m_catalog.write([&] {
        RootRepository roots(m_catalog);
        found = roots.byId(rootId).has_value();
        if (!found)
            return;
        roots.remove(rootId);
        AssetRepository(m_catalog).removeWithoutFiles();
    });
    if (status && !found)
        return Status::failure(tr("There is no folder with id %1 in the library").arg(rootId));
    return status;
}

Result<std::vector<RootRecord>> Library::roots()
{
    std::vector<RootRecord> all;
    const Status status = m_catalog.read([&] { all = RootRepository(m_catalog).all(); });
    if (!status)
        return Result<std::vector<RootRecord>>::failure(status.error());
    return all;
}

Result<std::vector<RootRecord>> Library::refreshRoots()
{
    auto current = roots();
    if (!current)
        return current;
    std::vector<RootRecord> updated = current.value();
    for (RootRecord &root : updated) {
        std::error_code ec;
        bool online = fs::is_directory(root.path, ec);
        if (online && root.volumeId != QStringLiteral("unknown")) {
            // An empty mount point left behind by an unmounted drive is a folder
            // too, but on another volume: that root is not here.
            online = VolumeIdentity::of(root.path).id == root.volumeId;
        }
        fs::path path = root.path;
        if (!online) {
            if (auto moved = VolumeIdentity::locate(root.volumeId, root.volumePath)) {
                path = *moved;
                online = true;
            }
        }
        if (online != root.online || path != root.path) {
            root.online = online;
            root.path = path;
            const Status status =
                m_catalog.write([&] { RootRepository(m_catalog).setLocation(root.id, path, online); });
            if (!status)
                return Result<std::vector<RootRecord>>::failure(status.error());
        }
    }
    const auto online = std::count_if(updated.begin(), updated.end(), [](const RootRecord &r) { return r.online; });
    qCDebug(lcRoots) << "roots refreshed:" << online << "online," << qsizetype(updated.size()) - online << "offline";
    return updated;
}

Result<int> Library::purgeMissing()
{
    int removed = 0;
    const Status status = m_catalog.write([&] {
        removed = FileRepository(m_catalog).purgeMissing();
        AssetRepository(m_catalog).removeWithoutFiles();
    });
    if (!status)
        return Result<int>::failure(status.error());
    return removed;
}

Result<std::optional<std::filesystem::path>> Library::availablePath(std::int64_t fileId)
{
    std::optional<std::filesystem::path> path;
    const Status status = m_catalog.read([&] {
        const auto file = FileRepository(m_catalog).byId(fileId);
        if (!file || file->status != FileStatus::Present)
            return;
        const auto root = RootRepository(m_catalog).byId(file->rootId);
        if (root && root->online)
            path = root->path / nativepath::fromBytes(file->relPath);
    });
    if (!status)
        return Result<std::optional<std::filesystem::path>>::failure(status.error());
    return path;
}

} // namespace tintype
