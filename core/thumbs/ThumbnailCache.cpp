#include "thumbs/ThumbnailCache.h"

#include "common/LibraryCacheDirectory.h"
#include "common/NativePath.h"

#include <QCoreApplication>

#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <vector>

namespace fs = std::filesystem;

namespace tintype {

namespace {
// The first line of a `.fail` entry: which decoder's failures are remembered.
// Raised when decoding learns to read what it gave up on before.
constexpr char kFailureHeader[] = "tintype-failure 2\n";

std::int64_t allocatedBytes(const fs::path &file)
{
#ifdef Q_OS_UNIX
    struct stat st {};
    if (::stat(file.c_str(), &st) == 0)
        return std::int64_t(st.st_blocks) * 512;
#endif
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    return ec ? 0 : std::int64_t((size + 4095) / 4096 * 4096);
}

bool isNameSafe(const QByteArray &text)
{
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'); });
}

std::optional<ThumbnailSize> sizeOfFolder(const fs::path &folder)
{
    return thumbnailsize::parse(QString::fromStdString(folder.filename().string()));
}
} // namespace

ThumbnailCache::ThumbnailCache(fs::path directory) : m_directory(std::move(directory)) {}

fs::path ThumbnailCache::defaultDirectory(const QString &catalogPath)
{
    return libraryCacheDirectory(catalogPath, "thumbnails");
}

fs::path ThumbnailCache::versionDirectory() const { return m_directory / ("v" + std::to_string(kFormatVersion)); }

fs::path ThumbnailCache::entryPath(const ThumbnailKey &key) const
{
    const std::string hex = key.fingerprint.toHex().toStdString();
    std::string name = hex;
    if (!key.edit.isEmpty()) // "<file>-<edit>.jpg", beside the file's own entry; any other byte than [0-9a-z] as hex
        name += "-" + (isNameSafe(key.edit) ? key.edit : key.edit.toHex()).toStdString();
    return versionDirectory() / thumbnailsize::name(key.size).toStdString() / hex.substr(0, 2) / (name + ".jpg");
}

bool ThumbnailCache::contains(const ThumbnailKey &key) const
{
    std::error_code ec;
    return !key.fingerprint.isEmpty() && fs::is_regular_file(entryPath(key), ec);
}

std::optional<QByteArray> ThumbnailCache::get(const ThumbnailKey &key) const
{
    if (key.fingerprint.isEmpty())
        return std::nullopt;
    std::ifstream in(entryPath(key), std::ios::binary | std::ios::ate);
    if (!in)
        return std::nullopt;
    const auto size = std::streamoff(in.tellg());
    if (size <= 0)
        return std::nullopt;
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    in.seekg(0);
    if (!in.read(bytes.data(), size))
        return std::nullopt;
    return bytes;
}

Status ThumbnailCache::put(const ThumbnailKey &key, const QByteArray &jpeg)
{
    if (key.fingerprint.isEmpty())
        return Status::failure(QCoreApplication::translate("ThumbnailCache", "no fingerprint to key the thumbnail by"));
    std::error_code ec;
    fs::path failed = entryPath(key);
    fs::remove(failed.replace_extension(".fail"), ec);
    return write(entryPath(key), jpeg);
}

Status ThumbnailCache::putFailure(const ThumbnailKey &key, const QString &reason)
{
    if (key.fingerprint.isEmpty())
        return Status::failure(QCoreApplication::translate("ThumbnailCache", "no fingerprint to key the thumbnail by"));
    fs::path target = entryPath(key);
    return write(target.replace_extension(".fail"), QByteArray(kFailureHeader) + reason.toUtf8());
}

std::optional<QString> ThumbnailCache::failure(const ThumbnailKey &key) const
{
    if (key.fingerprint.isEmpty())
        return std::nullopt;
    fs::path path = entryPath(key);
    std::ifstream in(path.replace_extension(".fail"), std::ios::binary);
    if (!in)
        return std::nullopt;
    const QByteArray text = QByteArray::fromStdString(std::string(std::istreambuf_iterator<char>(in), {}));
    // A failure remembered by an older decoder (before damaged files were shown
    // as far as they could be read, issue 25) is tried again.
    if (!text.startsWith(kFailureHeader))
        return std::nullopt;
    return QString::fromUtf8(text.mid(qsizetype(sizeof(kFailureHeader) - 1)));
}

Status ThumbnailCache::write(const fs::path &target, const QByteArray &bytes)
{
    static std::atomic<std::uint64_t> counter{0};
    std::error_code ec;
    fs::create_directories(target.parent_path(), ec);
    if (ec)
        return Status::failure(
            QCoreApplication::translate("ThumbnailCache", "cannot create the thumbnail folder %1 (%2)")
                .arg(nativepath::display(target.parent_path()), QString::fromStdString(ec.message())));
    fs::path temporary = target;
    temporary +=
        ".tmp" + std::to_string(counter.fetch_add(1)) + "-" + std::to_string(QCoreApplication::applicationPid());
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out || !out.write(bytes.constData(), bytes.size()) || !out.flush()) {
            fs::remove(temporary, ec);
            return Status::failure(QCoreApplication::translate("ThumbnailCache", "cannot write the thumbnail %1")
                                       .arg(nativepath::display(temporary)));
        }
    }
    fs::rename(temporary, target, ec); // atomic: readers see the old entry or the new one
    if (ec) {
        fs::remove(temporary, ec);
        return Status::failure(QCoreApplication::translate("ThumbnailCache", "cannot store the thumbnail %1")
                                   .arg(nativepath::display(target)));
    }
    return {};
}

ThumbnailCache::Stats ThumbnailCache::stats() const
{
    Stats s;
    std::error_code ec;
    const fs::path current = versionDirectory();
    for (auto it = fs::recursive_directory_iterator(m_directory, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        if (!it->is_regular_file(ec))
            continue;
        const fs::path &file = it->path();
        const std::int64_t bytes = std::int64_t(it->file_size(ec));
        s.diskBytes += allocatedBytes(file);
        const bool inCurrent = file.parent_path().parent_path().parent_path() == current;
        const auto size = sizeOfFolder(file.parent_path().parent_path());
        if (inCurrent && size && file.extension() == ".fail") {
            ++s.failures;
        } else if (!inCurrent || !size || file.extension() != ".jpg") {
            if (file.filename() != "library.txt") {
                ++s.staleEntries;
                s.staleBytes += bytes;
            }
        } else if (*size == ThumbnailSize::Grid) {
            ++s.gridEntries;
            s.gridBytes += bytes;
        } else {
            ++s.previewEntries;
            s.previewBytes += bytes;
        }
    }
    return s;
}

Result<std::int64_t>
ThumbnailCache::prune(const std::function<bool(const QByteArray &)> &isLive,
                      const std::function<bool(const QByteArray &, const QByteArray &)> &isLiveEdit)
{
    std::error_code ec;
    std::int64_t freed = 0;
    if (!fs::exists(m_directory, ec))
        return freed;
    const fs::path current = versionDirectory();
    for (const fs::directory_entry &entry : fs::directory_iterator(m_directory, ec)) {
        if (entry.is_directory(ec) && entry.path() != current) { // an older (or newer) format
            for (const auto &f : fs::recursive_directory_iterator(entry.path(), ec))
                freed += f.is_regular_file(ec) ? std::int64_t(f.file_size(ec)) : 0;
            fs::remove_all(entry.path(), ec);
        }
    }
    std::vector<fs::path> doomed; // collected first: no removal while iterating
    for (auto it = fs::recursive_directory_iterator(current, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        if (!it->is_regular_file(ec))
            continue;
        const fs::path &file = it->path();
        const QByteArray stem = QByteArray::fromStdString(file.stem().string());
        const qsizetype dash = stem.indexOf('-'); // an edited picture's entry: "<file>-<edit>"
        const QByteArray fingerprint = QByteArray::fromHex(dash < 0 ? stem : stem.left(dash));
        const bool entry = file.extension() == ".jpg" || file.extension() == ".fail";
        if (!entry || fingerprint.size() != 16 || !isLive(fingerprint) ||
            (dash >= 0 && isLiveEdit && !isLiveEdit(fingerprint, stem.mid(dash + 1))))
            doomed.push_back(file);
    }
    for (const fs::path &file : doomed) {
        const std::int64_t bytes = std::int64_t(fs::file_size(file, ec));
        if (fs::remove(file, ec))
            freed += bytes;
    }
    if (ec)
        return Result<std::int64_t>::failure(
            QCoreApplication::translate("ThumbnailCache", "cannot prune %1 (%2)")
                .arg(nativepath::display(m_directory), QString::fromStdString(ec.message())));
    return freed;
}

Status ThumbnailCache::clear()
{
    std::error_code ec;
    fs::remove_all(m_directory, ec);
    if (ec)
        return Status::failure(QCoreApplication::translate("ThumbnailCache", "cannot remove %1 (%2)")
                                   .arg(nativepath::display(m_directory), QString::fromStdString(ec.message())));
    return {};
}

} // namespace tintype
