// HEICs of today's phones that exiv2 0.27 gives up on: a Samsung Galaxy's ICC
// profile declares two bytes more than it holds, exiv2 throws "Not a valid ICC
// Profile" and drops the whole Exif. The reader takes the Exif and XMP items
// through libheif instead.
#include "metadata/MetadataReader.h"
#include "support/PhoneMedia.h"
#include "support/TestMedia.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
namespace fs = std::filesystem;

class PhoneHeicTest : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    fs::path path(const QString &name) const { return fs::path(QFile::encodeName(m_dir.filePath(name)).toStdString()); }

    static QImage landscape()
    {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(QColor(200, 120, 40));
        return image;
    }

    static test::MetadataValues galaxyExif()
    {
        return {{"Exif.Image.Make", "samsung"},
                {"Exif.Image.Model", "SM-S921B"},
                {"Exif.Image.Orientation", "6"},
                {"Exif.Photo.DateTimeOriginal", "2024:03:02 10:11:12"},
                {"Exif.Photo.OffsetTimeOriginal", "+01:00"},
                {"Exif.Photo.ISOSpeedRatings", "50"}};
    }

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

    void readsExifExiv2Rejects_data()
    {
        QTest::addColumn<QByteArray>("exifItem");
        const QByteArray tiff = test::exifTiff(galaxyExif());
        QTest::newRow("Exif header, as Samsung") << QByteArray("Exif\0\0", 6) + tiff;
        QTest::newRow("TIFF header first") << tiff;
    }
    void readsExifExiv2Rejects()
    {
        QFETCH(QByteArray, exifItem);
        const fs::path file = path(QStringLiteral("%1.heic").arg(QTest::currentDataTag()).replace(' ', '_'));
        const QByteArray xmp = "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF"
                               " xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description"
                               " rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:subject><rdf:Bag>"
                               "<rdf:li>beach</rdf:li></rdf:Bag></dc:subject></rdf:Description></rdf:RDF></x:xmpmeta>";
        if (!test::writeHeic(file, landscape(), {exifItem, xmp, test::samsungLikeIccProfile()}))
            QSKIP("libheif has no HEVC encoder here");

        const auto read = test::readAlone(file);
        QVERIFY2(read, qPrintable(read.error()));
        const MediaMetadata &m = read.value();
        QVERIFY2(hasWarning(m, QStringLiteral("ICC")), qPrintable(m.warnings.join(u'|'))); // exiv2 did reject it
        QVERIFY2(hasWarning(m, QStringLiteral("libheif")), qPrintable(m.warnings.join(u'|')));
        QCOMPARE(m.make, QStringLiteral("samsung"));
        QCOMPARE(m.model, QStringLiteral("SM-S921B"));
        QCOMPARE(m.captureTime.source, CaptureTimeSource::ExifOriginal);
        QCOMPARE(m.captureTime.toIsoString(), QStringLiteral("2024-03-02T10:11:12+01:00"));
        QCOMPARE(m.orientation, 6);
        QCOMPARE(m.iso, std::optional<int>(50));
        QCOMPARE(QSize(m.width, m.height), QSize(48, 64)); // upright size
        QCOMPARE(m.keywords, QStringList{QStringLiteral("beach")});
    }

    // A HEIC exiv2 reads fine keeps exiv2's reading and no libheif warning.
    void wellFormedHeicUnchanged()
    {
        const fs::path file = path(QStringLiteral("fine.heic"));
        if (!test::writeHeic(file, landscape(), {QByteArray("Exif\0\0", 6) + test::exifTiff(galaxyExif()), {}, {}}))
            QSKIP("libheif has no HEVC encoder here");
        const auto read = test::readAlone(file);
        QVERIFY2(read, qPrintable(read.error()));
        QCOMPARE(read->model, QStringLiteral("SM-S921B"));
        QCOMPARE(read->orientation, 6);
        QVERIFY2(!hasWarning(read.value(), QStringLiteral("libheif")), qPrintable(read->warnings.join(u'|')));
    }
};

QTEST_GUILESS_MAIN(PhoneHeicTest)
#include "tst_phoneheic.moc"
