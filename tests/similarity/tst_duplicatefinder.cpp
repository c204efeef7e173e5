// Duplicate groups over a scanned library of generated copies: every kind of
// copy joins its original and the original is proposed; burst frames stay
// apart; exact copies by content hash; merge moves albums, rating and GPS, and
// undo brings everything back.
#include "catalog/AlbumRepository.h"
#include "catalog/AssetRepository.h"
#include "catalog/DuplicateQueries.h"
#include "catalog/UserDecisionRepository.h"
#include "library/ContentHasher.h"
#include "metadata/MetadataReader.h"
#include "similarity/BestCopyChooser.h"
#include "similarity/DuplicateFinder.h"
#include "similarity/DuplicateResolver.h"
#include "similarity/SimilarityIndexer.h"
#include "thumbs/ThumbnailCache.h"

#include "SyntheticScene.h"
#include "support/FolderTrash.h"
#include "support/ScanFixture.h"
#include "support/TestMedia.h"

#include <QTest>
#include <QThreadPool>
#include <QTransform>

using namespace tintype;
namespace fs = std::filesystem;

namespace {
const QSize kSize(1200, 900);

bool setCameraMetadata(const fs::path &file, bool gps)
{
    QList<QPair<QString, QString>> values = {{"Exif.Image.Make", "Canon"},
                                             {"Exif.Image.Model", "Canon EOS 80D"},
                                             {"Exif.Photo.DateTimeOriginal", "2019:06:12 15:30:12"}};
    if (gps)
        values += {{"Exif.GPSInfo.GPSLatitudeRef", "N"},
                   {"Exif.GPSInfo.GPSLatitude", "48/1 51/1 2970/100"},
                   {"Exif.GPSInfo.GPSLongitudeRef", "E"},
                   {"Exif.GPSInfo.GPSLongitude", "2/1 21/1 720/100"}};
    return test::setMetadata(file, values);
}

const DuplicateGroup *groupWith(const std::vector<DuplicateGroup> &groups, const QByteArray &relPath)
{
    for (const DuplicateGroup &g : groups)
        for (const DuplicateMember &m : g.members)
            if (m.facts.relPath == relPath)
                return &g;
    return nullptr;
}
} // namespace

class DuplicateFinderTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_cacheDir;

    std::vector<DuplicateGroup> findNear(test::ScanFixture &fixture)
    {
        ThumbnailCache cache(fs::path(m_cacheDir.path().toStdString()));
        SimilarityIndexer indexer(fixture.catalog(), cache);
        const auto report = indexer.run();
        if (!report.error.isEmpty() || !report.failures.empty())
            qWarning("indexer: %s", qPrintable(report.error));
        DuplicateFinder finder(fixture.catalog(), cache);
        DuplicateFinder::Options options;
        options.near = true;
        auto groups = finder.find(options);
        return groups ? std::move(groups).value() : std::vector<DuplicateGroup>{};
    }

private slots:
    void alikeCopiesAreCountedInTheShortList()
    {
        DuplicateGroup group;
        DuplicateMember camera;
        camera.facts = {.relPath = "Camera/IMG_1.JPG",
                        .format = QStringLiteral("jpeg"),
                        .width = 1800,
                        .height = 1200,
                        .make = QStringLiteral("Canon"),
                        .model = QStringLiteral("EOS 80D"),
                        .captureSource = 1};
        group.members.push_back(camera);
        for (int i = 0; i < 3; ++i) {
            DuplicateMember copy;
            copy.facts = {.relPath = "Copies/c" + QByteArray::number(i) + ".jpg",
                          .format = QStringLiteral("jpeg"),
                          .width = 1800,
                          .height = 1200};
            group.members.push_back(copy);
        }
        BestCopyChooser::propose(group);
        QCOMPARE(group.explanationLines.size(), 2);
        QVERIFY2(group.explanationLines[0].startsWith(QStringLiteral("Keeps 1800×1200")),
                 qPrintable(group.explanationLines[0]));
        QVERIFY2(group.explanationLines[1].startsWith(QStringLiteral("Trashes 3 alike copies: ")),
                 qPrintable(group.explanationLines[1]));
        QCOMPARE(group.explanation.count(QStringLiteral("removes")), 3); // the CLI's sentence names each
    }

    void initTestCase() { MetadataReader::initialize(); }

    void copiesJoinTheirOriginalWhichIsProposed()
    {
        test::ScanFixture fixture;
        const fs::path root = fixture.photos();
        const QImage scene = test::syntheticScene(kSize, 42);
        QVERIFY(test::writeImage(root / "Camera" / "IMG_0001.JPG", scene, "JPEG", 95));
        QVERIFY(setCameraMetadata(root / "Camera" / "IMG_0001.JPG", true));
        const fs::path album = root / "Takeout" / "Album X";
        QVERIFY(test::writeImage(album / "resized.jpg",
                                 scene.scaled(600, 450, Qt::IgnoreAspectRatio, Qt::SmoothTransformation), "JPEG", 85));
        QVERIFY(test::writeImage(album / "q50.jpg", scene, "JPEG", 50));
        QVERIFY(test::writeImage(album / "rotated.jpg", scene.transformed(QTransform().rotate(90)), "JPEG", 85));
        // Stored turned left, shown upright by its EXIF orientation (6: turn right).
        QVERIFY(test::writeImage(album / "exif-turned.jpg", scene.transformed(QTransform().rotate(-90)), "JPEG", 85));
        QVERIFY(setCameraMetadata(album / "exif-turned.jpg", true));
        QVERIFY(test::setMetadata(album / "exif-turned.jpg", {{"Exif.Image.Orientation", "6"}}));
        QVERIFY(test::writeImage(album / "mirrored.jpg", scene.mirrored(true, false), "JPEG", 85));
        QVERIFY(test::writeImage(album / "cropped.jpg", test::croppedCopy(scene, 0.02), "JPEG", 90));
        QVERIFY(test::writeImage(album / "stripped.jpg", scene, "JPEG", 92)); // no metadata at all
        QVERIFY(test::writeImage(album / "converted.png", scene, "PNG", -1));
        // A burst: the same scene, the subject moving.
        for (int frame = 0; frame < 3; ++frame) {
            const fs::path file = root / "Burst" / ("BURST_" + std::to_string(frame) + ".JPG");
            QVERIFY(test::writeImage(file, test::syntheticScene(kSize, 7, 0.04 * frame), "JPEG", 95));
            QVERIFY(setCameraMetadata(file, false));
        }
        QVERIFY(test::writeImage(root / "other.jpg", test::syntheticScene(kSize, 99), "JPEG", 90));
        fixture.addRoot();
        fixture.scan();

        const auto groups = findNear(fixture);
        const DuplicateGroup *group = groupWith(groups, "Camera/IMG_0001.JPG");
        QVERIFY(group);
        QStringList members;
        for (const DuplicateMember &m : group->members)
            members << QString::fromUtf8(m.facts.relPath);
        members.sort();
        QCOMPARE(members,
                 QStringList({"Camera/IMG_0001.JPG", "Takeout/Album X/converted.png", "Takeout/Album X/cropped.jpg",
                              "Takeout/Album X/exif-turned.jpg", "Takeout/Album X/mirrored.jpg",
                              "Takeout/Album X/q50.jpg", "Takeout/Album X/resized.jpg", "Takeout/Album X/rotated.jpg",
                              "Takeout/Album X/stripped.jpg"}));
        QCOMPARE(group->kind, DuplicateGroup::Kind::Near);
        QCOMPARE(group->members[std::size_t(group->keep)].facts.relPath, QByteArray("Camera/IMG_0001.JPG"));
        QVERIFY(group->similarity > 0.8 && group->similarity <= 1.0);
        QVERIFY2(group->explanation.startsWith(QStringLiteral("keeps 1200×900 with capture time and GPS; removes ")),
                 qPrintable(group->explanation));
        QVERIFY2(
            group->explanation.contains(QStringLiteral("removes 600×450 copy without metadata in Takeout/Album X")),
            qPrintable(group->explanation));
        // The app's short list: the kept copy, then each kind of removed copy once.
        QCOMPARE(group->explanationLines.value(0), QStringLiteral("Keeps 1200×900 with capture time and GPS"));
        QVERIFY(group->explanationLines.size() >= 2 && group->explanationLines.size() <= int(group->members.size()));
        for (const QString &line : group->explanationLines.mid(1))
            QVERIFY2(line.startsWith(QStringLiteral("Trashes ")), qPrintable(line));
        QStringList distinct = group->explanationLines;
        QCOMPARE(distinct.removeDuplicates(), 0);
        for (const DuplicateGroup &g : groups) {
            int frames = 0;
            for (const DuplicateMember &m : g.members)
                frames += m.facts.relPath.startsWith("Burst/") ? 1 : 0;
            QVERIFY2(frames <= 1, "frames of a burst were grouped");
            QVERIFY(!groupWith({g}, "other.jpg") || g.members.size() == 1);
        }
        QCOMPARE(int(groups.size()), 1);
    }

    void exactCopiesByContentHash()
    {
        test::ScanFixture fixture;
        QVERIFY(test::writeJpeg(fixture.photos() / "a.jpg", QSize(640, 480), 3));
        fs::create_directories(fixture.photos() / "backup");
        fs::copy_file(fixture.photos() / "a.jpg", fixture.photos() / "backup" / "a.jpg");
        QVERIFY(test::writeJpeg(fixture.photos() / "b.jpg", QSize(640, 480), 4));
        fixture.addRoot();
        fixture.scan();
        ContentHasher(fixture.catalog()).run();
        ThumbnailCache cache(fs::path(m_cacheDir.path().toStdString()));
        DuplicateFinder finder(fixture.catalog(), cache);
        const auto groups = finder.find({});
        QVERIFY(groups);
        QCOMPARE(int(groups->size()), 1);
        QCOMPARE(groups->front().kind, DuplicateGroup::Kind::Exact);
        QCOMPARE(groups->front().similarity, 1.0);
        QCOMPARE(int(groups->front().members.size()), 2);
    }

    void mergeMovesAlbumRatingGpsAndUndoRestores()
    {
        test::ScanFixture fixture;
        const fs::path root = fixture.photos();
        const QImage scene = test::syntheticScene(kSize, 5);
        QVERIFY(test::writeImage(root / "IMG_0005.JPG", scene, "JPEG", 95));
        QVERIFY(setCameraMetadata(root / "IMG_0005.JPG", false)); // the camera file, no position
        QVERIFY(test::writeImage(root / "Takeout" / "small.jpg", scene.scaled(800, 600), "JPEG", 80));
        QVERIFY(test::setMetadata(root / "Takeout" / "small.jpg", {{"Exif.GPSInfo.GPSLatitudeRef", "N"},
                                                                   {"Exif.GPSInfo.GPSLatitude", "10/1 0/1 0/1"},
                                                                   {"Exif.GPSInfo.GPSLongitudeRef", "W"},
                                                                   {"Exif.GPSInfo.GPSLongitude", "20/1 0/1 0/1"}}));
        fixture.addRoot();
        fixture.scan();
        const std::int64_t original = fixture.assetOf("IMG_0005.JPG")->id;
        const std::int64_t copy = fixture.assetOf("Takeout/small.jpg")->id;
        std::int64_t albumId = 0;
        QVERIFY(fixture.catalog().write([&] {
            AlbumRepository albums(fixture.catalog());
            albumId = albums.create(QStringLiteral("Trip"), QString(), 0);
            albums.addItem(albumId, copy);
            UserDecisionRepository(fixture.catalog()).setRating({copy}, 4);
        }));
        const QStringList before = test::snapshotTree(root);

        const auto groups = findNear(fixture);
        QCOMPARE(int(groups.size()), 1);
        const DuplicateGroup &group = groups.front();
        QCOMPARE(group.members[std::size_t(group.keep)].facts.assetId, original);

        QTemporaryDir trashDir;
        const fs::path trash(trashDir.path().toStdString());
        DuplicateResolver resolver(fixture.catalog(), test::folderTrash(trash));
        // The plan alone changes nothing.
        QVERIFY(DuplicateResolver::plan(group).join('\n').contains(QStringLiteral("albums Trip")));
        QCOMPARE(test::snapshotTree(root), before);

        const auto id = resolver.apply(group);
        QVERIFY2(id, qPrintable(id.error()));
        QVERIFY(!fs::exists(root / "Takeout" / "small.jpg"));
        QVERIFY(fs::exists(trash / "files" / "small.jpg"));
        QVERIFY(fixture.assetOf("Takeout/small.jpg") == std::nullopt);
        std::vector<DuplicateQueries::MemberFacts> facts;
        std::vector<std::int64_t> albumItems;
        QVERIFY(fixture.catalog().read([&] {
            facts = DuplicateQueries(fixture.catalog()).facts({original});
            albumItems = AlbumRepository(fixture.catalog()).items(albumId);
        }));
        QCOMPARE(albumItems, std::vector<std::int64_t>{original});
        QCOMPARE(facts.front().rating, std::optional<int>(4));
        QVERIFY(facts.front().hasGps);
        const auto kept = fixture.assetOf("IMG_0005.JPG");
        QCOMPARE(qRound(*kept->metadata.latitude), 10);
        QCOMPARE(qRound(*kept->metadata.longitude), -20);

        // Undo: the file is back, the copy has its album and rating, the original its own values.
        QVERIFY(resolver.undo(id.value()));
        QCOMPARE(test::snapshotTree(root), before);
        QVERIFY(fixture.catalog().read([&] {
            facts = DuplicateQueries(fixture.catalog()).facts({original, copy});
            albumItems = AlbumRepository(fixture.catalog()).items(albumId);
        }));
        QCOMPARE(albumItems, std::vector<std::int64_t>{copy});
        QCOMPARE(int(facts.size()), 2);
        QVERIFY(!facts[0].hasGps);
        QVERIFY(!facts[0].rating);
        QCOMPARE(facts[1].rating, std::optional<int>(4));
        QVERIFY(!resolver.undo(id.value()));        // once only
        QCOMPARE(int(findNear(fixture).size()), 1); // the pair is found again

        // "Not duplicates" keeps them apart from then on.
        QVERIFY(resolver.dismiss(findNear(fixture).front()));
        QCOMPARE(int(findNear(fixture).size()), 0);
    }

    void trashFailureChangesNothing()
    {
        test::ScanFixture fixture;
        const QImage scene = test::syntheticScene(kSize, 8);
        QVERIFY(test::writeImage(fixture.photos() / "a.jpg", scene, "JPEG", 95));
        QVERIFY(test::writeImage(fixture.photos() / "b.jpg", scene.scaled(600, 450), "JPEG", 80));
        fixture.addRoot();
        fixture.scan();
        const QStringList before = test::snapshotTree(fixture.photos());
        const auto groups = findNear(fixture);
        QCOMPARE(int(groups.size()), 1);
        DuplicateResolver resolver(fixture.catalog(), [](const fs::path &) {
            return Result<QString>::failure(QStringLiteral("the trash is full"));
        });
        const auto id = resolver.apply(groups.front());
        QVERIFY(!id);
        QCOMPARE(id.error(), QStringLiteral("the trash is full"));
        QCOMPARE(test::snapshotTree(fixture.photos()), before);
        QCOMPARE(int(findNear(fixture).size()), 1);
    }

    void cancelStopsTheVerification()
    {
        test::ScanFixture fixture;
        const QImage scene = test::syntheticScene(QSize(480, 360), 11);
        for (int i = 0; i < 5; ++i) // 10 candidate pairs
            QVERIFY(test::writeImage(fixture.photos() / ("copy" + std::to_string(i) + ".jpg"),
                                     scene.scaled(480 - 40 * i, 360 - 30 * i), "JPEG", 95 - 5 * i));
        fixture.addRoot();
        fixture.scan();
        QCOMPARE(int(findNear(fixture).size()), 1); // hashed; one group when not cancelled
        std::atomic<int> verified{0};
        DuplicateFinder *running = nullptr;
        DuplicateFinder finder(fixture.catalog(), [&](const auto &, const auto &, ImageTransform, double) {
            ++verified;
            running->cancel(); // as a Cancel button does, from another thread
            return std::optional<double>(1.0);
        });
        running = &finder;
        DuplicateFinder::Options options;
        options.near = true;
        const int threads = QThreadPool::globalInstance()->maxThreadCount();
        QThreadPool::globalInstance()->setMaxThreadCount(1); // the pool's thread and the waiting one
        const auto groups = finder.find(options);
        QThreadPool::globalInstance()->setMaxThreadCount(threads);
        QVERIFY(!groups);
        QCOMPARE(groups.error(), DuplicateFinder::cancelledMessage());
        QVERIFY2(verified.load() <= 2, qPrintable(QString::number(verified.load())));
    }

    void undecodableFilesAreReportedNotFatal()
    {
        test::ScanFixture fixture;
        QVERIFY(test::writeImage(fixture.photos() / "good.jpg", test::syntheticScene(QSize(320, 240), 1), "JPEG", 90));
        QVERIFY(test::writeBytes(fixture.photos() / "truncated.jpg",
                                 test::readBytes(fixture.photos() / "good.jpg").left(700)));
        fixture.addRoot();
        fixture.scan();
        ThumbnailCache cache(fs::path(m_cacheDir.path().toStdString()));
        const auto report = SimilarityIndexer(fixture.catalog(), cache).run();
        QVERIFY(report.error.isEmpty());
        QCOMPARE(report.hashed, 1);
        QCOMPARE(int(report.failures.size()), 1);
        QVERIFY(!report.failures.front().reason.isEmpty());
        // Stored: a second run has nothing to do.
        QCOMPARE(SimilarityIndexer(fixture.catalog(), cache).run().hashed, 0);
    }
};

QTEST_GUILESS_MAIN(DuplicateFinderTest)
#include "tst_duplicatefinder.moc"
