#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace tintype {

// "Show in folder": opens the system's file manager with the file selected,
// falling back to opening its folder. One implementation of selectInFileManager
// per system, chosen by CMake:
// - Linux (FileManagerRevealLinux.cpp): org.freedesktop.FileManager1.ShowItems
//   over the D-Bus session bus (Nautilus, Dolphin, Nemo, Caja, Thunar...);
// - Windows (FileManagerRevealWin.cpp): SHOpenFolderAndSelectItems on a pool
//   thread (COM), else `explorer /select,"…"`;
// - macOS (FileManagerRevealMac.mm): NSWorkspace activateFileViewerSelectingURLs,
//   else `open -R` in a process without AppKit.
// Never blocks: the D-Bus call and the shell call are asynchronous.
class FileManagerReveal : public QObject {
    Q_OBJECT

public:
    using OpenFolder = std::function<bool(const QUrl &folder)>;
    explicit FileManagerReveal(QObject *parent = nullptr);

    void reveal(const QString &path);

    // Where the fallback goes (default: QDesktopServices::openUrl); for tests.
    void setOpenFolder(OpenFolder openFolder) { m_openFolder = std::move(openFolder); }
    // The name of a QDBusConnection to call instead of the session bus; for tests.
    void setBusConnectionName(const QString &name) { m_busConnectionName = name; }

    // What each platform is asked: pure functions of the path.
    static QString showItemsUri(const QString &path);            // file:///a%20b/c.jpg
    static QString explorerSelectArguments(const QString &path); // /select,"C:\a b\c.jpg"
    static QStringList openRevealArguments(const QString &path); // -R /a b/c.jpg
    static QUrl folderUrl(const QString &path);                  // file:///a%20b

signals:
    // selected: the file manager was asked to select the file; false: its folder was opened instead.
    void revealed(const QString &path, bool selected);

private:
    void openFolderOf(const QString &path);
    // The platform's part: asks its file manager, then emits revealed() or calls openFolderOf().
    void selectInFileManager(const QString &path);
    OpenFolder m_openFolder;
    QString m_busConnectionName;
};

} // namespace tintype
