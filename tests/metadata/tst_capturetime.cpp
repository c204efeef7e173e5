#include "metadata/CaptureTimeParser.h"
#include "metadata/MetadataReader.h"
#include "support/TestMedia.h"

#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <filesystem>

using namespace tintype;
namespace fs = std::filesystem;
using Values = QList<QPair<QString, QString>>;

Q_DECLARE_METATYPE(tintype::CaptureTimeSource)

namespace {
void setTimeZone(const char *tz)
{
    qputenv("TZ", tz);
    tzset();
}
} // namespace

class CaptureTimeTest : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    fs::path path(const QString &name) const { return fs::path(QFile::encodeName(m_dir.filePath(name)).toStdString()); }

    // A JPEG with `values` written, read without file-time fallback.
    CaptureTime readWith(const QString &name, const Values &values)
    {
        const fs::path file = path(name);
        fs::create_directories(file.parent_path());
        if (!test::writeJpeg(file) || (!values.isEmpty() && !test::setMetadata(file, values)))
            return {};
        MetadataReader::Options options;
        options.fallBackToFileTime = false;
        const auto result = MetadataReader::read(file, options);
        return result ? result->captureTime : CaptureTime{};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        MetadataReader::initialize();
    }

    void cleanup() { setTimeZone("UTC"); }

    void parseExif_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // ISO, or empty for "rejected"
        QTest::newRow("exif") << "2019:06:12 15:30:12"
                              << "2019-06-12T15:30:12";
        QTest::newRow("dashes") << "2019-06-12 15:30:12"
                                << "2019-06-12T15:30:12";
        QTest::newRow("trailing nul") << QStringLiteral("2019:06:12 15:30:12\0") << "2019-06-12T15:30:12";
        QTest::newRow("no seconds") << "2019:06:12 15:30"
                                    << "2019-06-12T15:30:00";
        QTest::newRow("zeros") << "0000:00:00 00:00:00"
                               << "";
        QTest::newRow("blank") << "    :  :     :  :  "
                               << "";
        QTest::newRow("year 1799") << "1799:12:31 23:59:59"
                                   << "";
        QTest::newRow("year 2101") << "2101:01:01 00:00:00"
                                   << "";
        QTest::newRow("month 13") << "2019:13:01 00:00:00"
                                  << "";
        QTest::newRow("feb 30") << "2019:02:30 00:00:00"
                                << "";
        QTest::newRow("hour 25") << "2019:06:12 25:00:00"
                                 << "";
        QTest::newRow("garbage") << "yesterday"
                                 << "";
    }
    void parseExif()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto parsed = capturetimeparser::parseExifDateTime(text);
        QCOMPARE(parsed ? parsed->toString(Qt::ISODate).chopped(1) : QString(), expected);
    }

    void parseOffsetAndSubSec()
    {
        QCOMPARE(capturetimeparser::parseOffset(QStringLiteral("+02:00")), std::optional<int>(120));
        QCOMPARE(capturetimeparser::parseOffset(QStringLiteral("-05:30")), std::optional<int>(-330));
        QCOMPARE(capturetimeparser::parseOffset(QStringLiteral("+0530")), std::optional<int>(330));
        QCOMPARE(capturetimeparser::parseOffset(QStringLiteral("Z")), std::optional<int>(0));
        QCOMPARE(capturetimeparser::parseOffset(QStringLiteral("+15:00")), std::nullopt);
        QCOMPARE(capturetimeparser::parseOffset(QStringLiteral("   :  ")), std::nullopt);
        QCOMPARE(capturetimeparser::parseSubSecMs(QStringLiteral("12")), std::optional<int>(120));
        QCOMPARE(capturetimeparser::parseSubSecMs(QStringLiteral("054")), std::optional<int>(54));
        QCOMPARE(capturetimeparser::parseSubSecMs(QStringLiteral("1234")), std::optional<int>(123));
        QCOMPARE(capturetimeparser::parseSubSecMs(QStringLiteral("ab")), std::nullopt);
    }

    void fileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("IMG_") << "IMG_20190612_153012.jpg"
                              << "2019-06-12T15:30:12";
        QTest::newRow("PXL_ ms") << "PXL_20210101_123456789.jpg"
                                 << "2021-01-01T12:34:56.789";
        QTest::newRow("dotted") << "2019-06-12 15.30.12.jpg"
                                << "2019-06-12T15:30:12";
        QTest::newRow("whatsapp date only") << "IMG-20190612-WA0001.jpg"
                                            << "2019-06-12T00:00:00";
        QTest::newRow("screenshot") << "Screenshot_20190612-153012.png"
                                    << "2019-06-12T15:30:12";
        QTest::newRow("VID_") << "VID_20190612_153012.mp4"
                              << "2019-06-12T15:30:12";
        QTest::newRow("bare") << "20190612_153012.jpg"
                              << "2019-06-12T15:30:12";
        QTest::newRow("implausible month") << "IMG_20191312_153012.jpg"
                                           << "";
        QTest::newRow("implausible year") << "IMG_18500612_153012.jpg"
                                          << "";
        QTest::newRow("counter") << "DSC_0042.JPG"
                                 << "";
        QTest::newRow("long number") << "photo_1234567890123456.jpg"
                                     << "";
    }
    void fileNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const CaptureTime t = capturetimeparser::fromFileName(name);
        QCOMPARE(t.toIsoString(), expected);
        if (t.isValid()) {
            QCOMPARE(t.source, CaptureTimeSource::FileName);
            QVERIFY(!t.offsetMinutes); // floating
        }
    }

    // Each source on its own, and that a better one wins over the rest.
    void priority_data()
    {
        QTest::addColumn<Values>("values");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<CaptureTimeSource>("source");
        const QPair<QString, QString> original{"Exif.Photo.DateTimeOriginal", "2019:06:12 15:30:12"};
        const QPair<QString, QString> subsec{"Exif.Photo.SubSecTimeOriginal", "12"};
        const QPair<QString, QString> offset{"Exif.Photo.OffsetTimeOriginal", "+02:00"};
        const QPair<QString, QString> xmp{"Xmp.xmp.CreateDate", "2018-01-02T03:04:05-05:00"};
        const QPair<QString, QString> photoshop{"Xmp.photoshop.DateCreated", "2018-01-02T03:04:06"};
        const QPair<QString, QString> digitized{"Exif.Photo.DateTimeDigitized", "2017:03:04 05:06:07"};
        const QPair<QString, QString> digitizedOffset{"Exif.Photo.OffsetTimeDigitized", "-03:00"};
        const QPair<QString, QString> gpsDate{"Exif.GPSInfo.GPSDateStamp", "2016:07:08"};
        const QPair<QString, QString> gpsTime{"Exif.GPSInfo.GPSTimeStamp", "9/1 10/1 11/1"};
        const QPair<QString, QString> zeros{"Exif.Photo.DateTimeOriginal", "0000:00:00 00:00:00"};
        const QString plain = QStringLiteral("plain.jpg");

        QTest::newRow("exif floating") << Values{original} << plain << "2019-06-12T15:30:12"
                                       << CaptureTimeSource::ExifOriginal;
        QTest::newRow("exif subsec+offset") << Values{original, subsec, offset} << plain
                                            << "2019-06-12T15:30:12.120+02:00" << CaptureTimeSource::ExifOriginal;
        QTest::newRow("exif beats all") << Values{xmp, digitized, gpsDate, gpsTime, original}
                                        << "IMG_20000101_000000.jpg"
                                        << "2019-06-12T15:30:12" << CaptureTimeSource::ExifOriginal;
        QTest::newRow("photoshop beats xmp:CreateDate")
            << Values{photoshop, xmp, digitized} << plain << "2018-01-02T03:04:06" << CaptureTimeSource::Xmp;
        QTest::newRow("xmp with offset") << Values{xmp, digitized, gpsDate, gpsTime} << plain
                                         << "2018-01-02T03:04:05-05:00" << CaptureTimeSource::Xmp;
        QTest::newRow("digitized") << Values{digitized, digitizedOffset, gpsDate, gpsTime} << plain
                                   << "2017-03-04T05:06:07-03:00" << CaptureTimeSource::ExifCreateDate;
        QTest::newRow("gps is utc") << Values{gpsDate, gpsTime} << "IMG_20000101_000000.jpg"
                                    << "2016-07-08T09:10:11+00:00" << CaptureTimeSource::Gps;
        QTest::newRow("invalid exif falls through")
            << Values{zeros, digitized} << plain << "2017-03-04T05:06:07" << CaptureTimeSource::ExifCreateDate;
        QTest::newRow("offset from gps") << Values{original,
                                                   {"Exif.GPSInfo.GPSDateStamp", "2019:06:12"},
                                                   {"Exif.GPSInfo.GPSTimeStamp", "13/1 30/1 14/1"}}
                                         << plain << "2019-06-12T15:30:12+02:00" << CaptureTimeSource::ExifOriginal;
        QTest::newRow("file name") << Values{} << "IMG_20190612_153012.jpg"
                                   << "2019-06-12T15:30:12" << CaptureTimeSource::FileName;
        QTest::newRow("invalid exif, file name") << Values{zeros} << "PXL_20210101_123456789.jpg"
                                                 << "2021-01-01T12:34:56.789" << CaptureTimeSource::FileName;
        QTest::newRow("nothing") << Values{} << plain << "" << CaptureTimeSource::None;
    }
    void priority()
    {
        QFETCH(Values, values);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QFETCH(CaptureTimeSource, source);
        static int n = 0;
        const CaptureTime t = readWith(QStringLiteral("p%1/").arg(++n) + name, values);
        QCOMPARE(t.toIsoString(), expected);
        QCOMPARE(t.source, source);
    }

    void fileTimeIsLastResort()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("mtime"));
        const fs::path file = path(QStringLiteral("mtime/plain.jpg"));
        QVERIFY(test::writeJpeg(file));
        const auto mtime = fs::file_time_type::clock::now() - std::chrono::hours(24 * 400);
        fs::last_write_time(file, mtime);
        const auto result = MetadataReader::read(file);
        QVERIFY(result);
        QCOMPARE(result->captureTime.source, CaptureTimeSource::FileTime);
        // An instant, shown on this machine's clock: its offset is the local one.
        QVERIFY(result->captureTime.offsetMinutes);
        QCOMPARE(*result->captureTime.offsetMinutes, result->captureTime.utc.toLocalTime().offsetFromUtc() / 60);
        const qint64 days = result->captureTime.utc.daysTo(QDateTime::currentDateTimeUtc());
        QVERIFY2(days >= 399 && days <= 401, qPrintable(QString::number(days)));
    }

    // Times recorded in the file (camera, editor, GPS, QuickTime) against guesses from its name or file time:
    // the one rule duplicates, Takeout and metadata patches share.
    void cameraTime_data()
    {
        QTest::addColumn<CaptureTimeSource>("source");
        QTest::addColumn<bool>("camera");
        QTest::newRow("none") << CaptureTimeSource::None << false;
        QTest::newRow("exif") << CaptureTimeSource::ExifOriginal << true;
        QTest::newRow("xmp") << CaptureTimeSource::Xmp << true;
        QTest::newRow("exif-create-date") << CaptureTimeSource::ExifCreateDate << true;
        QTest::newRow("gps") << CaptureTimeSource::Gps << true;
        QTest::newRow("quicktime") << CaptureTimeSource::QuickTime << true;
        QTest::newRow("file-name") << CaptureTimeSource::FileName << false;
        QTest::newRow("file-time") << CaptureTimeSource::FileTime << false;
        QTest::newRow("user") << CaptureTimeSource::User << false;
        QTest::newRow("out of range") << CaptureTimeSource(42) << false;
    }

    void cameraTime()
    {
        QFETCH(CaptureTimeSource, source);
        QFETCH(bool, camera);
        QCOMPARE(isCameraTime(source), camera);
    }

    // The wall clock and offset of an Exif time do not depend on the machine's zone.
    void independentOfTimeZone_data()
    {
        QTest::addColumn<QByteArray>("tz");
        QTest::newRow("UTC") << QByteArray("UTC");
        QTest::newRow("Tokyo") << QByteArray("Asia/Tokyo");
        QTest::newRow("New York") << QByteArray("America/New_York");
        QTest::newRow("Kathmandu") << QByteArray("Asia/Kathmandu");
    }
    void independentOfTimeZone()
    {
        QFETCH(QByteArray, tz);
        QDir(m_dir.path()).mkpath(QStringLiteral("tz"));
        const fs::path floating = path(QStringLiteral("tz/floating.jpg"));
        const fs::path withOffset = path(QStringLiteral("tz/offset.jpg"));
        if (!fs::exists(floating)) {
            QVERIFY(test::writeJpeg(floating) && test::writeJpeg(withOffset));
            QVERIFY(test::setMetadata(floating, {{"Exif.Photo.DateTimeOriginal", "2019:06:12 15:30:12"}}));
            QVERIFY(test::setMetadata(withOffset, {{"Exif.Photo.DateTimeOriginal", "2019:06:12 15:30:12"},
                                                   {"Exif.Photo.OffsetTimeOriginal", "+02:00"}}));
        }
        setTimeZone(tz.constData());
        const auto a = MetadataReader::read(floating);
        const auto b = MetadataReader::read(withOffset);
        QVERIFY(a && b);
        QCOMPARE(a->captureTime.toIsoString(), QStringLiteral("2019-06-12T15:30:12"));
        QCOMPARE(a->captureTime.utc, QDateTime(QDate(2019, 6, 12), QTime(15, 30, 12), Qt::UTC));
        QCOMPARE(b->captureTime.toIsoString(), QStringLiteral("2019-06-12T15:30:12+02:00"));
        QCOMPARE(b->captureTime.utc, QDateTime(QDate(2019, 6, 12), QTime(13, 30, 12), Qt::UTC));
        QCOMPARE(capturetimeparser::fromFileName(QStringLiteral("IMG_20190612_153012.jpg")).utc,
                 QDateTime(QDate(2019, 6, 12), QTime(15, 30, 12), Qt::UTC));
    }

    void offsetFromGpsNeedsAQuarterHour()
    {
        const QDateTime wall(QDate(2019, 6, 12), QTime(15, 30, 12), Qt::UTC);
        QCOMPARE(capturetimeparser::offsetFromUtcDifference(wall, wall.addSecs(-2 * 3600 + 40)),
                 std::optional<int>(120));
        QCOMPARE(capturetimeparser::offsetFromUtcDifference(wall, wall.addSecs(-5 * 3600 - 1800)),
                 std::optional<int>(330));
        QCOMPARE(capturetimeparser::offsetFromUtcDifference(wall, wall.addSecs(-7 * 60)), std::nullopt); // not a zone
        QCOMPARE(capturetimeparser::offsetFromUtcDifference(wall, wall.addSecs(-20 * 3600)),
                 std::nullopt); // beyond 14 h
    }
};

QTEST_GUILESS_MAIN(CaptureTimeTest)
#include "tst_capturetime.moc"
