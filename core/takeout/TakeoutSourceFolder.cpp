#include "takeout/TakeoutSourceFolder.h"

#include "common/NativePath.h"
#include "library/LitterFilter.h"
#include "takeout/TakeoutEntryPath.h"
#include "takeout/TakeoutSource.h"
#include "takeout/TakeoutSourceProgress.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>

#ifndef _WIN32
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace tintype {

namespace fs = std::filesystem;

namespace {

enum class NodeType { File, Folder, Link, Other, Unreadable };

struct Node {
    NodeType type = NodeType::Unreadable;
    qint64 size = 0;
    qint64 mtime = 0;
};

// What the name itself is, never what a link points to.
Node inspectNode(const fs::path &path)
{
    Node node;
#ifndef _WIN32
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0)
        return node;
    node.size = st.st_size;
    node.mtime = st.st_mtime;
    node.type = S_ISLNK(st.st_mode)   ? NodeType::Link
                : S_ISDIR(st.st_mode) ? NodeType::Folder
                : S_ISREG(st.st_mode) ? NodeType::File
                                      : NodeType::Other;
#else
    std::error_code ec;
    const fs::file_status status = fs::symlink_status(path, ec);
    if (ec)
        return node;
    node.type = fs::is_symlink(status)        ? NodeType::Link
                : fs::is_directory(status)    ? NodeType::Folder
                : fs::is_regular_file(status) ? NodeType::File
                                              : NodeType::Other;
    if (node.type == NodeType::File) {
        node.size = qint64(fs::file_size(path, ec));
        const auto written = fs::last_write_time(path, ec);
        node.mtime = std::chrono::duration_cast<std::chrono::seconds>(
                         std::chrono::clock_cast<std::chrono::system_clock>(written).time_since_epoch())
                         .count();
    }
#endif
    return node;
}

QByteArray join(const QByteArray &folder, const QByteArray &name)
{
    return folder.isEmpty() ? name : folder + '/' + name;
}

// The relative native path, component by component (each may be in another encoding).
TakeoutSourceFolder::Item describe(const QByteArray &relNative)
{
    TakeoutSourceFolder::Item item;
    item.relNative = relNative;
    QStringList components;
    for (const QByteArray &component : relNative.split('/')) {
        const auto decoded = TakeoutEntryPath::decode(component, TakeoutEntryPath::LegacyCharset::Windows1252);
        item.legacyName = item.legacyName || decoded.legacy;
        components.append(decoded.text);
    }
    const Result<QString> path = TakeoutEntryPath::sanitize(components.join(QLatin1Char('/')));
    if (path)
        item.path = path.value();
    else
        item.problem = path.error();
    return item;
}

// The bytes of one file of the folder, read with plain system calls.
class FolderFileData final : public TakeoutEntryData {
public:
    FolderFileData(const fs::path &file, qint64 partOffset, TakeoutSourceProgress &progress)
        : m_partOffset(partOffset),
          m_progress(progress)
    {
#ifndef _WIN32
        m_fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (m_fd < 0)
            m_error = QCoreApplication::translate("TakeoutSource", "cannot be opened: %1")
                          .arg(QString::fromLocal8Bit(std::strerror(errno)));
        else
            ::posix_fadvise(m_fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#else
        m_file.setFileName(QString::fromStdWString(file.native()));
        if (!m_file.open(QIODevice::ReadOnly))
            m_error = QCoreApplication::translate("TakeoutSource", "cannot be opened: %1").arg(m_file.errorString());
#endif
    }
    ~FolderFileData() override
    {
#ifndef _WIN32
        if (m_fd >= 0)
            ::close(m_fd);
#endif
    }
    FolderFileData(const FolderFileData &) = delete;
    FolderFileData &operator=(const FolderFileData &) = delete;

    qint64 read(char *buffer, qint64 max) override
    {
        if (!m_error.isEmpty())
            return -1;
        if (m_progress.cancelled()) {
            m_error = QCoreApplication::translate("TakeoutSource", "cancelled");
            return -1;
        }
        if (max <= 0)
            return 0;
#ifndef _WIN32
        ssize_t n = 0;
        do {
            n = ::read(m_fd, buffer, size_t(max));
        } while (n < 0 && errno == EINTR);
        if (n < 0) {
            m_error = QCoreApplication::translate("TakeoutSource", "cannot be read: %1")
                          .arg(QString::fromLocal8Bit(std::strerror(errno)));
            return -1;
        }
#else
        const qint64 n = m_file.read(buffer, max);
        if (n < 0) {
            m_error = QCoreApplication::translate("TakeoutSource", "cannot be read: %1").arg(m_file.errorString());
            return -1;
        }
#endif
        m_done += n;
        m_progress.reachedOffset(m_partOffset + m_done);
        return n;
    }
    QString error() const override { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }

private:
#ifndef _WIN32
    int m_fd = -1;
#else
    QFile m_file;
#endif
    qint64 m_partOffset = 0;
    qint64 m_done = 0;
    TakeoutSourceProgress &m_progress;
    QString m_error;
};

} // namespace

TakeoutSourceFolder::Listing TakeoutSourceFolder::list(const fs::path &root)
{
    Listing listing;
    std::vector<QByteArray> pending{QByteArray()};
    while (!pending.empty()) {
        const QByteArray relFolder = pending.back();
        pending.pop_back();
        const fs::path folder = relFolder.isEmpty() ? root : root / nativepath::fromBytes(relFolder);
        std::error_code ec;
        std::vector<QByteArray> names;
        for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
            names.push_back(nativepath::toBytes(it->path().filename()));
        if (ec) {
            Item item = describe(relFolder.isEmpty() ? QByteArray(".") : relFolder);
            item.path.clear();
            item.problem = QCoreApplication::translate("TakeoutSource", "the folder cannot be read: %1")
                               .arg(QString::fromStdString(ec.message()));
            listing.items.push_back(std::move(item));
        }
        std::sort(names.begin(), names.end());
        std::vector<QByteArray> subfolders;
        for (const QByteArray &name : names) {
            const std::string_view nameView(name.constData(), size_t(name.size()));
            const QByteArray rel = join(relFolder, name);
            const Node node = inspectNode(root / nativepath::fromBytes(rel));
            if (node.type == NodeType::Folder) {
                if (!LitterFilter::isLitterFolder(nameView))
                    subfolders.push_back(rel);
                continue;
            }
            if (node.type == NodeType::File && LitterFilter::isLitterFile(nameView))
                continue;
            Item item = describe(rel);
            if (node.type == NodeType::Link)
                item.problem =
                    QCoreApplication::translate("TakeoutSource", "is a symbolic link; links are not followed");
            else if (node.type == NodeType::Other)
                item.problem =
                    QCoreApplication::translate("TakeoutSource", "is not a regular file (a device, FIFO or socket)");
            else if (node.type == NodeType::Unreadable)
                item.problem = QCoreApplication::translate("TakeoutSource", "cannot be read");
            if (!item.problem.isEmpty()) {
                item.path.clear();
            } else {
                item.size = node.size;
                item.mtime = node.mtime;
                listing.bytes += node.size;
            }
            listing.items.push_back(std::move(item));
        }
        // Depth-first in name order: push in reverse so the first name is walked first.
        pending.insert(pending.end(), subfolders.rbegin(), subfolders.rend());
    }
    return listing;
}

void TakeoutSourceFolder::visit(const fs::path &root, const Listing &listing, const QString &partName, int partIndex,
                                TakeoutVisitor &visitor, TakeoutSourceProgress &progress)
{
    qint64 offset = 0;
    for (const Item &item : listing.items) {
        if (progress.cancelled())
            return;
        if (!item.problem.isEmpty()) {
            visitor.problem(partName, TakeoutEntryPath::display(item.relNative), item.problem);
            continue;
        }
        TakeoutEntry entry;
        entry.path = item.path;
        entry.size = item.size;
        entry.mtime = item.mtime;
        entry.part = partIndex;
        if (item.legacyName)
            entry.legacyName = TakeoutEntryPath::display(item.relNative);
        if (visitor.wantsData(entry)) {
            FolderFileData data(root / nativepath::fromBytes(item.relNative), offset, progress);
            const Status consumed = visitor.consume(entry, data);
            if (progress.cancelled())
                return;
            if (!consumed)
                visitor.problem(partName, TakeoutEntryPath::display(item.relNative), consumed.error());
            else if (data.failed())
                visitor.problem(partName, TakeoutEntryPath::display(item.relNative), data.error());
        }
        offset += item.size;
        progress.reachedOffset(offset);
    }
}

} // namespace tintype
