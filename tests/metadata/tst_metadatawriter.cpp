// MetadataWriter into the file itself: what it writes, MetadataReader (and
// exiftool) reads back; what it refuses or fails on leaves the bytes as they were.
#include "metadata/MetadataReader.h"
#include "metadata/MetadataWriter.h"
#include "support/Prerequisite.h"
#include "support/TestMedia.h"
#include "support/WriterFixtures.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <exiv2/exiv2.hpp>

#include <filesystem>

#ifndef _WIN32
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace tintype;
namespace fs = std::filesystem;

class MetadataWriterTest : public test::WriterTestBase {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        MetadataReader::initialize();
    }

    void cleanupTestCase()
    {
        std::error_code ec;
        fs::permissions(path(QStringLiteral("locked")), fs::perms::owner_all, ec);
        fs::remove_all(fs::path(QFile::encodeName(m_dir.path()).toStdString()), ec);
    }

    void embedRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("format");
        QTest::newRow("jpeg") << "round.jpg" << QByteArray("JPEG");
        QTest::newRow("png") << "round.png" << QByteArray("PNG");
        QTest::newRow("tiff") << "round.tif" << QByteArray("TIFF");
        QTest::newRow("webp") << "round.webp" << QByteArray("WEBP");
    }
    void embedRoundTrip()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, format);
        const fs::path file = image(name, format.constData());
        QVERIFY(MetadataWriter::canEmbed(file));
        const Status s = MetadataWriter::embed(file, test::fullPatch());
        QVERIFY2(s, qPrintable(s.error()));
        VERIFY_FULL_PATCH(readBack(file));
        QCOMPARE(test::exiv2Values(file, "Xmp.iptcExt.PersonInImage"),
                 (QStringList{QStringLiteral("Ana María"), QStringLiteral("Zoë")}));
        QCOMPARE(test::exiv2Values(file, "Exif.Photo.OffsetTimeOriginal"), QStringList{QStringLiteral("-03:00")});
        QCOMPARE(test::exiv2Values(file, "Exif.GPSInfo.GPSLatitudeRef"), QStringList{QStringLiteral("S")});
        QCOMPARE(test::exiv2Values(file, "Exif.GPSInfo.GPSLongitudeRef"), QStringList{QStringLiteral("W")});
        QCOMPARE(test::exiv2Values(file, "Exif.GPSInfo.GPSAltitudeRef"), QStringList{QStringLiteral("1")});
        // Exif ASCII ends with a NUL (libtiff and strict readers complain otherwise).
        QCOMPARE(test::exifValueSize(file, "Exif.Image.ImageDescription"),
                 test::patchDescription().toUtf8().size() + 1);
        QVERIFY(test::leftoverTemporaries(file.parent_path()).isEmpty());
        // The image itself still decodes.
        QVERIFY(!QImage(m_dir.filePath(name)).isNull());
    }

    void floatingTimeReplacesStaleOffset()
    {
        const fs::path file = image(QStringLiteral("floating.jpg"), "JPEG",
                                    {{"Exif.Photo.DateTimeOriginal", "2001:01:01 01:01:01"},
                                     {"Exif.Photo.SubSecTimeOriginal", "77"},
                                     {"Exif.Photo.OffsetTimeOriginal", "+09:00"}});
        MetadataPatch p;
        p.captureTime = QDateTime(QDate(2018, 3, 25), QTime(2, 30, 0), Qt::UTC);
        p.captureTimeFloating = true;
        QVERIFY(MetadataWriter::embed(file, p));
        const MediaMetadata m = readBack(file);
        QCOMPARE(m.captureTime.toIsoString(), QStringLiteral("2018-03-25T02:30:00"));
        QVERIFY(!m.captureTime.offsetMinutes);
        QVERIFY(test::exiv2Values(file, "Exif.Photo.OffsetTimeOriginal").isEmpty());
        QVERIFY(test::exiv2Values(file, "Exif.Photo.SubSecTimeOriginal").isEmpty());

        // The reader's CaptureTime goes back in unchanged.
        MetadataPatch again;
        again.setCaptureTime(m.captureTime);
        QVERIFY(MetadataWriter::embed(file, again));
        QCOMPARE(readBack(file).captureTime.toIsoString(), QStringLiteral("2018-03-25T02:30:00"));
    }

    void onlyFillMissingKeepsCameraValues()
    {
        const fs::path file = image(QStringLiteral("camera.jpg"), "JPEG",
                                    {{"Exif.Photo.DateTimeOriginal", "2015:07:04 10:00:00"},
                                     {"Exif.GPSInfo.GPSLatitudeRef", "N"},
                                     {"Exif.GPSInfo.GPSLatitude", "48/1 51/1 0/1"},
                                     {"Exif.GPSInfo.GPSLongitudeRef", "E"},
                                     {"Exif.GPSInfo.GPSLongitude", "2/1 21/1 0/1"},
                                     {"Xmp.dc.subject", "paris"}});
        MetadataPatch p = test::fullPatch();
        p.onlyFillMissing = true;
        QVERIFY(MetadataWriter::embed(file, p));
        const MediaMetadata m = readBack(file);
        QCOMPARE(m.captureTime.toIsoString(), QStringLiteral("2015-07-04T10:00:00"));
        QVERIFY(qAbs(*m.latitude - (48 + 51 / 60.0)) < 1e-9);
        QVERIFY(qAbs(*m.longitude - (2 + 21 / 60.0)) < 1e-9);
        QCOMPARE(m.description, test::patchDescription()); // missing, so filled
        QCOMPARE(m.keywords,
                 (QStringList{QStringLiteral("paris"), QStringLiteral("holiday"), QStringLiteral("Chile")}));

        // Everything already there: the file is not rewritten at all.
        MetadataPatch same;
        same.description = QStringLiteral("Google's caption");
        same.onlyFillMissing = true;
        const QByteArray before = test::readBytes(file);
        QVERIFY(MetadataWriter::embed(file, same));
        QCOMPARE(test::readBytes(file), before);
    }

    void keepsInStepWithExistingIptc()
    {
        const fs::path file = image(QStringLiteral("iptc.jpg"), "JPEG",
                                    {{"Iptc.Application2.Caption", "old caption"},
                                     {"Iptc.Application2.Keywords", "old"},
                                     {"Xmp.dc.subject", "old"},
                                     {"Exif.Image.XPTitle", "79 0 108 0 100 0 0 0"}}); // "Old", UTF-16LE
        MetadataPatch p;
        p.description = QStringLiteral("new caption é");
        p.title = QStringLiteral("Né");
        p.keywords = QStringList{QStringLiteral("old"), QStringLiteral("new")};
        QVERIFY(MetadataWriter::embed(file, p));
        QCOMPARE(test::exiv2Values(file, "Exif.Image.XPTitle"), QStringList{QStringLiteral("78 0 233 0 0 0")});
        QCOMPARE(test::exiv2Values(file, "Iptc.Application2.ObjectName"), QStringList{QStringLiteral("Né")});
        QCOMPARE(test::exiv2Values(file, "Iptc.Envelope.CharacterSet"), QStringList{QStringLiteral("\x1b%G")});
        QCOMPARE(test::exiv2Values(file, "Iptc.Application2.Caption"), QStringList{QStringLiteral("new caption é")});
        QCOMPARE(test::exiv2Values(file, "Iptc.Application2.Keywords"),
                 (QStringList{QStringLiteral("old"), QStringLiteral("new")}));
        QCOMPARE(test::exiv2Values(file, "Xmp.dc.subject"),
                 (QStringList{QStringLiteral("old"), QStringLiteral("new")}));
        QCOMPARE(readBack(file).description, QStringLiteral("new caption é"));

        // Removing the description removes it everywhere.
        MetadataPatch remove;
        remove.description = QString();
        QVERIFY(MetadataWriter::embed(file, remove));
        QVERIFY(readBack(file).description.isEmpty());
        QVERIFY(test::exiv2Values(file, "Iptc.Application2.Caption").isEmpty());
    }

    void refusesBadPatches_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("error");
        QTest::newRow("rating") << 0 << "rating 7";
        QTest::newRow("latitude alone") << 1 << "both latitude and longitude";
        QTest::newRow("out of range") << 2 << "out of range";
        QTest::newRow("year") << 3 << "outside the years";
        QTest::newRow("altitude alone") << 4 << "altitude needs a position";
    }
    void refusesBadPatches()
    {
        QFETCH(int, which);
        QFETCH(QString, error);
        const fs::path file = image(QStringLiteral("bad-patch.jpg"));
        MetadataPatch p;
        switch (which) {
        case 0: p.rating = 7; break;
        case 1: p.latitude = 10; break;
        case 2: p.latitude = 91, p.longitude = 0; break;
        case 3: p.captureTime = QDateTime(QDate(1700, 1, 1), QTime(0, 0), Qt::UTC); break;
        default: p.altitude = 5; break;
        }
        const QByteArray before = test::readBytes(file);
        const Status embedded = MetadataWriter::embed(file, p);
        QVERIFY(!embedded);
        QVERIFY2(embedded.error().contains(error), qPrintable(embedded.error()));
        QCOMPARE(test::readBytes(file), before);
        QVERIFY(!MetadataWriter::writeSidecar(path(QStringLiteral("bad-patch.jpg.xmp")), p));
        QVERIFY(!fs::exists(path(QStringLiteral("bad-patch.jpg.xmp"))));
    }

    void zeroZeroIsNoPosition()
    {
        const fs::path file = image(QStringLiteral("null-island.jpg"));
        MetadataPatch p;
        p.latitude = 0;
        p.longitude = 0;
        p.description = QStringLiteral("no place");
        QVERIFY(MetadataWriter::embed(file, p));
        QVERIFY(test::exiv2Values(file, "Exif.GPSInfo.GPSLatitude").isEmpty());
        QCOMPARE(readBack(file).description, QStringLiteral("no place"));
    }

    void corruptFileIsLeftAlone()
    {
        const fs::path file = path(QStringLiteral("corrupt.jpg"));
        QByteArray bytes("\xff\xd8\xff\xe1\x00\x10"
                         "Exif\0\0MM\0*garbage",
                         22);
        bytes += QByteArray(300, '\x33');
        QVERIFY(test::writeBytes(file, bytes));
        const Status s = MetadataWriter::embed(file, test::fullPatch());
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QLatin1String("not changed")), qPrintable(s.error()));
        QCOMPARE(test::readBytes(file), bytes);
        QVERIFY(test::leftoverTemporaries(file.parent_path()).isEmpty());
    }

    void unwritableFolderAndFile()
    {
#ifdef _WIN32
        QSKIP("POSIX permissions");
#else
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("locked")));
        const fs::path file = image(QStringLiteral("locked/photo.jpg"));
        const QByteArray before = test::readBytes(file);
        fs::permissions(fs::path(QFile::encodeName(m_dir.path()).toStdString()),
                        fs::perms::all ^ fs::perms::group_write ^ fs::perms::others_write);
        fs::permissions(file.parent_path(), fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                                fs::perms::group_exec | fs::perms::others_read |
                                                fs::perms::others_exec);
        // Root writes anywhere: act as "nobody" for these calls.
        const bool root = ::geteuid() == 0;
        if (root && ::seteuid(65534) != 0)
            QSKIP("running as root and cannot drop privileges");
        const Status s = MetadataWriter::embed(file, test::fullPatch());
        const Status sidecar = MetadataWriter::writeSidecarFor(file, test::fullPatch());
        if (root)
            QVERIFY(::seteuid(0) == 0);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QLatin1String("read-only")) || s.error().contains(QLatin1String("temporary")),
                 qPrintable(s.error()));
        QVERIFY(!sidecar);
        QVERIFY2(sidecar.error().contains(QLatin1String("temporary")), qPrintable(sidecar.error()));
        QCOMPARE(test::readBytes(file), before);
        fs::permissions(file.parent_path(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                                fs::perms::others_read | fs::perms::others_exec);

        // A read-only file in a writable folder is not replaced either.
        fs::permissions(file, fs::perms::owner_read | fs::perms::group_read);
        if (root && ::seteuid(65534) != 0)
            QSKIP("cannot drop privileges");
        const Status readOnly = MetadataWriter::embed(file, test::fullPatch());
        if (root)
            QVERIFY(::seteuid(0) == 0);
        QVERIFY(!readOnly);
        QVERIFY2(readOnly.error().contains(QLatin1String("read-only")), qPrintable(readOnly.error()));
        QCOMPARE(test::readBytes(file), before);
#endif
    }

    void keepsPermissionsAndFollowsLinks()
    {
        const fs::path file = image(QStringLiteral("perms.jpg"));
        fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
        const fs::path link = path(QStringLiteral("link.jpg"));
        fs::create_symlink(file, link);
        QVERIFY(MetadataWriter::embed(link, test::fullPatch()));
        QVERIFY(fs::is_symlink(link));
        VERIFY_FULL_PATCH(readBack(file));
        QCOMPARE(fs::status(file).permissions(),
                 fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
#ifndef _WIN32
        // Another user's file (root can write it): it stays theirs.
        if (::geteuid() != 0)
            QSKIP("only root can give a file to another user");
        QCOMPARE(::chown(file.c_str(), 65534, 65534), 0);
        MetadataPatch p;
        p.rating = 2;
        QVERIFY(MetadataWriter::embed(file, p));
        struct stat st {};
        QCOMPARE(::stat(file.c_str(), &st), 0);
        QCOMPARE(st.st_uid, uid_t(65534));
        QCOMPARE(st.st_gid, gid_t(65534));
#endif
    }

    void nonUtf8FileName()
    {
        const fs::path file = path(QStringLiteral("odd")).concat("-\xe9\xff.jpg");
        QVERIFY(test::writeJpeg(file));
        QVERIFY(MetadataWriter::embed(file, test::fullPatch()));
        VERIFY_FULL_PATCH(readBack(file));
        QVERIFY(MetadataWriter::writeSidecar(MetadataWriter::sidecarPathFor(file), test::fullPatch()));
        QVERIFY(fs::exists(fs::path(file.native() + ".xmp")));
    }

    void copyFromTiffLeavesItsStructure()
    {
        // A TIFF's IFD0 describes its strips; in the exported JPEG they would be lies.
        const fs::path tiff = image(QStringLiteral("scan.tif"), "TIFF", {{"Exif.Image.Make", "Epson"}});
        QVERIFY(!test::exiv2Values(tiff, "Exif.Image.StripOffsets").isEmpty());
        const fs::path exported = image(QStringLiteral("scan-export.jpg"));
        {
            auto source = Exiv2::ImageFactory::open(tiff.string());
            source->readMetadata();
            QVERIFY(source->exifData().findKey(Exiv2::ExifKey("Exif.Image.ImageWidth")) != source->exifData().end());
        }
        QVERIFY(MetadataWriter::copyMetadata(tiff, exported, true, false));
        QCOMPARE(readBack(exported).make, QStringLiteral("Epson"));
        for (const char *key : {"Exif.Image.StripOffsets", "Exif.Image.ImageWidth", "Exif.Image.BitsPerSample",
                                "Exif.Image.Compression", "Exif.Image.RowsPerStrip"})
            QVERIFY2(test::exiv2Values(exported, key).isEmpty(), key);
        QVERIFY(!QImage(m_dir.filePath(QStringLiteral("scan-export.jpg"))).isNull());
    }

    void parallelWritesToDifferentFiles()
    {
        QList<fs::path> files;
        for (int i = 0; i < 8; ++i)
            files << image(
                QStringLiteral("parallel-%1.%2").arg(i).arg(i % 2 ? QStringLiteral("jpg") : QStringLiteral("png")),
                i % 2 ? "JPEG" : "PNG");
        const QList<bool> written = QtConcurrent::blockingMapped(files, [](const fs::path &file) {
            return bool(MetadataWriter::embed(file, test::fullPatch())) &&
                   bool(MetadataWriter::writeSidecar(MetadataWriter::sidecarPathFor(file), test::fullPatch()));
        });
        QCOMPARE(written, QList<bool>(8, true));
        for (const fs::path &file : files)
            VERIFY_FULL_PATCH(readBack(file));
    }

    void copyMetadataForExport()
    {
        const fs::path original = image(QStringLiteral("original.jpg"), "JPEG",
                                        {{"Exif.Image.Make", "Canon"},
                                         {"Exif.Image.Orientation", "6"},
                                         {"Exif.Photo.PixelXDimension", "64"},
                                         {"Exif.Photo.DateTimeOriginal", "2019:06:12 15:30:12"},
                                         {"Exif.GPSInfo.GPSLatitudeRef", "N"},
                                         {"Exif.GPSInfo.GPSLatitude", "48/1 51/1 0/1"},
                                         {"Exif.GPSInfo.GPSLongitudeRef", "E"},
                                         {"Exif.GPSInfo.GPSLongitude", "2/1 21/1 0/1"},
                                         {"Xmp.exif.GPSLatitude", "48,51.0N"},
                                         {"Xmp.exif.GPSLongitude", "2,21.0E"},
                                         {"Xmp.tiff.Orientation", "6"},
                                         {"Xmp.photoshop.City", "Paris"},
                                         {"Xmp.crs.Exposure2012", "+1.00"},
                                         {"Xmp.dc.subject", "trip"},
                                         {"Iptc.Application2.City", "Paris"}});
        {
            // The camera's Exif thumbnail shows the original, not the export.
            auto source = Exiv2::ImageFactory::open(original.string());
            source->readMetadata();
            const QByteArray thumbnail = test::readBytes(image(QStringLiteral("thumb.jpg")));
            Exiv2::ExifThumb(source->exifData())
                .setJpegThumbnail(reinterpret_cast<const Exiv2::byte *>(thumbnail.constData()), thumbnail.size());
            source->writeMetadata();
            QVERIFY(!test::exiv2Values(original, "Exif.Thumbnail.JPEGInterchangeFormat").isEmpty());
        }
        const fs::path exported = path(QStringLiteral("export.jpg"));
        QVERIFY(test::writeJpeg(exported, QSize(48, 64), 3));

        QVERIFY(MetadataWriter::copyMetadata(original, exported, true, true));
        MediaMetadata m = readBack(exported);
        QCOMPARE(m.make, QStringLiteral("Canon"));
        QCOMPARE(m.orientation, 1);
        QCOMPARE(m.captureTime.toIsoString(), QStringLiteral("2019-06-12T15:30:12"));
        QCOMPARE(m.keywords, QStringList{QStringLiteral("trip")});
        QVERIFY(!m.latitude);
        QVERIFY(test::exiv2Values(exported, "Xmp.photoshop.City").isEmpty());
        QVERIFY(test::exiv2Values(exported, "Iptc.Application2.City").isEmpty());
        QVERIFY(test::exiv2Values(exported, "Xmp.crs.Exposure2012").isEmpty());
        QCOMPARE(test::exiv2Values(exported, "Exif.Photo.PixelXDimension"), QStringList{QStringLiteral("48")});
        QVERIFY(test::exiv2Values(exported, "Exif.Thumbnail.JPEGInterchangeFormat").isEmpty());
        QVERIFY(!QImage(m_dir.filePath(QStringLiteral("export.jpg"))).isNull());

        // Asked to keep them, position and orientation stay.
        QVERIFY(MetadataWriter::copyMetadata(original, exported, false, false));
        m = readBack(exported);
        QCOMPARE(m.orientation, 6);
        QVERIFY(qAbs(*m.latitude - (48 + 51 / 60.0)) < 1e-9);

        const fs::path video = path(QStringLiteral("clip.mp4"));
        QVERIFY(test::writeBytes(video, test::tinyMp4()));
        const Status toVideo = MetadataWriter::copyMetadata(original, video, true, true);
        QVERIFY(!toVideo);
        QVERIFY2(toVideo.error().contains(QLatin1String("video")), qPrintable(toVideo.error()));
        QCOMPARE(test::readBytes(video), test::tinyMp4());
    }

    void fileTimes()
    {
        const fs::path file = image(QStringLiteral("times.jpg"));
        const QDateTime when(QDate(2009, 8, 7), QTime(6, 5, 4, 321), Qt::OffsetFromUTC, 2 * 3600);
        QVERIFY(MetadataWriter::setFileTimes(file, when));
#ifndef _WIN32
        struct stat st {};
        QCOMPARE(::stat(file.c_str(), &st), 0);
        const qint64 mtime = qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000;
        const qint64 atime = qint64(st.st_atim.tv_sec) * 1000 + st.st_atim.tv_nsec / 1000000;
        QCOMPARE(mtime, when.toMSecsSinceEpoch());
        QCOMPARE(atime, when.toMSecsSinceEpoch());
#endif
        // A floating capture time is this machine's clock, as the reader takes file times.
        MetadataPatch p;
        p.captureTime = QDateTime(QDate(2010, 1, 2), QTime(3, 4, 5), Qt::UTC);
        p.captureTimeFloating = true;
        QVERIFY(MetadataWriter::setFileTimes(file, p.captureInstant()));
        const auto r = MetadataReader::read(file);
        QCOMPARE(r->captureTime.source, CaptureTimeSource::FileTime);
        QCOMPARE(r->captureTime.wallClock().toString(Qt::ISODate).left(19), QStringLiteral("2010-01-02T03:04:05"));

        QVERIFY(!MetadataWriter::setFileTimes(path(QStringLiteral("absent.jpg")), when));
        QVERIFY(!MetadataWriter::setFileTimes(file, QDateTime()));
    }

    void exiftoolReadsWhatWeWrite()
    {
        const QString exiftool = QStandardPaths::findExecutable(QStringLiteral("exiftool"));
        TT_REQUIRE_PREREQUISITE(!exiftool.isEmpty(), QStringLiteral("exiftool is not on PATH"));
        const fs::path file = image(QStringLiteral("exiftool.jpg"));
        QVERIFY(MetadataWriter::embed(file, test::fullPatch()));
        const fs::path sidecar = path(QStringLiteral("exiftool.jpg.xmp"));
        QVERIFY(MetadataWriter::writeSidecar(sidecar, test::fullPatch()));
        QProcess run;
        run.start(exiftool, {QStringLiteral("-json"), QStringLiteral("-n"), QStringLiteral("-charset"),
                             QStringLiteral("exif=utf8"), QString::fromStdString(file.string()),
                             QString::fromStdString(sidecar.string())});
        QVERIFY(run.waitForFinished(60000));
        const QJsonArray files = QJsonDocument::fromJson(run.readAllStandardOutput()).array();
        QCOMPARE(files.size(), 2);
        for (const auto &entry : files) {
            const QJsonObject o = entry.toObject();
            const bool isSidecar = o.value(QStringLiteral("SourceFile")).toString().endsWith(QLatin1String(".xmp"));
            QCOMPARE(o.value(QStringLiteral("DateTimeOriginal")).toString().left(19),
                     QStringLiteral("2019:06:12 15:30:12"));
            if (!isSidecar) {
                QCOMPARE(o.value(QStringLiteral("OffsetTimeOriginal")).toString(), QStringLiteral("-03:00"));
                QCOMPARE(o.value(QStringLiteral("ImageDescription")).toString(), test::patchDescription());
            }
            QVERIFY(qAbs(o.value(QStringLiteral("GPSLatitude")).toDouble() - -33.8587654) < 1e-6);
            QVERIFY(qAbs(o.value(QStringLiteral("GPSLongitude")).toDouble() - -70.6483210) < 1e-6);
            QVERIFY(qAbs(o.value(QStringLiteral("GPSAltitude")).toDouble() - -12.5) < 1e-6);
            QCOMPARE(o.value(QStringLiteral("Description")).toString(), test::patchDescription());
            QCOMPARE(o.value(QStringLiteral("Title")).toString(), QStringLiteral("Lake \"Titicaca\""));
            QCOMPARE(o.value(QStringLiteral("Rating")).toInt(), 4);
            QCOMPARE(o.value(QStringLiteral("Subject")).toVariant().toStringList(),
                     (QStringList{QStringLiteral("holiday"), QStringLiteral("Chile")}));
            QCOMPARE(o.value(QStringLiteral("PersonInImage")).toVariant().toStringList(),
                     (QStringList{QStringLiteral("Ana María"), QStringLiteral("Zoë")}));
        }
    }
};

QTEST_GUILESS_MAIN(MetadataWriterTest)
#include "tst_metadatawriter.moc"
