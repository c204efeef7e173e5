#include "metadata/MetadataReader.h"
#include "support/TestMedia.h"

#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <algorithm>
#include <filesystem>

Q_DECLARE_METATYPE(tintype::MediaKind)

using namespace tintype;
namespace fs = std::filesystem;
using Values = QList<QPair<QString, QString>>;

class MetadataReaderTest : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    fs::path path(const QString &name) const { return fs::path(QFile::encodeName(m_dir.filePath(name)).toStdString()); }

    fs::path jpegWith(const QString &name, const Values &values, QSize size = QSize(64, 48))
    {
        const fs::path file = path(name);
        if (!test::writeJpeg(file, size) || (!values.isEmpty() && !test::setMetadata(file, values)))
            qFatal("could not write fixture %s", qPrintable(name));
        return file;
    }

    static Result<MediaMetadata> readAlone(const fs::path &file) { return test::readAlone(file); }

    static bool hasWarning(const MediaMetadata &m, const QString &part)
    {
        for (const QString &w : m.warnings)
            if (w.contains(part, Qt::CaseInsensitive))
                return true;
        return false;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        MetadataReader::initialize();
    }

    void cleanupTestCase()
    {
        // QDir cannot remove the non-UTF-8 name; std::filesystem can.
        std::error_code ec;
        fs::remove_all(fs::path(QFile::encodeName(m_dir.path()).toStdString()), ec);
    }

    void readsCameraFields()
    {
        const auto file = jpegWith(QStringLiteral("camera.jpg"),
                                   {{"Exif.Image.Make", "  Canon  "},
                                    {"Exif.Image.Model", "Canon EOS 5D Mark IV "},
                                    {"Exif.Photo.LensModel", "EF24-70mm f/2.8L II USM"},
                                    {"Exif.Photo.ISOSpeedRatings", "400"},
                                    {"Exif.Photo.FNumber", "28/10"},
                                    {"Exif.Photo.ExposureTime", "1/250"},
                                    {"Exif.Photo.FocalLength", "50/1"},
                                    {"Exif.Image.Orientation", "6"},
                                    {"Exif.GPSInfo.GPSLatitudeRef", "S"},
                                    {"Exif.GPSInfo.GPSLatitude", "33/1 51/1 3540/100"},
                                    {"Exif.GPSInfo.GPSLongitudeRef", "E"},
                                    {"Exif.GPSInfo.GPSLongitude", "151/1 12/1 3000/100"},
                                    {"Exif.GPSInfo.GPSAltitudeRef", "1"},
                                    {"Exif.GPSInfo.GPSAltitude", "125/10"},
                                    {"Exif.Image.Rating", "4"},
                                    {"Exif.Image.ImageDescription", "Harbour at dusk"}},
                                   QSize(64, 48));
        const auto r = readAlone(file);
        QVERIFY2(r, qPrintable(r.error()));
        const MediaMetadata &m = r.value();
        QCOMPARE(m.format, QStringLiteral("jpeg"));
        QCOMPARE(m.kind, MediaKind::Photo);
        QCOMPARE(m.make, QStringLiteral("Canon"));
        QCOMPARE(m.model, QStringLiteral("Canon EOS 5D Mark IV"));
        QCOMPARE(m.lens, QStringLiteral("EF24-70mm f/2.8L II USM"));
        QCOMPARE(m.iso, std::optional<int>(400));
        QCOMPARE(*m.fNumber, 2.8);
        QCOMPARE(*m.exposureTime, 1.0 / 250);
        QCOMPARE(*m.focalLength, 50.0);
        QCOMPARE(m.orientation, 6);
        QCOMPARE(m.width, 48); // swapped by the orientation
        QCOMPARE(m.height, 64);
        QVERIFY(qAbs(*m.latitude - -(33 + 51 / 60.0 + 35.4 / 3600)) < 1e-9);
        QVERIFY(qAbs(*m.longitude - (151 + 12 / 60.0 + 30 / 3600.0)) < 1e-9);
        QCOMPARE(*m.altitude, -12.5);
        QCOMPARE(m.rating, std::optional<int>(4));
        QCOMPARE(m.description, QStringLiteral("Harbour at dusk"));
        QVERIFY2(m.warnings.isEmpty(), qPrintable(m.warnings.join(QLatin1Char('\n'))));
    }

    void readsDescriptiveFields()
    {
        const auto file =
            jpegWith(QStringLiteral("words.jpg"), {{"Iptc.Application2.ObjectName", "IPTC title"},
                                                   {"Iptc.Application2.Caption", "IPTC caption"},
                                                   {"Iptc.Application2.Keywords", "beach"},
                                                   {"Iptc.Application2.Keywords", "sunset"},
                                                   {"Xmp.dc.title", "lang=x-default XMP title"},
                                                   {"Xmp.dc.subject", "sunset"},
                                                   {"Xmp.dc.subject", "family"},
                                                   {"Xmp.digiKam.TagsList", "Places/Beach"},
                                                   {"Xmp.lr.hierarchicalSubject", "People|Anna"},
                                                   {"Xmp.xmp.Rating", "5"},
                                                   {"Exif.Image.ImageDescription", "OLYMPUS DIGITAL CAMERA"}});
        const auto r = readAlone(file);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->title, QStringLiteral("XMP title"));          // XMP before IPTC
        QCOMPARE(r->description, QStringLiteral("IPTC caption")); // placeholder in Exif ignored
        QStringList keywords = r->keywords;
        keywords.sort();
        QCOMPARE(keywords, (QStringList{"People|Anna", "Places/Beach", "beach", "family", "sunset"}));
        QCOMPARE(r->rating, std::optional<int>(5));
    }

    void placeholderDescriptions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("placeholder");
        QTest::newRow("olympus") << "OLYMPUS DIGITAL CAMERA" << true;
        QTest::newRow("sony") << "SONY DSC" << true;
        QTest::newRow("exif_jpeg") << "Exif_JPEG_PICTURE" << true;
        QTest::newRow("blank") << "    " << true;
        QTest::newRow("real") << "Grandma's 90th birthday" << false;
        QTest::newRow("camera word inside") << "My new digital camera test shot" << false;
    }
    void placeholderDescriptions()
    {
        QFETCH(QString, text);
        QFETCH(bool, placeholder);
        QCOMPARE(MetadataReader::isCameraPlaceholder(text), placeholder);
    }

    void sidecarWinsAndFills_data()
    {
        QTest::addColumn<QString>("sidecarName");
        QTest::newRow("name.xmp") << "edited.xmp";
        QTest::newRow("name.ext.xmp") << "edited.jpg.xmp";
    }
    void sidecarWinsAndFills()
    {
        QFETCH(QString, sidecarName);
        QDir(m_dir.path()).mkpath(sidecarName);
        const QString folder = sidecarName + QLatin1Char('/');
        const auto file =
            jpegWith(folder + QStringLiteral("edited.jpg"), {{"Exif.Image.Make", "Nikon"},
                                                             {"Xmp.xmp.Rating", "1"},
                                                             {"Xmp.dc.title", "lang=x-default In the file"},
                                                             {"Xmp.dc.subject", "file-keyword"}});
        QVERIFY(test::writeXmpSidecar(path(folder + sidecarName),
                                      {{"Xmp.xmp.Rating", "5"},
                                       {"Xmp.dc.title", "lang=x-default From the sidecar"},
                                       {"Xmp.dc.description", "lang=x-default Edited in Lightroom"},
                                       {"Xmp.dc.subject", "sidecar-keyword"},
                                       {"Xmp.tiff.Make", "Not used"},
                                       {"Xmp.exif.GPSLatitude", "48,51.3N"},
                                       {"Xmp.exif.GPSLongitude", "2,17.7E"},
                                       {"Xmp.photoshop.DateCreated", "2020-05-06T07:08:09+01:00"}}));
        const auto r = MetadataReader::read(file);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->rating, std::optional<int>(5));
        QCOMPARE(r->title, QStringLiteral("From the sidecar"));
        QCOMPARE(r->description, QStringLiteral("Edited in Lightroom"));
        QCOMPARE(r->keywords, QStringList{QStringLiteral("sidecar-keyword")});
        QCOMPARE(r->make, QStringLiteral("Nikon")); // the file's own value stays
        QVERIFY(qAbs(*r->latitude - (48 + 51.3 / 60)) < 1e-9);
        QVERIFY(qAbs(*r->longitude - (2 + 17.7 / 60)) < 1e-9);
        QCOMPARE(r->captureTime.toIsoString(), QStringLiteral("2020-05-06T07:08:09+01:00"));
        QCOMPARE(r->captureTime.source, CaptureTimeSource::Xmp);

        const auto alone = readAlone(file);
        QVERIFY(alone);
        QCOMPARE(alone->rating, std::optional<int>(1));
        QCOMPARE(alone->title, QStringLiteral("In the file"));
        QVERIFY(!alone->latitude);
    }

    // Failures: only what is not media at all, or cannot be read.
    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("error"); // part of the failure reason
        QTest::newRow("zero bytes") << QByteArray() << "empty.jpg"
                                    << "empty file";
        QTest::newRow("garbage") << QByteArray("this is not a photo at all") << "garbage.jpg"
                                 << "not a recognised image or video (first bytes: 74 68 69 73";
        QTest::newRow("random bytes") << QByteArray(4096, '\x5A') << "random.mp4"
                                      << "not a recognised image or video";
    }
    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, error);
        const fs::path file = path(name);
        QVERIFY(test::writeBytes(file, bytes));
        const auto r = MetadataReader::read(file);
        QVERIFY2(!r, "a file that is not media must fail with a reason");
        QVERIFY2(r.error().contains(error), qPrintable(r.error()));
    }

    // Index as far as possible: bytes that are a known format but that exiv2 or
    // FFmpeg cannot parse still give a photo or video, with the capture-time
    // fallbacks and a warning that says what could not be read.
    void damagedMediaIsIndexed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("format");
        QTest::addColumn<MediaKind>("kind");
        QTest::addColumn<QString>("warning"); // part of the first warning
        QTest::newRow("jpeg magic only") << QByteArray("\xFF\xD8\xFF") << "jpeg" << MediaKind::Photo << "exiv2: ";
        QTest::newRow("broken video") << (QByteArray("\0\0\0\x18"
                                                     "ftypisom\0\0\0\0isomiso2",
                                                     24) +
                                          QByteArray(100, '\x01'))
                                      << "mp4" << MediaKind::Video << "ffmpeg: ";
        QTest::newRow("broken tiff") << QByteArray("II*\0\xFF\xFF\xFF\x7F", 8) << "tiff" << MediaKind::Photo
                                     << "exiv2: ";
        QTest::newRow("broken cr2") << QByteArray("II*\0\x10\0\0\0CR\x02\0\xFF\xFF\xFF\xFF", 16) << "cr2"
                                    << MediaKind::Raw << "exiv2: ";
    }
    void damagedMediaIsIndexed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, format);
        QFETCH(MediaKind, kind);
        QFETCH(QString, warning);
        const fs::path file = path(QStringLiteral("IMG_20190612_153012.%1").arg(format));
        QVERIFY(test::writeBytes(file, bytes));
        MetadataReader::Options options;
        options.lookForSidecar = false;
        options.fallBackToFileTime = false;
        const auto r = MetadataReader::read(file, options);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->format, format);
        QCOMPARE(r->kind, kind);
        // The reader's own warning; a damage note (ImageIntegrity) may come first.
        QVERIFY2(std::any_of(r->warnings.cbegin(), r->warnings.cend(),
                             [&](const QString &w) {
                                 return w.startsWith(warning) && w.contains(QStringLiteral("indexed without"));
                             }),
                 qPrintable(r->warnings.join(QLatin1Char('\n'))));
        QCOMPARE(r->captureTime.source, CaptureTimeSource::FileName);
        QCOMPARE(r->captureTime.toIsoString(), QStringLiteral("2019-06-12T15:30:12"));

        // Without a date in the name, the file time is the last resort.
        const fs::path unnamed = path(QStringLiteral("damaged.%1").arg(format));
        QVERIFY(test::writeBytes(unnamed, bytes));
        const auto t = MetadataReader::read(unnamed);
        QVERIFY2(t, qPrintable(t.error()));
        QCOMPARE(t->captureTime.source, CaptureTimeSource::FileTime);
    }

    void corruptMetadataKeepsWhatWasRead()
    {
        // Exif, then an XMP segment cut short: exiv2 stops at the XMP segment, and
        // what it had decoded before (the Exif) is kept.
        const auto full =
            jpegWith(QStringLiteral("cut-xmp.jpg"), {{"Exif.Image.Make", "Canon"},
                                                     {"Exif.Photo.DateTimeOriginal", "2019:06:12 15:30:12"},
                                                     {"Xmp.dc.subject", "lost"}});
        const QByteArray bytes = test::readBytes(full);
        const qsizetype xmpAt = bytes.indexOf("http://ns.adobe.com/xap/1.0/");
        QVERIFY(xmpAt > 0 && xmpAt > bytes.indexOf("Exif"));
        const fs::path cut = path(QStringLiteral("cut-xmp-half.jpg"));
        QVERIFY(test::writeBytes(cut, bytes.left(xmpAt + 40)));
        const auto r = readAlone(cut);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->make, QStringLiteral("Canon"));
        QCOMPARE(r->captureTime.source, CaptureTimeSource::ExifOriginal);
        QVERIFY(r->keywords.isEmpty());
        // exiv2's warning; the damage note of the cut file (ImageIntegrity) comes first.
        QVERIFY2(std::any_of(r->warnings.cbegin(), r->warnings.cend(),
                             [](const QString &w) {
                                 return w.startsWith(QStringLiteral("exiv2: ")) &&
                                        w.endsWith(QStringLiteral("indexed with the metadata read before the error"));
                             }),
                 qPrintable(r->warnings.join(QLatin1Char('\n'))));
        QVERIFY2(r->warnings.first().startsWith(QStringLiteral("damaged data")),
                 qPrintable(r->warnings.join(QLatin1Char('\n'))));
    }

    void missingFileAndFolder()
    {
        QCOMPARE(MetadataReader::read(path(QStringLiteral("nope.jpg"))).error(), QStringLiteral("file not found"));
        QCOMPARE(MetadataReader::read(path(QString())).error(), QStringLiteral("not a regular file"));
    }

    void truncatedJpegIsIndexed()
    {
        const auto full = jpegWith(QStringLiteral("full.jpg"), {{"Exif.Photo.DateTimeOriginal", "2019:06:12 15:30:12"},
                                                                {"Exif.Image.Make", "Canon"}});
        const QByteArray bytes = test::readBytes(full);
        for (const int length : {3, 20, 60, 200, int(bytes.size() / 2), int(bytes.size() - 10)}) {
            const fs::path cut = path(QStringLiteral("cut%1.jpg").arg(length));
            QVERIFY(test::writeBytes(cut, bytes.left(length)));
            const auto r = readAlone(cut);
            QVERIFY2(r, qPrintable(r.error())); // every cut starts with the JPEG signature
            QCOMPARE(r->format, QStringLiteral("jpeg"));
            if (length > 200) { // the Exif block is whole: its values are read
                QCOMPARE(r->make, QStringLiteral("Canon"));
                QCOMPARE(r->captureTime.source, CaptureTimeSource::ExifOriginal);
            } else { // exiv2 says what it could not read (an error, or a log message it gave up with)
                QVERIFY2(hasWarning(r.value(), QStringLiteral("exiv2: ")),
                         qPrintable(r->warnings.join(QLatin1Char('\n'))));
            }
        }
    }

    void lyingExtension()
    {
        const auto file = jpegWith(QStringLiteral("wrong.heic"), {{"Exif.Image.Model", "Pixel 7"}});
        const auto r = readAlone(file);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->format, QStringLiteral("jpeg"));
        QCOMPARE(r->kind, MediaKind::Photo);
        QCOMPARE(r->model, QStringLiteral("Pixel 7"));
        QVERIFY2(r->warnings.contains(QStringLiteral("extension .heic but content is JPEG")),
                 qPrintable(r->warnings.join(QLatin1Char('\n'))));
    }

    void invalidOrientation_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("0") << "0";
        QTest::newRow("9") << "9";
        QTest::newRow("65535") << "65535";
    }
    void invalidOrientation()
    {
        QFETCH(QString, value);
        const auto r =
            readAlone(jpegWith(QStringLiteral("orient%1.jpg").arg(value), {{"Exif.Image.Orientation", value}}));
        QVERIFY(r);
        QCOMPARE(r->orientation, 1);
        QCOMPARE(r->width, 64);
        QVERIFY(hasWarning(r.value(), QStringLiteral("invalid orientation")));
    }

    void impossibleGps_data()
    {
        QTest::addColumn<QString>("lat");
        QTest::addColumn<QString>("lon");
        QTest::addColumn<bool>("warns");
        QTest::newRow("0/0") << "0/1 0/1 0/1"
                             << "0/1 0/1 0/1" << false;
        QTest::newRow("200 degrees") << "200/1 0/1 0/1"
                                     << "10/1 0/1 0/1" << true;
        QTest::newRow("zero denominators") << "48/0 0/0 0/0"
                                           << "2/0 0/0 0/0" << false;
    }
    void impossibleGps()
    {
        QFETCH(QString, lat);
        QFETCH(QString, lon);
        QFETCH(bool, warns);
        static int n = 0;
        const auto r =
            readAlone(jpegWith(QStringLiteral("gps%1.jpg").arg(++n), {{"Exif.GPSInfo.GPSLatitudeRef", "N"},
                                                                      {"Exif.GPSInfo.GPSLatitude", lat},
                                                                      {"Exif.GPSInfo.GPSLongitudeRef", "E"},
                                                                      {"Exif.GPSInfo.GPSLongitude", lon},
                                                                      {"Exif.GPSInfo.GPSAltitude", "100/1"}}));
        QVERIFY(r);
        QVERIFY(!r->latitude && !r->longitude && !r->altitude);
        QCOMPARE(hasWarning(r.value(), QStringLiteral("out of range")), warns);
    }

    void invalidDatesWarn()
    {
        const auto r = readAlone(
            jpegWith(QStringLiteral("baddate.jpg"), {{"Exif.Photo.DateTimeOriginal", "0000:00:00 00:00:00"},
                                                     {"Xmp.xmp.CreateDate", "garbage"},
                                                     {"Exif.Photo.DateTimeDigitized", "1750:01:01 00:00:00"}}));
        QVERIFY(r);
        QVERIFY(!r->captureTime.isValid());
        QVERIFY(hasWarning(r.value(), QStringLiteral("invalid DateTimeOriginal")));
        QVERIFY(hasWarning(r.value(), QStringLiteral("invalid xmp.CreateDate")));
        QVERIFY(hasWarning(r.value(), QStringLiteral("invalid DateTimeDigitized")));
    }

    void invalidUtf8IsDecodedLossily()
    {
        const auto file = jpegWith(QStringLiteral("latin1.jpg"), {{"Exif.Image.Make", "x"}});
        // Patch the Make value's bytes in place: "x" -> 0xE9 (Latin-1 é, invalid UTF-8).
        QByteArray bytes = test::readBytes(file);
        const qsizetype at = bytes.indexOf(QByteArray("x\0", 2));
        QVERIFY(at > 0);
        bytes[at] = char(0xE9);
        QVERIFY(test::writeBytes(file, bytes));
        const auto r = readAlone(file);
        QVERIFY(r);
        QCOMPARE(r->make, QStringLiteral("\u00E9"));
    }

    void absurdDimensions()
    {
        // A PNG header claiming 2^31-1 x 2^31-1 pixels: no decode, no crash, size unknown.
        QByteArray png("\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR\x7F\xFF\xFF\xFF\x7F\xFF\xFF\xFF\x08\x02\0\0\0\0\0\0\0", 33);
        png += QByteArray("\0\0\0\0IEND\xAE\x42\x60\x82", 12);
        const fs::path file = path(QStringLiteral("bomb.png"));
        QVERIFY(test::writeBytes(file, png));
        const auto r = readAlone(file);
        if (r) {
            QCOMPARE(r->width, 0);
            QVERIFY(hasWarning(r.value(), QStringLiteral("implausible image size")));
        } else {
            QVERIFY(!r.error().isEmpty());
        }
    }

    void nonUtf8FileName()
    {
#ifdef Q_OS_UNIX
        const fs::path file =
            fs::path(QFile::encodeName(m_dir.path()).toStdString()) / std::string("caf\xE9_IMG_20190612_153012.jpg");
        QVERIFY(test::writeJpeg(file));
        QVERIFY(test::setMetadata(file, {{ "Exif.Image.Make", "Fujifilm" }}));
        const auto r = MetadataReader::read(file);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->make, QStringLiteral("Fujifilm"));
        QCOMPARE(r->captureTime.source, CaptureTimeSource::FileName);
#else
        QSKIP("file names are UTF-16 here");
#endif
    }

    void parallelReadsAgree()
    {
        const auto file =
            jpegWith(QStringLiteral("parallel.jpg"), {{"Exif.Image.Make", "Sony"},
                                                      {"Xmp.dc.subject", "threads"},
                                                      {"Exif.Photo.DateTimeOriginal", "2019:06:12 15:30:12"}});
        QList<int> jobs(64);
        const QList<QString> results = QtConcurrent::blockingMapped(jobs, [&file](int) {
            const auto r = MetadataReader::read(file);
            return r ? r->make + r->keywords.join(QLatin1Char(',')) + r->captureTime.toIsoString() : r.error();
        });
        for (const QString &s : results)
            QCOMPARE(s, QStringLiteral("Sonythreads2019-06-12T15:30:12"));
    }
};

QTEST_GUILESS_MAIN(MetadataReaderTest)
#include "tst_metadatareader.moc"
