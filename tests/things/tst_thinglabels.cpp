// ThingLabels: the words a person searches things by.
#include "things/ThingLabels.h"
#include "things/ThingThresholds.h"

#include <QTest>
#include <QTranslator>

using namespace tintype;

class TestThingLabels : public QObject {
    Q_OBJECT

private slots:
    void eightyCocoLabels()
    {
        QCOMPARE(ThingLabels::all().size(), std::size_t(80));
        QCOMPARE(ThingLabels::all().front(), QStringLiteral("person"));
        QCOMPARE(ThingLabels::all().back(), QStringLiteral("toothbrush"));
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("label") << "dog" << QStringList{"dog"};
        QTest::newRow("plural") << "dogs" << QStringList{"dog"};
        QTest::newRow("puppy") << "puppy" << QStringList{"dog"};
        QTest::newRow("kitten") << "kitten" << QStringList{"cat"};
        QTest::newRow("bike") << "bike" << QStringList{"bicycle"};
        QTest::newRow("automobile") << "automobile" << QStringList{"car"};
        QTest::newRow("case and spaces") << "  Teddy   BEARS " << QStringList{"teddy bear"};
        QTest::newRow("irregular plural") << "mice" << QStringList{"mouse"};
        QTest::newRow("phrase") << "cell phone" << QStringList{"cell phone"};
        QTest::newRow("phone") << "phone" << QStringList{"cell phone"};
        QTest::newRow("sofa") << "sofa" << QStringList{"couch"};
        QTest::newRow("not a thing") << "sunset" << QStringList{};
        QTest::newRow("empty") << "" << QStringList{};
    }
    void resolve()
    {
        QFETCH(QString, word);
        QFETCH(QStringList, labels);
        const std::vector<QString> got = ThingLabels::resolve(word);
        QCOMPARE(QStringList(got.begin(), got.end()), labels);
    }

    // Every label a word resolves to is a label, and every label resolves to itself.
    void everyLabelResolvesToItself()
    {
        for (const QString &label : ThingLabels::all()) {
            const std::vector<QString> got = ThingLabels::resolve(label);
            QVERIFY2(got == std::vector<QString>{label}, qPrintable(label));
        }
    }

    void kinds()
    {
        QCOMPARE(ThingLabels::kindOf(QStringLiteral("Screenshots")), QStringLiteral("screenshot"));
        QCOMPARE(ThingLabels::kindOf(QStringLiteral("selfie")), QStringLiteral("selfie"));
        QCOMPARE(ThingLabels::kindOf(QStringLiteral("panoramic")), QStringLiteral("panorama"));
        QCOMPARE(ThingLabels::kindOf(QStringLiteral("dog")), QString());
        QVERIFY(ThingLabels::resolve(QStringLiteral("selfies")).empty());
    }

    void thresholdsAreScores()
    {
        for (const QString &label : ThingLabels::all()) {
            const float t = ThingThresholds::minimumScore(label);
            QVERIFY(t >= ThingThresholds::lowest() && t < 1);
        }
        QVERIFY(ThingThresholds::minimumScore(QStringLiteral("train")) > ThingThresholds::kDefault);
    }
};

QTEST_GUILESS_MAIN(TestThingLabels)
#include "tst_thinglabels.moc"
