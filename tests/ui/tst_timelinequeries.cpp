#include "UiFixture.h"

#include "TimelineLayout.h"
#include "TimelineModel.h"

#include "catalog/AlbumRepository.h"
#include "catalog/EditRepository.h"
#include "catalog/FileRepository.h"
#include "catalog/TimelineQueries.h"
#include "catalog/TrashRepository.h"
#include "catalog/UserDecisionRepository.h"
#include "library/Library.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;

// The catalog queries behind the timeline, favourites, folders and viewer,
// and the user's decisions (kept apart from what a rescan reads).
class TestTimelineQueries : public QObject {
    Q_OBJECT

    static std::vector<std::int64_t> ids(test::UiCatalog &c, TimelineQueries::Scope scope = {})
    {
        std::vector<std::int64_t> out;
        c.catalog().read([&] {
            for (const auto &e : TimelineQueries(c.catalog()).entries(scope))
                out.push_back(e.assetId);
        });
        return out;
    }
    static QDateTime day(int d) { return {QDate(2022, 3, d), QTime(12, 0)}; }

private slots:
    void newestFirstUndatedLast()
    {
        test::UiCatalog c;
        const auto r = c.addRoot(QStringLiteral("/p"));
        const auto a = c.addPhoto(r, "a.jpg", day(1), 0);
        const auto u = c.addPhoto(r, "u.jpg", QDateTime(), std::nullopt);
        const auto b = c.addPhoto(r, "b.jpg", day(3), 0);
        QCOMPARE(ids(c), (std::vector<std::int64_t>{b, a, u}));
    }

    void newestForTheFirstScreen()
    {
        test::UiCatalog c;
        const auto r = c.addRoot(QStringLiteral("/p"));
        const auto a = c.addPhoto(r, "a.jpg", day(1), 0);
        const auto b = c.addPhoto(r, "b.jpg", day(3), 0);
        c.addPhoto(r, "u.jpg", QDateTime(), std::nullopt);
        const auto d = c.addPhoto(r, "d.jpg", day(2), 0);
        std::vector<std::int64_t> head;
        c.catalog().read([&] {
            for (const auto &e : TimelineQueries(c.catalog()).newest({}, 2))
                head.push_back(e.assetId);
        });
        QCOMPARE(head, (std::vector<std::int64_t>{b, d}));
        Q_UNUSED(a);
    }

    void favouritesAndDecisions()
    {
        test::UiCatalog c;
        const auto r = c.addRoot(QStringLiteral("/p"));
        const auto a = c.addPhoto(r, "a.jpg", day(1), 0);
        const auto b = c.addPhoto(r, "b.jpg", day(2), 0);
        QVERIFY(c.catalog().write([&] {
            UserDecisionRepository d(c.catalog());
            d.setFavorite({a}, true);
            d.rotate({b}, 1);
            d.rotate({b}, -2);   // 1 - 2 = -1 = 3 quarter turns
            d.setRating({a}, 9); // clamped
            d.setDescription(a, QStringLiteral("Grandma's garden"));
        }));
        TimelineQueries::Scope favourites;
        favourites.kind = TimelineQueries::Scope::Kind::Favorites;
        QCOMPARE(ids(c, favourites), (std::vector<std::int64_t>{a}));

        std::optional<AssetDetail> da, db;
        std::vector<TimelineEntry> all;
        c.catalog().read([&] {
            TimelineQueries q(c.catalog());
            da = q.detail(a);
            db = q.detail(b);
            all = q.entries({});
        });
        QVERIFY(da && db);
        QVERIFY(da->favorite);
        QCOMPARE(da->userRating, 5);
        QCOMPARE(da->userDescription, QStringLiteral("Grandma's garden"));
        QCOMPARE(db->userRotation, 3);
        QCOMPARE(all[0].userRotation, 3); // b is newer
        QCOMPARE(da->path, std::filesystem::path("/p/a.jpg"));

        QVERIFY(
            c.catalog().write([&] { UserDecisionRepository(c.catalog()).setDescription(a, QStringLiteral("  ")); }));
        c.catalog().read([&] { da = TimelineQueries(c.catalog()).detail(a); });
        QVERIFY(da->userDescription.isNull()); // blank clears it
    }

    void editedCropGivesTheTileItsShape()
    {
        // A square crop of a 4000×3000 photo shows as a square tile; turned by
        // the catalog first, a crop of half the width and height stays 3:4.
        test::UiCatalog c;
        const auto r = c.addRoot(QStringLiteral("/p"));
        const auto a = c.addPhoto(r, "a.jpg", day(1), 0);
        const auto b = c.addPhoto(r, "b.jpg", day(2), 0);
        const auto plain = c.addPhoto(r, "c.jpg", day(3), 0);
        const QByteArray square = R"({"format":"tintype-edit","version":1,"operations":[{"op":"crop","v":1,)"
                                  R"("params":{"x":0.1,"y":0,"width":0.75,"height":1,"aspect":0}}]})";
        const QByteArray half = R"({"format":"tintype-edit","version":1,"operations":[{"op":"crop","v":1,)"
                                R"("params":{"x":0,"y":0,"width":0.5,"height":0.5,"aspect":0}}]})";
        std::vector<TimelineEntry> entries;
        QVERIFY(c.catalog().write([&] {
            EditRepository(c.catalog()).save(a, square, "aaaa");
            EditRepository(c.catalog()).save(b, half, "bbbb");
            UserDecisionRepository(c.catalog()).rotate({b}, 1);
        }));
        QVERIFY(c.catalog().read(
            [&] { entries = TimelineModel::withEditedShapes(c.catalog(), TimelineQueries(c.catalog()).entries({})); }));
        QCOMPARE(entries.size(), std::size_t(3));
        for (const TimelineEntry &e : entries) {
            if (e.assetId == a)
                QVERIFY(qAbs(TimelineLayout::shownAspect(e) - 1.0) < 0.01);
            else if (e.assetId == b)
                QVERIFY(qAbs(TimelineLayout::shownAspect(e) - 0.75) < 0.01);
            else if (e.assetId == plain)
                QCOMPARE(TimelineLayout::shownAspect(e), 4000.0 / 3000.0);
        }
    }

    void editedPhotosCarryTheirEdit()
    {
        // The edit's fingerprint keys the tile's thumbnail: a new edit or a revert is a new image address.
        test::UiCatalog c;
        const auto r = c.addRoot(QStringLiteral("/p"));
        const auto a = c.addPhoto(r, "a.jpg", day(1), 0);
        c.addPhoto(r, "b.jpg", day(2), 0);
        auto editOf = [&](std::int64_t asset) {
            QByteArray fingerprint;
            c.catalog().read([&] {
                for (const auto &e : TimelineQueries(c.catalog()).entries({}))
                    if (e.assetId == asset)
                        fingerprint = e.editFingerprint.toByteArray();
            });
            return fingerprint;
        };
        QVERIFY(editOf(a).isEmpty());
        QVERIFY(c.catalog().write(
            [&] { EditRepository(c.catalog()).save(a, R"({"operations":[]})", "00112233aabbccdd"); }));
        QCOMPARE(editOf(a), QByteArray("00112233aabbccdd"));
        TimelineEntry shown;
        shown.fileId = 7;
        shown.fingerprint = QByteArray(16, 'x');
        shown.editFingerprint = editOf(a);
        QVERIFY(TimelineModel::thumbnailSource(shown, "grid").endsWith(QLatin1String("/0/00112233aabbccdd")));
        QVERIFY(c.catalog().write([&] { EditRepository(c.catalog()).revertToOriginal(a); }));
        QVERIFY(editOf(a).isEmpty());
        shown.editFingerprint.clear();
        QVERIFY(TimelineModel::thumbnailSource(shown, "grid")
                    .endsWith(QLatin1String("/7/78787878787878787878787878787878/0")));
    }

    void folderScopeHoldsOnlyThatFolder()
    {
        test::UiCatalog c;
        const auto r = c.addRoot(QStringLiteral("/p"));
        const auto top = c.addPhoto(r, "top.jpg", day(1), 0);
        const auto in = c.addPhoto(r, "2022/in.jpg", day(2), 0);
        c.addPhoto(r, "2022/deeper/x.jpg", day(3), 0);
        c.addPhoto(r, "2022x/y.jpg", day(4), 0); // same prefix, another folder
        TimelineQueries::Scope folder;
        folder.kind = TimelineQueries::Scope::Kind::Folder;
        folder.rootId = r;
        folder.folder = "2022";
        QCOMPARE(ids(c, folder), (std::vector<std::int64_t>{in}));
        folder.folder.clear();
        QCOMPARE(ids(c, folder), (std::vector<std::int64_t>{top}));
    }

    void albumScopeHoldsOnlyItsItemsByDate()
    {
        test::UiCatalog c;
        const auto r = c.addRoot(QStringLiteral("/p"));
        const auto a = c.addPhoto(r, "a.jpg", day(1), 0);
        const auto b = c.addPhoto(r, "b.jpg", day(3), 0);
        c.addPhoto(r, "outside.jpg", day(2), 0);
        std::int64_t album = 0, other = 0;
        QVERIFY(c.catalog().write([&] {
            AlbumRepository albums(c.catalog());
            album = albums.create(QStringLiteral("Trip"), {}, 0);
            other = albums.create(QStringLiteral("Other"), {}, 0);
            albums.addItem(album, a); // album order a, b; shown newest first like the timeline
            albums.addItem(album, b);
        }));
        TimelineQueries::Scope scope;
        scope.kind = TimelineQueries::Scope::Kind::Album;
        scope.albumId = album;
        QCOMPARE(ids(c, scope), (std::vector<std::int64_t>{b, a}));
        scope.albumId = other;
        QVERIFY(ids(c, scope).empty());
    }

    void missingHiddenOfflineShown()
    {
        test::UiCatalog c;
        const auto online = c.addRoot(QStringLiteral("/p"));
        const auto offline = c.addRoot(QStringLiteral("/media/usb"), false);
        std::int64_t trashedFile = 0;
        c.addPhoto(online, "gone.jpg", day(1), 0, 10, 10, &trashedFile);
        const auto kept = c.addPhoto(offline, "kept.jpg", day(2), 0);
        QVERIFY(c.catalog().write([&] { FileRepository(c.catalog()).setStatus(trashedFile, FileStatus::Missing); }));
        std::vector<TimelineEntry> all;
        c.catalog().read([&] { all = TimelineQueries(c.catalog()).entries({}); });
        const auto path = Library(c.catalog()).availablePath(all.front().fileId);
        QCOMPARE(all.size(), size_t(1));
        QCOMPARE(all[0].assetId, kept);
        QVERIFY(!all[0].available); // shown from the cache, marked unavailable
        QVERIFY(path);
        QVERIFY(!path.value()); // and never opened
    }

    void archivedLeaveOnlyThePhotosTimeline()
    {
        test::UiCatalog c;
        const auto r = c.addRoot(QStringLiteral("/p"));
        const auto a = c.addPhoto(r, "a.jpg", day(1), 0);
        const auto b = c.addPhoto(r, "b.jpg", day(2), 0);
        std::int64_t album = 0;
        QVERIFY(c.catalog().write([&] {
            UserDecisionRepository(c.catalog()).setArchived({b}, true);
            UserDecisionRepository(c.catalog()).setFavorite({a, b}, true);
            album = AlbumRepository(c.catalog()).create(QStringLiteral("x"), {}, 0);
            AlbumRepository(c.catalog()).addItem(album, b);
        }));
        using Kind = TimelineQueries::Scope::Kind;
        QCOMPARE(ids(c), (std::vector<std::int64_t>{a}));
        QCOMPARE(ids(c, {.kind = Kind::Favorites}), (std::vector<std::int64_t>{a}));
        QCOMPARE(ids(c, {.kind = Kind::Archive}), (std::vector<std::int64_t>{b}));
        QCOMPARE(ids(c, {.kind = Kind::Folder, .rootId = r}), (std::vector<std::int64_t>{b, a}));
        QCOMPARE(ids(c, {.kind = Kind::Album, .albumId = album}), (std::vector<std::int64_t>{b}));
        std::vector<std::int64_t> newest;
        c.catalog().read([&] {
            for (const auto &e : TimelineQueries(c.catalog()).newest({.kind = Kind::Archive}, 5))
                newest.push_back(e.assetId);
        });
        QCOMPARE(newest, (std::vector<std::int64_t>{b}));
    }

    void trashHoldsWhatTintypeTrashedAndIsStillThere()
    {
        QTemporaryDir trash;
        test::UiCatalog c;
        const auto r = c.addRoot(QStringLiteral("/p"));
        std::int64_t fa = 0, fb = 0, fc = 0;
        const auto a = c.addPhoto(r, "a.jpg", day(1), 0, 10, 10, &fa);
        c.addPhoto(r, "b.jpg", day(2), 0, 10, 10, &fb); // trashed elsewhere: missing, no record
        c.addPhoto(r, "c.jpg", day(3), 0, 10, 10, &fc); // emptied from the trash since
        QFile kept(trash.filePath(QStringLiteral("a.jpg")));
        QVERIFY(kept.open(QIODevice::WriteOnly));
        QVERIFY(c.catalog().write([&] {
            FileRepository files(c.catalog());
            TrashRepository t(c.catalog());
            for (auto f : {fa, fb, fc})
                files.setStatus(f, FileStatus::Missing);
            t.add({.fileId = fa, .assetId = a, .original = "/p/a.jpg", .inTrash = kept.fileName().toStdString()});
            t.add({.fileId = fc,
                   .assetId = a + 2,
                   .original = "/p/c.jpg",
                   .inTrash = trash.filePath("c.jpg").toStdString()});
        }));
        QVERIFY(ids(c).empty());
        QCOMPARE(ids(c, {.kind = TimelineQueries::Scope::Kind::Trash}), (std::vector<std::int64_t>{a}));
    }
};

QTEST_GUILESS_MAIN(TestTimelineQueries)
#include "tst_timelinequeries.moc"
