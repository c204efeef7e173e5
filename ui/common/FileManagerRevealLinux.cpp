// "Show in folder" on Linux and the other freedesktop.org systems.
#include "FileManagerReveal.h"

#ifdef TINTYPE_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#endif

namespace tintype {

namespace {
constexpr int kDBusTimeoutMs = 5000; // a file manager started by D-Bus activation may take a moment
}

void FileManagerReveal::selectInFileManager(const QString &path)
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
