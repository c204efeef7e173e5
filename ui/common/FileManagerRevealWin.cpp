// "Show in folder" on Windows: Explorer opens the folder with the file selected.
#include "FileManagerReveal.h"

#ifdef Q_OS_WIN

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProcess>
#include <QtConcurrent/QtConcurrentRun>

#include <string>

#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>

#include <objbase.h> // after windows.h
#include <shlobj.h>

namespace tintype {

namespace {
// On a pool thread: the shell call may wait for Explorer to start, and it
// needs COM on the calling thread.
bool openFolderAndSelect(const std::wstring &native)
{
    const HRESULT com = CoInitializeEx(nullptr, COINIT_APARTMENTTHREADED | COINIT_DISABLE_OLE1DDE);
    bool selected = false;
    if (PIDLIST_ABSOLUTE item = ILCreateFromPathW(native.c_str())) {
        // No child items: `item` itself is the one to select in its folder.
        selected = SUCCEEDED(SHOpenFolderAndSelectItems(item, 0, nullptr, 0));
        ILFree(item);
    }
    if (SUCCEEDED(com))
        CoUninitialize();
    return selected;
}
} // namespace

void FileManagerReveal::selectInFileManager(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        openFolderOf(path); // nothing to select
        return;
    }
    const std::wstring native = QDir::toNativeSeparators(path).toStdWString();
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        if (watcher->result()) {
            emit revealed(path, true);
            return;
        }
        // The shell refused (COM unavailable, a path it cannot parse): ask Explorer on its command line.
        QProcess explorer;
        explorer.setProgram(QStringLiteral("explorer.exe"));
        explorer.setNativeArguments(explorerSelectArguments(path));
        if (explorer.startDetached())
            emit revealed(path, true);
        else
            openFolderOf(path);
    });
    watcher->setFuture(QtConcurrent::run(openFolderAndSelect, native));
}

} // namespace tintype

#endif // Q_OS_WIN
