// tintype-cli and places: scan names the place of each photo with a position,
// ls/info --json print it, `places` counts countries and towns, and a photo
// whose position changed is named again at the next scan.

#include "common/NativePath.h"
#include "geo/GeoTestIndex.h"
#include "support/CliRun.h"
#include "support/TestMedia.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
using namespace tintype::test;
namespace fs = std::filesystem;

namespace {

bool setPosition(const fs::path &file, const char *latitude, const char *latRef, const char *longitude,
                 const char *lonRef)
{
    return setMetadata(file, {{QStringLiteral("Exif.GPSInfo.GPSLatitudeRef"), QString::fromLatin1(latRef)},
                              {QStringLiteral("Exif.GPSInfo.GPSLatitude"), QString::fromLatin1(latitude)},
                              {QStringLiteral("Exif.GPSInfo.GPSLongitudeRef"), QString::fromLatin1(lonRef)},
                              {QStringLiteral("Exif.GPSInfo.GPSLongitude"), QString::fromLatin1(longitude)}});
}

} // namespace

class TestPlacesCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

    CliRun cli(const QStringList &args) { return runCli(QStringLiteral(TINTYPE_CLI_PATH), m_home.path(), args); }

    QJsonObject listed(const QString &fileName)
    {
        for (const QJsonValue &v :
             QJsonDocument::fromJson(cli({QStringLiteral("ls"), QStringLiteral("--json")}).out.toUtf8()).array()) {
            if (v[QStringLiteral("path")].toString().endsWith(fileName))
                return v.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        const QString index = placesIndexPath();
        if (!ReverseGeocoder::open(index))
            QSKIP(qPrintable(ReverseGeocoder::installHint(index)));
        qputenv("TINTYPE_PLACES_INDEX", index.toLocal8Bit());
    }

    void scanNamesPlaces()
    {
        const fs::path photos = nativepath::fromUser(m_home.filePath(QStringLiteral("photos")));
        QVERIFY(writeJpeg(photos / "rome.jpg", QSize(32, 24), 1));
        QVERIFY(writeJpeg(photos / "sea.jpg", QSize(32, 24), 2));
        QVERIFY(writeJpeg(photos / "nowhere.jpg", QSize(32, 24), 3));
        QVERIFY(writeJpeg(photos / "colosseum.jpg", QSize(32, 24), 4));
        QVERIFY(setPosition(photos / "rome.jpg", "41/1 53/1 2472/100", "N", "12/1 29/1 3192/100", "E"));
        QVERIFY(setPosition(photos / "colosseum.jpg", "41/1 53/1 2000/100", "N", "12/1 29/1 3000/100", "E"));
        QVERIFY(setPosition(photos / "sea.jpg", "40/1 0/1 0/1", "N", "40/1 0/1 0/1", "W"));
        QCOMPARE(cli({QStringLiteral("roots"), QStringLiteral("add"), nativepath::display(photos)}).code, 0);
        const CliRun scan = cli({QStringLiteral("scan"), QStringLiteral("--no-hash")});
        QCOMPARE(scan.code, 0);
        QVERIFY2(scan.out.contains(QStringLiteral("Places: 3 photos, 2 in a town")), qPrintable(scan.out));

        const QJsonObject rome = listed(QStringLiteral("rome.jpg"));
        QCOMPARE(rome[QStringLiteral("place")].toObject(),
                 (QJsonObject{{QStringLiteral("countryCode"), QStringLiteral("IT")},
                              {QStringLiteral("country"), QStringLiteral("Italy")},
                              {QStringLiteral("region"), QStringLiteral("Lazio")},
                              {QStringLiteral("city"), QStringLiteral("Rome")}}));
        QVERIFY(listed(QStringLiteral("sea.jpg")).contains(QStringLiteral("place")));
        QVERIFY(listed(QStringLiteral("sea.jpg"))[QStringLiteral("place")].isNull());
        QVERIFY(listed(QStringLiteral("nowhere.jpg"))[QStringLiteral("place")].isNull());

        const CliRun places = cli({QStringLiteral("places"), QStringLiteral("--json")});
        QCOMPARE(places.code, 0);
        const QJsonArray countries = QJsonDocument::fromJson(places.out.toUtf8()).array();
        QCOMPARE(countries.size(), 1);
        QCOMPARE(countries[0][QStringLiteral("country")].toString(), QStringLiteral("Italy"));
        QCOMPARE(countries[0][QStringLiteral("count")].toInt(), 2);
        QCOMPARE(countries[0][QStringLiteral("cities")][0][QStringLiteral("city")].toString(), QStringLiteral("Rome"));
        QCOMPARE(countries[0][QStringLiteral("cities")][0][QStringLiteral("count")].toInt(), 2);
        const CliRun text = cli({QStringLiteral("places")});
        QVERIFY2(text.out.contains(QStringLiteral("Italy (IT)  2")), qPrintable(text.out));

        const CliRun info =
            cli({QStringLiteral("info"), QStringLiteral("--json"), nativepath::display(photos / "rome.jpg")});
        QCOMPARE(QJsonDocument::fromJson(info.out.toUtf8())
                     .array()[0][QStringLiteral("place")][QStringLiteral("city")]
                     .toString(),
                 QStringLiteral("Rome"));

        // Nothing to do the second time; a moved position is named again.
        QVERIFY2(
            cli({QStringLiteral("scan"), QStringLiteral("--no-hash")}).out.contains(QStringLiteral("Places: 0 photos")),
            "second scan names nothing");
        QVERIFY(setPosition(photos / "rome.jpg", "48/1 51/1 3000/100", "N", "2/1 21/1 800/100", "E"));
        const CliRun rescan = cli({QStringLiteral("scan"), QStringLiteral("--no-hash")});
        QVERIFY2(rescan.out.contains(QStringLiteral("Places: 1 photos, 1 in a town")), qPrintable(rescan.out));
        QCOMPARE(listed(QStringLiteral("rome.jpg"))[QStringLiteral("place")][QStringLiteral("city")].toString(),
                 QStringLiteral("Paris"));
    }
};

QTEST_GUILESS_MAIN(TestPlacesCli)
#include "tst_placescli.moc"
