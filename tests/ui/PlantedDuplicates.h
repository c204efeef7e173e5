#pragma once

// A scanned library with planted duplicates and a DuplicateReview over it,
// for the tests of the duplicate review (view-model and page keys).
#include "AppServices.h"
#include "DuplicateReview.h"

#include "catalog/AlbumRepository.h"
#include "catalog/DuplicateQueries.h"
#include "catalog/UserDecisionRepository.h"
#include "library/ContentHasher.h"

#include "similarity/SyntheticScene.h"
#include "support/FolderTrash.h"
#include "support/ScanFixture.h"
#include "support/TestMedia.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace tintype::test {

namespace fs = std::filesystem;

// A library with two duplicate groups: a camera photo and a smaller copy
// (in album "Trip", rated 4, with GPS), and a byte-for-byte backup copy.
struct PlantedLibrary {
    test::ScanFixture fixture;
    QTemporaryDir cacheDir, trashDir;
    std::int64_t original = 0, copy = 0, album = 0;
    std::unique_ptr<AppServices> services;
    std::unique_ptr<DuplicateReview> ownReview;
    DuplicateReview *review = nullptr; // ownReview, or a page's

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
        ownReview = std::make_unique<DuplicateReview>();
        review = ownReview.get();
        review->setServices(services.get());
        review->setTrash(test::folderTrash(trash()));
    }
    ~PlantedLibrary()
    {
        ownReview.reset();
        services.reset();
    }
    fs::path trash() const { return fs::path(trashDir.path().toStdString()); }

    bool run(const std::function<void()> &action)
    {
        QSignalSpy finished(review, &DuplicateReview::finished);
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
    DuplicateQueries::MemberFacts facts(std::int64_t assetId)
    {
        std::vector<DuplicateQueries::MemberFacts> all;
        (void)fixture.catalog().read([&] { all = DuplicateQueries(fixture.catalog()).facts({assetId}); });
        return all.empty() ? DuplicateQueries::MemberFacts{} : all.front();
    }
    std::vector<std::int64_t> albumItems()
    {
        std::vector<std::int64_t> items;
        (void)fixture.catalog().read([&] { items = AlbumRepository(fixture.catalog()).items(album); });
        return items;
    }
};

} // namespace tintype::test
