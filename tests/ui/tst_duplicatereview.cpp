// The duplicate review's model over a scanned library with planted copies:
// groups appear after hashing (off the GUI thread), accept moves the other
// copies to a trash (the test's own folder) and their album and rating to the
// kept photo, skip leaves files alone, another copy can be kept, undo brings
// everything back, "not duplicates" is remembered, cancel stops.
#include "AppServices.h"
#include "DuplicateReview.h"

#include "catalog/AlbumRepository.h"
#include "catalog/SimilarityRepository.h"
#include "catalog/UserDecisionRepository.h"
#include "library/ContentHasher.h"
#include "metadata/MetadataReader.h"

#include "similarity/SyntheticScene.h"
#include "support/FolderTrash.h"
#include "support/ScanFixture.h"
#include "support/TestMedia.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
namespace fs = std::filesystem;
using Review = DuplicateReview;

namespace {
// A library with two duplicate groups: a camera photo and a smaller copy
// (in album "Trip", rated 4, with GPS), and a byte-for-byte backup copy.
struct PlantedLibrary {
    test::ScanFixture fixture;
    QTemporaryDir cacheDir, trashDir;
    std::int64_t original = 0, copy = 0, album = 0;
    std::unique_ptr<AppServices> services;
    std::unique_ptr<Review> review;

    PlantedLibrary()
    {
        const fs::path root = fixture.photos();
        const QImage scene = test::syntheticScene(QSize(800, 600), 42);
        test::writeImage(root / "Camera" / "IMG_0001.JPG", scene, "JPEG", 95);
        test::setMetadata(root / "Camera" / "IMG_0001.JPG", {{"Exif.Image.Make", "Canon"},
                                                             {"Exif.Image.Model", "Canon EOS 80D"},
                                                             {"Exif.Photo.DateTimeOriginal", "2019:06:12 15:30:12"}});
        test::writeImage(root / "Takeout" / "small.jpg", scene.scaled(400, 300), "JPEG", 80);
        test::setMetadata(root / "Takeout" / "small.jpg", {{"Exif.GPSInfo.GPSLatitudeRef", "N"},
                                                           {"Exif.GPSInfo.GPSLatitude", "10/1 0/1 0/1"},
                                                           {"Exif.GPSInfo.GPSLongitudeRef", "W"},
                                                           {"Exif.GPSInfo.GPSLongitude", "20/1 0/1 0/1"}});
        test::writeImage(root / "Other" / "IMG_0002.JPG", test::syntheticScene(QSize(640, 480), 7), "JPEG", 90);
        fs::create_directories(root / "Backup");
        fs::copy_file(root / "Other" / "IMG_0002.JPG", root / "Backup" / "IMG_0002.JPG");
        test::writeImage(root / "alone.jpg", test::syntheticScene(QSize(640, 480), 99), "JPEG", 90);
        fixture.addRoot();
        fixture.scan();
        ContentHasher(fixture.catalog()).run();
        original = fixture.assetOf("Camera/IMG_0001.JPG")->id;
        copy = fixture.assetOf("Takeout/small.jpg")->id;
        (void)fixture.catalog().write([&] {
            AlbumRepository albums(fixture.catalog());
            album = albums.create(QStringLiteral("Trip"), QString(), 0);
            albums.addItem(album, copy);
            UserDecisionRepository(fixture.catalog()).setRating({copy}, 4);
        });
        services = std::make_unique<AppServices>(fixture.catalog().path(), fs::path(cacheDir.path().toStdString()));
        review = std::make_unique<Review>();
        review->setServices(services.get());
        review->setTrash(test::folderTrash(trash()));
    }
    ~PlantedLibrary()
    {
        review.reset();
        services.reset();
    }
    fs::path trash() const { return fs::path(trashDir.path().toStdString()); }

    bool run(const std::function<void()> &action)
    {
        QSignalSpy finished(review.get(), &Review::finished);
        action();
        return finished.wait(60000);
    }
    // Makes the group holding `fileName` the current one.
    bool showGroupWith(const QString &fileName)
    {
        for (int g = 0; g < review->groupCount(); ++g) {
            review->setCurrentIndex(g);
            for (int row = 0; row < review->copies()->rowCount(); ++row)
                if (copyData(row, DuplicateCopies::FileNameRole).toString() == fileName)
                    return true;
        }
        return false;
    }
    QVariant copyData(int row, int role) const { return review->copies()->data(review->copies()->index(row), role); }
    int rowOf(const QString &fileName) const
    {
        for (int row = 0; row < review->copies()->rowCount(); ++row)
            if (copyData(row, DuplicateCopies::FileNameRole).toString() == fileName)
                return row;
        return -1;
    }
    SimilarityRepository::MemberFacts facts(std::int64_t assetId)
    {
        std::vector<SimilarityRepository::MemberFacts> all;
        (void)fixture.catalog().read([&] { all = SimilarityRepository(fixture.catalog()).facts({assetId}); });
        return all.empty() ? SimilarityRepository::MemberFacts{} : all.front();
    }
    std::vector<std::int64_t> albumItems()
    {
        std::vector<std::int64_t> items;
        (void)fixture.catalog().read([&] { items = AlbumRepository(fixture.catalog()).items(album); });
        return items;
    }
};
} // namespace

class TestDuplicateReview : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { MetadataReader::initialize(); }

    void groupsAppearAfterHashingWithTheProposalFirst()
    {
        PlantedLibrary lib;
        QCOMPARE(lib.review->state(), Review::State::Idle);
        QSignalSpy states(lib.review.get(), &Review::stateChanged);
        QVERIFY(lib.run([&] { lib.review->find(); }));
        QCOMPARE(lib.review->state(), Review::State::Ready);
        QCOMPARE(lib.review->groupCount(), 2);
        QCOMPARE(lib.review->pendingCount(), 2);
        QVERIFY(states.count() >= 2); // hashing (or grouping), then ready

        QVERIFY(lib.showGroupWith(QStringLiteral("small.jpg")));
        QCOMPARE(lib.review->copies()->rowCount(), 2);
        // The camera file is proposed and kept, first; the copy's differences are marked.
        QCOMPARE(lib.copyData(0, DuplicateCopies::FileNameRole).toString(), QStringLiteral("IMG_0001.JPG"));
        QVERIFY(lib.copyData(0, DuplicateCopies::KeepRole).toBool());
        QVERIFY(lib.copyData(0, DuplicateCopies::ProposedRole).toBool());
        QVERIFY(!lib.copyData(1, DuplicateCopies::KeepRole).toBool());
        QCOMPARE(lib.copyData(1, DuplicateCopies::NumberRole).toInt(), 2);
        QVERIFY(
            lib.copyData(1, DuplicateCopies::SourceRole).toString().startsWith(QStringLiteral("image://thumb/grid/")));
        QMap<QString, QVariantMap> facts;
        for (const QVariant &f : lib.copyData(1, DuplicateCopies::FactsRole).toList())
            facts.insert(f.toMap().value(QStringLiteral("label")).toString(), f.toMap());
        QCOMPARE(facts[QStringLiteral("Resolution")].value(QStringLiteral("value")).toString(),
                 QStringLiteral("400 × 300"));
        QVERIFY(facts[QStringLiteral("Resolution")].value(QStringLiteral("differs")).toBool());
        QVERIFY(facts[QStringLiteral("GPS")].value(QStringLiteral("differs")).toBool());
        QCOMPARE(facts[QStringLiteral("Albums")].value(QStringLiteral("value")).toString(), QStringLiteral("Trip"));
        QVERIFY(!facts[QStringLiteral("Format")].value(QStringLiteral("differs")).toBool());
        for (const QVariant &f : lib.copyData(0, DuplicateCopies::FactsRole).toList())
            QVERIFY(!f.toMap().value(QStringLiteral("differs")).toBool()); // the kept one is the reference
        QVERIFY(lib.review->explanation().startsWith(QStringLiteral("keeps 800×600")));
        QVERIFY(lib.review->currentSimilarity() > 0.8);
        QVERIFY(lib.review->plan().join('\n').contains(QStringLiteral("albums Trip")));
    }

    void exactOnlyWithoutNearCopies()
    {
        PlantedLibrary lib;
        lib.review->setIncludeNear(false);
        QVERIFY(lib.run([&] { lib.review->find(); }));
        QCOMPARE(lib.review->groupCount(), 1);
        QVERIFY(lib.review->currentExact());
        QCOMPARE(lib.review->currentSimilarity(), 1.0);
    }

    void acceptTrashesTheCopyMergesAndUndoRestores()
    {
        PlantedLibrary lib;
        const QStringList before = test::snapshotTree(lib.fixture.photos());
        QVERIFY(lib.run([&] { lib.review->find(); }));
        QVERIFY(lib.showGroupWith(QStringLiteral("small.jpg")));
        QSignalSpy removed(lib.services.get(), &AppServices::assetsRemoved);
        QSignalSpy reloaded(lib.services.get(), &AppServices::libraryChanged);
        QVERIFY(!lib.review->canUndo());
        QVERIFY(lib.run([&] { lib.review->accept(); }));
        QVERIFY2(!fs::exists(lib.fixture.photos() / "Takeout" / "small.jpg"), qPrintable(lib.review->message()));
        QVERIFY(fs::exists(lib.trash() / "files" / "small.jpg"));
        QVERIFY(fs::exists(lib.fixture.photos() / "Camera" / "IMG_0001.JPG"));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().first().value<QList<qint64>>(), QList<qint64>{lib.copy});
        QCOMPARE(lib.review->pendingCount(), 1);
        QVERIFY(!lib.review->stale()); // its own change does not make the groups stale
        // The merge: album, rating and GPS are on the kept photo now.
        QCOMPARE(lib.albumItems(), std::vector<std::int64_t>{lib.original});
        QCOMPARE(lib.facts(lib.original).rating, std::optional<int>(4));
        QVERIFY(lib.facts(lib.original).hasGps);
        QVERIFY(lib.fixture.assetOf("Takeout/small.jpg") == std::nullopt);

        QVERIFY(lib.review->canUndo());
        QVERIFY(lib.run([&] { lib.review->undo(); }));
        QCOMPARE(test::snapshotTree(lib.fixture.photos()), before);
        QCOMPARE(lib.albumItems(), std::vector<std::int64_t>{lib.copy});
        QVERIFY(!lib.facts(lib.original).rating);
        QCOMPARE(lib.review->pendingCount(), 2);
        QCOMPARE(lib.review->currentState(), Review::GroupState::Pending);
        QCOMPARE(reloaded.count(), 1); // the timeline reloads
        QVERIFY(!lib.review->canUndo());
    }

    void skipLeavesFilesAndApplyAllLeavesSkippedGroups()
    {
        PlantedLibrary lib;
        QVERIFY(lib.run([&] { lib.review->find(); }));
        QVERIFY(lib.showGroupWith(QStringLiteral("small.jpg")));
        const int skipped = lib.review->currentIndex();
        const QStringList before = test::snapshotTree(lib.fixture.photos());
        lib.review->skip();
        QCOMPARE(test::snapshotTree(lib.fixture.photos()), before);
        QVERIFY(lib.review->currentIndex() != skipped); // on to the next group
        QCOMPARE(lib.review->pendingCount(), 1);

        QVERIFY(lib.run([&] { lib.review->applyAll(); }));
        QCOMPARE(lib.review->pendingCount(), 0);
        QVERIFY(fs::exists(lib.fixture.photos() / "Takeout" / "small.jpg")); // the skipped group
        QCOMPARE(int(fs::exists(lib.fixture.photos() / "Other" / "IMG_0002.JPG")) +
                     int(fs::exists(lib.fixture.photos() / "Backup" / "IMG_0002.JPG")),
                 1);
        lib.review->setCurrentIndex(skipped);
        QCOMPARE(lib.review->currentState(), Review::GroupState::Skipped);
    }

    void keepAnotherCopy()
    {
        PlantedLibrary lib;
        QVERIFY(lib.run([&] { lib.review->find(); }));
        QVERIFY(lib.showGroupWith(QStringLiteral("small.jpg")));
        const int row = lib.rowOf(QStringLiteral("small.jpg"));
        lib.review->keep(row + 1);
        QVERIFY(lib.copyData(row, DuplicateCopies::KeepRole).toBool());
        QCOMPARE(lib.rowOf(QStringLiteral("small.jpg")), row); // the cards stay where they were
        QVERIFY(lib.copyData(1 - row, DuplicateCopies::ProposedRole).toBool());
        QVERIFY(lib.review->explanation().startsWith(QStringLiteral("keeps 400×300")));
        lib.review->keep(9); // no such copy: nothing changes
        QVERIFY(lib.copyData(row, DuplicateCopies::KeepRole).toBool());
        QVERIFY(lib.run([&] { lib.review->accept(); }));
        QVERIFY(fs::exists(lib.fixture.photos() / "Takeout" / "small.jpg"));
        QVERIFY(!fs::exists(lib.fixture.photos() / "Camera" / "IMG_0001.JPG"));
        QVERIFY(fs::exists(lib.trash() / "files" / "IMG_0001.JPG"));
    }

    void notDuplicatesIsRemembered()
    {
        PlantedLibrary lib;
        QVERIFY(lib.run([&] { lib.review->find(); }));
        QVERIFY(lib.showGroupWith(QStringLiteral("small.jpg")));
        QVERIFY(lib.run([&] { lib.review->dismiss(); }));
        QCOMPARE(lib.review->pendingCount(), 1);
        QVERIFY(lib.run([&] { lib.review->find(); }));
        QCOMPARE(lib.review->groupCount(), 1);
        QVERIFY(!lib.showGroupWith(QStringLiteral("small.jpg")));
    }

    void cancelStops()
    {
        PlantedLibrary lib;
        QVERIFY(lib.run([&] {
            lib.review->find();
            QCOMPARE(lib.review->state(), Review::State::Hashing);
            lib.review->cancel();
        }));
        QCOMPARE(lib.review->state(), Review::State::Idle);
        QCOMPARE(lib.review->groupCount(), 0);
        QVERIFY(!lib.review->message().isEmpty());
    }

    void otherChangesMakeTheGroupsStale()
    {
        PlantedLibrary lib;
        QVERIFY(lib.run([&] { lib.review->find(); }));
        QVERIFY(!lib.review->stale());
        emit lib.services->libraryChanged(); // a scan found photos
        QVERIFY(lib.review->stale());
    }
};

QTEST_MAIN(TestDuplicateReview)
#include "tst_duplicatereview.moc"
