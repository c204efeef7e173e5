// Per-class thresholds on the shared sample photos ($TINTYPE_SAMPLES): the
// detector's raw output (Human's, at one global minimum of 0.2) names things that
// are not in these photos — a train, a cow, a frisbee — and the thresholds keep
// those classes empty, while the real cats, dogs and elephants stay.
#include "ThingTestModels.h"
#include "support/Prerequisite.h"

#include "imaging/ImageDecoder.h"
#include "metadata/MetadataReader.h"
#include "things/ThingFinder.h"

#include <QDir>
#include <QTest>

#include <map>
#include <set>

using namespace tintype;

class TestThingSamples : public QObject {
    Q_OBJECT

private slots:
    void thresholdsKeepAbsentClassesEmpty()
    {
        const QString samples = qEnvironmentVariable("TINTYPE_SAMPLES");
        const QString examples = samples + QStringLiteral("/photoprism-testdata/assets/examples");
        const QString recurser = samples + QStringLiteral("/exif-orientation-recurser");
        TT_REQUIRE_PREREQUISITE(!samples.isEmpty() && QDir(examples).exists(),
                                QStringLiteral("set TINTYPE_SAMPLES to shared/data"));
        const QString models = test::thingModelDirectory();
        TT_REQUIRE_PREREQUISITE(ThingModels::present(models), ThingModels::installHint(models));
        MetadataReader::initialize();
        auto finder = ThingFinder::load(models);
        QVERIFY2(finder, qPrintable(finder.error()));

        std::set<QString> raw, kept;
        int photos = 0;
        for (const QString &folder : {examples, recurser}) {
            for (const QFileInfo &file : QDir(folder).entryInfoList({QStringLiteral("*.jpg")}, QDir::Files)) {
                auto decoded = ImageDecoder::decode({file.absoluteFilePath().toStdString(), 512});
                if (!decoded)
                    continue;
                ++photos;
                for (const auto &d : finder.value()->detectAll(decoded->image, 0.2F, 100, 0.4F))
                    raw.insert(finder.value()->labels().at(std::size_t(d.classIndex)));
                for (const FoundThing &t : finder.value()->find(decoded->image))
                    kept.insert(t.label);
            }
        }
        QVERIFY(photos >= 40);
        // No train, cow or frisbee in these photos: the raw detector sees them, the thresholds do not.
        for (const char *absent : {"train", "cow", "frisbee"}) {
            const QString label = QString::fromLatin1(absent);
            QVERIFY2(raw.count(label) == 1, qPrintable(label + QStringLiteral(" no longer a raw false positive")));
            QVERIFY2(kept.count(label) == 0, qPrintable(label + QStringLiteral(" found on the sample photos")));
        }
        for (const char *present : {"cat", "dog", "elephant", "zebra", "person"})
            QVERIFY2(kept.count(QString::fromLatin1(present)) == 1, present);
    }
};

QTEST_GUILESS_MAIN(TestThingSamples)
#include "tst_thingsamples.moc"
