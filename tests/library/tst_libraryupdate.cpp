// The one library pipeline: roots refreshed once per run, then the scan, the
// registered stages in order, and the content hashes last, in the idle I/O
// class; cancelled or paused at any step, the next run finishes the work
// without doing again anything the first one did.
#include "catalog/FileRepository.h"
#include "catalog/ThumbnailSources.h"
#include "library/IoPriority.h"
#include "library/LibraryUpdate.h"
#include "support/RootsRefreshCounter.h"
#include "support/ScanFixture.h"

#include <QTest>

#include <map>
#include <thread>

using namespace tintype;
using namespace tintype::test;

namespace {
constexpr int kPhotos = 12;

// A stage whose to-do list is the files it has not visited yet (kept here, as
// a real stage keeps it in the catalog or its cache).
class VisitStage : public LibraryStage {
public:
    explicit VisitStage(QString name) : m_name(std::move(name)) {}
    QString name() const override { return m_name; }
    Outcome run(Context &context) override
    {
        std::vector<ThumbnailSources::Source> sources;
        Outcome outcome;
        if (const Status read = context.catalog.read([&] { sources = ThumbnailSources(context.catalog).all(); });
            !read) {
            outcome.error = read.error();
            return outcome;
        }
        std::vector<std::int64_t> todo;
        for (const auto &s : sources)
            if (!visits.count(s.fileId))
                todo.push_back(s.fileId);
        std::int64_t done = 0;
        for (std::int64_t id : todo) {
            if (context.cancel.load()) {
                outcome.cancelled = true;
                break;
            }
            ++visits[id];
            context.progress(++done, std::int64_t(todo.size()));
        }
        outcome.summary = QStringLiteral("%1: %2 files").arg(m_name).arg(done);
        return outcome;
    }
    std::map<std::int64_t, int> visits; // file id → times visited

private:
    QString m_name;
};

QString label(const LibraryUpdate::Progress &p)
{
    switch (p.step) {
    case LibraryUpdate::Step::Roots: return QStringLiteral("roots");
    case LibraryUpdate::Step::Scan: return QStringLiteral("scan");
    case LibraryUpdate::Step::Stage: return QStringLiteral("stage ") + p.stageName;
    case LibraryUpdate::Step::Hashes: return QStringLiteral("hashes");
    }
    return {};
}

LibraryUpdate::Options smallBatches()
{
    LibraryUpdate::Options options;
    options.scan.batchSize = 2;
    options.scan.jobs = 1;
    options.hashes.batchSize = 2;
    options.hashes.jobs = 1;
    return options;
}
} // namespace

class TestLibraryUpdate : public QObject {
    Q_OBJECT

    std::int64_t filesWithoutHash(ScanFixture &fx)
    {
        std::int64_t pending = -1;
        (void)fx.catalog().read([&] { pending = FileRepository(fx.catalog()).pendingContentHashTotals().first; });
        return pending;
    }

    void plant(ScanFixture &fx)
    {
        for (int i = 0; i < kPhotos; ++i)
            QVERIFY(writeDatedJpeg(fx.photos() / "2019" / ("IMG_" + std::to_string(i) + ".JPG"), i));
        QVERIFY(fx.addRoot());
    }

private slots:
    void stepsRunInOrderAndHashLast()
    {
        ScanFixture fx;
        plant(fx);
        RootsRefreshCounter refreshes;
        VisitStage first(QStringLiteral("first")), second(QStringLiteral("second"));
        LibraryUpdate update(fx.catalog(), smallBatches());
        update.addStage(first);
        update.addStage(second);
        QStringList steps, finished;
        LibraryUpdate::Observer observer;
        observer.progress = [&](const LibraryUpdate::Progress &p) {
            if (steps.isEmpty() || steps.last() != label(p))
                steps << label(p);
        };
        observer.stepFinished = [&](LibraryUpdate::Step step, const LibraryUpdate::Report &r) {
            finished << (step == LibraryUpdate::Step::Stage ? r.stages.back().name : QString::number(int(step)));
        };
        const auto report = update.run(observer);

        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QVERIFY(!report.cancelled);
        QCOMPARE(steps, QStringList({"roots", "scan", "stage first", "stage second", "hashes"}));
        QCOMPARE(finished, QStringList({QString::number(int(LibraryUpdate::Step::Roots)),
                                        QString::number(int(LibraryUpdate::Step::Scan)), "first", "second",
                                        QString::number(int(LibraryUpdate::Step::Hashes))}));
        QCOMPARE(refreshes.count(), 1); // the scan takes the roots as the update found them
        QCOMPARE(report.roots.size(), size_t(1));
        QCOMPARE(report.scan.added, kPhotos);
        QCOMPARE(std::int64_t(first.visits.size()), kPhotos);
        QCOMPARE(std::int64_t(second.visits.size()), kPhotos);
        QVERIFY(report.hashes);
        QCOMPARE(report.hashes->hashed, kPhotos);
        QCOMPARE(filesWithoutHash(fx), 0);
        for (const FileRecord &f : fx.files())
            QCOMPARE(f.contentHash.size(), 16);
#if defined(__linux__)
        QVERIFY2(report.hashes->idleIo, "the hashing threads were not in the idle I/O class");
#endif
    }

    void withoutHashingTheFilesStayUnhashed()
    {
        ScanFixture fx;
        plant(fx);
        LibraryUpdate::Options options;
        options.hashContents = false;
        const auto report = LibraryUpdate(fx.catalog(), options).run();
        QVERIFY(!report.hashes);
        QCOMPARE(filesWithoutHash(fx), kPhotos);
    }

    void cancelledRunIsFinishedByTheNextWithoutRedoing_data()
    {
        QTest::addColumn<QString>("at");
        QTest::addColumn<bool>("pause");
        for (const char *at : {"scan", "stage first", "stage second", "hashes"}) {
            QTest::addRow("cancel in %s", at) << QString::fromLatin1(at) << false;
            QTest::addRow("pause in %s", at) << QString::fromLatin1(at) << true;
        }
    }

    void cancelledRunIsFinishedByTheNextWithoutRedoing()
    {
        QFETCH(QString, at);
        QFETCH(bool, pause);
        ScanFixture fx;
        plant(fx);
        RootsRefreshCounter refreshes;
        VisitStage first(QStringLiteral("first")), second(QStringLiteral("second"));

        LibraryUpdate stopped(fx.catalog(), smallBatches());
        stopped.addStage(first);
        stopped.addStage(second);
        QStringList steps;
        LibraryUpdate::Observer observer;
        observer.progress = [&](const LibraryUpdate::Progress &p) {
            if (steps.isEmpty() || steps.last() != label(p))
                steps << label(p);
            const bool midway = p.step == LibraryUpdate::Step::Scan     ? p.scan.filesRead >= 2
                                : p.step == LibraryUpdate::Step::Stage  ? p.done >= 3
                                : p.step == LibraryUpdate::Step::Hashes ? p.hashes.filesDone >= 2
                                                                        : false;
            if (label(p) == at && midway)
                pause ? stopped.pause() : stopped.cancel();
        };
        const auto one = stopped.run(observer);
        QVERIFY2(one.error.isEmpty(), qPrintable(one.error));
        QVERIFY(one.cancelled);
        QCOMPARE(one.paused, pause);
        QCOMPARE(steps.last(), at); // nothing after the step it was stopped in
        QCOMPARE(refreshes.count(), 1);
        const std::int64_t hashedBefore = one.hashes ? one.hashes->hashed : 0;
        QCOMPARE(filesWithoutHash(fx), std::int64_t(fx.files().size()) - hashedBefore);
        QVERIFY(filesWithoutHash(fx) > 0);

        LibraryUpdate resumed(fx.catalog(), smallBatches());
        resumed.addStage(first);
        resumed.addStage(second);
        const auto two = resumed.run();
        QVERIFY2(two.error.isEmpty(), qPrintable(two.error));
        QVERIFY(!two.cancelled);
        QCOMPARE(refreshes.count(), 2); // once per run

        // Everything is done, and nothing twice.
        QCOMPARE(one.scan.added + two.scan.added, kPhotos);
        QCOMPARE(two.scan.unchanged, one.scan.added);
        QCOMPARE(std::int64_t(first.visits.size()), kPhotos);
        QCOMPARE(std::int64_t(second.visits.size()), kPhotos);
        for (const auto &visits : {first.visits, second.visits})
            for (const auto &[file, times] : visits)
                QCOMPARE(times, 1);
        QVERIFY(two.hashes);
        QCOMPARE(hashedBefore + two.hashes->hashed, kPhotos);
        QCOMPARE(filesWithoutHash(fx), 0);
    }

    void cancelledBeforeItStartsDoesNothing()
    {
        ScanFixture fx;
        plant(fx);
        RootsRefreshCounter refreshes;
        LibraryUpdate update(fx.catalog());
        update.cancel();
        const auto report = update.run();
        QVERIFY(report.cancelled);
        QCOMPARE(refreshes.count(), 0);
        QCOMPARE(fx.assetCount(), 0);
    }

    void idlePriorityIsPerThread()
    {
#if !defined(__linux__)
        QSKIP("I/O priority classes are Linux only");
#else
        bool lowered = false, idleThere = false;
        std::thread([&] {
            lowered = iopriority::lowerCurrentThread();
            idleThere = iopriority::currentThreadIsIdle();
        }).join();
        QVERIFY(lowered);
        QVERIFY(idleThere);
        QVERIFY(!iopriority::currentThreadIsIdle()); // this thread kept its class
#endif
    }
};

QTEST_GUILESS_MAIN(TestLibraryUpdate)
#include "tst_libraryupdate.moc"
