#include "FileManagerReveal.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QProcess>

#ifdef TINTYPE_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#endif

namespace tintype {

namespace {
constexpr int kDBusTimeoutMs = 5000; // a file manager started by D-Bus activation may take a moment
}

FileManagerReveal::FileManagerReveal(QObject *parent)
    : QObject(parent),
      m_openFolder([](const QUrl &folder) { return QDesktopServices::openUrl(folder); })
{}

QString FileManagerReveal::showItemsUri(const QString &path)
{
    return QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded);
}

QString FileManagerReveal::explorerSelectArguments(const QString &path)
{
    // Explorer wants the quotes around the path only, not around "/select,...",
    // so the command line is written here rather than quoted by QProcess.
    QString native = path;
    native.replace(QLatin1Char('/'), QLatin1Char('\\'));
    return QStringLiteral("/select,\"%1\"").arg(native);
}

QStringList FileManagerReveal::openRevealArguments(const QString &path) { return {QStringLiteral("-R"), path}; }

QUrl FileManagerReveal::folderUrl(const QString &path) { return QUrl::fromLocalFile(QFileInfo(path).absolutePath()); }

void FileManagerReveal::openFolderOf(const QString &path)
{
    m_openFolder(folderUrl(path));
    emit revealed(path, false);
}

void FileManagerReveal::reveal(const QString &path)
{
    if (path.isEmpty())
        return;
#if defined(Q_OS_WIN)
    QProcess explorer;
    explorer.setProgram(QStringLiteral("explorer.exe"));
    explorer.setNativeArguments(explorerSelectArguments(path));
    if (explorer.startDetached())
        emit revealed(path, true);
    else
        openFolderOf(path);
#elif defined(Q_OS_MACOS)
    if (QProcess::startDetached(QStringLiteral("open"), openRevealArguments(path)))
        emit revealed(path, true);
    else
        openFolderOf(path);
#elif defined(TINTYPE_HAVE_DBUS)
    showItemsOverDBus(path);
#else
    openFolderOf(path);
#endif
}

void FileManagerReveal::showItemsOverDBus(const QString &path)
{
#ifdef TINTYPE_HAVE_DBUS
    const QDBusConnection bus =
        m_busConnectionName.isEmpty() ? QDBusConnection::sessionBus() : QDBusConnection(m_busConnectionName);
    if (!bus.isConnected()) {
        openFolderOf(path);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.FileManager1"), QStringLiteral("/org/freedesktop/FileManager1"),
        QStringLiteral("org.freedesktop.FileManager1"), QStringLiteral("ShowItems"));
    call << QStringList{showItemsUri(path)} << QString(); // no startup notification id
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, kDBusTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, path](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        if (w->isError())
            openFolderOf(path); // no file manager implements FileManager1 here
        else
            emit revealed(path, true);
    });
#else
    openFolderOf(path);
#endif
}

} // namespace tintype
