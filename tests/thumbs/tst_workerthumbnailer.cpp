// Thumbnails made in a tintype-worker process: a worker that crashes or hangs
// on a file (the test build's switch, TINTYPE_WORKER_CRASH_ON / _HANG_ON) costs
// only that file, which gets its reason, and the next file is made by a new
// worker; this process stays up.
#include "edit/EditStack.h"
#include "support/TestMedia.h"
#include "thumbs/ThumbnailCache.h"
#include "thumbs/ThumbnailScheduler.h"
#include "thumbs/Thumbnailer.h"
#include "thumbs/WorkerThumbnailer.h"

#include <QElapsedTimer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <mutex>

using namespace tintype;
using namespace tintype::test;
namespace fs = std::filesystem;

class TestWorkerThumbnailer : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    fs::path file(const char *name) const { return fs::path(m_dir.path().toStdString()) / name; }

private slots:
    void initTestCase()
    {
        qputenv("TINTYPE_WORKER_CRASH_ON", "crash-me");
        qputenv("TINTYPE_WORKER_HANG_ON", "hang-me");
        for (const char *name : {"good.jpg", "crash-me.jpg", "hang-me.jpg", "after.jpg"})
            QVERIFY(writeJpeg(file(name), QSize(640, 480), 3));
        QVERIFY(writeBytes(file("broken.jpg"), "not a jpeg"));
        // The first two thirds of a photo: decodable, with damage the decoder reports.
        const QByteArray whole = readBytes(file("good.jpg"));
        QVERIFY(writeBytes(file("truncated.jpg"), whole.left(whole.size() * 2 / 3)));
    }

    void makesThumbnailsInTheWorker()
    {
        WorkerThumbnailer worker({QStringLiteral(TINTYPE_WORKER_PATH), 10000});
        const auto made = worker.make(file("good.jpg"), ThumbnailSize::Grid);
        QVERIFY2(made, made ? "" : qPrintable(made.error()));
        const QImage image = QImage::fromData(made.value(), "JPEG");
        QCOMPARE(image.width(), 400);
        const auto broken = worker.make(file("broken.jpg"), ThumbnailSize::Grid);
        QVERIFY(!broken); // a decoder's own error: the worker lives on
        QVERIFY(worker.make(file("good.jpg"), ThumbnailSize::Grid));
        QCOMPARE(worker.restarts(), 0);
    }

    void crashCostsOnlyThatFile()
    {
        WorkerThumbnailer worker({QStringLiteral(TINTYPE_WORKER_PATH), 10000});
        QVERIFY(worker.make(file("good.jpg"), ThumbnailSize::Grid));
        const auto crashed = worker.make(file("crash-me.jpg"), ThumbnailSize::Grid);
        QVERIFY(!crashed);
        QCOMPARE(crashed.error(), WorkerProcess::crashedReason());
        QVERIFY(worker.make(file("after.jpg"), ThumbnailSize::Grid));
        QCOMPARE(worker.restarts(), 1);
    }

    void editAndDamageCrossTheProcess()
    {
        WorkerThumbnailer worker({QStringLiteral(TINTYPE_WORKER_PATH), 10000});
        // An edit (an empty stack, keyed as an edit) after the user's quarter turn.
        const ThumbnailEdit turned{EditStack().toJson(), "turned", 1};
        QString damage = QStringLiteral("unset");
        const auto made = worker.make(file("good.jpg"), ThumbnailSize::Grid, turned, &damage);
        QVERIFY2(made, made ? "" : qPrintable(made.error()));
        QCOMPARE(QImage::fromData(made.value(), "JPEG").size(), QSize(300, 400)); // a quarter turn: portrait
        QCOMPARE(made.value(), Thumbnailer::make(file("good.jpg"), ThumbnailSize::Grid, turned).value());
        QVERIFY(damage.isEmpty());
        const auto truncated = worker.make(file("truncated.jpg"), ThumbnailSize::Grid, {}, &damage);
        QVERIFY2(truncated, truncated ? "" : qPrintable(truncated.error()));
        QVERIFY2(!damage.isEmpty(), "the worker's damage report reaches the caller");
    }

    void schedulerThreadsAreThePool()
    {
        QTemporaryDir cacheDir;
        ThumbnailCache cache(fs::path(cacheDir.path().toStdString()));
        ThumbnailScheduler scheduler(cache, 2);
        scheduler.setWorker(QStringLiteral(TINTYPE_WORKER_PATH), 10000);
        QVERIFY(scheduler.usesWorkers());
        std::mutex mutex;
        std::map<std::string, ThumbnailOutcome> outcomes;
        auto submitAll = [&] {
            int n = 0;
            for (const char *name : {"good.jpg", "crash-me.jpg", "after.jpg", "truncated.jpg"})
                scheduler.submit({file(name), QByteArray(16, char('a' + n++)), ThumbnailSize::Grid},
                                 ThumbnailPriority::Background,
                                 [&](const ThumbnailRequest &request, const ThumbnailOutcome &outcome) {
                                     std::lock_guard lock(mutex);
                                     outcomes[request.path.filename().string()] = outcome;
                                 });
            scheduler.waitForDone();
        };
        submitAll();
        QCOMPARE(outcomes["crash-me.jpg"].kind, ThumbnailOutcome::Kind::Failed);
        QCOMPARE(outcomes["crash-me.jpg"].error, WorkerProcess::crashedReason());
        for (const char *name : {"good.jpg", "after.jpg", "truncated.jpg"})
            QVERIFY2(outcomes[name].kind == ThumbnailOutcome::Kind::Made, name);
        QVERIFY(!outcomes["truncated.jpg"].damage.isEmpty());
        // Remembered: the next run (or the next start) does not feed it to a decoder again.
        QCOMPARE(cache.failure({QByteArray(16, 'b'), ThumbnailSize::Grid}).value_or(QString()),
                 WorkerProcess::crashedReason());
        submitAll();
        QCOMPARE(outcomes["crash-me.jpg"].kind, ThumbnailOutcome::Kind::Failed);
        QCOMPARE(outcomes["good.jpg"].kind, ThumbnailOutcome::Kind::Reused);
    }

    void noWorkerMeansDecodingHere()
    {
        QTemporaryDir cacheDir;
        ThumbnailCache cache(fs::path(cacheDir.path().toStdString()));
        ThumbnailScheduler scheduler(cache, 1);
        scheduler.setWorker(m_dir.filePath(QStringLiteral("no-such-worker")));
        ThumbnailOutcome outcome;
        scheduler.submit({file("good.jpg"), QByteArray(16, 'z'), ThumbnailSize::Grid}, ThumbnailPriority::Background,
                         [&](const ThumbnailRequest &, const ThumbnailOutcome &o) { outcome = o; });
        scheduler.waitForDone();
        QCOMPARE(outcome.kind, ThumbnailOutcome::Kind::Made);
    }

    void findsTheWorkerOrIsToldNotTo()
    {
        qputenv("TINTYPE_WORKER", TINTYPE_WORKER_PATH);
        QCOMPARE(WorkerProcess::findWorker(), QStringLiteral(TINTYPE_WORKER_PATH));
        qputenv("TINTYPE_WORKER", "off");
        QVERIFY(WorkerProcess::findWorker().isEmpty());
        qunsetenv("TINTYPE_WORKER");
    }

    void hangTimesOut()
    {
        WorkerThumbnailer worker({QStringLiteral(TINTYPE_WORKER_PATH), 1500});
        QElapsedTimer timer;
        timer.start();
        const auto hung = worker.make(file("hang-me.jpg"), ThumbnailSize::Grid);
        QVERIFY(!hung);
        QCOMPARE(hung.error(), WorkerProcess::timedOutReason());
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(worker.make(file("after.jpg"), ThumbnailSize::Grid));
    }
};

QTEST_GUILESS_MAIN(TestWorkerThumbnailer)
#include "tst_workerthumbnailer.moc"
