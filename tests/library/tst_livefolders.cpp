// Live folders with real files in a temporary folder: complete files give a
// batch, files still being written (open, or under a sync tool's temporary
// name) wait, a burst is one batch, moves keep their asset, deletes mark
// missing, and a root that cannot be watched is rescanned periodically.
#include "catalog/FileRepository.h"
#include "library/InotifyFolderWatcher.h"
#include "library/Library.h"
#include "library/LibraryUpdate.h"
#include "library/LiveFolders.h"
#include "support/ScanFixture.h"
#include "support/TestMedia.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <fstream>

using namespace tintype;
using namespace tintype::test;
namespace fs = std::filesystem;

namespace {
using Scope = std::shared_ptr<const ScanScope>;

Scope scopeAt(const QSignalSpy &spy, qsizetype i) { return spy.at(i).at(0).value<Scope>(); }

ScanReport scanScope(Catalog &catalog, const Scope &scope)
{
    LibraryUpdate::Options options;
    options.hashContents = false;
    options.scan.scope = scope;
    return LibraryUpdate(catalog, options).run().scan;
}

bool inScope(const ScanScope &scope, std::int64_t rootId, const QByteArray &folder)
{
    const auto folders = scope.foldersOf(rootId);
    return std::any_of(folders.begin(), folders.end(), [&](const ScanScope::Folder &f) {
        return f.relPath == folder || (f.recursive && (f.relPath.isEmpty() || folder.startsWith(f.relPath + '/')));
    });
}

// Waits for no further batch: the quiet time and some.
bool noBatchWithin(QSignalSpy &spy, int ms) { return !spy.wait(ms); }
} // namespace

class TestLiveFolders : public QObject {
    Q_OBJECT

    LiveFolders::Options fastOptions()
    {
        LiveFolders::Options o;
        o.quietMs = 150;
        o.maxDelayMs = 5000;
        o.staleMs = 1500;
        return o;
    }

private slots:
    void completeFileGivesABatchAndIsIndexed()
    {
        ScanFixture fx;
        QVERIFY(fx.isValid());
        fs::create_directories(fx.photos() / "2024");
        const std::int64_t root = fx.addRoot();
        LiveFolders live(fastOptions());
        live.setRoots(Library(fx.catalog()).refreshRoots().value());
        QCOMPARE(live.roots().size(), size_t(1));
        QVERIFY2(!live.roots().front().polled, qPrintable(live.roots().front().reason));
        QSignalSpy spy(&live, &LiveFolders::batchReady);

        QVERIFY(writeDatedJpeg(fx.photos() / "2024" / "IMG_1.JPG", 1));
        QVERIFY(spy.wait(3000));
        QVERIFY(noBatchWithin(spy, 500)); // one file: one batch
        QCOMPARE(spy.size(), 1);
        const Scope scope = scopeAt(spy, 0);
        QVERIFY(inScope(*scope, root, "2024"));
        QVERIFY(!scope->coversWholeRoot(root));
        const ScanReport r = scanScope(fx.catalog(), scope);
        QCOMPARE(r.added, 1);
        QVERIFY(fx.assetOf("2024/IMG_1.JPG"));
    }

    void fileOpenForWritingWaitsUntilClosed()
    {
        ScanFixture fx;
        const std::int64_t root = fx.addRoot();
        LiveFolders live(fastOptions());
        live.setRoots(Library(fx.catalog()).refreshRoots().value());
        QSignalSpy spy(&live, &LiveFolders::batchReady);

        QVERIFY(writeDatedJpeg(fx.photos() / "source.jpg", 2));
        QVERIFY(spy.wait(3000));
        spy.clear();
        const QByteArray bytes = readBytes(fx.photos() / "source.jpg");
        QFile slow(QString::fromStdString((fx.photos() / "slow.jpg").string()));
        QVERIFY(slow.open(QIODevice::WriteOnly));
        slow.write(bytes.left(bytes.size() / 2));
        slow.flush();
        QVERIFY(noBatchWithin(spy, 700)); // half written, still open: nothing to scan

        // Another file of the folder arrives meanwhile: the open one is held out of that scan.
        QVERIFY(writeDatedJpeg(fx.photos() / "other.jpg", 3));
        QVERIFY(spy.wait(3000));
        Scope scope = scopeAt(spy, 0);
        QVERIFY(scope->hold);
        QVERIFY(scope->hold(root, "slow.jpg", bytes.size() / 2, 0));
        scanScope(fx.catalog(), scope);
        QVERIFY(fx.file("other.jpg"));
        QVERIFY(!fx.file("slow.jpg"));

        spy.clear();
        slow.write(bytes.mid(bytes.size() / 2));
        slow.close();
        QVERIFY(spy.wait(3000));
        scope = scopeAt(spy, 0);
        QVERIFY(!scope->hold(root, "slow.jpg", bytes.size(), 0));
        QCOMPARE(scanScope(fx.catalog(), scope).added, 1);
        const auto file = fx.file("slow.jpg");
        QVERIFY(file);
        QCOMPARE(file->size, bytes.size());
        QVERIFY(file->error.isEmpty());
    }

    void writerThatNeverClosesIsTakenOnceItStops()
    {
        ScanFixture fx;
        fx.addRoot();
        LiveFolders live(fastOptions());
        live.setRoots(Library(fx.catalog()).refreshRoots().value());
        QSignalSpy spy(&live, &LiveFolders::batchReady);
        QFile open(QString::fromStdString((fx.photos() / "kept-open.jpg").string()));
        QVERIFY(open.open(QIODevice::WriteOnly));
        open.write("partial");
        open.flush();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(spy.wait(5000)); // staleMs without a write
        QVERIFY(timer.elapsed() >= 1000);
        QVERIFY(!scopeAt(spy, 0)->hold(1, "kept-open.jpg", 7, 0));
    }

    void syncToolTemporariesWaitForTheirRename()
    {
        ScanFixture fx;
        fx.addRoot();
        QVERIFY(writeDatedJpeg(fx.photos() / "template.jpg", 4));
        const QByteArray bytes = readBytes(fx.photos() / "template.jpg");
        LiveFolders live(fastOptions());
        live.setRoots(Library(fx.catalog()).refreshRoots().value());
        QSignalSpy spy(&live, &LiveFolders::batchReady);

        const char *temporaries[] = {".syncthing.a.jpg.tmp", "~syncthing~b.jpg.tmp", "c.jpg.part",
                                     ".pending-1700-d.jpg", "e.jpg.tmp"};
        for (const char *name : temporaries)
            QVERIFY(writeBytes(fx.photos() / name, bytes));
        QVERIFY(noBatchWithin(spy, 700));

        fs::rename(fx.photos() / ".syncthing.a.jpg.tmp", fx.photos() / "a.jpg");
        fs::rename(fx.photos() / "~syncthing~b.jpg.tmp", fx.photos() / "b.jpg");
        fs::rename(fx.photos() / "c.jpg.part", fx.photos() / "c.jpg");
        QVERIFY(spy.wait(3000));
        QVERIFY(noBatchWithin(spy, 500));
        QCOMPARE(spy.size(), 1); // three renames: one batch
        const ScanReport r = scanScope(fx.catalog(), scopeAt(spy, 0));
        QCOMPARE(r.added, 4); // a, b, c and the template; no temporary
        QVERIFY(fx.file("a.jpg") && fx.file("b.jpg") && fx.file("c.jpg"));
        QVERIFY(!fx.file("e.jpg.tmp") && !fx.file(".pending-1700-d.jpg"));
    }

    void burstOfManyFilesIsOneBatch()
    {
        ScanFixture fx;
        fs::create_directories(fx.photos() / "phone");
        const std::int64_t root = fx.addRoot();
        QVERIFY(writeDatedJpeg(fx.photos() / "template.jpg", 5));
        const QByteArray bytes = readBytes(fx.photos() / "template.jpg");
        LiveFolders live(fastOptions());
        live.setRoots(Library(fx.catalog()).refreshRoots().value());
        QSignalSpy spy(&live, &LiveFolders::batchReady);

        // 5,000 photos copied in (well under the event queue's limit: no overflow here).
        const int count = 5000;
        for (int i = 0; i < count; ++i)
            QVERIFY(writeBytes(fx.photos() / "phone" / ("IMG_" + std::to_string(i) + ".jpg"), bytes));
        QVERIFY(spy.wait(5000));
        QVERIFY(noBatchWithin(spy, 600));
        QCOMPARE(spy.size(), 1);
        QVERIFY(inScope(*scopeAt(spy, 0), root, "phone"));
        QCOMPARE(live.batchesEmitted(), 1);
    }

    void moveBetweenFoldersKeepsTheAsset()
    {
        ScanFixture fx;
        fs::create_directories(fx.photos() / "inbox");
        fs::create_directories(fx.photos() / "2024" / "trip");
        QVERIFY(writeDatedJpeg(fx.photos() / "inbox" / "IMG_7.JPG", 7));
        fx.addRoot();
        fx.scan();
        const auto before = fx.assetOf("inbox/IMG_7.JPG");
        QVERIFY(before);
        LiveFolders live(fastOptions());
        live.setRoots(Library(fx.catalog()).refreshRoots().value());
        QSignalSpy spy(&live, &LiveFolders::batchReady);

        fs::rename(fx.photos() / "inbox" / "IMG_7.JPG", fx.photos() / "2024" / "trip" / "IMG_7.JPG");
        QVERIFY(spy.wait(3000));
        const ScanReport r = scanScope(fx.catalog(), scopeAt(spy, 0));
        QCOMPARE(r.moved, 1);
        QCOMPARE(r.missing, 0);
        const auto after = fx.assetOf("2024/trip/IMG_7.JPG");
        QVERIFY(after);
        QCOMPARE(after->id, before->id);
        QVERIFY(!fx.file("inbox/IMG_7.JPG"));
    }

    void movedFolderKeepsItsAssetsAndNewFolderIsWatched()
    {
        ScanFixture fx;
        fs::create_directories(fx.photos() / "old");
        QVERIFY(writeDatedJpeg(fx.photos() / "old" / "a.jpg", 8));
        fx.addRoot();
        fx.scan();
        const auto before = fx.assetOf("old/a.jpg");
        LiveFolders live(fastOptions());
        live.setRoots(Library(fx.catalog()).refreshRoots().value());
        QSignalSpy spy(&live, &LiveFolders::batchReady);

        fs::rename(fx.photos() / "old", fx.photos() / "new");
        QVERIFY(spy.wait(3000));
        QCOMPARE(scanScope(fx.catalog(), scopeAt(spy, 0)).moved, 1);
        QCOMPARE(fx.assetOf("new/a.jpg")->id, before->id);

        // The moved folder is watched at its new place; so is a folder made now.
        spy.clear();
        fs::create_directories(fx.photos() / "new" / "deeper");
        QVERIFY(writeDatedJpeg(fx.photos() / "new" / "deeper" / "b.jpg", 9));
        QVERIFY(spy.wait(3000));
        QVERIFY(noBatchWithin(spy, 400));
        Scope merged = std::make_shared<ScanScope>();
        for (qsizetype i = 0; i < spy.size(); ++i)
            std::const_pointer_cast<ScanScope>(merged)->merge(*scopeAt(spy, i));
        QCOMPARE(scanScope(fx.catalog(), merged).added, 1);
        QVERIFY(fx.file("new/deeper/b.jpg"));
    }

    void deleteMarksMissingAndLeavesOtherFoldersAlone()
    {
        ScanFixture fx;
        fs::create_directories(fx.photos() / "a");
        fs::create_directories(fx.photos() / "b");
        QVERIFY(writeDatedJpeg(fx.photos() / "a" / "1.jpg", 10));
        QVERIFY(writeDatedJpeg(fx.photos() / "b" / "2.jpg", 11));
        fx.addRoot();
        fx.scan();
        LiveFolders live(fastOptions());
        live.setRoots(Library(fx.catalog()).refreshRoots().value());
        QSignalSpy spy(&live, &LiveFolders::batchReady);

        fs::remove(fx.photos() / "a" / "1.jpg");
        QVERIFY(spy.wait(3000));
        const Scope scope = scopeAt(spy, 0);
        QVERIFY(!inScope(*scope, 1, "b"));
        const ScanReport r = scanScope(fx.catalog(), scope);
        QCOMPARE(r.missing, 1);
        QCOMPARE(r.filesSeen, 0); // b/ was not walked
        QCOMPARE(fx.file("a/1.jpg")->status, FileStatus::Missing);
        QCOMPARE(fx.file("b/2.jpg")->status, FileStatus::Present);
    }

    void watchLimitFallsBackToPeriodicRescan()
    {
#ifndef Q_OS_LINUX
        QSKIP("the watch limit is inotify's (Linux)");
#else
        ScanFixture fx;
        for (const char *folder : {"a", "b", "c", "d"})
            fs::create_directories(fx.photos() / folder);
        const std::int64_t root = fx.addRoot();
        LiveFolders::Options options = fastOptions();
        options.pollSeconds = 1;
        options.settleMs = 400;
        LiveFolders live(std::make_unique<InotifyFolderWatcher>(3), options); // 3 watches for 5 folders
        live.setRoots(Library(fx.catalog()).refreshRoots().value());
        QCOMPARE(live.roots().size(), size_t(1));
        QVERIFY(live.roots().front().polled);
        QVERIFY2(live.roots().front().reason.contains(QLatin1String("3")), qPrintable(live.roots().front().reason));
        QCOMPARE(live.watchedFolders(), 0); // what was watched of the root is given back
        QSignalSpy spy(&live, &LiveFolders::batchReady);

        QVERIFY(writeDatedJpeg(fx.photos() / "c" / "x.jpg", 12));
        QVERIFY(spy.wait(3000));
        const Scope scope = scopeAt(spy, 0);
        QVERIFY(scope->coversWholeRoot(root));
        // Just written: left for the next round (no event says the write is over).
        const std::int64_t nowNs = QDateTime::currentMSecsSinceEpoch() * 1000000;
        QVERIFY(scope->hold(root, "c/x.jpg", 1, nowNs - 100 * 1000000));
        QVERIFY(!scope->hold(root, "c/x.jpg", 1, nowNs - 5000LL * 1000000));
        QTest::qWait(500);
        scanScope(fx.catalog(), scope);
        QVERIFY(fx.file("c/x.jpg"));
#endif
    }

    void queueOverflowRescansTheRoot()
    {
        QFile limit(QStringLiteral("/proc/sys/fs/inotify/max_queued_events"));
        if (!limit.open(QIODevice::ReadOnly))
            QSKIP("no inotify here");
        const int queued = limit.readAll().trimmed().toInt();
        if (queued <= 0 || queued > 40000)
            QSKIP("the event queue is too long to overflow in a test");
        ScanFixture fx;
        const std::int64_t root = fx.addRoot();
        LiveFolders live(fastOptions());
        live.setRoots(Library(fx.catalog()).refreshRoots().value());
        QSignalSpy spy(&live, &LiveFolders::batchReady);
        // No event is read while these are written (the event loop is not
        // running): 3 events a file overflow the queue.
        for (int i = 0; i < queued / 2; ++i)
            QVERIFY(writeBytes(fx.photos() / ("f" + std::to_string(i) + ".jpg"), "x"));
        QVERIFY(spy.wait(5000));
        QVERIFY(scopeAt(spy, 0)->coversWholeRoot(root));
    }

    void scopeKeepsEachFolderOnce()
    {
        ScanScope scope;
        scope.add(1, "a", false);
        scope.add(1, "a/b", false);
        scope.add(1, "a", true);
        scope.add(1, "ab", false);
        scope.add(1, "ab", false);
        const auto folders = scope.foldersOf(1);
        QCOMPARE(folders.size(), size_t(2));
        QCOMPARE(folders[0].relPath, QByteArray("a"));
        QVERIFY(folders[0].recursive);
        QCOMPARE(folders[1].relPath, QByteArray("ab"));
        scope.addRoot(1);
        QVERIFY(scope.coversWholeRoot(1));
    }
};

QTEST_GUILESS_MAIN(TestLiveFolders)
#include "tst_livefolders.moc"
