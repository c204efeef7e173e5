#include "GeoTestIndex.h"
#include "geo/ReverseGeocoder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace tintype;

namespace {

struct Expected {
    QString label;
    double latitude = 0;
    double longitude = 0;
    QString countryCode;
    QStringList cities; // empty: no town should be named
};

// tests/data/geo/places_reference.csv: real positions with the place a person names there.
QList<Expected> readTable()
{
    QList<Expected> rows;
    QFile file(QStringLiteral(TINTYPE_SOURCE_DIR "/tests/data/geo/places_reference.csv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char(','));
        if (fields.size() != 5)
            continue;
        Expected row;
        row.label = fields[0];
        row.latitude = fields[1].toDouble();
        row.longitude = fields[2].toDouble();
        row.countryCode = fields[3];
        if (!fields[4].isEmpty())
            row.cities = fields[4].split(QLatin1Char('|'));
        rows.append(row);
    }
    return rows;
}

} // namespace

class TestReverseGeocoder : public QObject {
    Q_OBJECT

    std::unique_ptr<ReverseGeocoder> m_geocoder;

private slots:
    void initTestCase()
    {
        auto opened = ReverseGeocoder::open(test::placesIndexPath());
        if (opened)
            m_geocoder = std::move(opened).value();
    }

    // Every country right; the town a person would name for at least 95% of the
    // table (city centres, metro suburbs, border towns, islands, parks, sea, (0, 0)).
    void referenceTable()
    {
        if (!m_geocoder)
            QSKIP(qPrintable(ReverseGeocoder::installHint(test::placesIndexPath())));
        const QList<Expected> table = readTable();
        QVERIFY(table.size() >= 100);
        int townsRight = 0;
        QStringList countryMisses;
        QStringList townMisses;
        for (const Expected &row : table) {
            const Place place = m_geocoder->placeAt(row.latitude, row.longitude);
            const QString got = QStringLiteral("%1/%2/%3").arg(place.countryCode, place.region, place.city);
            if (place.countryCode != row.countryCode)
                countryMisses << QStringLiteral("%1: %2").arg(row.label, got);
            const bool townRight = row.cities.isEmpty() ? place.city.isEmpty() : row.cities.contains(place.city);
            if (townRight)
                ++townsRight;
            else
                townMisses << QStringLiteral("%1: %2").arg(row.label, got);
        }
        qInfo("towns right: %d of %lld (%.1f%%)%s%s", townsRight, static_cast<long long>(table.size()),
              100.0 * townsRight / table.size(),
              townMisses.isEmpty() ? "" : "; missed: ", qPrintable(townMisses.join(QStringLiteral("; "))));
        QVERIFY2(countryMisses.isEmpty(), qPrintable(countryMisses.join(QStringLiteral("; "))));
        QVERIFY(townsRight * 100 >= table.size() * 95);
    }

    void regionsAndSpecificCases()
    {
        if (!m_geocoder)
            QSKIP("places index not installed");
        const Place rome = m_geocoder->placeAt(41.8902, 12.4922);
        QCOMPARE(rome.countryCode, QStringLiteral("IT"));
        QCOMPARE(rome.region, QStringLiteral("Lazio"));
        QCOMPARE(rome.city, QStringLiteral("Rome"));
        // The town's own point is ~3 km away, New York City's 3.2 km: the
        // nearest places are in New Jersey, so a New Jersey town is named.
        QCOMPARE(m_geocoder->placeAt(40.7178, -74.0431).region, QStringLiteral("New Jersey"));
        // Across the date line: Chukotka east of 180° is Russia; Sweden is not.
        QCOMPARE(m_geocoder->placeAt(66.0, -175.0).countryCode, QStringLiteral("RU"));
        QCOMPARE(m_geocoder->countryCodeAt(67.3, 17.7), QStringLiteral("SE"));
        QCOMPARE(m_geocoder->placeAt(-17.8, 178.0).countryCode, QStringLiteral("FJ"));
        QCOMPARE(m_geocoder->placeAt(-16.5, -179.99).countryCode, QStringLiteral("FJ"));
        // A French overseas department is named as itself.
        QCOMPARE(m_geocoder->placeAt(-20.8823, 55.4504).countryCode, QStringLiteral("RE"));
        // A few hundred metres offshore still counts as the coast's country.
        QCOMPARE(m_geocoder->countryCodeAt(41.3700, 2.2050), QStringLiteral("ES"));
        // Invalid positions.
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QVERIFY(m_geocoder->placeAt(nan, 10).isEmpty());
        QVERIFY(m_geocoder->placeAt(91, 10).isEmpty());
        QVERIFY(m_geocoder->placeAt(10, 181).isEmpty());
    }

    void countryNamesFollowTheLanguage()
    {
        if (!m_geocoder)
            QSKIP("places index not installed");
        QCOMPARE(m_geocoder->countryName(QStringLiteral("IT")), QStringLiteral("Italy"));
        QCOMPARE(m_geocoder->countryName(QStringLiteral("IT"), QStringLiteral("de")), QStringLiteral("Italien"));
        QCOMPARE(m_geocoder->countryName(QStringLiteral("DE"), QStringLiteral("fr_FR")), QStringLiteral("Allemagne"));
        QCOMPARE(m_geocoder->countryName(QStringLiteral("JP"), QStringLiteral("xx")), QStringLiteral("Japan"));
        QCOMPARE(m_geocoder->countryName(QStringLiteral("QQ"), QStringLiteral("en")), QStringLiteral("QQ"));
        QVERIFY(m_geocoder->dataVersion() > 0);
    }

    // Maps and headings say "Russia", not the official "Russian Federation";
    // short names follow the language too, and never name two countries alike.
    void shortCountryNames()
    {
        if (!m_geocoder)
            QSKIP("places index not installed");
        const auto shortName = [&](const char *code, const char *language) {
            return m_geocoder->countryShortName(QString::fromLatin1(code), QString::fromLatin1(language));
        };
        QCOMPARE(shortName("RU", "en"), QStringLiteral("Russia"));
        QCOMPARE(shortName("RU", "fr_FR"), QStringLiteral("Russie"));
        QCOMPARE(shortName("RU", "de"), QStringLiteral("Russland"));
        QCOMPARE(shortName("IR", "en_US"), QStringLiteral("Iran"));
        QCOMPARE(shortName("CN", "en"), QStringLiteral("China"));
        QCOMPARE(shortName("CN", "fr"), QStringLiteral("Chine"));
        QCOMPARE(shortName("US", "en"), QStringLiteral("United States"));  // not "USA"
        QCOMPARE(shortName("GB", "en"), QStringLiteral("United Kingdom")); // not "UK"
        QCOMPARE(shortName("KR", "en"), QStringLiteral("South Korea"));    // not "Korea, Republic of"
        QCOMPARE(shortName("MD", "en"), QStringLiteral("Moldova"));        // "Moldova, Republic of"
        QCOMPARE(shortName("IT", "xx"), QStringLiteral("Italy"));
        QCOMPARE(shortName("QQ", "en"), QStringLiteral("QQ"));
        QVERIFY(shortName("CD", "en") != shortName("CG", "en")); // both "Congo" for short
        // The official names stay where they were.
        QCOMPARE(m_geocoder->countryName(QStringLiteral("RU")), QStringLiteral("Russian Federation"));
    }

    void refusesMissingAndBrokenFiles()
    {
        QTemporaryDir dir;
        const auto missing = ReverseGeocoder::open(dir.filePath(QStringLiteral("none.bin")));
        QVERIFY(!missing);
        QVERIFY(missing.error().contains(QStringLiteral("fetch-models")));

        QFile garbage(dir.filePath(QStringLiteral("garbage.bin")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
        garbage.close();
        QVERIFY(!ReverseGeocoder::open(garbage.fileName()));

        if (!m_geocoder)
            return;
        // A truncated index is refused, never read past its end.
        QFile whole(test::placesIndexPath());
        QVERIFY(whole.open(QIODevice::ReadOnly));
        QFile truncated(dir.filePath(QStringLiteral("truncated.bin")));
        QVERIFY(truncated.open(QIODevice::WriteOnly));
        truncated.write(whole.read(whole.size() / 2));
        truncated.close();
        QVERIFY(!ReverseGeocoder::open(truncated.fileName()));
    }
};

QTEST_GUILESS_MAIN(TestReverseGeocoder)
#include "tst_reversegeocoder.moc"
