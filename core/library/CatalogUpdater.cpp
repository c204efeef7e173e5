#include "library/CatalogUpdater.h"

#include "catalog/Catalog.h"
#include "common/NativePath.h"
#include "metadata/ImageIntegrity.h"

#include <QDateTime>
#include <QSet>

namespace tintype {

CatalogUpdater::CatalogUpdater(Catalog &catalog, ScanReport &report)
    : m_report(report),
      m_files(catalog),
      m_assets(catalog),
      m_inbox(catalog)
{
    m_catalogHasMissing = m_files.counts().missing > 0;
}

void CatalogUpdater::loadRoot(const RootRecord &root)
{
    m_rootPaths.insert(root.id, root.path);
    if (root.inbox)
        m_inboxRoots.insert(root.id);
    QHash<QByteArray, Known> &known = m_known[root.id];
    for (FileRecord &f : m_files.forRoot(root.id)) {
        const QByteArray key = f.relPath;
        known.insert(key, Known{std::move(f), false});
    }
}

void CatalogUpdater::loadFolders(const RootRecord &root, const std::vector<ScanScope::Folder> &folders)
{
    m_rootPaths.insert(root.id, root.path);
    if (root.inbox)
        m_inboxRoots.insert(root.id);
    QHash<QByteArray, Known> &known = m_known[root.id];
    for (const ScanScope::Folder &folder : folders) {
        for (FileRecord &f : m_files.inFolder(root.id, folder.relPath, folder.recursive)) {
            const QByteArray key = f.relPath;
            known.insert(key, Known{std::move(f), false});
        }
    }
}

void CatalogUpdater::keep(std::int64_t rootId, const QByteArray &relPath)
{
    auto &known = m_known[rootId];
    auto it = known.find(relPath);
    if (it != known.end())
        it->seen = true;
}

bool CatalogUpdater::needsReading(std::int64_t rootId, const QByteArray &relPath, const DirectoryWalker::Entry &entry)
{
    auto &known = m_known[rootId];
    auto it = known.find(relPath);
    if (it == known.end())
        return true;
    it->seen = true;
    const FileRecord &f = it->record;
    if (f.size != entry.size || f.mtimeNs != entry.mtimeNs)
        return true;
    if (f.status == FileStatus::Missing) {
        m_restored.push_back(f.id);
        m_taken.insert(f.id);
    }
    return false;
}

void CatalogUpdater::collectVanished(std::int64_t rootId, const std::vector<DirectoryWalker::Failure> &unreadable)
{
    auto underUnreadable = [&](const QByteArray &relPath) {
        for (const auto &u : unreadable)
            if (u.relPath.isEmpty() || relPath == u.relPath || relPath.startsWith(u.relPath + '/'))
                return true;
        return false;
    };
    for (const Known &k : std::as_const(m_known[rootId])) {
        if (k.seen || k.record.status != FileStatus::Present || underUnreadable(k.record.relPath))
            continue;
        m_vanishedByFingerprint[k.record.fingerprint].push_back(k.record);
    }
}

std::optional<FileRecord> CatalogUpdater::takeMoveSource(const QByteArray &fingerprint,
                                                         std::optional<std::int64_t> assetId)
{
    if (fingerprint.isEmpty())
        return std::nullopt;
    auto matches = [&](const FileRecord &f) { return f.assetId && (!assetId || f.assetId == assetId); };
    auto it = m_vanishedByFingerprint.find(fingerprint);
    if (it != m_vanishedByFingerprint.end()) {
        auto &list = it.value();
        for (auto f = list.begin(); f != list.end(); ++f) {
            if (matches(*f)) {
                FileRecord found = *f;
                list.erase(f);
                return found;
            }
        }
    }
    if (m_catalogHasMissing) {
        for (const FileRecord &f : m_files.missingByFingerprint(fingerprint)) {
            if (matches(f) && !m_taken.contains(f.id)) {
                m_taken.insert(f.id);
                return f;
            }
        }
    }
    return std::nullopt;
}

QString CatalogUpdater::displayPath(std::int64_t rootId, const QByteArray &relPath) const
{
    return nativepath::display(m_rootPaths.value(rootId) / nativepath::fromBytes(relPath));
}

void CatalogUpdater::apply(std::int64_t rootId, const FileGroupReader::Output &group)
{
    const auto &known = m_known[rootId];
    QSet<std::int64_t> claimedAssets;
    const std::int64_t now = QDateTime::currentSecsSinceEpoch();

    for (const FileGroupReader::AssetPlan &plan : group.assets) {
        // The asset these files already belong to, if any (primary first).
        std::optional<std::int64_t> assetId;
        bool anyKnown = false;
        // A Live Photo's clip paired by identifier (LivePhotoRepository) and read
        // again on its own stays its still's clip.
        bool pairedClip = false;
        for (const auto &[index, role] : plan.files) {
            auto it = known.constFind(group.files[index].relPath);
            if (it == known.constEnd())
                continue;
            anyKnown = true;
            pairedClip = plan.files.size() == 1 && it->record.role == FileRole::MotionClip && it->record.assetId &&
                         group.files[index].kind == MediaKind::Video;
            if (!assetId && it->record.assetId && !claimedAssets.contains(*it->record.assetId))
                assetId = it->record.assetId;
        }

        // All new: maybe moved here from a path that vanished (or went missing earlier).
        std::vector<std::optional<FileRecord>> moveSources(plan.files.size());
        if (!anyKnown) {
            const auto &primary = group.files[plan.files.front().first];
            if (auto source = takeMoveSource(primary.fingerprint, std::nullopt)) {
                assetId = source->assetId;
                moveSources[0] = std::move(source);
                for (std::size_t i = 1; i < plan.files.size(); ++i)
                    moveSources[i] = takeMoveSource(group.files[plan.files[i].first].fingerprint, assetId);
            }
        }
        const bool moved = moveSources[0].has_value();

        if (plan.metadata && !moved && !pairedClip) {
            if (assetId) {
                m_assets.update(*assetId, *plan.metadata);
            } else {
                assetId = m_assets.insert(*plan.metadata, now);
                ++m_report.assetsAdded;
                if (m_inboxRoots.contains(rootId))
                    m_inbox.markNew(*assetId);
            }
        }
        if (assetId)
            claimedAssets.insert(*assetId);

        for (std::size_t i = 0; i < plan.files.size(); ++i) {
            const auto &[index, role] = plan.files[i];
            const FileGroupReader::FileResult &r = group.files[index];
            FileRecord record;
            auto it = known.constFind(r.relPath);
            if (it != known.constEnd()) {
                record = it->record;
                if (record.status == FileStatus::Missing && !m_taken.contains(record.id))
                    ++m_report.restored;
                else if (record.size != r.entry.size || record.mtimeNs != r.entry.mtimeNs)
                    ++m_report.changed;
                else
                    ++m_report.unchanged;
            } else if (moveSources[i]) {
                record = *moveSources[i];
                ++m_report.moved;
            } else {
                ++m_report.added;
            }
            record.rootId = rootId;
            record.relPath = r.relPath;
            record.assetId = assetId;
            record.role = pairedClip ? FileRole::MotionClip : role;
            if (record.size != r.entry.size || record.fingerprint != r.fingerprint)
                record.contentHash.clear();
            record.size = r.entry.size;
            record.mtimeNs = r.entry.mtimeNs;
            record.fingerprint = r.fingerprint;
            record.status = FileStatus::Present;
            record.error = r.error;
            record.damage = r.damage;
            if (record.id)
                m_files.update(record);
            else
                record.id = m_files.insert(record);
            QStringList warnings = r.warnings;
            if (!r.damage.isEmpty()) {
                m_report.damaged.push_back({displayPath(rootId, r.relPath), r.damage});
                warnings.removeAll(ImageIntegrity::note(r.damage));
            }
            if (!r.error.isEmpty())
                m_report.failures.push_back({displayPath(rootId, r.relPath), r.error});
            else if (!warnings.isEmpty())
                m_report.problems.push_back({displayPath(rootId, r.relPath), warnings.join(QStringLiteral("; "))});
        }
    }
}

void CatalogUpdater::markVanishedMissing()
{
    for (const auto &list : std::as_const(m_vanishedByFingerprint)) {
        for (const FileRecord &f : list) {
            m_files.setStatus(f.id, FileStatus::Missing);
            ++m_report.missing;
        }
    }
    m_vanishedByFingerprint.clear();
}

void CatalogUpdater::commitRestored()
{
    for (std::int64_t id : m_restored)
        m_files.setStatus(id, FileStatus::Present);
    m_report.restored += std::int64_t(m_restored.size());
    m_restored.clear();
}

} // namespace tintype
