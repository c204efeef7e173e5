// ThumbnailCache (keys, atomic put, stats, prune, clear) and
// ThumbnailScheduler (priorities, reuse, cancel, duplicate requests).
#include "library/FileHasher.h"
#include "metadata/MetadataReader.h"
#include "support/TestMedia.h"
#include "thumbs/ThumbnailCache.h"
#include "thumbs/ThumbnailScheduler.h"
#include "thumbs/Thumbnailer.h"

#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <mutex>

using namespace tintype;
namespace fs = std::filesystem;

class TestThumbnailCache : public QObject {
    Q_OBJECT

    QByteArray fingerprint(char c) { return QByteArray(16, c); }

private slots:
    void initTestCase()
    {
        MetadataReader::initialize();
        QStandardPaths::setTestModeEnabled(true);
    }

    void storeIsOutsideThePhotoTreeAndPerLibrary()
    {
        const fs::path a = ThumbnailCache::defaultDirectory(QStringLiteral("/libraries/a/catalog.sqlite"));
        const fs::path b = ThumbnailCache::defaultDirectory(QStringLiteral("/libraries/b/catalog.sqlite"));
        QVERIFY(a != b);
        const QString cacheRoot = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        QVERIFY2(QString::fromStdString(a.string()).startsWith(cacheRoot), a.c_str());
        QCOMPARE(a, ThumbnailCache::defaultDirectory(QStringLiteral("/libraries/a/catalog.sqlite")));
    }

    void putGetStatsPruneClear()
    {
        QTemporaryDir dir;
        ThumbnailCache cache(fs::path(dir.path().toStdString()) / "store");
        const ThumbnailKey grid{fingerprint('a'), ThumbnailSize::Grid};
        const ThumbnailKey preview{fingerprint('a'), ThumbnailSize::Preview};
        const ThumbnailKey other{fingerprint('b'), ThumbnailSize::Grid};
        QVERIFY(!cache.contains(grid));
        QVERIFY(!cache.get(grid));
        QVERIFY(cache.put(grid, "grid-bytes").ok());
        QVERIFY(cache.put(preview, "preview-bytes!").ok());
        QVERIFY(cache.put(other, "other").ok());
        QVERIFY(cache.put(other, "other2").ok()); // replaces
        QCOMPARE(cache.get(grid).value(), QByteArray("grid-bytes"));
        QCOMPARE(cache.get(other).value(), QByteArray("other2"));
        QVERIFY(cache.entryPath(grid) != cache.entryPath(preview));
        QVERIFY(!cache.put({QByteArray(), ThumbnailSize::Grid}, "x").ok());

        // A remembered failure, until the entry is made after all.
        const ThumbnailKey bad{fingerprint('c'), ThumbnailSize::Grid};
        QVERIFY(!cache.failure(bad));
        QVERIFY(cache.putFailure(bad, QStringLiteral("truncated JPEG")).ok());
        QCOMPARE(cache.failure(bad).value(), QStringLiteral("truncated JPEG"));
        QVERIFY(!cache.contains(bad));
        QCOMPARE(cache.stats().failures, 1);
        // One remembered by the decoder before issue 25 (no header) is tried again.
        {
            fs::path old = cache.entryPath(bad);
            std::ofstream(old.replace_extension(".fail"), std::ios::binary | std::ios::trunc) << "truncated JPEG";
        }
        QVERIFY(!cache.failure(bad));
        QVERIFY(cache.putFailure(bad, QStringLiteral("truncated JPEG")).ok());
        QVERIFY(cache.put(bad, "made").ok());
        QVERIFY(!cache.failure(bad));
        QVERIFY(fs::remove(cache.entryPath(bad)));

        // An entry of an older format version is stale.
        const fs::path old = cache.directory() / "v0" / "grid" / "aa" / "old.jpg";
        fs::create_directories(old.parent_path());
        QVERIFY(test::writeBytes(old, "old"));

        ThumbnailCache::Stats s = cache.stats();
        QCOMPARE(s.gridEntries, 2);
        QCOMPARE(s.gridBytes, 10 + 6);
        QCOMPARE(s.previewEntries, 1);
        QCOMPARE(s.previewBytes, 14);
        QCOMPARE(s.staleEntries, 1);
        QVERIFY(s.diskBytes >= s.gridBytes + s.previewBytes);

        auto freed = cache.prune([&](const QByteArray &f) { return f == fingerprint('a'); });
        QVERIFY2(freed.ok(), qPrintable(freed.error()));
        QCOMPARE(freed.value(), 6 + 3);
        s = cache.stats();
        QCOMPARE(s.gridEntries, 1);
        QCOMPARE(s.previewEntries, 1);
        QCOMPARE(s.staleEntries, 0);
        QVERIFY(cache.contains(grid) && !cache.contains(other));

        QVERIFY(cache.clear().ok());
        QVERIFY(!fs::exists(cache.directory()));
        QCOMPARE(cache.stats().gridEntries, 0);
    }

    void thumbnailerMakesSmallJpeg()
    {
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "photo.jpg";
        QVERIFY(test::writeJpeg(file, QSize(3000, 2000), 3));
        auto jpeg = Thumbnailer::make(file, ThumbnailSize::Grid);
        QVERIFY2(jpeg.ok(), qPrintable(jpeg.error()));
        const QImage image = QImage::fromData(jpeg.value(), "JPG");
        QCOMPARE(image.size(), QSize(400, 266));
        QVERIFY2(jpeg->size() <= 40 * 1024, qPrintable(QString::number(jpeg->size())));
        auto preview = Thumbnailer::make(file, ThumbnailSize::Preview);
        QVERIFY(preview.ok());
        QCOMPARE(QImage::fromData(preview.value(), "JPG").size(), QSize(2048, 1365));
    }

    void madeThumbnailComesWithItsBytes()
    {
        QTemporaryDir dir;
        const fs::path root(dir.path().toStdString());
        ThumbnailCache cache(root / "store");
        QVERIFY(test::writeJpeg(root / "a.jpg", QSize(1200, 900), 1));
        const ThumbnailRequest request{root / "a.jpg", FileHasher::fingerprint(root / "a.jpg").value(),
                                       ThumbnailSize::Grid};
        ThumbnailScheduler scheduler(cache, 1);
        std::vector<ThumbnailOutcome> outcomes;
        for (int i = 0; i < 2; ++i) {
            scheduler.submit(request, ThumbnailPriority::OnScreen,
                             [&](const ThumbnailRequest &, const ThumbnailOutcome &o) { outcomes.push_back(o); });
            scheduler.waitForDone();
        }
        QCOMPARE(outcomes.size(), std::size_t(2));
        QCOMPARE(outcomes[0].kind, ThumbnailOutcome::Kind::Made);
        QCOMPARE(std::optional(outcomes[0].jpeg), cache.get(request.key())); // what was stored
        QCOMPARE(outcomes[1].kind, ThumbnailOutcome::Kind::Reused);
        QVERIFY(outcomes[1].jpeg.isEmpty()); // reused: not read for nobody
    }

    void schedulerRunsOnScreenFirstAndReuses()
    {
        QTemporaryDir dir;
        const fs::path root(dir.path().toStdString());
        ThumbnailCache cache(root / "store");
        std::vector<ThumbnailRequest> requests;
        for (int i = 0; i < 12; ++i) {
            const fs::path file = root / ("p" + std::to_string(i) + ".jpg");
            QVERIFY(test::writeJpeg(file, QSize(1200, 900), i));
            requests.push_back({file, FileHasher::fingerprint(file).value(), ThumbnailSize::Grid});
        }
        std::mutex mutex;
        std::vector<int> order;
        std::vector<ThumbnailOutcome::Kind> kinds(requests.size());
        {
            ThumbnailScheduler scheduler(cache, 1);
            QCOMPARE(scheduler.threadCount(), 1);
            for (std::size_t i = 0; i + 1 < requests.size(); ++i)
                scheduler.submit(requests[i], ThumbnailPriority::Background,
                                 [&, i](const ThumbnailRequest &, const ThumbnailOutcome &o) {
                                     std::lock_guard lock(mutex);
                                     order.push_back(int(i));
                                     kinds[i] = o.kind;
                                 });
            const std::size_t last = requests.size() - 1;
            scheduler.submit(requests[last], ThumbnailPriority::OnScreen,
                             [&](const ThumbnailRequest &, const ThumbnailOutcome &o) {
                                 std::lock_guard lock(mutex);
                                 order.push_back(int(last));
                                 kinds[last] = o.kind;
                             });
            scheduler.waitForDone();
        }
        QCOMPARE(order.size(), requests.size());
        // At most the one background job already running finishes before it.
        const auto position = std::find(order.begin(), order.end(), int(requests.size() - 1)) - order.begin();
        QVERIFY2(position <= 1, qPrintable(QString::number(position)));
        for (auto k : kinds)
            QCOMPARE(k, ThumbnailOutcome::Kind::Made);
        QCOMPARE(cache.stats().gridEntries, std::int64_t(requests.size()));

        // Again: everything is reused (resumable: what is cached is done).
        ThumbnailScheduler again(cache, 2);
        std::atomic<int> reused{0};
        for (const auto &r : requests)
            again.submit(r, ThumbnailPriority::Background, [&](const ThumbnailRequest &, const ThumbnailOutcome &o) {
                reused += o.kind == ThumbnailOutcome::Kind::Reused ? 1 : 0;
            });
        again.waitForDone();
        QCOMPARE(reused.load(), int(requests.size()));
    }

    void cancelAndDuplicates()
    {
        QTemporaryDir dir;
        const fs::path root(dir.path().toStdString());
        ThumbnailCache cache(root / "store");
        const fs::path file = root / "p.jpg";
        QVERIFY(test::writeJpeg(file, QSize(2400, 1600), 1));
        const QByteArray fp = FileHasher::fingerprint(file).value();
        std::atomic<int> made{0}, cancelled{0}, calls{0};
        const auto count = [&](const ThumbnailRequest &, const ThumbnailOutcome &o) {
            ++calls;
            made += o.kind == ThumbnailOutcome::Kind::Made ? 1 : 0;
            cancelled += o.kind == ThumbnailOutcome::Kind::Cancelled ? 1 : 0;
        };
        ThumbnailScheduler scheduler(cache, 1);
        // Keep the single worker busy, then queue the same thumbnail twice.
        for (int i = 0; i < 3; ++i) {
            const fs::path f = root / ("busy" + std::to_string(i) + ".jpg");
            QVERIFY(test::writeJpeg(f, QSize(3000, 2000), 10 + i));
            scheduler.submit({f, FileHasher::fingerprint(f).value(), ThumbnailSize::Preview},
                             ThumbnailPriority::Background, {});
        }
        const auto first = scheduler.submit({file, fp, ThumbnailSize::Grid}, ThumbnailPriority::Background, count);
        const auto second = scheduler.submit({file, fp, ThumbnailSize::Grid}, ThumbnailPriority::OnScreen, count);
        QCOMPARE(first, second); // one job, moved up, two callbacks
        const fs::path other = root / "q.jpg";
        QVERIFY(test::writeJpeg(other, QSize(800, 600), 2));
        const auto dropped = scheduler.submit({other, FileHasher::fingerprint(other).value(), ThumbnailSize::Grid},
                                              ThumbnailPriority::Background, count);
        QVERIFY(scheduler.cancel(dropped));
        QVERIFY(!scheduler.cancel(dropped));
        scheduler.waitForDone();
        QCOMPARE(made.load(), 2);
        QCOMPARE(cancelled.load(), 1);
        QCOMPARE(calls.load(), 3);
        QVERIFY(!cache.contains({FileHasher::fingerprint(other).value(), ThumbnailSize::Grid}));
    }
};

QTEST_GUILESS_MAIN(TestThumbnailCache)
#include "tst_thumbnailcache.moc"
