// `tintype FILE` (a file manager's "Open with", a double-clicked JPEG) through
// the app's own session: a file in the library opens the viewer on its asset
// in the timeline; a file outside opens the folder viewer on its folder and
// adds nothing to the catalog until "Add this folder to the library" is
// clicked; a missing file gives a message. `tintype --version` and
// `tintype-cli --version` answer without a display.
#include "AppSession.h"
#include "UiFixture.h"

#include "support/PhoneMedia.h"
#include "support/TestMedia.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QProcess>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

#include <sqlite3.h>

Q_IMPORT_QML_PLUGIN(TintypePlugin)

using namespace tintype;
namespace fs = std::filesystem;

namespace {

// Rows of the tables a scan or "Add folder" would fill.
QString catalogRows(const QString &catalog)
{
    sqlite3 *db = nullptr;
    QStringList counts;
    if (sqlite3_open_v2(catalog.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(db, 2000);
        for (const char *table : {"root", "file", "asset"}) {
            sqlite3_stmt *stmt = nullptr;
            const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
            qint64 n = -1;
            if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK &&
                sqlite3_step(stmt) == SQLITE_ROW)
                n = sqlite3_column_int64(stmt, 0);
            sqlite3_finalize(stmt);
            counts << QStringLiteral("%1=%2").arg(QLatin1String(table)).arg(n);
        }
    }
    sqlite3_close(db);
    return counts.join(QLatin1Char(' '));
}

AppSession::Options options(const QString &catalog, const QStringList &paths)
{
    AppSession::Options o;
    o.catalogPath = catalog;
    o.openPaths = paths;
    o.scanOnStart = false;
    return o;
}

QQuickItem *item(AppSession &session, const char *name)
{
    return session.window() ? session.window()->findChild<QQuickItem *>(QLatin1String(name)) : nullptr;
}

} // namespace

class TestOpenWith : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings and caches away from the user's
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");    // as the app (appstart::prepare)
        QQuickStyle::setStyle(QStringLiteral("Material"));
    }

    void fileInTheLibraryOpensTheViewerOnItsAsset()
    {
        QTemporaryDir photos;
        const fs::path library = fs::path(photos.path().toStdString()) / "library";
        QVERIFY(test::writeJpeg(library / "older.jpg", QSize(64, 48), 1));
        QVERIFY(test::writeJpeg(library / "opened.jpg", QSize(64, 48), 2));
        QVERIFY(test::writeJpeg(library / "newer.jpg", QSize(64, 48), 3));
        test::UiCatalog c;
        const auto root = c.addRoot(QString::fromStdString(library.string()));
        c.addPhoto(root, "older.jpg", QDateTime(QDate(2020, 1, 1), QTime(12, 0), Qt::UTC), 0);
        const auto opened = c.addPhoto(root, "opened.jpg", QDateTime(QDate(2021, 1, 1), QTime(12, 0), Qt::UTC), 0);
        c.addPhoto(root, "newer.jpg", QDateTime(QDate(2022, 1, 1), QTime(12, 0), Qt::UTC), 0);

        AppSession session(options(c.path(), {QString::fromStdString((library / "opened.jpg").string())}));
        QVERIFY(session.start());
        QQuickItem *viewer = item(session, "viewer");
        QVERIFY(viewer);
        QTRY_VERIFY_WITH_TIMEOUT(viewer->isVisible(), 10000);
        QCOMPARE(viewer->property("entry").toMap().value(QStringLiteral("assetId")).toLongLong(), opened);
        // In the timeline: the arrows move to the photos around it.
        QCOMPARE(viewer->property("timeline").value<QObject *>()->property("photoCount").toInt(), 3);
        QVERIFY(!item(session, "folderViewer")->isVisible());
    }

    void fileOutsideOpensItsFolderAndAddsNothing()
    {
        QTemporaryDir photos;
        const fs::path library = fs::path(photos.path().toStdString()) / "library";
        const fs::path outside = fs::path(photos.path().toStdString()) / "elsewhere";
        QVERIFY(test::writeJpeg(library / "kept.jpg"));
        QVERIFY(test::writeJpeg(outside / "IMG_10.jpg", QSize(64, 48), 1));
        QVERIFY(test::writeJpeg(outside / "IMG_2.jpg", QSize(64, 48), 2));
        QVERIFY(test::writePng(outside / "IMG_3.png", QSize(64, 48), 3));
        QVERIFY(test::writeBytes(outside / "notes.txt", "not a photo"));
        const auto now = fs::file_time_type::clock::now();
        fs::last_write_time(outside / "IMG_2.jpg", now - std::chrono::hours(1));
        fs::last_write_time(outside / "IMG_3.png", now - std::chrono::hours(2));
        fs::last_write_time(outside / "IMG_10.jpg", now - std::chrono::hours(3));
        test::UiCatalog c;
        const auto root = c.addRoot(QString::fromStdString(library.string()));
        c.addPhoto(root, "kept.jpg", QDateTime(QDate(2020, 1, 1), QTime(12, 0), Qt::UTC), 0);
        const QString before = catalogRows(c.path());

        AppSession session(options(c.path(), {QString::fromStdString((outside / "IMG_3.png").string())}));
        QVERIFY(session.start());
        QQuickItem *folder = item(session, "folderViewer");
        QVERIFY(folder);
        QTRY_VERIFY_WITH_TIMEOUT(folder->isVisible(), 10000);
        QVERIFY(!item(session, "viewer")->isVisible());
        // Its folder's photos by name, numbers as numbers; the text file left out; on the file opened.
        QObject *files = folder->property("files").value<QObject *>();
        QCOMPARE(files->property("count").toInt(), 3);
        QCOMPARE(folder->property("index").toInt(), 1);
        QCOMPARE(item(session, "looseName")->property("text").toString(), QStringLiteral("IMG_3.png"));
        QTest::keyClick(session.window(), Qt::Key_Right);
        QCOMPARE(item(session, "looseName")->property("text").toString(), QStringLiteral("IMG_10.jpg"));
        QTest::keyClick(session.window(), Qt::Key_Home);
        QCOMPARE(item(session, "looseName")->property("text").toString(), QStringLiteral("IMG_2.jpg"));
        QTRY_VERIFY_WITH_TIMEOUT(folder->property("settled").toBool(), 10000);
        QCOMPARE(item(session, "cannotShow")->isVisible(), false); // decoded

        // By date (modification time: IMG_10, IMG_3, IMG_2): the photo shown stays shown.
        QTest::keyClick(session.window(), Qt::Key_Right);
        QTest::keyClick(session.window(), Qt::Key_Right);
        QCOMPARE(item(session, "looseName")->property("text").toString(), QStringLiteral("IMG_10.jpg"));
        QMetaObject::invokeMethod(folder, "sortBy", Q_ARG(QVariant, 1)); // LooseFolderModel::ByDate
        QCOMPARE(item(session, "looseName")->property("text").toString(), QStringLiteral("IMG_10.jpg"));
        QCOMPARE(folder->property("index").toInt(), 0);
        QTest::keyClick(session.window(), Qt::Key_End);
        QCOMPARE(item(session, "looseName")->property("text").toString(), QStringLiteral("IMG_2.jpg"));

        QVERIFY(item(session, "addFolderButton")->isVisible());
        QTest::qWait(200); // anything the session starts on its own has had its chance
        QCOMPARE(catalogRows(c.path()), before);

        // The user's click adds the folder (and only then).
        QMetaObject::invokeMethod(folder, "addFolder");
        QTRY_COMPARE_WITH_TIMEOUT(catalogRows(c.path()).section(QLatin1Char(' '), 0, 0), QStringLiteral("root=2"),
                                  10000);
        QVERIFY(!item(session, "addFolderButton")->isVisible());
    }

    void severalFilesAreShownAlone()
    {
        QTemporaryDir photos;
        const fs::path outside = fs::path(photos.path().toStdString()) / "elsewhere";
        for (const char *name : {"a.jpg", "b.jpg", "c.jpg"})
            QVERIFY(test::writeJpeg(outside / name));
        test::UiCatalog c;
        AppSession session(options(c.path(), {QString::fromStdString((outside / "c.jpg").string()),
                                              QString::fromStdString((outside / "a.jpg").string())}));
        QVERIFY(session.start());
        QQuickItem *folder = item(session, "folderViewer");
        QTRY_VERIFY_WITH_TIMEOUT(folder->isVisible(), 10000);
        QCOMPARE(folder->property("files").value<QObject *>()->property("count").toInt(), 2); // not b.jpg
        QCOMPARE(item(session, "looseName")->property("text").toString(), QStringLiteral("c.jpg"));
    }

    void videoPlaysWithoutASoundDevice()
    {
        // Qt 6.4's FFmpeg backend crashes writing a clip's sound to no device: no audio output then.
        QTemporaryDir photos;
        const fs::path clip = fs::path(photos.path().toStdString()) / "clip.mp4";
        QVERIFY(!test::writeClip(clip).isEmpty());
        test::UiCatalog c;
        AppSession session(options(c.path(), {QString::fromStdString(clip.string())}));
        QVERIFY(session.start());
        QQuickItem *folder = item(session, "folderViewer");
        QTRY_VERIFY_WITH_TIMEOUT(folder->isVisible(), 10000);
        QObject *player = nullptr;
        QTRY_VERIFY((player = session.window()->findChild<QObject *>(QStringLiteral("loosePlayer"))));
        QCOMPARE(player->property("audioOutput").value<QObject *>() == nullptr,
                 QMediaDevices::audioOutputs().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(player->property("mediaStatus").toInt() != 0, true, 10000); // a source, loading
    }

    void missingFileSaysSo()
    {
        QTemporaryDir photos;
        test::UiCatalog c;
        const QString missing = photos.filePath(QStringLiteral("gone.jpg"));
        AppSession session(options(c.path(), {missing}));
        QVERIFY(session.start());
        QObject *dialog = session.window()->findChild<QObject *>(QStringLiteral("openFailed"));
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->property("opened").toBool(), 10000);
        const QString message = item(session, "openFailedMessage")->property("text").toString();
        QVERIFY2(message.contains(missing) && message.contains(QStringLiteral("no such file")), qPrintable(message));
        QVERIFY(!item(session, "folderViewer")->isVisible());
        QVERIFY(!item(session, "viewer")->isVisible());
    }

    void notAPhotoSaysSo()
    {
        QTemporaryDir photos;
        test::UiCatalog c;
        const fs::path text = fs::path(photos.path().toStdString()) / "notes.txt";
        QVERIFY(test::writeBytes(text, "words"));
        AppSession session(options(c.path(), {QString::fromStdString(text.string())}));
        QVERIFY(session.start());
        QObject *dialog = session.window()->findChild<QObject *>(QStringLiteral("openFailed"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->property("opened").toBool(), 10000);
        QVERIFY(item(session, "openFailedMessage")
                    ->property("text")
                    .toString()
                    .contains(QStringLiteral("not a photo or video")));
    }

    void versionWithoutADisplay_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("name");
        QTest::newRow("tintype") << QStringLiteral(TINTYPE_APP_PATH) << QStringLiteral("tintype");
        QTest::newRow("tintype-cli") << QStringLiteral(TINTYPE_CLI_PATH) << QStringLiteral("tintype-cli");
    }
    void versionWithoutADisplay()
    {
        QFETCH(QString, program);
        QFETCH(QString, name);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QLatin1String(variable));
        p.setProcessEnvironment(env);
        p.start(program, {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        QVERIFY2(out.startsWith(name + QLatin1Char(' ')) && out.at(name.size() + 1).isDigit(), qPrintable(out));
    }
};

QTEST_MAIN(TestOpenWith)
#include "tst_openwith.moc"
