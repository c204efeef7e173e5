#include "library/FolderWatcherWin.h"

#ifdef Q_OS_WIN

#include "common/NativePath.h"

#include <QCoreApplication>
#include <QWinEventNotifier>

#include <cstddef>
#include <vector>

#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>

namespace tintype {

namespace fs = std::filesystem;

namespace {
// Over the network ReadDirectoryChangesW refuses buffers above 64 KiB.
constexpr DWORD kBufferBytes = 64 * 1024;
constexpr DWORD kFilter = FILE_NOTIFY_CHANGE_FILE_NAME | FILE_NOTIFY_CHANGE_DIR_NAME | FILE_NOTIFY_CHANGE_SIZE |
                          FILE_NOTIFY_CHANGE_LAST_WRITE;

// The reasons in the words InotifyFolderWatcher uses: one translation for both.
QString cannotWatch() { return QCoreApplication::translate("InotifyFolderWatcher", "the folder cannot be watched"); }

WatchedTree::Now nowAt(const fs::path &path)
{
    const DWORD attributes = GetFileAttributesW(path.c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES)
        return WatchedTree::Now::Nothing;
    if ((attributes & FILE_ATTRIBUTE_DIRECTORY) && !(attributes & FILE_ATTRIBUTE_REPARSE_POINT))
        return WatchedTree::Now::Folder;
    return WatchedTree::Now::File;
}

// ReadDirectoryChangesW may give a name in its 8.3 form (PHOTO~1.JPG); the
// catalog knows the long one. Only a path that still exists can be asked.
std::wstring longName(const fs::path &root, const std::wstring &relative)
{
    if (relative.find(L'~') == std::wstring::npos)
        return relative;
    const std::wstring full = (root / relative).native();
    std::wstring buffer(MAX_PATH, L'\0');
    DWORD length = GetLongPathNameW(full.c_str(), buffer.data(), DWORD(buffer.size()));
    if (length > buffer.size()) {
        buffer.resize(length);
        length = GetLongPathNameW(full.c_str(), buffer.data(), DWORD(buffer.size()));
    }
    if (length == 0 || length > buffer.size())
        return relative;
    buffer.resize(length);
    const fs::path rel = fs::path(buffer).lexically_relative(root);
    return rel.empty() || rel.native().starts_with(L"..") ? relative : rel.native();
}
} // namespace

struct FolderWatcherWin::Root {
    std::int64_t id = 0;
    fs::path path;
    HANDLE directory = INVALID_HANDLE_VALUE;
    OVERLAPPED overlapped{};
    std::vector<DWORD> buffer = std::vector<DWORD>(kBufferBytes / sizeof(DWORD)); // DWORD-aligned, as required
    std::unique_ptr<QWinEventNotifier> notifier;

    bool arm()
    {
        ResetEvent(overlapped.hEvent);
        return ReadDirectoryChangesW(directory, buffer.data(), kBufferBytes, TRUE, kFilter, nullptr, &overlapped,
                                     nullptr) != 0;
    }

    ~Root()
    {
        notifier.reset();
        if (directory != INVALID_HANDLE_VALUE) {
            // The pending read writes into `buffer` and `overlapped`: cancel it and wait until it has.
            DWORD ignored = 0;
            if (CancelIoEx(directory, &overlapped) || GetLastError() != ERROR_NOT_FOUND)
                GetOverlappedResult(directory, &overlapped, &ignored, TRUE);
            CloseHandle(directory);
        }
        if (overlapped.hEvent)
            CloseHandle(overlapped.hEvent);
    }
};

FolderWatcherWin::FolderWatcherWin() = default;

FolderWatcherWin::~FolderWatcherWin() { m_roots.clear(); }

bool FolderWatcherWin::watch(std::int64_t rootId, const fs::path &folder, QString *reason)
{
    unwatch(rootId);
    auto root = std::make_unique<Root>();
    root->id = rootId;
    root->path = folder;
    root->directory =
        CreateFileW(folder.c_str(), FILE_LIST_DIRECTORY, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                    nullptr, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OVERLAPPED, nullptr);
    root->overlapped.hEvent = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    if (root->directory == INVALID_HANDLE_VALUE || !root->overlapped.hEvent || !root->arm()) {
        if (reason)
            *reason = cannotWatch();
        return false;
    }
    Root *r = root.get();
    root->notifier = std::make_unique<QWinEventNotifier>(root->overlapped.hEvent);
    QObject::connect(root->notifier.get(), &QWinEventNotifier::activated, [this, r] { readChanges(*r); });
    m_tree.add(rootId, folder);
    m_roots[rootId] = std::move(root);
    return true;
}

void FolderWatcherWin::unwatch(std::int64_t rootId)
{
    m_roots.erase(rootId);
    m_tree.remove(rootId);
}

void FolderWatcherWin::readChanges(Root &root)
{
    using Kind = Event::Kind;
    std::vector<Event> events;
    DWORD bytes = 0;
    if (!GetOverlappedResult(root.directory, &root.overlapped, &bytes, FALSE)) {
        if (GetLastError() == ERROR_IO_INCOMPLETE)
            return; // not done yet
        // The folder itself went (deleted, its drive removed): LibraryUpdate finds out where it went.
        root.notifier->setEnabled(false);
        deliver({{Kind::Overflow, root.id, {}, {}}});
        return;
    }
    if (bytes == 0) {
        events.push_back({Kind::Overflow, root.id, {}, {}}); // more changes than the buffer held: they were lost
    } else {
        const auto *base = reinterpret_cast<const std::byte *>(root.buffer.data());
        for (DWORD offset = 0;;) {
            const auto *info = reinterpret_cast<const FILE_NOTIFY_INFORMATION *>(base + offset);
            const std::wstring relative(info->FileName, info->FileNameLength / sizeof(WCHAR));
            const bool gone = info->Action == FILE_ACTION_REMOVED || info->Action == FILE_ACTION_RENAMED_OLD_NAME;
            const std::wstring name = gone ? relative : longName(root.path, relative);
            const WatchedTree::Now now = gone ? WatchedTree::Now::Nothing : nowAt(root.path / name);
            const bool movedIn = info->Action == FILE_ACTION_RENAMED_NEW_NAME;
            const auto changes = m_tree.changed(root.id, nativepath::toBytes(fs::path(name)), now, movedIn);
            events.insert(events.end(), changes.begin(), changes.end());
            if (info->NextEntryOffset == 0)
                break;
            offset += info->NextEntryOffset;
        }
    }
    const std::int64_t rootId = root.id;
    if (!root.arm()) {
        root.notifier->setEnabled(false);
        events.push_back({Kind::Lost, rootId, {}, cannotWatch()});
    }
    deliver(events); // last: the sink may unwatch this root
}

} // namespace tintype

#endif // Q_OS_WIN
