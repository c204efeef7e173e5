// Incremental scanning: unchanged files are not read again, changes are picked
// up, moves keep their asset, vanished files become missing, offline roots are
// left alone, and the photo tree is never written to.
#include "catalog/FileRepository.h"
#include "common/NativePath.h"
#include "library/ContentHasher.h"
#include "library/Library.h"
#include "support/ScanFixture.h"
#include "support/TestMedia.h"

#include <QTest>

using namespace tintype;
using namespace tintype::test;
namespace fs = std::filesystem;

class TestScanner : public QObject {
    Q_OBJECT

private slots:
    void firstScanIndexesEveryPhoto()
    {
        ScanFixture fx;
        QVERIFY(fx.isValid());
        for (int i = 0; i < 5; ++i)
            QVERIFY(writeDatedJpeg(fx.photos() / "2019" / ("IMG_" + std::to_string(i) + ".JPG"), i));
        QVERIFY(writeDatedJpeg(fx.photos() / "top.jpg", 9));
        QVERIFY(fx.addRoot());

        const ScanReport r = fx.scan();
        QCOMPARE(r.added, 6);
        QCOMPARE(r.assetsAdded, 6);
        QCOMPARE(r.failures.size(), size_t(0));
        QCOMPARE(fx.assetCount(), 6);
        const auto asset = fx.assetOf("2019/IMG_3.JPG");
        QVERIFY(asset);
        QCOMPARE(asset->metadata.make, QStringLiteral("Tintype"));
        QCOMPARE(asset->metadata.captureTime.source, CaptureTimeSource::ExifOriginal);
        QCOMPARE(asset->metadata.captureTime.toIsoString(), QStringLiteral("2019-06-04T12:00:00"));
    }

    void photoTreeIsNotWritten()
    {
        ScanFixture fx;
        for (int i = 0; i < 4; ++i)
            QVERIFY(writeDatedJpeg(fx.photos() / "a" / ("p" + std::to_string(i) + ".jpg"), i));
        QVERIFY(writeBytes(fx.photos() / "broken.jpg", "not a jpeg"));
        const QStringList before = snapshotTree(fx.photos());
        const auto mtimeBefore = fs::last_write_time(fx.photos() / "a");
        QVERIFY(fx.addRoot());
        fx.scan();
        ContentHasher(fx.catalog()).run();
        fx.scan();
        QCOMPARE(snapshotTree(fx.photos()), before);
        QVERIFY(fs::last_write_time(fx.photos() / "a") == mtimeBefore);
    }

    void rescanOfUnchangedLibraryReadsNothing()
    {
        ScanFixture fx;
        for (int i = 0; i < 10; ++i)
            QVERIFY(writeDatedJpeg(fx.photos() / ("p" + std::to_string(i) + ".jpg"), i));
        QVERIFY(fx.addRoot());
        fx.scan();
        const auto filesBefore = fx.files();
        int reads = -1;
        Scanner scanner(fx.catalog());
        const ScanReport r = scanner.run([&](const ScanProgress &p) { reads = int(p.filesToRead); });
        QCOMPARE(reads, 0);
        QCOMPARE(r.unchanged, 10);
        QCOMPARE(r.added + r.changed + r.moved + r.missing, 0);
        QCOMPARE(fx.files().size(), filesBefore.size());
    }

    void changedFileIsReadAgainAndKeepsItsAsset()
    {
        ScanFixture fx;
        const fs::path p = fx.photos() / "p.jpg";
        QVERIFY(writeDatedJpeg(p, 1, QStringLiteral("2010:01:01 10:00:00")));
        QVERIFY(fx.addRoot());
        fx.scan();
        ContentHasher(fx.catalog()).run();
        const auto before = fx.assetOf("p.jpg");
        QVERIFY(before);
        QVERIFY(!fx.file("p.jpg")->contentHash.isEmpty());

        QVERIFY(
            setMetadata(p, {{QStringLiteral("Exif.Photo.DateTimeOriginal"), QStringLiteral("2011:02:03 04:05:06")}}));
        const ScanReport r = fx.scan();
        QCOMPARE(r.changed, 1);
        const auto after = fx.assetOf("p.jpg");
        QCOMPARE(after->id, before->id);
        QCOMPARE(after->metadata.captureTime.toIsoString(), QStringLiteral("2011-02-03T04:05:06"));
        QVERIFY2(fx.file("p.jpg")->contentHash.isEmpty(), "a changed file must be hashed again");
    }

    void movedFilesAndFoldersKeepTheirAsset()
    {
        ScanFixture fx;
        QVERIFY(writeDatedJpeg(fx.photos() / "old" / "a.jpg", 1));
        QVERIFY(writeDatedJpeg(fx.photos() / "old" / "b.jpg", 2));
        QVERIFY(writeDatedJpeg(fx.photos() / "c.jpg", 3));
        QVERIFY(fx.addRoot());
        fx.scan();
        const auto a = fx.assetOf("old/a.jpg")->id;
        const auto c = fx.assetOf("c.jpg")->id;

        fs::rename(fx.photos() / "old", fx.photos() / "new folder");
        fs::rename(fx.photos() / "c.jpg", fx.photos() / "renamed.jpg");
        const ScanReport r = fx.scan();
        QCOMPARE(r.moved, 3);
        QCOMPARE(r.added, 0);
        QCOMPARE(r.missing, 0);
        QCOMPARE(r.assetsAdded, 0);
        QCOMPARE(fx.assetCount(), 3);
        QCOMPARE(fx.assetOf("new folder/a.jpg")->id, a);
        QCOMPARE(fx.assetOf("renamed.jpg")->id, c);
        QVERIFY(!fx.file("old/a.jpg"));
    }

    void moveIsRecognisedAfterTheFileWasMarkedMissing()
    {
        ScanFixture fx;
        QVERIFY(writeDatedJpeg(fx.photos() / "a.jpg", 1));
        QVERIFY(fx.addRoot());
        fx.scan();
        const auto id = fx.assetOf("a.jpg")->id;
        fs::rename(fx.photos() / "a.jpg", fx.catalog().path().toStdString() + ".away.jpg");
        QCOMPARE(fx.scan().missing, 1);
        fs::rename(fx.catalog().path().toStdString() + ".away.jpg", fx.photos() / "back.jpg");
        const ScanReport r = fx.scan();
        QCOMPARE(r.moved, 1);
        QCOMPARE(fx.assetOf("back.jpg")->id, id);
        QCOMPARE(fx.assetCount(), 1);
    }

    void vanishedFilesAreMissingUntilPurged()
    {
        ScanFixture fx;
        QVERIFY(writeDatedJpeg(fx.photos() / "keep.jpg", 1));
        QVERIFY(writeDatedJpeg(fx.photos() / "gone.jpg", 2));
        QVERIFY(fx.addRoot());
        fx.scan();
        fs::remove(fx.photos() / "gone.jpg");
        const ScanReport r = fx.scan();
        QCOMPARE(r.missing, 1);
        QCOMPARE(fx.file("gone.jpg")->status, FileStatus::Missing);
        QCOMPARE(fx.assetCount(), 2);   // kept until the user confirms
        QCOMPARE(fx.scan().missing, 0); // counted once

        auto purged = Library(fx.catalog()).purgeMissing();
        QVERIFY(purged);
        QCOMPARE(purged.value(), 1);
        QVERIFY(!fx.file("gone.jpg"));
        QCOMPARE(fx.assetCount(), 1);
    }

    void missingFileThatComesBackIsRestored()
    {
        ScanFixture fx;
        QVERIFY(writeDatedJpeg(fx.photos() / "a.jpg", 1));
        QVERIFY(fx.addRoot());
        fx.scan();
        const QByteArray bytes = readBytes(fx.photos() / "a.jpg");
        const auto mtime = fs::last_write_time(fx.photos() / "a.jpg");
        fs::remove(fx.photos() / "a.jpg");
        fx.scan();
        QVERIFY(writeBytes(fx.photos() / "a.jpg", bytes));
        fs::last_write_time(fx.photos() / "a.jpg", mtime);
        const ScanReport r = fx.scan();
        QCOMPARE(r.restored, 1);
        QCOMPARE(fx.file("a.jpg")->status, FileStatus::Present);
    }

    void offlineRootKeepsEveryRecord()
    {
        ScanFixture fx;
        const fs::path root = fx.photos() / "drive";
        QVERIFY(writeDatedJpeg(root / "a.jpg", 1));
        QVERIFY(writeDatedJpeg(root / "sub" / "b.jpg", 2));
        QVERIFY(fx.addRoot(root));
        fx.scan();
        const auto before = fx.files();

        fs::rename(root, fx.photos() / "unplugged");
        const ScanReport r = fx.scan();
        QCOMPARE(r.offlineRoots.size(), size_t(1));
        QCOMPARE(r.missing, 0);
        QCOMPARE(fx.roots().front().online, false);
        const auto during = fx.files();
        QCOMPARE(during.size(), before.size());
        for (const FileRecord &f : during)
            QCOMPARE(f.status, FileStatus::Present);
        QCOMPARE(Library(fx.catalog()).purgeMissing().value(), 0);
        QCOMPARE(fx.assetCount(), 2);

        fs::rename(fx.photos() / "unplugged", root);
        const ScanReport back = fx.scan();
        QCOMPARE(back.unchanged, 2);
        QCOMPARE(fx.roots().front().online, true);
    }

    void contentHashesAreComputedOnceAndResume()
    {
        ScanFixture fx;
        for (int i = 0; i < 6; ++i)
            QVERIFY(writeDatedJpeg(fx.photos() / ("p" + std::to_string(i) + ".jpg"), i));
        QVERIFY(writeDatedJpeg(fx.photos() / "copy-source.jpg", 42));
        fs::copy_file(fx.photos() / "copy-source.jpg", fx.photos() / "copy.jpg");
        QVERIFY(fx.addRoot());
        fx.scan();
        const auto first = ContentHasher(fx.catalog(), 1).run();
        QCOMPARE(first.hashed, 8);
        QCOMPARE(ContentHasher(fx.catalog()).run().hashed, 0);
        const auto src = fx.file("copy-source.jpg")->contentHash;
        QCOMPARE(src.size(), 16);
        QCOMPARE(fx.file("copy.jpg")->contentHash, src);
        QVERIFY(fx.file("p0.jpg")->contentHash != src);
    }

    void rootsAreValidated()
    {
        ScanFixture fx;
        QVERIFY(fx.addRoot());
        Library library(fx.catalog());
        QVERIFY(!library.addRoot(fx.photos())); // twice
        fs::create_directories(fx.photos() / "inner");
        QVERIFY(!library.addRoot(fx.photos() / "inner")); // inside a root
        QVERIFY(!library.addRoot(fx.photos() / "nope"));  // not there
        const auto catalogFolder = nativepath::fromUser(fx.catalog().path()).parent_path();
        auto refused = library.addRoot(catalogFolder); // would hold the catalog
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("catalog")), qPrintable(refused.error()));
    }

    void removingARootForgetsItsAssetsOnly()
    {
        ScanFixture fx;
        QVERIFY(writeDatedJpeg(fx.photos() / "a" / "1.jpg", 1));
        QVERIFY(writeDatedJpeg(fx.photos() / "b" / "2.jpg", 2));
        const auto a = fx.addRoot(fx.photos() / "a");
        QVERIFY(fx.addRoot(fx.photos() / "b"));
        fx.scan();
        QCOMPARE(fx.assetCount(), 2);
        QVERIFY(Library(fx.catalog()).removeRoot(a));
        QCOMPARE(fx.assetCount(), 1);
        QVERIFY(fs::exists(fx.photos() / "a" / "1.jpg"));
    }
};

QTEST_GUILESS_MAIN(TestScanner)
#include "tst_scanner.moc"
