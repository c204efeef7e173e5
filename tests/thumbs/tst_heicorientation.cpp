// A HEIC's thumbnail stands the way the catalog says it does (issue 24). The
// HEIF way to turn a picture is its primary item's irot/imir, which libheif
// applies; a Samsung Galaxy HEIC has none and states the turn only in Exif
// (orientation 6, often in an Exif exiv2 0.27 rejects for its ICC profile).
// The decoder applies that Exif orientation, and only then: an iPhone-like
// file with irot and the same Exif orientation is turned once, not twice. The
// catalog (MetadataReader) takes irot/imir over Exif, so its upright size
// matches every thumbnail.
#include "imaging/ExifOrientation.h"
#include "imaging/ImageDecoder.h"
#include "metadata/HeifTransforms.h"
#include "metadata/MetadataReader.h"
#include "support/PhoneMedia.h"
#include "support/TestMedia.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
namespace fs = std::filesystem;

namespace {
// Stored landscape: left half red, right half blue, a green top-left corner,
// so any turn or mirror shows.
QImage marked()
{
    QImage image(128, 96, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, x < 32 && y < 32 ? qRgb(0, 200, 0) : x < 64 ? qRgb(220, 30, 30) : qRgb(30, 30, 220));
    return image;
}

// The colour of each quarter's centre: enough to tell all eight orientations apart.
QList<QRgb> landmarks(const QImage &image)
{
    QList<QRgb> colours;
    for (const QPointF at : {QPointF(0.12, 0.12), QPointF(0.88, 0.12), QPointF(0.12, 0.88), QPointF(0.88, 0.88)}) {
        const QColor c = image.pixelColor(int(at.x() * (image.width() - 1)), int(at.y() * (image.height() - 1)));
        // The dominant channel, so lossy coding does not matter.
        colours << (c.green() > 128 ? qRgb(0, 255, 0) : c.red() > c.blue() ? qRgb(255, 0, 0) : qRgb(0, 0, 255));
    }
    return colours;
}

test::MetadataValues exifWithOrientation(int orientation)
{
    return {{"Exif.Image.Make", "samsung"},
            {"Exif.Image.Model", "SM-S921B"},
            {"Exif.Image.Orientation", QString::number(orientation)}};
}
} // namespace

class TestHeicOrientation : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    fs::path path(const QString &name) const { return fs::path(m_dir.filePath(name).toStdString()); }

private slots:
    void initTestCase() { MetadataReader::initialize(); }

    void thumbnailAndCatalogAgree_data()
    {
        QTest::addColumn<int>("transform");   // irot/imir, as an EXIF code (1: none)
        QTest::addColumn<int>("exif");        // the Exif item's orientation
        QTest::addColumn<bool>("samsungIcc"); // an ICC profile exiv2 0.27 rejects (its Exif then through libheif)
        QTest::addColumn<int>("upright");     // what turns the stored picture upright
        QTest::newRow("Samsung: Exif 6, no irot, bad ICC") << 1 << 6 << true << 6;
        QTest::newRow("Samsung: Exif 8, no irot") << 1 << 8 << false << 8;
        QTest::newRow("Samsung: Exif 3, no irot") << 1 << 3 << false << 3;
        QTest::newRow("iPhone: irot 6 and Exif 6") << 6 << 6 << false << 6;
        QTest::newRow("irot 8, Exif 1") << 8 << 1 << false << 8;
        QTest::newRow("irot 6, Exif 3 (irot wins)") << 6 << 3 << false << 6;
        for (int code = 2; code <= 8; ++code)
            QTest::addRow("irot or imir as %d, no Exif orientation", code) << code << 1 << false << code;
    }
    void thumbnailAndCatalogAgree()
    {
        QFETCH(int, transform);
        QFETCH(int, exif);
        QFETCH(bool, samsungIcc);
        QFETCH(int, upright);
        const fs::path file = path(QStringLiteral("%1.heic").arg(QTest::currentDataTag()).replace(' ', '_'));
        const QByteArray exifItem = QByteArray("Exif\0\0", 6) + test::exifTiff(exifWithOrientation(exif));
        if (!test::writeHeic(file, marked(),
                             {exifItem, {}, samsungIcc ? test::samsungLikeIccProfile() : QByteArray(), transform}))
            QSKIP("libheif has no HEVC encoder here");

        const QByteArray bytes = test::readBytes(file);
        QCOMPARE(heiftransforms::storedToUpright(bytes), upright);

        const QImage expected = ExifOrientation::apply(marked(), upright);
        auto decoded = ImageDecoder::decode({file, 400});
        QVERIFY2(decoded, qPrintable(decoded.error()));
        QCOMPARE(decoded->image.size(), expected.size());
        QCOMPARE(landmarks(decoded->image), landmarks(expected));

        const auto metadata = test::readAlone(file);
        QVERIFY2(metadata, qPrintable(metadata.error()));
        QCOMPARE(metadata->orientation, upright);
        QCOMPARE(QSize(metadata->width, metadata->height), expected.size()); // the catalog's upright size
    }
};

QTEST_GUILESS_MAIN(TestHeicOrientation)
#include "tst_heicorientation.moc"
