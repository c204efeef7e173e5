#include "takeout/TakeoutSidecar.h"

#include <QTest>

using namespace tintype;

namespace {

// A sidecar as Google writes it (Takeout 2023, trimmed), with `extra` members added.
QByteArray sidecarJson(const QByteArray &extra = {})
{
    return R"({
  "title": "PXL_20231006_063851485.jpg",
  "description": "Description from goggle photos",
  "imageViews": "1",
  "creationTime": {"timestamp": "1697872351", "formatted": "21 oct. 2023, 07:12:31 UTC"},
  "photoTakenTime": {"timestamp": "1696574331", "formatted": "6 oct. 2023, 06:38:51 UTC"},
  "geoData": {"latitude": 48.8583736, "longitude": 2.291901, "altitude": 66.15, "latitudeSpan": 0.0},
  "geoDataExif": {"latitude": 48.8583736, "longitude": 2.291901, "altitude": 66.15, "latitudeSpan": 0.0},
  "url": "https://photos.google.com/photo/x")" +
           extra + "}";
}

TakeoutSidecar parsed(const QByteArray &json)
{
    const auto r = parseMediaSidecar(json);
    if (!r.ok())
        qWarning() << "parse failed:" << r.error();
    return r.ok() ? r.value() : TakeoutSidecar{};
}

} // namespace

Q_DECLARE_METATYPE(std::optional<qint64>)
Q_DECLARE_METATYPE(JsonRole)

class TestTakeoutSidecar : public QObject {
    Q_OBJECT

private slots:
    void parsesAGoogleSidecar()
    {
        const TakeoutSidecar s = parsed(sidecarJson(R"(, "favorited": true)"));
        QCOMPARE(s.title, QStringLiteral("PXL_20231006_063851485.jpg"));
        QCOMPARE(s.description, QStringLiteral("Description from goggle photos"));
        QCOMPARE(s.photoTakenUtc, std::optional<qint64>(1696574331));
        QCOMPARE(s.creationUtc, std::optional<qint64>(1697872351));
        QVERIFY(s.position.has_value());
        QCOMPARE(s.position->latitude, 48.8583736);
        QCOMPARE(s.position->longitude, 2.291901);
        QCOMPARE(s.position->altitude, std::optional<double>(66.15));
        QVERIFY(s.favorite);
        QVERIFY(!s.archived);
        QVERIFY(!s.trashed);
        QVERIFY(s.people.isEmpty());
    }

    void timestamps_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<std::optional<qint64>>("expected");
        QTest::newRow("string") << QByteArray(R"("1696574331")") << std::optional<qint64>(1696574331);
        QTest::newRow("number") << QByteArray("1696574331") << std::optional<qint64>(1696574331);
        QTest::newRow("spaces") << QByteArray(R"(" 1696574331 ")") << std::optional<qint64>(1696574331);
        QTest::newRow("fraction") << QByteArray(R"("1696574331.75")") << std::optional<qint64>(1696574331);
        QTest::newRow("before 1970") << QByteArray(R"("-315619200")") << std::optional<qint64>(-315619200);
        QTest::newRow("zero string = unknown") << QByteArray(R"("0")") << std::optional<qint64>();
        QTest::newRow("zero number = unknown") << QByteArray("0") << std::optional<qint64>();
        QTest::newRow("empty = unknown") << QByteArray(R"("")") << std::optional<qint64>();
        QTest::newRow("text = unknown") << QByteArray(R"("yesterday")") << std::optional<qint64>();
        QTest::newRow("null = unknown") << QByteArray("null") << std::optional<qint64>();
        QTest::newRow("object = unknown") << QByteArray("{}") << std::optional<qint64>();
        QTest::newRow("after year 9999 = unknown") << QByteArray(R"("99999999999999")") << std::optional<qint64>();
        QTest::newRow("huge number = unknown") << QByteArray("1e300") << std::optional<qint64>();
        QTest::newRow("overflowing string = unknown")
            << QByteArray(R"("99999999999999999999999")") << std::optional<qint64>();
    }
    void timestamps()
    {
        QFETCH(QByteArray, value);
        QFETCH(std::optional<qint64>, expected);
        const QByteArray json = R"({"title": "a.jpg", "photoTakenTime": {"timestamp": )" + value +
                                R"(}, "creationTime": {"timestamp": )" + value + "}}";
        const TakeoutSidecar s = parsed(json);
        QCOMPARE(s.photoTakenUtc, expected);
        QCOMPARE(s.creationUtc, expected);
    }

    void missingTimesAreUnknown()
    {
        const TakeoutSidecar s = parsed(R"({"title": "a.jpg", "photoTakenTime": {"formatted": "x"}})");
        QVERIFY(!s.photoTakenUtc);
        QVERIFY(!s.creationUtc);
    }

    void positionPrefersExifThenGeoData()
    {
        // geoDataExif 0/0 is "unknown": geoData is used.
        TakeoutSidecar s = parsed(R"({"title": "a.jpg",
            "geoData": {"latitude": 52.5107943, "longitude": 13.4563869, "altitude": 0.0},
            "geoDataExif": {"latitude": 0.0, "longitude": 0.0, "altitude": 0.0}})");
        QVERIFY(s.position);
        QCOMPARE(s.position->latitude, 52.5107943);
        QCOMPARE(s.position->longitude, 13.4563869);
        // Both present: the Exif one wins (gphotos-2.json in the samples has them differ).
        s = parsed(R"({"title": "a.jpg",
            "geoData": {"latitude": 52.5107943, "longitude": 13.4563869},
            "geoDataExif": {"latitude": 52.5107583, "longitude": 13.4566472, "altitude": 35.3}})");
        QVERIFY(s.position);
        QCOMPARE(s.position->latitude, 52.5107583);
        QCOMPARE(s.position->altitude, std::optional<double>(35.3));
    }

    void positionUnknown_data()
    {
        QTest::addColumn<QByteArray>("geo");
        QTest::newRow("0/0") << QByteArray(R"({"latitude": 0, "longitude": 0, "altitude": 0})");
        QTest::newRow("latitude out of range") << QByteArray(R"({"latitude": 95, "longitude": 10})");
        QTest::newRow("longitude out of range") << QByteArray(R"({"latitude": 45, "longitude": -181})");
        QTest::newRow("longitude missing") << QByteArray(R"({"latitude": 45})");
        QTest::newRow("text") << QByteArray(R"({"latitude": "north", "longitude": "west"})");
        QTest::newRow("not an object") << QByteArray(R"("48.85, 2.29")");
    }
    void positionUnknown()
    {
        QFETCH(QByteArray, geo);
        const TakeoutSidecar s = parsed(R"({"title": "a.jpg", "geoData": )" + geo + R"(, "geoDataExif": )" + geo + "}");
        QVERIFY(!s.position);
    }

    void positionFromStringsWithoutAltitude()
    {
        const TakeoutSidecar s =
            parsed(R"({"title": "a.jpg", "geoData": {"latitude": "-33.86", "longitude": "151.2"}})");
        QVERIFY(s.position);
        QCOMPARE(s.position->latitude, -33.86);
        QCOMPARE(s.position->longitude, 151.2);
        QVERIFY(!s.position->altitude);
    }

    void flagsAndPeople()
    {
        const TakeoutSidecar s = parsed(sidecarJson(R"(, "favorited": "true", "archived": true, "trashed": true,
            "people": [{"name": "Alice"}, {"name": ""}, {"name": " Bob "}, {"name": "Alice"}, {"nom": "x"}, 7, "Carol"])"));
        QVERIFY(s.favorite);
        QVERIFY(s.archived);
        QVERIFY(s.trashed);
        QCOMPARE(s.people, (QStringList{"Alice", "Bob", "Carol"}));
        const TakeoutSidecar plain = parsed(sidecarJson(R"(, "favorited": false, "archived": "no", "people": {})"));
        QVERIFY(!plain.favorite);
        QVERIFY(!plain.archived);
        QVERIFY(plain.people.isEmpty());
    }

    void oddlyTypedTextIsEmpty()
    {
        const TakeoutSidecar s = parsed(R"({"title": 12, "description": ["x"], "photoTakenTime": 5})");
        QVERIFY(s.title.isEmpty());
        QVERIFY(s.description.isEmpty());
        QVERIFY(!s.photoTakenUtc);
    }

    void titleWithSlashAndUnicodeKept()
    {
        const TakeoutSidecar s = parsed(R"({"title": "2019/05/18 Café ✈️.jpg"})");
        QCOMPARE(s.title, QString::fromUtf8("2019/05/18 Café ✈️.jpg"));
    }

    void badJsonGivesAClearError_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("blank") << QByteArray(" \n ") << QStringLiteral("empty");
        QTest::newRow("truncated") << sidecarJson().left(120) << QStringLiteral("not valid JSON");
        QTest::newRow("garbage") << QByteArray("\xff\xfe\x00garbage", 10) << QStringLiteral("not valid JSON");
        QTest::newRow("list") << QByteArray(R"([{"title": "a.jpg"}])") << QStringLiteral("no object");
        QTest::newRow("number") << QByteArray("42") << QStringLiteral("JSON"); // Qt 6.4: "not valid JSON"
        QTest::newRow("unrelated object")
            << QByteArray(R"({"SourceFile": "a.jpg"})") << QStringLiteral("no Google Photos metadata");
        QTest::newRow("deep nesting") << QByteArray(100000, '[') << QStringLiteral("not valid JSON");
        QByteArray big = sidecarJson(", \"pad\": \"" + QByteArray(kMaxTakeoutJsonBytes, 'x') + "\"");
        QTest::newRow("oversized") << big << QStringLiteral("too large");
    }
    void badJsonGivesAClearError()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, words);
        const auto r = parseMediaSidecar(json);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(words), qPrintable(r.error()));
        const auto album = parseAlbumMetadata(json);
        QVERIFY(!album.ok());
        QVERIFY(!album.error().isEmpty());
    }

    void albumOldFormat()
    {
        const auto r =
            parseAlbumMetadata(R"({"albumData": {"title": "iPhone", "description": "d", "access": "protected",
            "location": "", "date": {"timestamp": "1320701674", "formatted": "Nov 7, 2011"}}})");
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->title, QStringLiteral("iPhone"));
        QCOMPARE(r->description, QStringLiteral("d"));
        QCOMPARE(r->dateUtc, std::optional<qint64>(1320701674));
    }

    void albumFlatFormat()
    {
        const auto r = parseAlbumMetadata(R"({"title": "Album test 6/10/23", "description": "", "access": "protected",
            "date": {"timestamp": "1697872351"}, "location": "", "geoData": {"latitude": 0, "longitude": 0}})");
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->title, QStringLiteral("Album test 6/10/23"));
        QCOMPARE(r->dateUtc, std::optional<qint64>(1697872351));
        // An untitled album, date "0".
        const auto untitled = parseAlbumMetadata(R"({"title": "", "access": "", "date": {"timestamp": "0"}})");
        QVERIFY(untitled.ok());
        QVERIFY(untitled->title.isEmpty());
        QVERIFY(!untitled->dateUtc);
    }

    void classify_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<JsonRole>("role");
        const QByteArray flatAlbum = R"({"title": "Trip", "description": "", "access": "protected",
            "date": {"timestamp": "1697872351"}})";
        const QByteArray oldAlbum = R"({"albumData": {"title": "iPhone", "date": {"timestamp": "1"}}})";
        QTest::newRow("sidecar") << "IMG_1.JPG.json" << sidecarJson() << JsonRole::MediaSidecar;
        QTest::newRow("supplemental") << "IMG_1.JPG.supplemental-metadata.json" << sidecarJson()
                                      << JsonRole::MediaSidecar;
        QTest::newRow("minimal sidecar") << "a.jpg.json" << QByteArray(R"({"title": "a.jpg", "description": ""})")
                                         << JsonRole::MediaSidecar;
        QTest::newRow("flat album") << QString::fromUtf8("métadonnées.json") << flatAlbum << JsonRole::AlbumMetadata;
        QTest::newRow("old album") << "metadata.json" << oldAlbum << JsonRole::AlbumMetadata;
        QTest::newRow("album under an odd name") << "whatever.json" << oldAlbum << JsonRole::AlbumMetadata;
        QTest::newRow("flat album, unknown language") << "metadatuak(2).json" << flatAlbum << JsonRole::AlbumMetadata;
        QTest::newRow("sidecar of a file named metadata") << "metadata.json" << sidecarJson() << JsonRole::MediaSidecar;
        QTest::newRow("print order") << "print-subscriptions.json" << QByteArray(R"({"title": "x", "date": {}})")
                                     << JsonRole::Other;
        QTest::newRow("comments") << "shared_album_comments.json" << QByteArray("[]") << JsonRole::Other;
        QTest::newRow("memory titles") << "user-generated-memory-titles.json" << QByteArray(R"({"title": "x"})")
                                       << JsonRole::Other;
        QTest::newRow("exiftool dump") << "digikam.json" << QByteArray(R"([{"SourceFile": "digikam.jpg"}])")
                                       << JsonRole::Other;
        QTest::newRow("exiftool object") << "IMG_0053.json" << QByteArray(R"({"SourceFile": "IMG_0053.MOV"})")
                                         << JsonRole::Other;
        QTest::newRow("broken sidecar stays a sidecar")
            << "IMG_1.JPG.json" << QByteArray(R"({"title": )") << JsonRole::MediaSidecar;
        QTest::newRow("broken album stays an album") << "Metadaten.json" << QByteArray("{") << JsonRole::AlbumMetadata;
        QTest::newRow("empty sidecar") << "IMG_1.JPG.json" << QByteArray() << JsonRole::MediaSidecar;
    }
    void classify()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, json);
        QFETCH(JsonRole, role);
        QCOMPARE(classifyJson(name, json), role);
    }
};

QTEST_GUILESS_MAIN(TestTakeoutSidecar)
#include "tst_takeoutsidecar.moc"
