#include "takeout/TakeoutPlan.h"

#include "takeout/TakeoutNames.h"

#include <QCoreApplication>
#include <QSet>

#include <map>

namespace tintype {

QString decisionName(Decision decision)
{
    switch (decision) {
    case Decision::Import: return QStringLiteral("import");
    case Decision::DuplicateInTakeout: return QStringLiteral("duplicate");
    case Decision::AlreadyInLibrary: return QStringLiteral("already-in-library");
    case Decision::Trashed: return QStringLiteral("trashed");
    case Decision::Failed: return QStringLiteral("failed");
    case Decision::LowerQualityCopy: return QStringLiteral("lower-quality-copy");
    }
    return QStringLiteral("unknown");
}

QString dateSourceName(DateSource source)
{
    switch (source) {
    case DateSource::None: return QString();
    case DateSource::File: return QStringLiteral("file");
    case DateSource::GoogleJson: return QStringLiteral("google-json");
    case DateSource::FileName: return QStringLiteral("file-name");
    case DateSource::FileTime: return QStringLiteral("file-time");
    }
    return QString();
}

std::pair<QString, QString> splitEntry(const QString &entry)
{
    const qsizetype slash = entry.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return {QString(), entry};
    return {entry.left(slash), entry.mid(slash + 1)};
}

const PlannedMedia *TakeoutPlan::find(const QString &entry) const
{
    const auto it = mediaIndex.constFind(entry);
    return it == mediaIndex.cend() ? nullptr : &media[*it];
}

const PlannedAlbum *TakeoutPlan::album(const QString &key) const
{
    for (const PlannedAlbum &a : albums) {
        if (a.key == key)
            return &a;
    }
    return nullptr;
}

void TakeoutPlanner::addMedia(const QString &entry, int part, qint64 size, qint64 mtime)
{
    PlannedMedia m;
    m.entry = entry;
    m.part = part;
    m.size = size;
    m.mtime = mtime;
    std::tie(m.folder, m.name) = splitEntry(entry);
    m_media.push_back(std::move(m));
}

void TakeoutPlanner::addJson(const QString &entry, const QByteArray &json) { m_json.push_back({entry, json}); }

void TakeoutPlanner::addProblem(const QString &where, const QString &reason) { m_problems.push_back({where, reason}); }

namespace {
struct Folder {
    std::vector<std::size_t> media; // indexes into the plan's media
    QList<SidecarFile> sidecars;
    QHash<QString, std::optional<TakeoutSidecar>> parsed; // sidecar name -> content
    std::optional<TakeoutAlbum> albumMetadata;
};

QString lastComponent(const QString &folder) { return splitEntry(folder).second; }
} // namespace

TakeoutPlan TakeoutPlanner::build() const
{
    TakeoutPlan plan;
    plan.problems = m_problems;
    plan.media = m_media;
    std::map<QString, Folder> folders; // sorted: deterministic
    for (std::size_t i = 0; i < plan.media.size(); ++i) {
        plan.mediaIndex.insert(plan.media[i].entry, i);
        plan.mediaBytes += plan.media[i].size;
        folders[plan.media[i].folder].media.push_back(i);
    }
    for (const Json &json : m_json) {
        const auto [folderPath, name] = splitEntry(json.entry);
        Folder &folder = folders[folderPath];
        switch (classifyJson(name, json.bytes)) {
        case JsonRole::MediaSidecar: {
            auto parsed = parseMediaSidecar(json.bytes);
            if (!parsed)
                plan.problems.push_back({json.entry, parsed.error()});
            folder.sidecars.append({name, parsed ? parsed->title : QString()});
            folder.parsed.insert(name, parsed ? std::optional<TakeoutSidecar>(parsed.value()) : std::nullopt);
            break;
        }
        case JsonRole::AlbumMetadata: {
            auto album = parseAlbumMetadata(json.bytes);
            if (album)
                folder.albumMetadata = album.value();
            else
                plan.problems.push_back({json.entry, album.error()});
            break;
        }
        case JsonRole::Other: plan.ignoredJson << json.entry; break;
        }
    }

    // Folders whose parent also holds "Photos from YYYY" folders are albums
    // even without a metadata file.
    QSet<QString> parentsOfYearFolders;
    for (const auto &[path, folder] : folders) {
        if (yearFolder(lastComponent(path)))
            parentsOfYearFolders.insert(splitEntry(path).first);
    }

    for (auto &[path, folder] : folders) {
        if (folder.media.empty() && folder.sidecars.isEmpty())
            continue;
        QStringList names;
        for (std::size_t i : folder.media)
            names << plan.media[i].name;
        const FolderMatch match = matchFolder(names, folder.sidecars);
        QHash<QString, std::size_t> byName;
        for (std::size_t i : folder.media)
            byName.insert(plan.media[i].name, i);
        QHash<QString, QString> stillOfSidecar; // sidecar -> the still it belongs to
        for (const SidecarMatch &m : match.matches) {
            if (m.rule != MatchRule::LivePhotoCompanion && m.rule != MatchRule::Edited &&
                m.rule != MatchRule::ForgottenDuplicate)
                stillOfSidecar.insert(m.sidecar, m.media);
        }
        for (const SidecarMatch &m : match.matches) {
            const auto it = byName.constFind(m.media);
            if (it == byName.cend())
                continue;
            PlannedMedia &media = plan.media[*it];
            media.sidecarEntry = path.isEmpty() ? m.sidecar : path + QLatin1Char('/') + m.sidecar;
            media.rule = m.rule;
            media.sidecar = folder.parsed.value(m.sidecar);
            const QString &folderPath = path; // a structured binding cannot be captured (C++17)
            auto inFolder = [&folderPath](const QString &name) {
                return folderPath.isEmpty() ? name : folderPath + QLatin1Char('/') + name;
            };
            if (m.rule == MatchRule::Edited && !m.originalMedia.isEmpty())
                media.editedOf = inFolder(m.originalMedia);
            if (m.rule == MatchRule::LivePhotoCompanion && stillOfSidecar.contains(m.sidecar))
                media.companionOf = inFolder(stillOfSidecar.value(m.sidecar));
        }
        for (const QString &s : match.sidecarsWithoutMedia)
            plan.sidecarsWithoutMedia << (path.isEmpty() ? s : path + QLatin1Char('/') + s);

        const QString folderName = lastComponent(path);
        const bool isAlbum = !path.isEmpty() && !yearFolder(folderName) &&
                             (folder.albumMetadata || parentsOfYearFolders.contains(splitEntry(path).first));
        if (isAlbum && !folder.media.empty()) {
            PlannedAlbum album;
            album.key = path;
            album.title = folder.albumMetadata && !folder.albumMetadata->title.isEmpty() ? folder.albumMetadata->title
                                                                                         : folderName;
            if (folder.albumMetadata)
                album.description = folder.albumMetadata->description;
            plan.albums.push_back(album);
            for (std::size_t i : folder.media)
                plan.media[i].albumKey = path;
        }
    }
    return plan;
}

} // namespace tintype
