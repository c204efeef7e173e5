// ThingRepository::assetsOfKind: the cheap kinds told by metadata alone —
// screenshots (a PNG from no camera, not an icon), selfies (a front camera's
// lens) and panoramas (2.5:1 or wider, either way up).
#include "catalog/AssetRepository.h"
#include "catalog/Catalog.h"
#include "catalog/ThingRepository.h"
#include "metadata/MediaMetadata.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tintype;

class TestThingKinds : public QObject {
    Q_OBJECT

private slots:
    void kindsFromMetadata()
    {
        QTemporaryDir dir;
        auto opened = Catalog::open(dir.filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY2(opened, qPrintable(opened.error()));
        Catalog &catalog = *opened.value();
        auto photo = [&](const char *format, const char *make, const char *lens, int width, int height) {
            MediaMetadata m;
            m.kind = MediaKind::Photo;
            m.format = QString::fromLatin1(format);
            m.make = make ? QString::fromLatin1(make) : QString();
            m.model = make ? QStringLiteral("Phone") : QString();
            m.lens = lens ? QString::fromLatin1(lens) : QString();
            m.width = width;
            m.height = height;
            std::int64_t id = 0;
            (void)catalog.write([&] { id = AssetRepository(catalog).insert(m, 1); });
            return id;
        };
        const auto screenshot = photo("png", nullptr, nullptr, 1170, 2532);
        const auto icon = photo("png", nullptr, nullptr, 64, 64);
        const auto cameraPng = photo("png", "Apple", nullptr, 1170, 2532);
        const auto selfie = photo("heif", "Apple", "iPhone 12 front camera 2.71mm f/2.2", 3024, 4032);
        const auto back = photo("heif", "Apple", "iPhone 12 back camera 4.2mm f/1.6", 3024, 4032);
        const auto panorama = photo("jpeg", "Apple", "iPhone 12 back camera 4.2mm f/1.6", 12000, 3400);
        const auto tallPanorama = photo("jpeg", "Apple", nullptr, 2000, 6000);
        QVERIFY(screenshot > 0 && icon > 0 && cameraPng > 0 && back > 0);

        std::vector<std::int64_t> screenshots, selfies, panoramas, other;
        QVERIFY(catalog.read([&] {
            ThingRepository things(catalog);
            screenshots = things.assetsOfKind(QStringLiteral("screenshot"));
            selfies = things.assetsOfKind(QStringLiteral("selfie"));
            panoramas = things.assetsOfKind(QStringLiteral("panorama"));
            other = things.assetsOfKind(QStringLiteral("dog"));
        }));
        QCOMPARE(screenshots, std::vector<std::int64_t>{screenshot});
        QCOMPARE(selfies, std::vector<std::int64_t>{selfie});
        std::sort(panoramas.begin(), panoramas.end());
        QCOMPARE(panoramas, (std::vector<std::int64_t>{panorama, tallPanorama}));
        QVERIFY(other.empty());
    }
};

QTEST_GUILESS_MAIN(TestThingKinds)
#include "tst_thingkinds.moc"
