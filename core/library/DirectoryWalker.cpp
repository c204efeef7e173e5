#include "library/DirectoryWalker.h"

#include "common/NativePath.h"
#include "library/LitterFilter.h"
#include "metadata/MediaFormat.h"

#include <set>
#include <string>
#include <system_error>
#include <utility>

#ifndef _WIN32
#include <sys/stat.h>
#endif

namespace tintype {

namespace fs = std::filesystem;

namespace {

struct Stat {
    bool ok = false;
    bool isDir = false;
    bool isFile = false;
    std::int64_t size = 0;
    std::int64_t mtimeNs = 0;
    std::pair<std::uint64_t, std::uint64_t> identity; // device, inode
};

Stat statPath(const fs::path &path)
{
    Stat s;
#ifndef _WIN32
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return s;
    s.ok = true;
    s.isDir = S_ISDIR(st.st_mode);
    s.isFile = S_ISREG(st.st_mode);
    s.size = st.st_size;
#ifdef __APPLE__
    s.mtimeNs = std::int64_t(st.st_mtimespec.tv_sec) * 1000000000 + st.st_mtimespec.tv_nsec;
#else
    s.mtimeNs = std::int64_t(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
#endif
    s.identity = {std::uint64_t(st.st_dev), std::uint64_t(st.st_ino)};
#else
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec)
        return s;
    s.ok = true;
    s.isDir = fs::is_directory(status);
    s.isFile = fs::is_regular_file(status);
    if (s.isFile)
        s.size = std::int64_t(fs::file_size(path, ec));
    s.mtimeNs = std::int64_t(
        std::chrono::duration_cast<std::chrono::nanoseconds>(fs::last_write_time(path, ec).time_since_epoch()).count());
    s.identity = {std::hash<std::wstring>{}(fs::weakly_canonical(path, ec).native()), 0};
#endif
    return s;
}

std::string extensionOf(const std::string &name)
{
    const auto dot = name.rfind('.');
    return dot == std::string::npos ? std::string() : name.substr(dot + 1);
}

QByteArray join(const QByteArray &dir, const QByteArray &name) { return dir.isEmpty() ? name : dir + '/' + name; }

} // namespace

bool DirectoryWalker::isCandidateFile(std::string_view name)
{
    if (LitterFilter::isLitterFile(name) || LitterFilter::isPartialFile(name))
        return false;
    const std::string text(name);
    return MediaFormat::kindForExtension(QString::fromUtf8(extensionOf(text))) != MediaKind::Unknown;
}

DirectoryWalker::Result DirectoryWalker::walk(const fs::path &root, const std::atomic_bool &cancel,
                                              const std::function<void(std::int64_t)> &onFolder)
{
    return walk(root, QByteArray(), true, cancel, onFolder);
}

DirectoryWalker::Result DirectoryWalker::walk(const fs::path &root, const QByteArray &startDir, bool recursive,
                                              const std::atomic_bool &cancel,
                                              const std::function<void(std::int64_t)> &onFolder)
{
    Result result;
    std::set<std::pair<std::uint64_t, std::uint64_t>> visited;
    std::vector<QByteArray> pending{startDir};
    if (!startDir.isEmpty()) {
        std::error_code ec;
        const auto status = fs::status(root / nativepath::fromBytes(startDir), ec);
        if (status.type() == fs::file_type::not_found || (!ec && !fs::is_directory(status)))
            return result; // gone (deleted or moved away): nothing of it is there any more
    }

    while (!pending.empty()) {
        if (cancel) {
            result.cancelled = true;
            return result;
        }
        const QByteArray relDir = pending.back();
        pending.pop_back();
        const fs::path dirPath = relDir.isEmpty() ? root : root / nativepath::fromBytes(relDir);

        const Stat dirStat = statPath(dirPath);
        if (!dirStat.ok || !dirStat.isDir) {
            result.unreadable.push_back({relDir, QStringLiteral("cannot open folder")});
            continue;
        }
        if (!visited.insert(dirStat.identity).second)
            continue; // a second way into a folder already walked (symlink, bind mount, loop)

        std::error_code ec;
        fs::directory_iterator it(dirPath, ec);
        if (ec) {
            result.unreadable.push_back({relDir, QString::fromStdString(ec.message())});
            continue;
        }
        Folder folder{relDir, {}};
        std::vector<QByteArray> subfolders;
        for (; it != fs::directory_iterator(); it.increment(ec)) {
            if (ec)
                break;
            const std::string name = it->path().filename().string();
            const QByteArray nameBytes = nativepath::toBytes(it->path().filename());
            std::error_code typeEc;
            const bool isDir = it->is_directory(typeEc); // follows symlinks
            if (isDir) {
                if (!LitterFilter::isLitterFolder(name))
                    subfolders.push_back(join(relDir, nameBytes));
                continue;
            }
            if (!isCandidateFile(name))
                continue;
            const Stat st = statPath(it->path());
            if (!st.ok) {
                result.unreadable.push_back({join(relDir, nameBytes), QStringLiteral("cannot read file information")});
                continue;
            }
            if (!st.isFile)
                continue;
            folder.files.push_back({nameBytes, st.size, st.mtimeNs});
        }
        if (ec)
            result.unreadable.push_back({relDir, QString::fromStdString(ec.message())});
        result.fileCount += std::int64_t(folder.files.size());
        if (!folder.files.empty())
            result.folders.push_back(std::move(folder));
        // Depth-first, in name order, so results come out in a stable order.
        std::sort(subfolders.begin(), subfolders.end(), std::greater<>());
        if (recursive)
            for (QByteArray &sub : subfolders)
                pending.push_back(std::move(sub));
        if (onFolder)
            onFolder(result.fileCount);
    }
    return result;
}

} // namespace tintype
