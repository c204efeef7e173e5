#include "AppServices.h"
#include "AssetActions.h"
#include "TimelineModel.h"
#include "UiFixture.h"

#include "catalog/AssetRepository.h"
#include "catalog/FileRepository.h"
#include "catalog/TrashRepository.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;

// The Trash and Archive pages' actions over a real catalog and real files:
// what Tintype moves to the trash is recorded, listed, restored where it was
// (and back on the timeline) or deleted for good; undo in the toast and
// Ctrl+Z; archived photos leave the timeline for the Archive page. The
// trash is the test's own (XDG_DATA_HOME in a temporary folder).
class TestTrashAndArchive : public QObject {
    Q_OBJECT

    QTemporaryDir m_home, m_cache;
    QString trashFiles() const { return m_home.filePath(QStringLiteral("Trash/files")); }
    QString trashInfo() const { return m_home.filePath(QStringLiteral("Trash/info")); }

    static QDateTime day(int d) { return {QDate(2023, 5, d), QTime(10, 0)}; }
    static void writeFile(const QString &path)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not really a jpeg");
    }
    static QList<qint64> shown(TimelineModel &model)
    {
        QList<qint64> ids;
        for (const auto &e : model.entries())
            ids << e.assetId;
        return ids;
    }

private slots:
    void initTestCase() { qputenv("XDG_DATA_HOME", m_home.path().toLocal8Bit()); }

    void trashRestoreAndDeleteForever()
    {
        QTemporaryDir photos;
        test::UiCatalog c;
        const auto r = c.addRoot(photos.path());
        QDir(photos.path()).mkdir(QStringLiteral("2023"));
        const auto a = c.addPhoto(r, "2023/a.jpg", day(1), 0);
        const auto b = c.addPhoto(r, "b.jpg", day(2), 0);
        const auto kept = c.addPhoto(r, "kept.jpg", day(3), 0);
        for (const char *name : {"2023/a.jpg", "b.jpg", "kept.jpg"})
            writeFile(photos.filePath(QString::fromLatin1(name)));
        // Trashed outside Tintype: in the system trash too, never listed.
        QDir().mkpath(trashFiles());
        writeFile(trashFiles() + QStringLiteral("/other.jpg"));

        AppServices services(c.path(), m_cache.path().toStdString());
        AssetActions &actions = *services.actions();
        QSignalSpy finished(&actions, &AssetActions::finished);
        TimelineModel timeline, trash;
        timeline.setServices(&services);
        trash.setScope(TimelineModel::Scope::Trash);
        trash.setServices(&services);
        QTRY_COMPARE(timeline.photoCount(), 3);
        QTRY_VERIFY(!trash.loading());
        QCOMPARE(trash.photoCount(), 0);

        actions.moveToTrash({a, b});
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!QFile::exists(photos.filePath(QStringLiteral("2023/a.jpg"))));
        QVERIFY(QFile::exists(trashFiles() + QStringLiteral("/a.jpg")));
        QVERIFY(QFile::exists(trashInfo() + QStringLiteral("/a.jpg.trashinfo")));
        QVERIFY(actions.canUndo());
        QTRY_COMPARE(timeline.photoCount(), 1);
        QTRY_COMPARE(shown(trash), (QList<qint64>{b, a}));
        std::vector<TrashedFileRecord> records;
        c.catalog().read([&] { records = TrashRepository(c.catalog()).forAssets({a}); });
        QCOMPARE(records.size(), size_t(1));
        QCOMPARE(records[0].original,
                 std::filesystem::path(photos.filePath(QStringLiteral("2023/a.jpg")).toStdString()));
        QCOMPARE(records[0].info,
                 std::filesystem::path((trashInfo() + QStringLiteral("/a.jpg.trashinfo")).toStdString()));

        // Restore puts the file back where it was (its folder made again) and on the timeline.
        QDir(photos.filePath(QStringLiteral("2023"))).removeRecursively();
        actions.restoreFromTrash({a});
        QTRY_COMPARE(finished.count(), 2);
        QVERIFY(QFile::exists(photos.filePath(QStringLiteral("2023/a.jpg"))));
        QVERIFY(!QFile::exists(trashFiles() + QStringLiteral("/a.jpg")));
        QVERIFY(!QFile::exists(trashInfo() + QStringLiteral("/a.jpg.trashinfo")));
        QTRY_COMPARE(shown(timeline), (QList<qint64>{kept, a}));
        QTRY_COMPARE(shown(trash), (QList<qint64>{b}));

        // Delete forever: the file and its note go, and the photo from the catalog.
        actions.deleteForever({b});
        QTRY_COMPARE(finished.count(), 3);
        QVERIFY(!QFile::exists(trashFiles() + QStringLiteral("/b.jpg")));
        QVERIFY(!QFile::exists(trashInfo() + QStringLiteral("/b.jpg.trashinfo")));
        QVERIFY(QFile::exists(trashFiles() + QStringLiteral("/other.jpg"))); // not Tintype's
        QTRY_COMPARE(trash.photoCount(), 0);
        std::optional<AssetRecord> gone;
        c.catalog().read([&] {
            gone = AssetRepository(c.catalog()).byId(b);
            records = TrashRepository(c.catalog()).all();
        });
        QVERIFY(!gone);
        QVERIFY(records.empty());
        QCOMPARE(timeline.photoCount(), 2);
    }

    void undoPutsTheTrashedBack()
    {
        QTemporaryDir photos;
        test::UiCatalog c;
        const auto r = c.addRoot(photos.path());
        const auto a = c.addPhoto(r, "undo-me.jpg", day(1), 0);
        writeFile(photos.filePath(QStringLiteral("undo-me.jpg")));
        AppServices services(c.path(), m_cache.path().toStdString());
        AssetActions &actions = *services.actions();
        QSignalSpy finished(&actions, &AssetActions::finished);
        actions.moveToTrash({a});
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!QFile::exists(photos.filePath(QStringLiteral("undo-me.jpg"))));
        actions.clearMessage(); // the toast went away: Ctrl+Z still undoes
        QVERIFY(actions.canUndo());
        actions.undo();
        QVERIFY(!actions.canUndo());
        QTRY_COMPARE(finished.count(), 2);
        QVERIFY(QFile::exists(photos.filePath(QStringLiteral("undo-me.jpg"))));
        QVERIFY(!QFile::exists(trashFiles() + QStringLiteral("/undo-me.jpg")));
        std::vector<TrashedFileRecord> records;
        std::vector<FileRecord> files;
        c.catalog().read([&] {
            records = TrashRepository(c.catalog()).all();
            files = FileRepository(c.catalog()).forAsset(a);
        });
        QVERIFY(records.empty());
        QCOMPARE(files.at(0).status, FileStatus::Present);
    }

    void archiveLeavesTheTimelineOnly()
    {
        test::UiCatalog c;
        const auto r = c.addRoot(QStringLiteral("/p"));
        const auto a = c.addPhoto(r, "a.jpg", day(1), 0);
        const auto b = c.addPhoto(r, "b.jpg", day(2), 0);
        AppServices services(c.path(), m_cache.path().toStdString());
        AssetActions &actions = *services.actions();
        TimelineModel timeline, archive, folder;
        archive.setScope(TimelineModel::Scope::Archive);
        folder.setScope(TimelineModel::Scope::Folder);
        folder.setFolderRootId(r);
        for (TimelineModel *m : {&timeline, &archive, &folder})
            m->setServices(&services);
        QTRY_COMPARE(timeline.photoCount(), 2);
        QTRY_VERIFY(!archive.loading() && !folder.loading());
        QCOMPARE(archive.photoCount(), 0);

        actions.setArchived({b}, true);
        QTRY_COMPARE(shown(timeline), (QList<qint64>{a}));
        QTRY_COMPARE(shown(archive), (QList<qint64>{b}));
        QTRY_VERIFY(!folder.loading());
        QCOMPARE(folder.photoCount(), 2); // still in its folder
        QVERIFY(actions.canUndo());

        actions.undo(); // unarchives
        QTRY_COMPARE(timeline.photoCount(), 2);
        QTRY_COMPARE(archive.photoCount(), 0);

        actions.setArchived({a, b}, true);
        QTRY_COMPARE(archive.photoCount(), 2);
        actions.setArchived({a}, false); // Unarchive on the Archive page
        QTRY_COMPARE(shown(archive), (QList<qint64>{b}));
        QTRY_COMPARE(shown(timeline), (QList<qint64>{a}));
    }
};

QTEST_GUILESS_MAIN(TestTrashAndArchive)
#include "tst_trashandarchive.moc"
