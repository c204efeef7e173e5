// What Tintype moved to the system trash: recorded with the original path,
// the trash's copy and its note; listed newest first and by asset; a file
// forgotten by the catalog leaves the record (the photo is still in the
// trash); version 8 upgrades a version 7 catalog.
#include "catalog/Catalog.h"
#include "catalog/FileRepository.h"
#include "catalog/TrashRepository.h"
#include "support/ScanFixture.h"
#include "support/TestMedia.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
using namespace tintype::test;

class TestTrashRepository : public QObject {
    Q_OBJECT

private slots:
    void recordsListsAndForgets()
    {
        ScanFixture f;
        f.addRoot();
        writeDatedJpeg(f.photos() / "IMG_1.JPG", 1);
        writeDatedJpeg(f.photos() / "IMG_2.JPG", 2);
        f.scan();
        const auto one = *f.assetOf("IMG_1.JPG");
        const auto two = *f.assetOf("IMG_2.JPG");
        std::int64_t fileOne = 0, first = 0, second = 0;
        std::vector<TrashedFileRecord> all, ofOne;
        QVERIFY(f.catalog().write([&] {
            fileOne = FileRepository(f.catalog()).forAsset(one.id).front().id;
            TrashRepository t(f.catalog());
            first = t.add({.fileId = fileOne,
                           .assetId = one.id,
                           .original = f.photos() / "IMG_1.JPG",
                           .inTrash = "/home/u/.local/share/Trash/files/IMG_1.JPG",
                           .info = "/home/u/.local/share/Trash/info/IMG_1.JPG.trashinfo",
                           .trashedAt = 100});
            second = t.add({.assetId = two.id, .original = "/p/\xff.jpg", .inTrash = "/t/x.jpg", .trashedAt = 200});
            all = t.all();
            ofOne = t.forAssets({one.id});
        }));
        QCOMPARE(all.size(), size_t(2));
        QCOMPARE(all[0].id, second);                                     // newest first
        QCOMPARE(all[0].original, std::filesystem::path("/p/\xff.jpg")); // native bytes survive
        QVERIFY(all[0].info.empty());
        QVERIFY(!all[0].fileId);
        QCOMPARE(ofOne.size(), size_t(1));
        QCOMPARE(ofOne[0].id, first);
        QCOMPARE(ofOne[0].fileId, fileOne);
        QCOMPARE(ofOne[0].inTrash, std::filesystem::path("/home/u/.local/share/Trash/files/IMG_1.JPG"));
        QCOMPARE(ofOne[0].info, std::filesystem::path("/home/u/.local/share/Trash/info/IMG_1.JPG.trashinfo"));
        QCOMPARE(ofOne[0].trashedAt, 100);

        std::optional<TrashedFileRecord> after;
        QVERIFY(f.catalog().write([&] {
            FileRepository(f.catalog()).remove(fileOne);
            after = TrashRepository(f.catalog()).byId(first);
            TrashRepository(f.catalog()).remove(second);
            all = TrashRepository(f.catalog()).all();
        }));
        QVERIFY(after);
        QVERIFY(!after->fileId); // the record stays: the photo is still in the trash
        QCOMPARE(all.size(), size_t(1));
    }

    void upgradesVersion7()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        {
            auto old = Catalog::openAtVersion(path, 7);
            QVERIFY(old);
            QCOMPARE(old.value()->version(), 7);
        }
        auto upgraded = Catalog::open(path);
        QVERIFY(upgraded);
        QVERIFY(upgraded.value()->version() >= 8);
        QVERIFY(upgraded.value()->write(
            [&] { TrashRepository(*upgraded.value()).add({.original = "/a", .inTrash = "/b", .trashedAt = 1}); }));
    }
};

QTEST_GUILESS_MAIN(TestTrashRepository)
#include "tst_trashrepository.moc"
