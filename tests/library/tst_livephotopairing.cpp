// Live Photos paired by Apple's ContentIdentifier (still: maker note 0x0011;
// clip: com.apple.quicktime.content.identifier), whatever their names; name
// pairing stays the fallback.
#include "catalog/TimelineQueries.h"
#include "support/PhoneMedia.h"
#include "support/ScanFixture.h"
#include "support/TestMedia.h"

#include <QTest>

using namespace tintype;
namespace fs = std::filesystem;

class LivePhotoPairingTest : public QObject {
    Q_OBJECT

    static bool writeLiveStill(const fs::path &file, const QString &id, int seed)
    {
        return test::writeJpeg(file, QSize(64, 48), seed) &&
               test::setMetadata(file, {{"Exif.Image.Make", "Apple"},
                                        {"Exif.Image.Model", "iPhone 15 Pro"},
                                        {"Exif.Photo.DateTimeOriginal", "2024:05:01 09:00:00"},
                                        {"Exif.Photo.MakerNote", test::undefinedValue(test::appleMakerNote(id))}});
    }

private slots:
    void pairsByIdentifierDespiteNames()
    {
        test::ScanFixture fx;
        QVERIFY(fx.isValid());
        const QString id = QStringLiteral("A1B2C3D4-0000-4000-8000-123456789ABC");
        QVERIFY(writeLiveStill(fx.photos() / "IMG_1234.JPG", id, 1));
        // Takeout and renames: the clip's name says nothing about its still.
        QVERIFY(!test::writeClip(fx.photos() / "IMG_1234(1).MOV", 10, QSize(64, 48),
                                 {{QStringLiteral("com.apple.quicktime.content.identifier"), id}})
                     .isEmpty());
        // Another clip with another identifier stays a video of its own.
        QVERIFY(!test::writeClip(fx.photos() / "IMG_9999.MOV", 10, QSize(64, 48),
                                 {{QStringLiteral("com.apple.quicktime.content.identifier"),
                                   QStringLiteral("FFFFFFFF-0000-4000-8000-000000000000")}})
                     .isEmpty());
        fx.addRoot();
        const ScanReport report = fx.scan();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));

        const auto still = fx.file("IMG_1234.JPG");
        const auto clip = fx.file("IMG_1234(1).MOV");
        QVERIFY(still && clip);
        QCOMPARE(clip->assetId, still->assetId);
        QCOMPARE(clip->role, FileRole::MotionClip);
        QCOMPARE(still->role, FileRole::Primary);
        QCOMPARE(fx.assetOf("IMG_1234.JPG")->metadata.contentIdentifier, id);
        QCOMPARE(fx.assetOf("IMG_1234.JPG")->metadata.kind, MediaKind::Photo);
        const auto other = fx.file("IMG_9999.MOV");
        QVERIFY(other && other->assetId != still->assetId);
        QCOMPARE(other->role, FileRole::Primary);
        QCOMPARE(fx.assetCount(), 2);
        // The viewer finds the clip to play.
        std::optional<AssetDetail> detail;
        QVERIFY(fx.catalog().read([&] { detail = TimelineQueries(fx.catalog()).detail(*still->assetId); }));
        QVERIFY(detail);
        QCOMPARE(detail->motionClipFile, fx.photos() / "IMG_1234(1).MOV");

        // A second scan changes nothing.
        QVERIFY(fx.scan().error.isEmpty());
        QCOMPARE(fx.file("IMG_1234(1).MOV")->assetId, still->assetId);
        QCOMPARE(fx.assetCount(), 2);
    }

    // Two stills, one identifier each, two clips: each clip goes to its own still.
    void identifierWinsOverName()
    {
        test::ScanFixture fx;
        QVERIFY(fx.isValid());
        const QString a = QStringLiteral("AAAAAAAA-0000-4000-8000-000000000001");
        const QString b = QStringLiteral("BBBBBBBB-0000-4000-8000-000000000002");
        QVERIFY(writeLiveStill(fx.photos() / "first.jpg", a, 1));
        QVERIFY(writeLiveStill(fx.photos() / "second.jpg", b, 2));
        QVERIFY(!test::writeClip(fx.photos() / "clip_x.mov", 10, QSize(64, 48),
                                 {{QStringLiteral("com.apple.quicktime.content.identifier"), b}})
                     .isEmpty());
        QVERIFY(!test::writeClip(fx.photos() / "clip_y.mov", 10, QSize(64, 48),
                                 {{QStringLiteral("com.apple.quicktime.content.identifier"), a}})
                     .isEmpty());
        fx.addRoot();
        QVERIFY(fx.scan().error.isEmpty());
        QCOMPARE(fx.file("clip_x.mov")->assetId, fx.file("second.jpg")->assetId);
        QCOMPARE(fx.file("clip_y.mov")->assetId, fx.file("first.jpg")->assetId);
        QCOMPARE(fx.assetCount(), 2);
    }
};

QTEST_GUILESS_MAIN(LivePhotoPairingTest)
#include "tst_livephotopairing.moc"
