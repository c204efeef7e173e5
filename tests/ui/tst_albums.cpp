#include "AlbumActions.h"
#include "AlbumListModel.h"
#include "AppServices.h"
#include "AssetActions.h"
#include "TimelineModel.h"
#include "UiFixture.h"

#include "catalog/AlbumRepository.h"
#include "catalog/FileRepository.h"
#include "catalog/TimelineQueries.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;

// The Albums page's view-models over a real catalog: the album list (counts,
// covers), and what the user does to albums — all through the catalog worker.
class TestAlbums : public QObject {
    Q_OBJECT

    QTemporaryDir m_cache;

    static QDateTime day(int d) { return {QDate(2021, 6, d), QTime(9, 0)}; }
    static std::vector<std::int64_t> items(test::UiCatalog &c, std::int64_t albumId)
    {
        std::vector<std::int64_t> ids;
        c.catalog().read([&] { ids = AlbumRepository(c.catalog()).items(albumId); });
        return ids;
    }
    static std::vector<AlbumRecord> albums(test::UiCatalog &c)
    {
        std::vector<AlbumRecord> all;
        c.catalog().read([&] { all = AlbumRepository(c.catalog()).all(); });
        return all;
    }

private slots:
    void listHasCountsAndCovers()
    {
        test::UiCatalog c;
        const auto r = c.addRoot(QStringLiteral("/p"));
        std::int64_t goneFile = 0, coverFile = 0;
        const auto a = c.addPhoto(r, "a.jpg", day(1), 0, 4000, 3000, &coverFile);
        const auto b = c.addPhoto(r, "b.jpg", day(2), 0);
        const auto gone = c.addPhoto(r, "gone.jpg", day(3), 0, 10, 10, &goneFile);
        std::int64_t trip = 0, empty = 0, lost = 0;
        QVERIFY(c.catalog().write([&] {
            AlbumRepository repo(c.catalog());
            trip = repo.create(QStringLiteral("Trip"), {}, 0);
            empty = repo.create(QStringLiteral("empty"), {}, 0);
            lost = repo.create(QStringLiteral("Lost"), {}, 0);
            repo.addItem(trip, a); // the first item is the cover
            repo.addItem(trip, b);
            repo.addItem(trip, gone);
            repo.addItem(lost, gone);
            repo.addItem(lost, b); // its first item is gone: the newest shown photo covers it
            FileRepository(c.catalog()).setStatus(goneFile, FileStatus::Missing);
        }));
        AppServices services(c.path(), m_cache.path().toStdString());
        AlbumListModel model;
        QSignalSpy loaded(&model, &AlbumListModel::loaded);
        model.setServices(&services);
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 3);
        auto at = [&](int row, int role) { return model.data(model.index(row), role); };
        // By name, case-insensitively.
        QCOMPARE(at(0, AlbumListModel::NameRole).toString(), QStringLiteral("empty"));
        QCOMPARE(at(1, AlbumListModel::NameRole).toString(), QStringLiteral("Lost"));
        QCOMPARE(at(2, AlbumListModel::NameRole).toString(), QStringLiteral("Trip"));
        QCOMPARE(at(0, AlbumListModel::ItemCountRole).toInt(), 0);
        QVERIFY(at(0, AlbumListModel::CoverRole).toString().isEmpty());
        QCOMPARE(at(2, AlbumListModel::ItemCountRole).toInt(), 2); // the missing file is not counted
        QVERIFY(at(2, AlbumListModel::CoverRole)
                    .toString()
                    .startsWith(QStringLiteral("image://thumb/grid/%1/").arg(coverFile)));
        QCOMPARE(model.albums()[1].cover->assetId, b);
        QCOMPARE(model.rowOfAlbum(trip), 2);
        QCOMPARE(model.nameOf(lost), QStringLiteral("Lost"));
        QCOMPARE(model.rowOfAlbum(99999), -1);
        Q_UNUSED(empty);
    }

    void createAddRenameRemoveDelete()
    {
        test::UiCatalog c;
        const auto r = c.addRoot(QStringLiteral("/p"));
        const auto a = c.addPhoto(r, "a.jpg", day(1), 0);
        const auto b = c.addPhoto(r, "b.jpg", day(2), 0);
        const auto d = c.addPhoto(r, "d.jpg", day(3), 0);
        AppServices services(c.path(), m_cache.path().toStdString());
        AlbumActions actions;
        actions.setServices(&services);
        AlbumListModel list;
        QSignalSpy listLoaded(&list, &AlbumListModel::loaded);
        list.setServices(&services);
        QVERIFY(listLoaded.wait());
        QCOMPARE(list.rowCount(), 0);
        QSignalSpy finished(&actions, &AlbumActions::finished);
        QSignalSpy created(&actions, &AlbumActions::albumCreated);
        QSignalSpy changed(&services, &AppServices::albumsChanged);

        // A name of spaces only is refused, with a message; nothing is made.
        actions.createAlbum(QStringLiteral("   "), {a});
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.last()[0].toBool(), false);
        QCOMPARE(services.actions()->message(), QStringLiteral("An album needs a name"));
        QVERIFY(albums(c).empty());

        // From the selection.
        actions.createAlbum(QStringLiteral("  Summer \t 2021 "), {b, a});
        QTRY_COMPARE(finished.count(), 2);
        QVERIFY(finished.last()[0].toBool());
        QCOMPARE(created.count(), 1);
        const qint64 album = created[0][0].toLongLong();
        QCOMPARE(created[0][1].toString(), QStringLiteral("Summer 2021"));
        QCOMPARE(items(c, album), (std::vector<std::int64_t>{b, a}));
        QCOMPARE(changed.count(), 1);
        QTRY_COMPARE(list.rowCount(), 1); // the list follows
        QTRY_COMPARE(list.data(list.index(0), AlbumListModel::ItemCountRole).toInt(), 2);

        // The open album's timeline follows too.
        TimelineModel timeline;
        timeline.setViewWidth(800);
        timeline.setScope(TimelineModel::Scope::Album);
        timeline.setAlbumId(album);
        QSignalSpy timelineLoaded(&timeline, &TimelineModel::loaded);
        timeline.setServices(&services);
        QVERIFY(timelineLoaded.wait());
        QCOMPARE(timeline.photoCount(), 2);

        // Adding what is already there keeps one of each.
        actions.addToAlbum(album, {a, d});
        QTRY_COMPARE(finished.count(), 3);
        QCOMPARE(items(c, album), (std::vector<std::int64_t>{b, a, d}));
        QTRY_COMPARE(timeline.photoCount(), 3);

        actions.renameAlbum(album, QStringLiteral("Summer"));
        QTRY_COMPARE(finished.count(), 4);
        QCOMPARE(albums(c).at(0).name, QStringLiteral("Summer"));
        actions.renameAlbum(album, QString());
        QCOMPARE(finished.count(), 5);
        QCOMPARE(finished.last()[0].toBool(), false);
        QCOMPARE(albums(c).at(0).name, QStringLiteral("Summer"));

        actions.removeFromAlbum(album, {a});
        QTRY_COMPARE(finished.count(), 6);
        QCOMPARE(items(c, album), (std::vector<std::int64_t>{b, d}));
        QTRY_COMPARE(timeline.photoCount(), 2);

        actions.deleteAlbum(album);
        QTRY_COMPARE(finished.count(), 7);
        QVERIFY(finished.last()[0].toBool());
        QVERIFY(albums(c).empty());
        QTRY_COMPARE(list.rowCount(), 0);
        // The photos stay in the library, in no album.
        std::vector<TimelineEntry> all;
        std::vector<std::int64_t> of;
        c.catalog().read([&] {
            all = TimelineQueries(c.catalog()).entries({});
            of = AlbumRepository(c.catalog()).albumsOf(b);
        });
        QCOMPARE(all.size(), size_t(3));
        QVERIFY(of.empty());

        // An album deleted meanwhile gives a message, not a crash.
        actions.addToAlbum(album, {a});
        QTRY_COMPARE(finished.count(), 8);
        QCOMPARE(finished.last()[0].toBool(), false);
        QCOMPARE(services.actions()->message(), QStringLiteral("That album no longer exists"));
    }

    // "New album" on the Albums page makes an empty one; "Add photos" fills it.
    // "Remove from album" can be undone (toast, Ctrl+Z): the photos come back
    // where they stood, the cover first again.
    void newEmptyAlbumAndUndoOfRemove()
    {
        test::UiCatalog c;
        const auto r = c.addRoot(QStringLiteral("/p"));
        const auto a = c.addPhoto(r, "a.jpg", day(1), 0);
        const auto b = c.addPhoto(r, "b.jpg", day(2), 0);
        const auto d = c.addPhoto(r, "d.jpg", day(3), 0);
        AppServices services(c.path(), m_cache.path().toStdString());
        AlbumActions actions;
        actions.setServices(&services);
        QSignalSpy finished(&actions, &AlbumActions::finished);
        QSignalSpy created(&actions, &AlbumActions::albumCreated);
        actions.createAlbum(QStringLiteral("Empty for now"), {});
        QTRY_COMPARE(created.count(), 1);
        const auto album = created[0][0].toLongLong();
        QVERIFY(items(c, album).empty());
        actions.addToAlbum(album, {d, a, b});
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(items(c, album), (std::vector<std::int64_t>{d, a, b}));

        AssetActions &toast = *services.actions();
        QVERIFY(!toast.canUndo());
        actions.removeFromAlbum(album, {d, b});
        QTRY_COMPARE(finished.count(), 3);
        QCOMPARE(items(c, album), (std::vector<std::int64_t>{a}));
        QVERIFY(toast.canUndo());
        QCOMPARE(toast.message(), QStringLiteral("Removed 2 item(s) from the album"));
        toast.undo();
        QTRY_COMPARE(finished.count(), 4);
        QCOMPARE(items(c, album), (std::vector<std::int64_t>{d, a, b}));
        QVERIFY(!toast.canUndo());

        // Another action's message takes the undo with it.
        actions.removeFromAlbum(album, {a});
        QTRY_COMPARE(finished.count(), 5);
        QVERIFY(toast.canUndo());
        actions.renameAlbum(album, QStringLiteral("Renamed"));
        QTRY_COMPARE(finished.count(), 6);
        QVERIFY(!toast.canUndo());
    }
};

QTEST_GUILESS_MAIN(TestAlbums)
#include "tst_albums.moc"
