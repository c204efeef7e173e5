// Thumbnails made in a tintype-worker process: a worker that crashes or hangs
// on a file (the test build's switch, TINTYPE_WORKER_CRASH_ON / _HANG_ON) costs
// only that file, which gets its reason, and the next file is made by a new
// worker; this process stays up.
#include "support/TestMedia.h"
#include "thumbs/WorkerThumbnailer.h"

#include <QElapsedTimer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

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
        QCOMPARE(crashed.error(), WorkerThumbnailer::crashedReason());
        QVERIFY(worker.make(file("after.jpg"), ThumbnailSize::Grid));
        QCOMPARE(worker.restarts(), 1);
    }

    void hangTimesOut()
    {
        WorkerThumbnailer worker({QStringLiteral(TINTYPE_WORKER_PATH), 1500});
        QElapsedTimer timer;
        timer.start();
        const auto hung = worker.make(file("hang-me.jpg"), ThumbnailSize::Grid);
        QVERIFY(!hung);
        QCOMPARE(hung.error(), WorkerThumbnailer::timedOutReason());
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(worker.make(file("after.jpg"), ThumbnailSize::Grid));
    }
};

QTEST_GUILESS_MAIN(TestWorkerThumbnailer)
#include "tst_workerthumbnailer.moc"
