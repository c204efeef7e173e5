#include "OpenedFiles.h"

#include "CatalogWorker.h"

#include "catalog/FileRepository.h"
#include "catalog/RootRepository.h"
#include "common/NativePath.h"
#include "library/LitterFilter.h"
#include "metadata/MediaFormat.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

#include <chrono>
#include <fstream>

namespace fs = std::filesystem;

namespace tintype {
namespace {

// Photo, RAW or video by its name; nullopt for anything else (sidecars too).
std::optional<bool> videoByName(const fs::path &path)
{
    const QString extension = nativepath::display(path.extension());
    const MediaKind kind = MediaFormat::kindForExtension(QStringView(extension).mid(extension.isEmpty() ? 0 : 1));
    if (kind == MediaKind::Photo || kind == MediaKind::Raw)
        return false;
    if (kind == MediaKind::Video)
        return true;
    return std::nullopt;
}

std::optional<LooseFile> looseFile(const fs::directory_entry &entry)
{
    std::error_code ec;
    if (!entry.is_regular_file(ec) || LitterFilter::isLitterFile(entry.path().filename().native()) ||
        LitterFilter::isPartialFile(entry.path().filename().native()))
        return std::nullopt;
    const auto video = videoByName(entry.path());
    if (!video)
        return std::nullopt;
    LooseFile file;
    file.path = entry.path();
    file.name = nativepath::display(entry.path().filename());
    file.video = *video;
    const auto written = entry.last_write_time(ec);
    if (!ec)
        file.modifiedMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                              std::chrono::file_clock::to_sys(written).time_since_epoch())
                              .count();
    return file;
}

// Whether `path` lies inside `folder` (compared by name only).
std::optional<fs::path> relativeInside(const fs::path &path, const fs::path &folder)
{
    if (folder.empty())
        return std::nullopt;
    const fs::path relative = path.lexically_normal().lexically_relative(folder.lexically_normal());
    if (relative.empty() || relative.native().starts_with("..") || relative == ".")
        return std::nullopt;
    return relative;
}

} // namespace

OpenedFiles::OpenedFiles(QObject *parent) : ServicesClient(parent), m_files(new LooseFolderModel(this)) {}

void OpenedFiles::setPaths(const QStringList &paths)
{
    if (m_paths == paths)
        return;
    m_paths = paths;
    emit pathsChanged();
    resolve();
}

QString OpenedFiles::folderPath() const { return m_folder.empty() ? QString() : nativepath::display(m_folder); }

QUrl OpenedFiles::folderUrl() const
{
    return m_folder.empty() ? QUrl() : QUrl::fromLocalFile(nativepath::display(m_folder));
}

void OpenedFiles::showFolderInstead()
{
    if (m_state == State::InLibrary)
        setState(State::Outside);
}

void OpenedFiles::servicesReplaced() { resolve(); }

void OpenedFiles::setState(State state)
{
    m_state = state;
    emit stateChanged();
}

void OpenedFiles::resolve()
{
    const int generation = ++m_generation;
    if (m_paths.isEmpty() || !services()) {
        setState(State::Idle);
        return;
    }
    setState(State::Resolving);
    auto *watcher = new QFutureWatcher<Inspection>(this);
    connect(watcher, &QFutureWatcher<Inspection>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            inspected(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&OpenedFiles::inspect, m_paths));
}

void OpenedFiles::inspected(Inspection inspection)
{
    if (!inspection.error.isEmpty()) {
        m_message = inspection.error;
        setState(State::Failed);
        return;
    }
    m_file = inspection.file;
    m_folder = inspection.folder;
    m_files->setFiles(std::move(inspection.files));
    m_startIndex = std::max(0, m_files->indexOf(m_file));
    const int generation = m_generation;
    const std::vector<fs::path> names{m_file, inspection.asGiven};
    services()->catalog().read<Membership>(
        [names](Catalog &catalog) {
            const Membership canonical = membership(catalog, names.front());
            if (canonical.assetId)
                return canonical;
            Membership asGiven = membership(catalog, names.back());
            asGiven.underRoot = asGiven.underRoot || canonical.underRoot;
            return asGiven;
        },
        this,
        [this, generation](Result<Membership> result) {
            if (generation != m_generation)
                return;
            // A catalog that cannot be read: the file is still shown, from its folder.
            const Membership found = result ? result.value() : Membership{};
            m_underRoot = found.underRoot;
            m_assetId = found.assetId.value_or(0);
            setState(found.assetId ? State::InLibrary : State::Outside);
        });
}

OpenedFiles::Inspection OpenedFiles::inspect(const QStringList &paths)
{
    Inspection result;
    if (paths.isEmpty())
        return result;
    const fs::path first = nativepath::fromUser(paths.first());
    const QString shown = nativepath::display(first);
    std::error_code ec;
    const fs::file_status status = fs::status(first, ec);
    if (!fs::exists(status)) {
        result.error = tr("Tintype cannot open “%1”: there is no such file.").arg(shown);
        return result;
    }
    if (!fs::is_regular_file(status)) {
        result.error = tr("Tintype cannot open “%1”: it is not a file.").arg(shown);
        return result;
    }
    if (!videoByName(first)) {
        result.error = tr("Tintype cannot open “%1”: it is not a photo or video Tintype can show.").arg(shown);
        return result;
    }
    if (!std::ifstream(first, std::ios::binary).is_open()) {
        result.error = tr("Tintype cannot open “%1”: you do not have permission to read it.").arg(shown);
        return result;
    }
    result.asGiven = fs::absolute(first, ec).lexically_normal();
    result.file = fs::canonical(first, ec);
    if (ec)
        result.file = result.asGiven;
    result.folder = result.file.parent_path();
    if (paths.size() == 1) {
        for (fs::directory_iterator it(result.folder, fs::directory_options::skip_permission_denied, ec), end;
             !ec && it != end; it.increment(ec))
            if (auto file = looseFile(*it))
                result.files.push_back(std::move(*file));
    }
    if (paths.size() > 1 || result.files.empty()) { // just the files given (a folder that cannot be listed: the file)
        result.files.clear();
        for (const QString &path : paths) {
            fs::path p = fs::canonical(nativepath::fromUser(path), ec);
            if (ec)
                continue;
            if (auto file = looseFile(fs::directory_entry(p, ec)))
                result.files.push_back(std::move(*file));
        }
    }
    return result;
}

OpenedFiles::Membership OpenedFiles::membership(Catalog &catalog, const fs::path &file)
{
    Membership found;
    for (const RootRecord &root : RootRepository(catalog).all()) {
        const auto relative = relativeInside(file, root.path);
        if (!relative)
            continue;
        found.underRoot = true;
        const auto record = FileRepository(catalog).byPath(root.id, nativepath::toBytes(*relative));
        if (record && record->status == FileStatus::Present && record->assetId) {
            found.assetId = *record->assetId;
            return found;
        }
    }
    return found;
}

} // namespace tintype
