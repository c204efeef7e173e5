// tintype-cli things: scan finds things in the library's photos (resumable: a
// second scan has nothing to do), `things --json` lists the labels with counts,
// `things find` resolves plurals and synonyms to the photos, `things remove`
// takes a label off a photo for good; bad arguments are usage errors.

#include "support/CliRun.h"
#include "things/ThingTestModels.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
using namespace tintype::test;

class TestThingsCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_photos;

    CliRun cli(const QStringList &args) { return runCli(QStringLiteral(TINTYPE_CLI_PATH), m_home.path(), args); }

private slots:
    void initTestCase()
    {
        const QString models = thingModelDirectory();
        if (!ThingModels::present(models))
            QSKIP(qPrintable(ThingModels::installHint(models)));
        qputenv("TINTYPE_THING_MODELS", models.toLocal8Bit());
    }

    void usageErrors()
    {
        QCOMPARE(cli({QStringLiteral("things"), QStringLiteral("bogus")}).code, 2);
        QCOMPARE(
            cli({QStringLiteral("things"), QStringLiteral("remove"), QStringLiteral("1"), QStringLiteral("unicorn")})
                .code,
            2);
        QCOMPARE(cli({QStringLiteral("things"), QStringLiteral("find")}).code, 2);
    }

    void scanListFindRemove()
    {
        for (const char *name : {"dog", "cat"})
            QVERIFY(
                QImage(thingTestData(QLatin1String(name) + QStringLiteral(".png")))
                    .save(QDir(m_photos.path()).filePath(QLatin1String(name) + QStringLiteral(".jpg")), "JPEG", 95));
        QCOMPARE(cli({QStringLiteral("roots"), QStringLiteral("add"), m_photos.path()}).code, 0);
        QCOMPARE(cli({QStringLiteral("scan")}).code, 0);
        const CliRun scan =
            cli({QStringLiteral("things"), QStringLiteral("scan"), QStringLiteral("--jobs"), QStringLiteral("1")});
        QVERIFY2(scan.code == 0, qPrintable(scan.err));
        QVERIFY2(scan.out.startsWith(QLatin1String("2 photos")), qPrintable(scan.out));
        QVERIFY(cli({QStringLiteral("things"), QStringLiteral("scan")}).out.startsWith(QLatin1String("0 photos")));

        const QJsonArray labels =
            QJsonDocument::fromJson(cli({QStringLiteral("things"), QStringLiteral("--json")}).out.toUtf8()).array();
        QJsonObject dog;
        for (const QJsonValue v : labels)
            if (v[QStringLiteral("label")].toString() == QLatin1String("dog"))
                dog = v.toObject();
        QCOMPARE(dog.value(QLatin1String("count")).toInt(), 1);

        const QJsonObject found = QJsonDocument::fromJson(cli({QStringLiteral("things"), QStringLiteral("find"),
                                                               QStringLiteral("Puppies"), QStringLiteral("--json")})
                                                              .out.toUtf8())
                                      .object();
        QCOMPARE(found.value(QLatin1String("labels")).toArray(), QJsonArray{QStringLiteral("dog")});
        const QJsonArray assets = found.value(QLatin1String("assets")).toArray();
        QCOMPARE(assets.size(), 1);
        QCOMPARE(dog.value(QLatin1String("coverAssetId")).toInteger(), assets[0].toInteger());

        const QString id = QString::number(assets[0].toInteger());
        QCOMPARE(cli({QStringLiteral("things"), QStringLiteral("remove"), id, QStringLiteral("dog")}).code, 0);
        QCOMPARE(cli({QStringLiteral("things"), QStringLiteral("remove"), id, QStringLiteral("dog")}).code, 2);
        QVERIFY(cli({QStringLiteral("things"), QStringLiteral("find"), QStringLiteral("dog")}).out.trimmed().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestThingsCli)
#include "tst_thingscli.moc"
