// Albums keep their order and members; takeout albums are found again by
// origin key; merging moves memberships; the import journal and person hints
// round-trip; version 3 upgrades a version 2 catalog with albums intact.
#include "catalog/AlbumRepository.h"
#include "catalog/Catalog.h"
#include "catalog/FileRepository.h"
#include "catalog/ImportJournal.h"
#include "support/ScanFixture.h"
#include "support/TestMedia.h"

#include <QTest>

using namespace tintype;
using namespace tintype::test;

class TestAlbumRepository : public QObject {
    Q_OBJECT

    // Three scanned photos: their asset ids in name order.
    std::vector<std::int64_t> threeAssets(ScanFixture &f)
    {
        f.addRoot();
        for (int i = 1; i <= 3; ++i)
            writeDatedJpeg(f.photos() / ("IMG_" + std::to_string(i) + ".JPG"), i);
        f.scan();
        std::vector<std::int64_t> ids;
        for (int i = 1; i <= 3; ++i)
            ids.push_back(f.assetOf(QByteArray("IMG_") + QByteArray::number(i) + ".JPG")->id);
        return ids;
    }

private slots:
    void keepsOrderAndMembers()
    {
        ScanFixture f;
        const auto ids = threeAssets(f);
        AlbumRepository albums(f.catalog());
        std::int64_t album = 0;
        QVERIFY(f.catalog().write([&] {
            album = albums.create(QStringLiteral("Holidays"), QString(), 100);
            albums.addItem(album, ids[2]);
            albums.addItem(album, ids[0]);
            albums.addItem(album, ids[2]); // already there: stays where it is
        }));
        std::vector<std::int64_t> items;
        std::optional<AlbumRecord> record;
        QVERIFY(f.catalog().read([&] {
            items = albums.items(album);
            record = albums.byId(album);
        }));
        QCOMPARE(items, (std::vector<std::int64_t>{ids[2], ids[0]}));
        QCOMPARE(record->itemCount, 2);
        QCOMPARE(*record->coverAssetId, ids[2]);
        QCOMPARE(record->origin, QStringLiteral("user"));
    }

    void ensureFindsTheSameAlbumAgain()
    {
        ScanFixture f;
        AlbumRepository albums(f.catalog());
        std::int64_t first = 0, again = 0, other = 0;
        QVERIFY(f.catalog().write([&] {
            first = albums.ensure(QStringLiteral("takeout"), QStringLiteral("Trip"), QStringLiteral("Trip"), {}, 1);
            albums.rename(first, QStringLiteral("Trip to Rome"));
            again = albums.ensure(QStringLiteral("takeout"), QStringLiteral("Trip"), QStringLiteral("Trip"), {}, 2);
            other = albums.ensure(QStringLiteral("takeout"), QStringLiteral("Trip(1)"), QStringLiteral("Trip"), {}, 2);
        }));
        QCOMPARE(again, first);
        QVERIFY(other != first);
        std::vector<AlbumRecord> all;
        QVERIFY(f.catalog().read([&] { all = albums.all(); }));
        QCOMPARE(int(all.size()), 2);
        QCOMPARE(all[0].name, QStringLiteral("Trip")); // sorted by name; the renamed one kept its new name
        QCOMPARE(all[1].name, QStringLiteral("Trip to Rome"));
    }

    void moveItemsMergesMemberships()
    {
        ScanFixture f;
        const auto ids = threeAssets(f);
        AlbumRepository albums(f.catalog());
        std::int64_t a = 0, b = 0;
        QVERIFY(f.catalog().write([&] {
            a = albums.create(QStringLiteral("A"), {}, 1);
            b = albums.create(QStringLiteral("B"), {}, 1);
            albums.addItem(a, ids[0]);
            albums.addItem(a, ids[1]);
            albums.addItem(b, ids[1]);
            albums.moveItems(ids[1], ids[0]); // ids[0] already in A; gains B
        }));
        std::vector<std::int64_t> ofKept, ofRemoved, inA;
        QVERIFY(f.catalog().read([&] {
            ofKept = albums.albumsOf(ids[0]);
            ofRemoved = albums.albumsOf(ids[1]);
            inA = albums.items(a);
        }));
        QCOMPARE(ofKept, (std::vector<std::int64_t>{a, b}));
        QVERIFY(ofRemoved.empty());
        QCOMPARE(inA, (std::vector<std::int64_t>{ids[0]}));
    }

    void journalAndPersonHintsRoundTrip()
    {
        ScanFixture f;
        const auto ids = threeAssets(f);
        ImportJournal journal(f.catalog());
        QVERIFY(f.catalog().write([&] {
            journal.record(QStringLiteral("src"), {"Takeout/a.jpg", 1, QByteArray(16, 'h'), "/x/a.jpg", 5});
            journal.record(QStringLiteral("src"), {"Takeout/a.jpg", 2, QByteArray(16, 'h'), "/x/b.jpg", 6});
            journal.record(QStringLiteral("other"), {"Takeout/c.jpg", 1, {}, {}, 7});
            journal.addPersonHint(ids[0], QStringLiteral("Zoë"), QStringLiteral("takeout"));
            journal.addPersonHint(ids[0], QStringLiteral("Ann"), QStringLiteral("takeout"));
            journal.addPersonHint(ids[0], QStringLiteral("Ann"), QStringLiteral("takeout"));
        }));
        QHash<QByteArray, ImportJournalItem> items;
        QStringList hints;
        QVERIFY(f.catalog().read([&] {
            items = journal.items(QStringLiteral("src"));
            hints = journal.personHints(ids[0]);
        }));
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.value("Takeout/a.jpg").decision, 2); // the later record replaced the first
        QCOMPARE(items.value("Takeout/a.jpg").destPath, QByteArray("/x/b.jpg"));
        QCOMPARE(hints, (QStringList{QStringLiteral("Ann"), QStringLiteral("Zoë")}));
    }

    void findsPresentFilesByContentHashAndPath()
    {
        ScanFixture f;
        const auto ids = threeAssets(f);
        FileRepository files(f.catalog());
        const QByteArray hash(16, '\x42');
        std::optional<FileRecord> byHash, byPath, none;
        const std::int64_t rootId = f.roots().front().id;
        QVERIFY(f.catalog().write([&] {
            auto file = files.byPath(rootId, "IMG_2.JPG");
            QVERIFY(file);
            files.setContentHash(file->id, hash);
        }));
        QVERIFY(f.catalog().read([&] {
            byHash = files.presentByContentHash(hash);
            byPath = files.byPath(rootId, "IMG_2.JPG");
            none = files.presentByContentHash(QByteArray(16, '\x43'));
        }));
        QVERIFY(byHash && byPath && !none);
        QCOMPARE(byHash->id, byPath->id);
        QCOMPARE(*byHash->assetId, ids[1]);
    }
};

QTEST_GUILESS_MAIN(TestAlbumRepository)
#include "tst_albumrepository.moc"
