#include "FileManagerReveal.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#ifdef TINTYPE_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#endif

using namespace tintype;

#ifdef TINTYPE_HAVE_DBUS
// Stands in for Nautilus/Dolphin: the org.freedesktop.FileManager1 interface.
class FakeFileManager : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.FileManager1")
public:
    QStringList shown;
public slots:
    void ShowItems(const QStringList &uris, const QString &startupId)
    {
        Q_UNUSED(startupId);
        shown += uris;
    }
};
#endif

// "Show in folder": what each platform's file manager is asked, and on Linux
// the D-Bus call to org.freedesktop.FileManager1 with its fallback to opening
// the folder (over a private bus started for the test).
class TestFileManagerReveal : public QObject {
    Q_OBJECT

    QProcess m_bus;
    QString m_address;

private slots:
    void argumentsForEachPlatform()
    {
        const QString path = QStringLiteral("/home/ann/Photos 2024/été #1.jpg");
        QCOMPARE(FileManagerReveal::showItemsUri(path),
                 QStringLiteral("file:///home/ann/Photos%202024/%C3%A9t%C3%A9%20%231.jpg"));
        QCOMPARE(FileManagerReveal::folderUrl(path), QUrl::fromLocalFile(QStringLiteral("/home/ann/Photos 2024")));
        QCOMPARE(FileManagerReveal::openRevealArguments(path), (QStringList{QStringLiteral("-R"), path}));
        QCOMPARE(FileManagerReveal::explorerSelectArguments(QStringLiteral("C:/Users/Ann/My Photos/a,b.jpg")),
                 QStringLiteral("/select,\"C:\\Users\\Ann\\My Photos\\a,b.jpg\""));
    }

    void emptyPathDoesNothing()
    {
        FileManagerReveal reveal;
        int opened = 0;
        reveal.setOpenFolder([&](const QUrl &) { return ++opened > 0; });
        QSignalSpy revealed(&reveal, &FileManagerReveal::revealed);
        reveal.reveal({});
        QCOMPARE(opened, 0);
        QCOMPARE(revealed.count(), 0);
    }

#ifdef TINTYPE_HAVE_DBUS
    void initTestCase()
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        QVERIFY2(!daemon.isEmpty(), "dbus-daemon is needed (packaging/install-deps.sh installs it)");
        m_bus.start(daemon,
                    {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address")});
        QVERIFY(m_bus.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), 10000);
        m_address = QString::fromLatin1(m_bus.readLine()).trimmed();
        QVERIFY(QDBusConnection::connectToBus(m_address, QStringLiteral("app")).isConnected());
        QVERIFY(QDBusConnection::connectToBus(m_address, QStringLiteral("filemanager")).isConnected());
    }

    void cleanupTestCase()
    {
        QDBusConnection::disconnectFromBus(QStringLiteral("app"));
        QDBusConnection::disconnectFromBus(QStringLiteral("filemanager"));
        m_bus.kill();
        m_bus.waitForFinished();
    }

    void fileManagerSelectsTheFile()
    {
        QDBusConnection fm(QStringLiteral("filemanager"));
        FakeFileManager fake;
        QVERIFY(
            fm.registerObject(QStringLiteral("/org/freedesktop/FileManager1"), &fake, QDBusConnection::ExportAllSlots));
        QVERIFY(fm.registerService(QStringLiteral("org.freedesktop.FileManager1")));

        FileManagerReveal reveal;
        reveal.setBusConnectionName(QStringLiteral("app"));
        int opened = 0;
        reveal.setOpenFolder([&](const QUrl &) { return ++opened > 0; });
        QSignalSpy revealed(&reveal, &FileManagerReveal::revealed);
        reveal.reveal(QStringLiteral("/photos/a b.jpg"));
        QTRY_COMPARE(revealed.count(), 1);
        QCOMPARE(revealed[0][1].toBool(), true);
        QCOMPARE(fake.shown, QStringList{QStringLiteral("file:///photos/a%20b.jpg")});
        QCOMPARE(opened, 0);

        fm.unregisterService(QStringLiteral("org.freedesktop.FileManager1"));
        fm.unregisterObject(QStringLiteral("/org/freedesktop/FileManager1"));
    }

    void noFileManagerOpensTheFolder()
    {
        FileManagerReveal reveal;
        reveal.setBusConnectionName(QStringLiteral("app"));
        QList<QUrl> opened;
        reveal.setOpenFolder([&](const QUrl &folder) {
            opened << folder;
            return true;
        });
        QSignalSpy revealed(&reveal, &FileManagerReveal::revealed);
        reveal.reveal(QStringLiteral("/photos/2024/a.jpg"));
        QTRY_COMPARE(revealed.count(), 1);
        QCOMPARE(revealed[0][1].toBool(), false);
        QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(QStringLiteral("/photos/2024"))});
    }

    void noBusOpensTheFolder()
    {
        FileManagerReveal reveal;
        reveal.setBusConnectionName(QStringLiteral("never-connected"));
        QList<QUrl> opened;
        reveal.setOpenFolder([&](const QUrl &folder) {
            opened << folder;
            return true;
        });
        reveal.reveal(QStringLiteral("/photos/a.jpg"));
        QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(QStringLiteral("/photos"))});
    }
#endif
};

QTEST_GUILESS_MAIN(TestFileManagerReveal)
#include "tst_filemanagerreveal.moc"
