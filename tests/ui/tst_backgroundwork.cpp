// The app's background work as the app drives it (AppServices.work) on a
// planted library: one LibraryUpdate per run, so the roots are refreshed once
// and file.content_hash is filled without anyone else hashing — the
// Duplicates page then has no "not fully read yet" note, and a Takeout of
// photos the library already has adds nothing, a second import neither.
#include "AppServices.h"
#include "BackgroundWork.h"
#include "DuplicateReview.h"
#include "TakeoutImport.h"

#include "catalog/FileRepository.h"
#include "support/RootsRefreshCounter.h"
#include "support/ScanFixture.h"
#include "support/TestMedia.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace tintype;
using namespace tintype::test;
namespace fs = std::filesystem;

class TestBackgroundWork : public QObject {
    Q_OBJECT

    // Five photos, one of them with a byte-for-byte backup copy.
    static void plant(ScanFixture &fx)
    {
        for (int i = 0; i < 5; ++i)
            QVERIFY(writeDatedJpeg(fx.photos() / "2019" / ("IMG_" + std::to_string(i) + ".JPG"), i));
        fs::create_directories(fx.photos() / "Backup");
        fs::copy_file(fx.photos() / "2019" / "IMG_0.JPG", fx.photos() / "Backup" / "IMG_0.JPG");
        QVERIFY(fx.addRoot());
    }

    static bool runToTheEnd(BackgroundWork &work)
    {
        QSignalSpy finished(&work, &BackgroundWork::finished);
        work.start();
        return finished.wait(120000) && !work.running();
    }

    static std::int64_t filesWithoutHash(ScanFixture &fx)
    {
        std::int64_t pending = -1;
        (void)fx.catalog().read([&] { pending = FileRepository(fx.catalog()).pendingContentHashTotals().first; });
        return pending;
    }

    static bool importTakeout(TakeoutImport &import)
    {
        QSignalSpy step(&import, &TakeoutImport::stepChanged);
        import.start();
        while (import.step() != TakeoutImport::Step::Done)
            if (!step.wait(60000))
                return false;
        return true;
    }

private slots:
    void theAppFillsContentHashesRefreshingTheRootsOnce()
    {
        ScanFixture fx;
        plant(fx);
        QCOMPARE(filesWithoutHash(fx), 0); // nothing scanned yet
        QTemporaryDir cache;
        AppServices services(fx.catalog().path(), fs::path(cache.path().toStdString()));
        RootsRefreshCounter refreshes;
        QVERIFY(runToTheEnd(*services.work()));
        QCOMPARE(refreshes.count(), 1);

        const auto files = fx.files();
        QCOMPARE(files.size(), size_t(6));
        for (const FileRecord &f : files)
            QCOMPARE(f.contentHash.size(), 16);
        QCOMPARE(filesWithoutHash(fx), 0);
        QCOMPARE(files[0].contentHash == fx.file("Backup/IMG_0.JPG")->contentHash,
                 files[0].relPath == "2019/IMG_0.JPG" || files[0].relPath == "Backup/IMG_0.JPG");

        // A second run reads nothing again and hashes nothing again.
        refreshes.reset();
        QVERIFY(runToTheEnd(*services.work()));
        QCOMPARE(refreshes.count(), 1);
        QVERIFY2(!services.work()->lastReport().contains(QStringLiteral("Exact copies")),
                 qPrintable(services.work()->lastReport()));
    }

    void foldersAreWatchedBeforeTheFirstScanEnds()
    {
        // A first scan of a big library takes minutes: a photo the phone syncs
        // meanwhile into a folder already walked must not wait for the next start.
        ScanFixture fx;
        for (int i = 0; i < 400; ++i)
            QVERIFY(writeDatedJpeg(fx.photos() / "2019" / ("IMG_" + std::to_string(i) + ".JPG"), i));
        QVERIFY(fx.addRoot());
        QTemporaryDir cache;
        AppServices services(fx.catalog().path(), fs::path(cache.path().toStdString()));
        BackgroundWork &work = *services.work();
        QSignalSpy scanned(&work, &BackgroundWork::scanFinished);
        int scansWhenWatched = -1;
        connect(&work, &BackgroundWork::liveFoldersChanged, this, [&] {
            if (scansWhenWatched < 0 && !work.liveFolders().isEmpty())
                scansWhenWatched = int(scanned.count());
        });
        QSignalSpy finished(&work, &BackgroundWork::finished);
        work.start();
        QVERIFY(scanned.wait(120000));
        QCOMPARE(scansWhenWatched, 0);
        work.cancel(); // the faces and things stages are not what this is about
        QVERIFY(finished.count() == 1 || finished.wait(120000));
    }

    void aFolderAddedWhileItRunsIsScannedToo()
    {
        ScanFixture fx;
        plant(fx);
        QTemporaryDir more;
        const fs::path second = fs::canonical(more.path().toStdString());
        QVERIFY(writeDatedJpeg(second / "later.jpg", 40));
        QTemporaryDir cache;
        AppServices services(fx.catalog().path(), fs::path(cache.path().toStdString()));
        BackgroundWork &work = *services.work();
        QSignalSpy finished(&work, &BackgroundWork::finished);
        work.start();
        QVERIFY(fx.addRoot(second));
        work.start(); // as LibrarySettings does after adding a folder
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.count(), 1); // one run after the other, one end
        QVERIFY(!work.running());
        QVERIFY(fx.file("later.jpg"));
        QCOMPARE(fx.files().size(), size_t(7));
        QCOMPARE(filesWithoutHash(fx), 0);
    }

    void theDuplicatesPageHasNothingLeftToRead()
    {
        ScanFixture fx;
        plant(fx);
        QTemporaryDir cache;
        AppServices services(fx.catalog().path(), fs::path(cache.path().toStdString()));
        QVERIFY(runToTheEnd(*services.work()));

        DuplicateReview review;
        review.setIncludeNear(false);
        review.setServices(&services);
        QSignalSpy found(&review, &DuplicateReview::finished);
        review.find();
        QVERIFY(found.wait(60000));
        QVERIFY2(!review.note().contains(QStringLiteral("not fully read")), qPrintable(review.note()));
        QCOMPARE(review.groupCount(), 1); // IMG_0 and its backup, found by their content hashes
    }

    void aTakeoutOfPhotosTheLibraryHasAddsNothing()
    {
        ScanFixture fx;
        plant(fx);
        QTemporaryDir cache, input;
        AppServices services(fx.catalog().path(), fs::path(cache.path().toStdString()));
        QVERIFY(runToTheEnd(*services.work()));

        // The Takeout holds three of the library's photos (one also in an album) and a new one.
        const fs::path takeout = fs::path(input.path().toStdString()) / "Takeout";
        const fs::path year = takeout / "Google Photos" / "Photos from 2019";
        const fs::path album = takeout / "Google Photos" / "Trip";
        fs::create_directories(year);
        fs::create_directories(album);
        auto sidecar = [](const QString &title) {
            return QJsonDocument(
                       QJsonObject{{QStringLiteral("title"), title},
                                   {QStringLiteral("photoTakenTime"),
                                    QJsonObject{{QStringLiteral("timestamp"), QStringLiteral("1560352400")}}}})
                .toJson();
        };
        for (int i = 0; i < 3; ++i) {
            const std::string name = "IMG_" + std::to_string(i) + ".JPG";
            fs::copy_file(fx.photos() / "2019" / name, year / name);
            QVERIFY(writeBytes(year / (name + ".json"), sidecar(QString::fromStdString(name))));
        }
        fs::copy_file(year / "IMG_1.JPG", album / "IMG_1.JPG");
        QVERIFY(writeDatedJpeg(year / "NEW.JPG", 77));
        QVERIFY(writeBytes(year / "NEW.JPG.json", sidecar(QStringLiteral("NEW.JPG"))));

        TakeoutImport import;
        QSignalSpy destinationRead(&import, &TakeoutImport::destinationChanged);
        import.setServices(&services);
        QVERIFY(destinationRead.wait(5000)); // "Google Photos" in the library's folder
        import.addParts({QUrl::fromLocalFile(QString::fromStdString(takeout.string()))});
        QVERIFY(import.destination().startsWith(QString::fromStdString(fx.photos().string())));
        QVERIFY(importTakeout(import));
        QVERIFY2(import.error().isEmpty(), qPrintable(import.error()));
        QCOMPARE(import.toImport(), 1); // only the new photo
        const fs::path destination = import.destination().toStdString();
        const QStringList imported = snapshotTree(destination);
        QCOMPARE(imported.filter(QRegularExpression(QStringLiteral("^f "))).size(), 1); // files; "d " are folders
        QCOMPARE(fx.files().size(), size_t(7));

        // Again: the journal knows every entry, nothing is copied.
        import.reset();
        QVERIFY(importTakeout(import));
        QVERIFY2(import.error().isEmpty(), qPrintable(import.error()));
        QCOMPARE(snapshotTree(destination), imported);
        QCOMPARE(fx.files().size(), size_t(7));
    }
};

QTEST_MAIN(TestBackgroundWork)
#include "tst_backgroundwork.moc"
