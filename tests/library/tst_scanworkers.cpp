// Scans read metadata in tintype-worker processes (issue 19): a parser that
// crashes or hangs on a file (the test build's switch, TINTYPE_WORKER_CRASH_ON
// / _HANG_ON) costs only that file — the scan finishes, every other file is
// indexed, the bad one carries its reason and is not read again on the next
// scan — and what the worker reads is what this process would have read.
#include "catalog/FileRepository.h"
#include "common/WorkerProcess.h"
#include "support/ScanFixture.h"
#include "support/TestMedia.h"

#include <QElapsedTimer>
#include <QTest>

using namespace tintype;
using namespace tintype::test;

class TestScanWorkers : public QObject {
    Q_OBJECT

    static Scanner::Options inWorkers(int timeoutMs = 20000)
    {
        Scanner::Options options;
        options.workerPath = QStringLiteral(TINTYPE_WORKER_PATH);
        options.workerTimeoutMs = timeoutMs;
        return options;
    }

    static QString reasonFor(const ScanReport &report, const char *name)
    {
        for (const auto &f : report.failures)
            if (f.path.endsWith(QLatin1String(name)))
                return f.reason;
        return {};
    }

private slots:
    void initTestCase()
    {
        qputenv("TINTYPE_WORKER_CRASH_ON", "crash-me");
        qputenv("TINTYPE_WORKER_HANG_ON", "hang-me");
    }

    void crashCostsOnlyThatFile()
    {
        ScanFixture fx;
        for (int i = 0; i < 6; ++i)
            QVERIFY(writeDatedJpeg(fx.photos() / QStringLiteral("IMG_%1.jpg").arg(i).toStdString(), i));
        QVERIFY(writeDatedJpeg(fx.photos() / "crash-me.jpg", 9));
        QVERIFY(fx.addRoot());
        const ScanReport first = fx.scan(inWorkers());
        QVERIFY(first.error.isEmpty());
        QCOMPARE(fx.assetCount(), std::int64_t(6));
        QCOMPARE(reasonFor(first, "crash-me.jpg"), WorkerProcess::crashedReason());
        QVERIFY(!fx.file("crash-me.jpg")->assetId);
        QVERIFY(fx.file("IMG_5.jpg")->assetId);

        const ScanReport second = fx.scan(inWorkers()); // not fed to a parser again
        QCOMPARE(second.unchanged, std::int64_t(7));
        QVERIFY(second.failures.empty());
    }

    void hangTimesOut()
    {
        ScanFixture fx;
        QVERIFY(writeDatedJpeg(fx.photos() / "hang-me.jpg", 1));
        QVERIFY(writeDatedJpeg(fx.photos() / "after.jpg", 2));
        QVERIFY(fx.addRoot());
        QElapsedTimer timer;
        timer.start();
        Scanner::Options options = inWorkers(1500);
        options.jobs = 1;
        const ScanReport report = fx.scan(options);
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(reasonFor(report, "hang-me.jpg"), WorkerProcess::timedOutReason());
        QVERIFY(fx.file("after.jpg")->assetId);
    }

    void workersReadWhatThisProcessReads()
    {
        ScanFixture here, there;
        for (ScanFixture *fx : {&here, &there}) {
            QVERIFY(writeDatedJpeg(fx->photos() / "dated.jpg", 3, QStringLiteral("2019:06:12 15:30:12")));
            QVERIFY(setMetadata(fx->photos() / "dated.jpg",
                                {{QStringLiteral("Exif.Image.Model"), QStringLiteral("Pixel 7")},
                                 {QStringLiteral("Xmp.dc.title"), QStringLiteral("Lisboa")}}));
            QVERIFY(fx->addRoot());
        }
        QVERIFY(here.scan().failures.empty());
        QVERIFY(there.scan(inWorkers()).failures.empty());
        const auto a = here.assetOf("dated.jpg"), b = there.assetOf("dated.jpg");
        QVERIFY(a && b);
        const MediaMetadata &m = a->metadata, &w = b->metadata;
        QCOMPARE(w.captureTime.utc, m.captureTime.utc);
        QCOMPARE(w.captureTime.source, m.captureTime.source);
        QCOMPARE(w.model, m.model);
        QCOMPARE(w.title, m.title);
        QCOMPARE(QSize(w.width, w.height), QSize(m.width, m.height));
        QCOMPARE(w.model, QStringLiteral("Pixel 7"));
        QCOMPARE(w.title, QStringLiteral("Lisboa"));
    }
};

QTEST_GUILESS_MAIN(TestScanWorkers)
#include "tst_scanworkers.moc"
