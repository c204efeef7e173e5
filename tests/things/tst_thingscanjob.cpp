// ThingScanJob over a scanned library: things are stored per photo with boxes
// relative to the upright picture; the cached preview (else the grid thumbnail) is used when there is one;
// a corrupt photo gets a pass with its reason while the run goes on; a cancelled
// run resumes; a second run has nothing left; a pass of another model version runs
// again; a label the user removed does not come back.
#include "ThingTestModels.h"
#include "support/Prerequisite.h"

#include "catalog/ThingRepository.h"
#include "support/ScanFixture.h"
#include "things/ThingModels.h"
#include "things/ThingScanJob.h"
#include "thumbs/ThumbnailCache.h"

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <fstream>

using namespace tintype;

namespace {
bool saveJpeg(const QImage &image, const std::filesystem::path &file)
{
    return image.save(QString::fromStdString(file.string()), "JPEG", 95);
}

bool hasLabel(const std::vector<ThingRecord> &things, const char *label)
{
    return std::any_of(things.begin(), things.end(),
                       [&](const ThingRecord &t) { return t.label == QLatin1String(label); });
}
} // namespace

class TestThingScanJob : public QObject {
    Q_OBJECT

    QString m_models;

    ThingScanJob::Options options(const std::filesystem::path &cache = {}) const
    {
        ThingScanJob::Options o;
        o.modelDirectory = m_models;
        o.jobs = 2;
        o.thumbnailCache = cache;
        return o;
    }

    static std::vector<ThingRecord> thingsOf(test::ScanFixture &fx, const QByteArray &relPath)
    {
        std::vector<ThingRecord> things;
        if (const auto asset = fx.assetOf(relPath))
            (void)fx.catalog().read([&] { things = ThingRepository(fx.catalog()).ofAsset(asset->id); });
        return things;
    }

    // dog.jpg, cat.jpg, bicycle.jpg and broken.jpg (not a JPEG) in a scanned library.
    bool makeLibrary(test::ScanFixture &fx)
    {
        if (!fx.isValid())
            return false;
        for (const char *name : {"dog", "cat", "bicycle"})
            if (!saveJpeg(QImage(test::thingTestData(QLatin1String(name) + QStringLiteral(".png"))),
                          fx.photos() / (std::string(name) + ".jpg")))
                return false;
        std::ofstream(fx.photos() / "broken.jpg") << "\xFF\xD8\xFF\xE0 not really a JPEG";
        if (fx.addRoot() <= 0)
            return false;
        fx.scan();
        return fx.assetCount() == 4;
    }

private slots:
    void initTestCase()
    {
        m_models = test::thingModelDirectory();
        TT_REQUIRE_PREREQUISITE(ThingModels::present(m_models), ThingModels::installHint(m_models));
    }

    void findsThingsAndRecordsFailures()
    {
        test::ScanFixture fx;
        QVERIFY(makeLibrary(fx));
        std::atomic<bool> cancel{false};
        auto report = ThingScanJob(fx.catalog(), options()).run({}, cancel);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->progress.total, std::int64_t(4));
        QCOMPARE(report->progress.done, std::int64_t(4));
        QCOMPARE(report->progress.failed, std::int64_t(1));
        QCOMPARE(report->failures.size(), std::size_t(1));
        QVERIFY(report->failures[0].path.filename() == "broken.jpg");

        const std::vector<ThingRecord> dog = thingsOf(fx, "dog.jpg");
        QVERIFY(hasLabel(dog, "dog"));
        QVERIFY(hasLabel(thingsOf(fx, "cat.jpg"), "cat"));
        for (const ThingRecord &t : dog)
            QVERIFY(QRectF(0, 0, 1, 1).contains(t.box));

        // Nothing left: a second run does no photo.
        auto again = ThingScanJob(fx.catalog(), options()).run({}, cancel);
        QVERIFY(again.ok());
        QCOMPARE(again->progress.done, std::int64_t(0));

        // Counts and search.
        std::vector<ThingRepository::LabelCount> counts;
        std::vector<std::int64_t> dogs;
        QVERIFY(fx.catalog().read([&] {
            ThingRepository repo(fx.catalog());
            counts = repo.labelCounts();
            dogs = repo.assetsWithLabels({QStringLiteral("dog")});
        }));
        QVERIFY(std::any_of(counts.begin(), counts.end(),
                            [](const auto &c) { return c.label == QLatin1String("dog") && c.assets == 1; }));
        QCOMPARE(dogs, std::vector<std::int64_t>{fx.assetOf("dog.jpg")->id});
    }

    void aRemovedLabelNeverComesBack()
    {
        test::ScanFixture fx;
        QVERIFY(makeLibrary(fx));
        std::atomic<bool> cancel{false};
        QVERIFY(ThingScanJob(fx.catalog(), options()).run({}, cancel).ok());
        QVERIFY(hasLabel(thingsOf(fx, "bicycle.jpg"), "bicycle"));
        QVERIFY(hasLabel(thingsOf(fx, "bicycle.jpg"), "person"));
        const std::int64_t id = fx.assetOf("bicycle.jpg")->id;
        bool removed = false;
        QVERIFY(fx.catalog().write([&] { removed = ThingRepository(fx.catalog()).removeLabel(id, "bicycle"); }));
        QVERIFY(removed);
        QVERIFY(!hasLabel(thingsOf(fx, "bicycle.jpg"), "bicycle"));
        // A pass of another model version runs again, and keeps the bicycle out.
        QVERIFY(fx.catalog().write([&] {
            std::vector<ThingRecord> none;
            ThingRepository(fx.catalog()).recordPass(id, QStringLiteral("older-model"), none, {}, 0);
        }));
        QVERIFY(thingsOf(fx, "bicycle.jpg").empty());
        auto rerun = ThingScanJob(fx.catalog(), options()).run({}, cancel);
        QVERIFY(rerun.ok());
        QCOMPARE(rerun->progress.done, std::int64_t(1));
        QVERIFY(!hasLabel(thingsOf(fx, "bicycle.jpg"), "bicycle"));
        QVERIFY(hasLabel(thingsOf(fx, "bicycle.jpg"), "person")); // its other things are back
    }

    void cancelledRunResumes()
    {
        test::ScanFixture fx;
        QVERIFY(makeLibrary(fx));
        std::atomic<bool> cancel{true};
        auto stopped = ThingScanJob(fx.catalog(), options()).run({}, cancel);
        QVERIFY(stopped.ok());
        QVERIFY(stopped->cancelled);
        QCOMPARE(stopped->progress.done, std::int64_t(0));
        cancel = false;
        auto resumed = ThingScanJob(fx.catalog(), options()).run({}, cancel);
        QVERIFY(resumed.ok());
        QCOMPARE(resumed->progress.done, std::int64_t(4));
    }

    // A paused run does nothing until resumed.
    void pausedRunWaits()
    {
        test::ScanFixture fx;
        QVERIFY(makeLibrary(fx));
        std::atomic<bool> cancel{false}, paused{true};
        std::atomic<std::int64_t> seen{-1};
        std::thread resume([&] {
            QTest::qWait(300);
            seen = 0;
            paused = false;
        });
        auto report = ThingScanJob(fx.catalog(), options())
                          .run(
                              [&](const ThingScanJob::Progress &p) {
                                  if (seen.load() < 0)
                                      seen = -2; // progress while still paused
                                  (void)p;
                              },
                              cancel, &paused);
        resume.join();
        QVERIFY(report.ok());
        QCOMPARE(report->progress.done, std::int64_t(4));
        QVERIFY(seen.load() != -2);
    }

    // With the thumbnail cache holding a photo's preview, the pass reads the preview
    // (here: a preview showing a cat, for a file showing a dog).
    void usesTheCachedPreview()
    {
        test::ScanFixture fx;
        QVERIFY(makeLibrary(fx));
        QTemporaryDir cacheDir;
        ThumbnailCache cache(cacheDir.path().toStdString());
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QImage(test::thingTestData(QStringLiteral("cat.png"))).scaled(2048, 1536).save(&buffer, "JPEG", 90);
        QVERIFY(cache.put({fx.file("dog.jpg")->fingerprint, ThumbnailSize::Preview}, jpeg));
        std::atomic<bool> cancel{false};
        auto report = ThingScanJob(fx.catalog(), options(cache.directory())).run({}, cancel);
        QVERIFY(report.ok());
        QCOMPARE(report->progress.fromPreview, std::int64_t(1));
        QVERIFY(hasLabel(thingsOf(fx, "dog.jpg"), "cat"));
    }

    // The app's thumbnail stage makes only the 400 px grid thumbnails, below the
    // detector's 512: without a preview the pass reads a JPEG original (by DCT
    // scaling), not the grid thumbnail (here: a grid thumbnail showing a cat, for
    // a file showing a dog); a preview wins over both.
    void readsTheJpegOriginalNotTheGridThumbnail()
    {
        test::ScanFixture fx;
        QVERIFY(makeLibrary(fx));
        QTemporaryDir cacheDir;
        ThumbnailCache cache(cacheDir.path().toStdString());
        const QSize grid(thumbnailsize::longEdge(ThumbnailSize::Grid),
                         thumbnailsize::longEdge(ThumbnailSize::Grid) * 3 / 4);
        QVERIFY(
            cache.put({fx.file("dog.jpg")->fingerprint, ThumbnailSize::Grid}, jpeg(QStringLiteral("cat.png"), grid)));
        QVERIFY(
            cache.put({fx.file("cat.jpg")->fingerprint, ThumbnailSize::Grid}, jpeg(QStringLiteral("dog.png"), grid)));
        QVERIFY(cache.put({fx.file("cat.jpg")->fingerprint, ThumbnailSize::Preview},
                          jpeg(QStringLiteral("cat.png"), QSize(2048, 1536))));
        std::atomic<bool> cancel{false};
        auto report = ThingScanJob(fx.catalog(), options(cache.directory())).run({}, cancel);
        QVERIFY(report.ok());
        QCOMPARE(report->progress.fromPreview, std::int64_t(1));
        QVERIFY(hasLabel(thingsOf(fx, "dog.jpg"), "dog"));
        QVERIFY(!hasLabel(thingsOf(fx, "dog.jpg"), "cat"));
        QVERIFY(hasLabel(thingsOf(fx, "cat.jpg"), "cat")); // its preview, not its grid thumbnail's dog
        QVERIFY(!hasLabel(thingsOf(fx, "cat.jpg"), "dog"));
    }

    // The input is the detector's 512 px: a 12 MP JPEG read at 512 px (not the
    // cached 400 px grid thumbnail); a PNG, whose original costs more, from its
    // grid thumbnail when there is one, else from the original.
    void inputIsAtLeast512()
    {
        QTemporaryDir dir, cacheDir;
        ThumbnailCache cache(cacheDir.path().toStdString());
        const QImage big = QImage(test::thingTestData(QStringLiteral("cat.png"))).scaled(4000, 3000);
        const std::filesystem::path photo = dir.filePath(QStringLiteral("big.jpg")).toStdString();
        const std::filesystem::path png = dir.filePath(QStringLiteral("big.png")).toStdString();
        QVERIFY(saveJpeg(big, photo));
        QVERIFY(big.scaled(1600, 1200).save(QString::fromStdString(png.string()), "PNG"));
        const QSize grid(thumbnailsize::longEdge(ThumbnailSize::Grid),
                         thumbnailsize::longEdge(ThumbnailSize::Grid) * 3 / 4);
        QVERIFY(cache.put({"jpeg", ThumbnailSize::Grid}, jpeg(QStringLiteral("cat.png"), grid)));
        QVERIFY(cache.put({"png", ThumbnailSize::Grid}, jpeg(QStringLiteral("cat.png"), grid)));

        auto jpegInput = ThingScanJob::input(photo, "jpeg", &cache);
        QVERIFY2(jpegInput, qPrintable(jpegInput.error()));
        QVERIFY(!jpegInput->fromCache);
        QCOMPARE(jpegInput->decoded.image.size(), QSize(512, 384));
        QCOMPARE(jpegInput->decoded.sourceSize, QSize(4000, 3000));

        auto pngInput = ThingScanJob::input(png, "png", &cache);
        QVERIFY2(pngInput, qPrintable(pngInput.error()));
        QVERIFY(pngInput->fromCache);
        QCOMPARE(pngInput->decoded.image.size(), grid);
        auto pngOriginal = ThingScanJob::input(png, "png", nullptr);
        QVERIFY2(pngOriginal, qPrintable(pngOriginal.error()));
        QVERIFY(!pngOriginal->fromCache);
        QCOMPARE(pngOriginal->decoded.image.size(), QSize(512, 384));
    }

private:
    static QByteArray jpeg(const QString &picture, QSize size)
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImage(test::thingTestData(picture)).scaled(size).save(&buffer, "JPEG", 90);
        return bytes;
    }
};

QTEST_GUILESS_MAIN(TestThingScanJob)
#include "tst_thingscanjob.moc"
