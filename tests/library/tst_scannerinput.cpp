// What the scanner looks at: litter is skipped, odd names work, symlink loops
// end, bad files are reported per file, and files of one shot form one asset.
#include "catalog/AssetRepository.h"
#include "catalog/FileRepository.h"
#include "common/NativePath.h"
#include "support/ScanFixture.h"
#include "support/TestMedia.h"

#include <QImage>
#include <QTest>

#ifndef _WIN32
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace tintype;
using namespace tintype::test;
namespace fs = std::filesystem;

class TestScannerInput : public QObject {
    Q_OBJECT

    static QByteArrayList relPaths(ScanFixture &fx)
    {
        QByteArrayList paths;
        for (const FileRecord &f : fx.files())
            paths << f.relPath;
        std::sort(paths.begin(), paths.end());
        return paths;
    }

private slots:
    void skipsSystemAndSyncLitter()
    {
        ScanFixture fx;
        QVERIFY(writeDatedJpeg(fx.photos() / "real.jpg", 1));
        for (const char *litter :
             {"@eaDir/real.jpg/SYNOPHOTO_THUMB_XL.jpg", ".thumbnails/normal/x.png", ".trashed-1700000000-IMG.jpg",
              ".Trash-1000/files/old.jpg", "#recycle/old.jpg", ".stfolder/x.jpg", ".stversions/real~2020.jpg",
              ".hidden/x.jpg", "._real.jpg", "sub/.DS_Store", "Thumbs.db", "desktop.ini", "notes.txt"}) {
            fs::create_directories((fx.photos() / litter).parent_path());
            QVERIFY(writeJpeg(fx.photos() / litter, QSize(8, 8), 3));
        }
        QVERIFY(fx.addRoot());
        const ScanReport r = fx.scan();
        QCOMPARE(relPaths(fx), QByteArrayList{"real.jpg"});
        QCOMPARE(r.failures.size(), size_t(0));
    }

    void oddFileNamesAreIndexedExactly()
    {
        ScanFixture fx;
        const QByteArrayList names = {
            QByteArray("caf\xe9 latin1.jpg"),                            // not UTF-8
            QByteArray("\xe5\x86\x99\xe7\x9c\x9f \xf0\x9f\x93\xb7.jpg"), // 写真 📷
            QByteArray("  spaces  and 'quotes' & $dollars.jpg"),
            QByteArray("line\nbreak.jpg"),
            QByteArray(200, 'L') + ".jpg", // long name
        };
        for (int i = 0; i < names.size(); ++i)
            QVERIFY(writeDatedJpeg(fx.photos() / nativepath::fromBytes(names[i]), i));
        const fs::path deep = fx.photos() / std::string(10, 'd') / std::string(100, 'e') / std::string(100, 'f');
        QVERIFY(writeDatedJpeg(deep / "deep.jpg", 7));
        QVERIFY(fx.addRoot());
        const ScanReport r = fx.scan();
        QCOMPARE(r.failures.size(), size_t(0));
        QCOMPARE(r.added, names.size() + 1);
        for (const QByteArray &name : names) {
            const auto f = fx.file(name);
            QVERIFY2(f, name.toHex().constData());
            QVERIFY(fx.assetOf(name)->metadata.captureTime.isValid());
        }
        QCOMPARE(fx.scan().unchanged, names.size() + 1);
    }

#ifndef _WIN32
    void symlinkLoopsEnd()
    {
        ScanFixture fx;
        QVERIFY(writeDatedJpeg(fx.photos() / "a" / "1.jpg", 1));
        fs::create_directory_symlink("..", fx.photos() / "a" / "loop");
        fs::create_directory_symlink(fx.photos() / "a", fx.photos() / "alias");
        QVERIFY(fx.addRoot());
        const ScanReport r = fx.scan();
        QCOMPARE(r.added, 1); // the one real file, once
    }

    void unreadableFolderIsReportedAndNotMarkedMissing()
    {
        ScanFixture fx;
        QVERIFY(writeDatedJpeg(fx.photos() / "locked" / "1.jpg", 1));
        QVERIFY(writeDatedJpeg(fx.photos() / "open.jpg", 2));
        QVERIFY(fx.addRoot());
        fx.scan();
        ::chmod(fx.photos().c_str(), 0755); // anyone may enter the root; "locked" is closed below
        ::chmod((fx.photos() / "locked").c_str(), 0);
        // Root reads anywhere: scan as "nobody" (the catalog is already open).
        const bool root = ::geteuid() == 0;
        QVERIFY2(!root || ::seteuid(65534) == 0, "running as root and cannot drop privileges");
        const ScanReport r = fx.scan();
        QVERIFY(!root || ::seteuid(0) == 0);
        ::chmod((fx.photos() / "locked").c_str(), 0755);
        QCOMPARE(r.missing, 0);
        QCOMPARE(r.failures.size(), size_t(1));
        QCOMPARE(fx.file("locked/1.jpg")->status, FileStatus::Present);
    }

    void specialFilesAreSkipped()
    {
        ScanFixture fx;
        QCOMPARE(::mkfifo((fx.photos() / "pipe.jpg").c_str(), 0644), 0);
        QVERIFY(writeDatedJpeg(fx.photos() / "ok.jpg", 1));
        QVERIFY(fx.addRoot());
        const ScanReport r = fx.scan(); // must not hang on the FIFO
        QCOMPARE(r.added, 1);
    }
#endif

    void badFilesAreReportedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("indexed"); // recognised format: indexed as far as it goes, with the problem reported
        QByteArray jpeg;
        {
            QTemporaryDir d;
            const auto p = nativepath::fromUser(d.filePath(QStringLiteral("x.jpg")));
            writeJpeg(p, QSize(64, 64), 1);
            jpeg = readBytes(p);
        }
        QTest::newRow("zero bytes") << QByteArray() << QStringLiteral("empty.jpg") << false;
        QTest::newRow("garbage") << QByteArray(5000, '\x7f') << QStringLiteral("garbage.jpg") << false;
        QTest::newRow("text as png") << QByteArray("hello, I am not a picture\n") << QStringLiteral("text.png")
                                     << false;
        QTest::newRow("garbage mov") << QByteArray(3000, '\x01') << QStringLiteral("clip.mov") << false;
        QTest::newRow("jpeg header only") << jpeg.left(4) << QStringLiteral("header.jpg") << true;
        QTest::newRow("jpeg cut in its header") << jpeg.left(20) << QStringLiteral("cut.jpg") << true;
    }

    void badFilesAreReportedWithAReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(bool, indexed);
        ScanFixture fx;
        QVERIFY(writeDatedJpeg(fx.photos() / "good.jpg", 1));
        QVERIFY(writeBytes(fx.photos() / name.toStdString(), bytes));
        QVERIFY(fx.addRoot());
        const ScanReport r = fx.scan();
        QVERIFY(r.error.isEmpty());
        const auto &listed = indexed ? r.problems : r.failures;
        QCOMPARE(r.failures.size() + r.problems.size(), size_t(1));
        QCOMPARE(listed.size(), size_t(1));
        QVERIFY(listed.front().path.endsWith(name));
        QVERIFY(!listed.front().reason.isEmpty());
        const auto f = fx.file(name.toUtf8());
        QVERIFY(f);
        QCOMPARE(f->error.isEmpty(), indexed);
        QCOMPARE(f->assetId.has_value(), indexed);
        QCOMPARE(fx.assetCount(), indexed ? 2 : 1);
        QCOMPARE(fx.scan().failures.size(), size_t(0)); // unchanged: not tried again
    }

    void filesWithBrokenMetadataAreIndexedAndReported()
    {
        ScanFixture fx;
        QVERIFY(writeDatedJpeg(fx.photos() / "odd.jpg", 1));
        QVERIFY(
            setMetadata(fx.photos() / "odd.jpg", {{QStringLiteral("Exif.Image.Orientation"), QStringLiteral("9")}}));
        QVERIFY(fx.addRoot());
        const ScanReport r = fx.scan();
        QCOMPARE(r.failures.size(), size_t(0));
        QCOMPARE(r.problems.size(), size_t(1));
        QVERIFY2(r.problems.front().reason.contains(QLatin1String("orientation")),
                 qPrintable(r.problems.front().reason));
        QCOMPARE(fx.assetOf("odd.jpg")->metadata.orientation, 1);
    }

    void rawJpegAndSidecarAreOneAsset()
    {
        ScanFixture fx;
        QVERIFY(writeDatedJpeg(fx.photos() / "IMG_1.JPG", 1, QStringLiteral("2020:05:05 05:05:05")));
        // A DNG is a TIFF with a DNG extension; Qt writes the TIFF, exiv2 the date.
        QImage raw(40, 30, QImage::Format_RGB32);
        raw.fill(Qt::darkGreen);
        QVERIFY(raw.save(QString::fromStdString((fx.photos() / "IMG_1.tif").string()), "TIFF"));
        fs::rename(fx.photos() / "IMG_1.tif", fx.photos() / "IMG_1.DNG");
        QVERIFY(writeXmpSidecar(fx.photos() / "IMG_1.JPG.xmp",
                                {{QStringLiteral("Xmp.xmp.Rating"), QStringLiteral("4")},
                                 {QStringLiteral("Xmp.dc.subject"), QStringLiteral("beach")},
                                 {QStringLiteral("Xmp.dc.subject"), QStringLiteral("summer")}}));
        QVERIFY(writeDatedJpeg(fx.photos() / "IMG_1.png.jpg", 2)); // another shot, similar name
        QVERIFY(fx.addRoot());
        fx.scan();

        QCOMPARE(fx.assetCount(), 2);
        const auto jpg = fx.file("IMG_1.JPG");
        const auto dng = fx.file("IMG_1.DNG");
        const auto xmp = fx.file("IMG_1.JPG.xmp");
        QVERIFY(jpg && dng && xmp);
        QCOMPARE(dng->assetId, jpg->assetId);
        QCOMPARE(xmp->assetId, jpg->assetId);
        QCOMPARE(jpg->role, FileRole::Primary);
        QCOMPARE(dng->role, FileRole::Raw);
        QCOMPARE(xmp->role, FileRole::Sidecar);
        const auto asset = fx.assetOf("IMG_1.JPG");
        QCOMPARE(asset->metadata.rating, 4);
        QCOMPARE(asset->metadata.keywords, (QStringList{QStringLiteral("beach"), QStringLiteral("summer")}));
        QCOMPARE(asset->metadata.kind, MediaKind::Photo);

        // Editing only the sidecar re-reads the shot and updates the same asset.
        QVERIFY(
            writeXmpSidecar(fx.photos() / "IMG_1.JPG.xmp", {{QStringLiteral("Xmp.xmp.Rating"), QStringLiteral("2")}}));
        fs::last_write_time(fx.photos() / "IMG_1.JPG.xmp", fs::file_time_type::clock::now() + std::chrono::seconds(5));
        fx.scan();
        QCOMPARE(fx.assetOf("IMG_1.JPG")->id, asset->id);
        QCOMPARE(fx.assetOf("IMG_1.JPG")->metadata.rating, 2);
    }

    void killedScanResumesWithoutDuplicates()
    {
        // A cancel stands in for a kill here (the CLI test kills a process):
        // each committed batch is final, the next scan reads only the rest.
        ScanFixture fx;
        for (int i = 0; i < 60; ++i)
            QVERIFY(
                writeDatedJpeg(fx.photos() / ("f" + std::to_string(i / 10)) / ("p" + std::to_string(i) + ".jpg"), i));
        QVERIFY(fx.addRoot());
        Scanner::Options options;
        options.batchSize = 1;
        options.jobs = 1;
        Scanner first(fx.catalog(), options);
        const ScanReport r1 = first.run([&](const ScanProgress &p) {
            if (p.filesRead >= 5)
                first.cancel();
        });
        QVERIFY(r1.cancelled);
        QVERIFY(r1.added >= 5 && r1.added < 60);
        const ScanReport r2 = fx.scan();
        QCOMPARE(r1.added + r2.added, 60);
        QCOMPARE(r2.unchanged, r1.added);
        QCOMPARE(fx.assetCount(), 60);
        QCOMPARE(fx.files().size(), size_t(60));
    }
};

QTEST_GUILESS_MAIN(TestScannerInput)
#include "tst_scannerinput.moc"
