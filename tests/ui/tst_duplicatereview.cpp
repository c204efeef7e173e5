// The duplicate review's model over a scanned library with planted copies:
// groups appear after hashing (off the GUI thread), accept moves the other
// copies to a trash (the test's own folder) and their album and rating to the
// kept photo, skip leaves files alone, another copy can be kept, undo brings
// everything back, "not duplicates" is remembered, cancel stops.
#include "PlantedDuplicates.h"

#include "catalog/DuplicateQueries.h"
#include "metadata/MetadataReader.h"
#include "support/TestMedia.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
using test::PlantedLibrary;
namespace fs = std::filesystem;
using Review = DuplicateReview;

class TestDuplicateReview : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { MetadataReader::initialize(); }

    void groupsAppearAfterHashingWithTheProposalFirst()
    {
        PlantedLibrary lib;
        QCOMPARE(lib.review->state(), Review::State::Idle);
        QSignalSpy states(lib.review, &Review::stateChanged);
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

    void onlyTheCurrentServicesMakeTheGroupsStale()
    {
        PlantedLibrary lib;
        QTemporaryDir cache;
        AppServices other(lib.fixture.catalog().path(), fs::path(cache.path().toStdString()));
        lib.review->setServices(&other);
        QVERIFY(lib.run([&] { lib.review->find(); }));
        emit lib.services->libraryChanged(); // the services it left behind
        emit lib.services->assetsRemoved({lib.copy});
        QVERIFY(!lib.review->stale());
        emit other.libraryChanged();
        QVERIFY(lib.review->stale());
        lib.review->setServices(nullptr);
    }
};

QTEST_MAIN(TestDuplicateReview)
#include "tst_duplicatereview.moc"
