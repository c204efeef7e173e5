// tintype-cli trips, memories and reel end to end: the JSON shapes of the
// issue over a generated life, the user's choices, a reel of an album of real
// photos written as a 1080p MP4, and usage errors.
#include "support/CliRun.h"
#include "support/GeneratedLife.h"
#include "support/TestMedia.h"

#include "catalog/Catalog.h"
#include "metadata/MetadataReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
namespace fs = std::filesystem;

class TestStoriesCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_home, m_photos, m_reelHome;
    test::GeneratedLife m_life;
    test::CliRun cli(const QStringList &args, const QString &home = {})
    {
        return test::runCli(QStringLiteral(TINTYPE_CLI_PATH), home.isEmpty() ? m_home.path() : home, args);
    }
    QJsonArray json(const QStringList &args)
    {
        const test::CliRun run = cli(args);
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

private slots:
    void initTestCase()
    {
        auto catalog = Catalog::open(m_home.filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY(catalog);
        m_life = test::writeGeneratedLife(*catalog.value());
    }

    void tripsAsJson()
    {
        const QJsonArray trips = json({QStringLiteral("trips"), QStringLiteral("--json")});
        QCOMPARE(trips.size(), qsizetype(m_life.trips.size()));
        const QJsonObject italy = trips[1].toObject();
        QCOMPARE(italy[QStringLiteral("title")].toString(), QStringLiteral("Italy: Rome, Florence, Venice"));
        QCOMPARE(italy[QStringLiteral("start")].toString(), QStringLiteral("2020-08-01"));
        QCOMPARE(italy[QStringLiteral("end")].toString(), QStringLiteral("2020-08-12"));
        QCOMPARE(italy[QStringLiteral("places")].toArray(),
                 QJsonArray({QStringLiteral("Rome"), QStringLiteral("Florence"), QStringLiteral("Venice")}));
        std::set<std::int64_t> ids;
        for (const QJsonValue &id : italy[QStringLiteral("assetIds")].toArray())
            ids.insert(id.toInteger());
        QCOMPARE(ids, m_life.trips[1].assetIds);
        QCOMPARE(trips[4].toObject()[QStringLiteral("end")].toString(), QStringLiteral("2024-04-28")); // local date

        const QJsonArray homes = json({QStringLiteral("trips"), QStringLiteral("--homes"), QStringLiteral("--json")});
        QCOMPARE(homes.size(), 2); // Berlin, then Munich
        QVERIFY(std::abs(homes[1].toObject()[QStringLiteral("latitude")].toDouble() - 48.137) < 0.05);

        const test::CliRun text = cli({QStringLiteral("trips")});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Austria, Slovakia, Hungary")), qPrintable(text.out));
    }

    void memoriesAsJson()
    {
        const QJsonArray memories = json({QStringLiteral("memories"), QStringLiteral("--on"),
                                          QStringLiteral("2023-08-03"), QStringLiteral("--json")});
        QCOMPARE(memories.size(), 6);
        const QJsonObject trip = memories[4].toObject();
        QCOMPARE(trip[QStringLiteral("kind")].toString(), QStringLiteral("trip"));
        QCOMPARE(trip[QStringLiteral("title")].toString(),
                 QStringLiteral("Italy: Rome, Florence, Venice — 3 year(s) ago"));
        QVERIFY(trip[QStringLiteral("assetIds")].toArray().size() >= 3);
        QCOMPARE(memories[0].toObject()[QStringLiteral("kind")].toString(), QStringLiteral("years-ago"));

        QCOMPARE(
            cli({QStringLiteral("memories"), QStringLiteral("dismiss"), QStringLiteral("years-ago/2022-08-03")}).code,
            0);
        QCOMPARE(json({QStringLiteral("memories"), QStringLiteral("--on"), QStringLiteral("2023-08-03"),
                       QStringLiteral("--json")})
                     .size(),
                 5);
        QCOMPARE(cli({QStringLiteral("memories"), QStringLiteral("--on"), QStringLiteral("yesterday")}).code, 2);
    }

    void renameAndHide()
    {
        QCOMPARE(
            cli({QStringLiteral("trips"), QStringLiteral("rename"), QStringLiteral("1"), QStringLiteral("Honeymoon")})
                .code,
            0);
        QCOMPARE(cli({QStringLiteral("trips"), QStringLiteral("hide"), QStringLiteral("3")}).code, 0);
        const QJsonArray trips = json({QStringLiteral("trips"), QStringLiteral("--json")});
        QCOMPARE(trips.size(), qsizetype(m_life.trips.size() - 1));
        QCOMPARE(trips[0].toObject()[QStringLiteral("title")].toString(), QStringLiteral("Honeymoon"));
        QCOMPARE(json({QStringLiteral("trips"), QStringLiteral("--json"), QStringLiteral("--all")}).size(),
                 qsizetype(m_life.trips.size()));
        QCOMPARE(cli({QStringLiteral("trips"), QStringLiteral("hide"), QStringLiteral("99")}).code, 2);
    }

    void reelOfAnAlbum()
    {
        const fs::path photos(m_photos.path().toStdString());
        for (int i = 0; i < 3; ++i)
            QVERIFY(test::writeJpeg(photos / ("p" + std::to_string(i) + ".jpg"), QSize(640, 480), i + 1));
        const QString home = m_reelHome.path();
        QCOMPARE(cli({QStringLiteral("roots"), QStringLiteral("add"), m_photos.path()}, home).code, 0);
        QCOMPARE(cli({QStringLiteral("scan"), QStringLiteral("--no-hash")}, home).code, 0);
        QStringList ids;
        for (const QJsonValue &a :
             QJsonDocument::fromJson(cli({QStringLiteral("ls"), QStringLiteral("--json")}, home).out.toUtf8()).array())
            ids << QString::number(a.toObject()[QStringLiteral("id")].toInteger());
        QCOMPARE(ids.size(), 3);
        QCOMPARE(
            cli(QStringList{QStringLiteral("albums"), QStringLiteral("create"), QStringLiteral("Reel")} + ids, home)
                .code,
            0);
        const QString out = m_reelHome.filePath(QStringLiteral("reel.mp4"));
        const test::CliRun reel =
            cli({QStringLiteral("reel"), QStringLiteral("--album"), QStringLiteral("1"), QStringLiteral("--seconds"),
                 QStringLiteral("1.5"), QStringLiteral("--out"), out},
                home);
        QVERIFY2(reel.code == 0, qPrintable(reel.err));
        MetadataReader::initialize();
        const Result<MediaMetadata> video = MetadataReader::read(out.toStdString());
        QVERIFY2(video, qPrintable(video.error()));
        QCOMPARE(video.value().width, 1920);
        QCOMPARE(video.value().height, 1080);
        QVERIFY(std::abs(video.value().durationSeconds.value_or(0) - (3 * 1.5 - 2 * 0.8)) < 0.1);

        QCOMPARE(cli({QStringLiteral("reel"), QStringLiteral("--out"), out}, home).code, 2);
        QCOMPARE(
            cli({QStringLiteral("reel"), QStringLiteral("--album"), QStringLiteral("42"), QStringLiteral("--out"), out},
                home)
                .code,
            2);
    }
};

QTEST_GUILESS_MAIN(TestStoriesCli)
#include "tst_storiescli.moc"
