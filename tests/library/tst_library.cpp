// Roots: volume identity, relocation when a drive comes back elsewhere, and
// an empty mount point left by an unmounted drive counts as offline; the
// path of a file that can be opened now.
#include "catalog/RootRepository.h"
#include "common/NativePath.h"
#include "library/Library.h"
#include "library/VolumeIdentity.h"
#include "support/ScanFixture.h"
#include "support/TestMedia.h"

#include <QTest>

using namespace tintype;
using namespace tintype::test;
namespace fs = std::filesystem;

class TestLibrary : public QObject {
    Q_OBJECT

private slots:
    void volumeIdentityFindsTheFolderAgain()
    {
        ScanFixture fx;
        const VolumeIdentity v = VolumeIdentity::of(fx.photos());
        QVERIFY(v.isValid());
        QVERIFY(!v.mountRoot.empty());
        QCOMPARE(v.mountRoot / v.relativePath, fx.photos());
        const auto located = VolumeIdentity::locate(v.id, v.relativePath);
        QVERIFY(located);
        QCOMPARE(*located, fx.photos());
        QVERIFY(!VolumeIdentity::locate(QStringLiteral("uuid:no-such-volume"), v.relativePath));
    }

    void rootIsRelocatedToItsVolumesNewMountPoint()
    {
        ScanFixture fx;
        QVERIFY(writeDatedJpeg(fx.photos() / "a.jpg", 1));
        const auto id = fx.addRoot();
        QVERIFY(id);
        fx.scan();
        // As if the drive had been mounted at /media/old-name last time.
        QVERIFY(
            fx.catalog().write([&] { RootRepository(fx.catalog()).setLocation(id, "/media/old-name/photos", true); }));

        auto roots = Library(fx.catalog()).refreshRoots();
        QVERIFY(roots);
        QCOMPARE(roots->front().path, fx.photos());
        QVERIFY(roots->front().online);
        QCOMPARE(fx.roots().front().path, fx.photos());
        const ScanReport r = fx.scan();
        QCOMPARE(r.unchanged, 1);
        QCOMPARE(r.missing, 0);
    }

    void folderOnAnotherVolumeIsOffline()
    {
        // An unmounted drive leaves its mount point behind as an empty folder
        // of the parent filesystem: same path, other volume, so offline.
        ScanFixture fx;
        QVERIFY(writeDatedJpeg(fx.photos() / "a.jpg", 1));
        const auto id = fx.addRoot();
        fx.scan();
        RootRecord root = fx.roots().front();
        QVERIFY(fx.catalog().write([&] {
            RootRepository repo(fx.catalog());
            repo.remove(id);
            root.volumeId = QStringLiteral("uuid:the-unplugged-drive");
            root.volumePath = "photos";
            repo.insert(root);
        }));
        auto roots = Library(fx.catalog()).refreshRoots();
        QVERIFY(roots);
        QVERIFY(!roots->front().online);
    }

    void availablePathOnlyForPresentFilesInOnlineRoots()
    {
        ScanFixture fx;
        QVERIFY(writeDatedJpeg(fx.photos() / "a.jpg", 1));
        QVERIFY(writeDatedJpeg(fx.photos() / "b.jpg", 2));
        const auto root = fx.addRoot();
        fx.scan();
        const auto a = fx.file("a.jpg");
        const auto b = fx.file("b.jpg");
        QVERIFY(a && b);
        Library library(fx.catalog());
        auto path = library.availablePath(a->id);
        QVERIFY(path);
        QCOMPARE(path.value(), std::optional<fs::path>(fx.photos() / "a.jpg"));

        fs::remove(fx.photos() / "b.jpg");
        fx.scan(); // b is missing now
        path = library.availablePath(b->id);
        QVERIFY(path);
        QVERIFY(!path.value());
        path = library.availablePath(999999);
        QVERIFY(path);
        QVERIFY(!path.value());

        QVERIFY(fx.catalog().write([&] { RootRepository(fx.catalog()).setLocation(root, fx.photos(), false); }));
        path = library.availablePath(a->id);
        QVERIFY(path);
        QVERIFY(!path.value()); // offline: never opened
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
