// The object detector against @vladmandic/human itself: tests/data/things/reference.json
// was made by tools/things-reference/reference.cjs (Human's own JavaScript, tfjs wasm
// backend, under Node.js) from the PNGs next to it, so both sides see the same pixels.
#include "ThingTestModels.h"
#include "support/Prerequisite.h"

#include "things/ThingFinder.h"
#include "things/ThingLabels.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace tintype;

namespace {
// Agreement required (measured on this machine: scores 9.4e-7, boxes 2.8e-4 px apart,
// with room for another CPU's float rounding). Raw rows
// are in the 512×512 input's pixels; Human truncates its scores to two decimals.
constexpr double kRowScoreTolerance = 1e-4;
constexpr double kRowPixelTolerance = 0.01;
constexpr double kBoxTolerance = 1e-3; // relative to the picture
constexpr double kHumanScoreTolerance = 0.01;

QJsonArray referenceEntries()
{
    QFile file(test::thingTestData(QStringLiteral("reference.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("entries")).toArray();
}
} // namespace

class TestThingDetector : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ThingFinder> m_finder;

private slots:
    void initTestCase()
    {
        const QString directory = test::thingModelDirectory();
        TT_REQUIRE_PREREQUISITE(ThingModels::present(directory), ThingModels::installHint(directory));
        auto finder = ThingFinder::load(directory);
        QVERIFY2(finder, qPrintable(finder.error()));
        m_finder = std::move(finder.value());
        QVERIFY(referenceEntries().size() >= 5);
    }

    // Every row of the graph's output Human's JS gave with a score ≥ 0.05 is ours too:
    // the same class, score and box.
    void rawRowsMatchHuman()
    {
        double worstScore = 0, worstPixel = 0;
        int compared = 0;
        for (const QJsonValue entryValue : referenceEntries()) {
            const QJsonObject entry = entryValue.toObject();
            const QString name = entry.value(QLatin1String("image")).toString();
            const QImage image(test::thingTestData(name));
            QVERIFY2(!image.isNull(), qPrintable(name));
            const std::vector<std::array<float, 6>> ours = m_finder->rows(image);
            for (const QJsonValue rowValue : entry.value(QLatin1String("detections")).toArray()) {
                const QJsonArray row = rowValue.toArray();
                // Ours with the same class nearest to it (the order of near-equal scores may differ).
                double best = std::numeric_limits<double>::infinity();
                const std::array<float, 6> *match = nullptr;
                for (const auto &r : ours) {
                    if (int(r[5]) != row[5].toInt())
                        continue;
                    double d = 0;
                    for (int i = 0; i < 4; ++i)
                        d = std::max(d, std::abs(double(r[std::size_t(i)]) - row[i].toDouble()));
                    d += std::abs(double(r[4]) - row[4].toDouble()) * 1000;
                    if (d < best) {
                        best = d;
                        match = &r;
                    }
                }
                QVERIFY2(match, qPrintable(QStringLiteral("%1: no row of class %2").arg(name).arg(row[5].toInt())));
                double pixel = 0;
                for (int i = 0; i < 4; ++i)
                    pixel = std::max(pixel, std::abs(double((*match)[std::size_t(i)]) - row[i].toDouble()));
                const double score = std::abs(double((*match)[4]) - row[4].toDouble());
                worstPixel = std::max(worstPixel, pixel);
                worstScore = std::max(worstScore, score);
                ++compared;
            }
        }
        qInfo("%d rows compared; worst score difference %.2e, worst box difference %.2e px", compared, worstScore,
              worstPixel);
        QVERIFY(compared >= 30);
        QVERIFY2(worstScore <= kRowScoreTolerance, qPrintable(QString::number(worstScore)));
        QVERIFY2(worstPixel <= kRowPixelTolerance, qPrintable(QString::number(worstPixel)));
    }

    // Human's results (its NMS at IoU 0.4, min score 0.1, at most 100): the same
    // things, labels, scores and boxes, in the same order.
    void resultsMatchHuman()
    {
        for (const QJsonValue entryValue : referenceEntries()) {
            const QJsonObject entry = entryValue.toObject();
            const QString name = entry.value(QLatin1String("image")).toString();
            const QImage image(test::thingTestData(name));
            const std::vector<ThingFinder::Detection> ours = m_finder->detectAll(image, 0.1F, 100, 0.4F);
            const QJsonArray theirs = entry.value(QLatin1String("objects")).toArray();
            QCOMPARE(int(ours.size()), theirs.size());
            for (int i = 0; i < theirs.size(); ++i) {
                const QJsonObject o = theirs[i].toObject();
                const ThingFinder::Detection &d = ours[std::size_t(i)];
                QCOMPARE(d.classIndex, o.value(QLatin1String("class")).toInt());
                QCOMPARE(m_finder->labels().at(std::size_t(d.classIndex)), o.value(QLatin1String("label")).toString());
                // Human truncates to 2 decimals: ours truncated is theirs, or within one step at a boundary.
                QVERIFY(std::abs(std::trunc(d.score * 100) / 100 - o.value(QLatin1String("score")).toDouble()) <=
                        kHumanScoreTolerance + 1e-9);
                const QJsonArray box = o.value(QLatin1String("boxRaw")).toArray();
                for (int k = 0; k < 4; ++k)
                    QVERIFY2(std::abs(d.box[std::size_t(k)] - box[k].toDouble()) <= kBoxTolerance,
                             qPrintable(QStringLiteral("%1 object %2").arg(name).arg(i)));
            }
        }
    }

    // The labels file the package ships is the list ThingLabels knows.
    void labelsAreHumans() { QCOMPARE(m_finder->labels(), ThingLabels::all()); }

    // With the per-class thresholds: the dog photo has a dog, the cat photo a cat and
    // no dog, the elephants photo elephants.
    void findKeepsWhatIsThere()
    {
        auto labelsOf = [&](const QString &name) {
            std::vector<QString> labels;
            for (const FoundThing &t : m_finder->find(QImage(test::thingTestData(name))))
                labels.push_back(t.label);
            return labels;
        };
        auto has = [](const std::vector<QString> &labels, const char *label) {
            return std::find(labels.begin(), labels.end(), QString::fromLatin1(label)) != labels.end();
        };
        QVERIFY(has(labelsOf(QStringLiteral("dog.png")), "dog"));
        QVERIFY(has(labelsOf(QStringLiteral("cat.png")), "cat"));
        QVERIFY(!has(labelsOf(QStringLiteral("cat.png")), "dog"));
        QVERIFY(has(labelsOf(QStringLiteral("elephants.png")), "elephant"));
        QVERIFY(has(labelsOf(QStringLiteral("bicycle.png")), "bicycle"));
    }

    // A missing, truncated or unknown model is a reason, never a crash.
    void brokenModelsGiveAReason()
    {
        QTemporaryDir dir;
        auto missing = ThingFinder::load(dir.path());
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().contains(QLatin1String("packaging/fetch-models.sh")));

        const QString models = test::thingModelDirectory();
        for (const char *name : {"centernet.json", "labels.ts"})
            QVERIFY(QFile::copy(models + QLatin1Char('/') + QLatin1String(name), dir.filePath(QLatin1String(name))));
        QFile bin(dir.filePath(QStringLiteral("centernet.bin")));
        QVERIFY(bin.open(QIODevice::WriteOnly));
        bin.write(QByteArray(1000, '\x3c'));
        bin.close();
        auto truncated = ThingFinder::load(dir.path());
        QVERIFY(!truncated.ok());
        QVERIFY2(truncated.error().contains(QLatin1String("truncated")), qPrintable(truncated.error()));

        QVERIFY(QFile::remove(bin.fileName()));
        QVERIFY(QFile::copy(models + QStringLiteral("/centernet.bin"), bin.fileName()));
        QFile json(dir.filePath(QStringLiteral("centernet.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QByteArray text = json.readAll();
        json.close();
        QVERIFY(text.contains("\"op\":\"Sigmoid\""));
        text.replace("\"op\":\"Sigmoid\"", "\"op\":\"Softplus\"");
        QVERIFY(json.open(QIODevice::WriteOnly | QIODevice::Truncate));
        json.write(text);
        json.close();
        auto unknown = ThingFinder::load(dir.path());
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().contains(QLatin1String("Softplus")), qPrintable(unknown.error()));

        json.open(QIODevice::WriteOnly | QIODevice::Truncate);
        json.write("\x89PNG not JSON");
        json.close();
        QVERIFY(!ThingFinder::load(dir.path()).ok());
    }

    // A blank or tiny picture is not a crash.
    void badPicturesGiveNothing()
    {
        QVERIFY(m_finder->find(QImage()).empty());
        QImage tiny(1, 1, QImage::Format_RGB32);
        tiny.fill(Qt::white);
        (void)m_finder->find(tiny);
        QImage grey(640, 480, QImage::Format_Grayscale8);
        grey.fill(128);
        QVERIFY(m_finder->find(grey).empty());
    }
};

QTEST_GUILESS_MAIN(TestThingDetector)
#include "tst_thingdetector.moc"
