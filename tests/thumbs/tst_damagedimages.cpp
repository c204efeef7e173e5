// Damaged files show what other viewers show (issue 25): a JPEG with junk
// before a marker decodes whole, a JPEG cut at 60 %, a PNG cut in its image
// data and a HEIC cut in its mdat give a thumbnail of the full size whose
// intact part matches the intact file's thumbnail, the rest grey (never black
// or blank), with the decoder's warning; the scan's note (ImageIntegrity) says
// what is wrong. A HEIC whose image data is garbage gives a reason, not a
// black picture.
#include "imaging/ImageDecoder.h"
#include "metadata/ImageIntegrity.h"
#include "metadata/MetadataReader.h"
#include "support/DamagedMedia.h"
#include "support/TestMedia.h"
#include "thumbs/Thumbnailer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
namespace fs = std::filesystem;

namespace {
constexpr QSize kSize(1200, 900);

struct Decoded {
    QImage image;
    QStringList warnings;
    QString damage;
    QString error;
};

Decoded decodeBytes(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const fs::path file = fs::path(dir.path().toStdString()) / name.toStdString();
    Decoded out;
    if (!test::writeBytes(file, bytes)) {
        out.error = QStringLiteral("cannot write the fixture");
        return out;
    }
    auto decoded = ImageDecoder::decode({file, 400});
    if (!decoded) {
        out.error = decoded.error();
    } else {
        out.image = decoded->image;
        out.warnings = decoded->warnings;
    }
    auto metadata = test::readAlone(file);
    if (metadata) {
        out.damage = metadata->damage;
        if (!out.damage.isEmpty() && !metadata->warnings.contains(ImageIntegrity::note(out.damage)))
            out.error += QStringLiteral(" (the note is not among the metadata warnings)");
    }
    return out;
}

// Mean of one channel-averaged grey level over `region`, and how far from mid grey.
bool isGrey(const QImage &image, const QRect &region)
{
    const QImage grey(region.size(), QImage::Format_RGB32);
    QImage filled = grey;
    filled.fill(QColor(128, 128, 128));
    return test::meanDifference(image.copy(region), filled, QRect(QPoint(0, 0), region.size())) < 12;
}
} // namespace

class TestDamagedImages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { MetadataReader::initialize(); }

    void jpegWithJunkBeforeMarkerDecodesWhole()
    {
        QTemporaryDir dir;
        const QByteArray intact = test::jpegOf(test::structuredImage(kSize));
        const Decoded good = decodeBytes(dir, QStringLiteral("good.jpg"), intact);
        QVERIFY2(good.error.isEmpty() && good.warnings.isEmpty() && good.damage.isEmpty(), qPrintable(good.error));

        const Decoded junk = decodeBytes(dir, QStringLiteral("junk.jpg"), test::withJunkBeforeDqt(intact, 7));
        QVERIFY2(!junk.image.isNull(), qPrintable(junk.error));
        QCOMPARE(junk.image.size(), QSize(400, 300));
        QVERIFY2(junk.warnings.join(' ').contains(QLatin1String("7 extraneous bytes before marker 0xdb")),
                 qPrintable(junk.warnings.join(' ')));
        // libjpeg's words, from the scan's own walk of the markers.
        QCOMPARE(junk.damage, QStringLiteral("Corrupt JPEG data: 7 extraneous bytes before marker 0xdb"));
        QVERIFY(test::meanDifference(junk.image, good.image, junk.image.rect()) < 2);
    }

    void jpegCutAt60PercentShowsItsTopAndGreyBelow()
    {
        QTemporaryDir dir;
        const QByteArray intact = test::jpegOf(test::structuredImage(kSize));
        const Decoded good = decodeBytes(dir, QStringLiteral("good.jpg"), intact);
        const Decoded cut = decodeBytes(dir, QStringLiteral("cut.jpg"), test::cut(intact, 0.6));
        QVERIFY2(!cut.image.isNull(), qPrintable(cut.error));
        QCOMPARE(cut.image.size(), QSize(400, 300));
        QVERIFY2(cut.warnings.join(' ').contains(QLatin1String("Premature end of JPEG file")),
                 qPrintable(cut.warnings.join(' ')));
        QVERIFY2(cut.damage.contains(QLatin1String("ends before its image data")), qPrintable(cut.damage));
        // The top 40 % is there and matches; the bottom rows are libjpeg's grey.
        const double top = test::meanDifference(cut.image, good.image, QRect(0, 0, 400, 120));
        QVERIFY2(top < 3, qPrintable(QString::number(top)));
        QVERIFY(isGrey(cut.image, QRect(0, 280, 400, 20)));
    }

    void pngCutInItsImageDataShowsTheRowsItHas()
    {
        QTemporaryDir dir;
        const QByteArray intact = test::pngOf(test::structuredImage(kSize));
        const Decoded good = decodeBytes(dir, QStringLiteral("good.png"), intact);
        QVERIFY2(good.error.isEmpty() && good.damage.isEmpty(), qPrintable(good.error + good.damage));
        const Decoded cut = decodeBytes(dir, QStringLiteral("cut.png"), test::pngCutInIdat(intact));
        QVERIFY2(!cut.image.isNull(), qPrintable(cut.error));
        QCOMPARE(cut.image.size(), QSize(400, 300));
        QVERIFY2(!cut.warnings.isEmpty(), "no warning from libpng");
        QVERIFY2(cut.damage.contains(QLatin1String("IDAT")), qPrintable(cut.damage));
        const double top = test::meanDifference(cut.image, good.image, QRect(0, 0, 400, 90));
        QVERIFY2(top < 3, qPrintable(QString::number(top)));
        QVERIFY(isGrey(cut.image, QRect(0, 285, 400, 15)));
    }

    void heicCutInItsImageDataShowsWhatIsThere()
    {
        QTemporaryDir dir;
        const QByteArray intact = test::heicOf(test::structuredImage(QSize(640, 480)));
        QVERIFY2(!intact.isEmpty(), "libheif could not encode (no HEVC encoder?)");
        const Decoded good = decodeBytes(dir, QStringLiteral("good.heic"), intact);
        QVERIFY2(good.error.isEmpty() && good.damage.isEmpty(), qPrintable(good.error + good.damage));
        const Decoded cut = decodeBytes(dir, QStringLiteral("cut.heic"), test::cut(intact, 0.7));
        QVERIFY2(!cut.image.isNull(), qPrintable(cut.error));
        QCOMPARE(cut.image.size(), QSize(400, 300));
        QVERIFY2(!cut.warnings.isEmpty(), "no warning for a cut HEIC");
        QVERIFY2(cut.damage.contains(QLatin1String("mdat")), qPrintable(cut.damage));
        const double top = test::meanDifference(cut.image, good.image, QRect(0, 0, 400, 75));
        QVERIFY2(top < 4, qPrintable(QString::number(top)));
        // Below the cut: grey, as a cut JPEG shows, not what HEVC makes of padding.
        QVERIFY(isGrey(cut.image, QRect(0, 280, 400, 20)));
        // Grey starts where the data ends, not at the top: most of what is there is shown.
        int firstGreyRow = 0;
        while (firstGreyRow < 300 && !isGrey(cut.image, QRect(0, firstGreyRow, 400, 4)))
            firstGreyRow += 4;
        QVERIFY2(firstGreyRow >= 120 && firstGreyRow < 300, qPrintable(QString::number(firstGreyRow)));
        const double shown = test::meanDifference(cut.image, good.image, QRect(0, 0, 400, firstGreyRow - 40));
        QVERIFY2(shown < 4, qPrintable(QString::number(shown)));
    }

    void heicWithGarbageImageDataGivesAReasonNotBlack()
    {
        // What an exiv2 "pruned" sample is: the boxes whole, the HEVC data not a picture.
        QTemporaryDir dir;
        QByteArray bytes = test::heicOf(test::structuredImage(QSize(640, 480)));
        const qsizetype mdat = bytes.indexOf("mdat");
        QVERIFY(mdat > 0);
        for (qsizetype i = mdat + 4 + 4 + 2; i < bytes.size(); ++i) // NAL length kept, header and data garbage
            bytes[i] = char(0x00);
        const Decoded pruned = decodeBytes(dir, QStringLiteral("pruned.heic"), bytes);
        QVERIFY(pruned.image.isNull());
        QVERIFY2(pruned.error.contains(QLatin1String("HEIF")), qPrintable(pruned.error));
    }

    void thumbnailerMakesTheDamagedFilesThumbnail()
    {
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "cut.jpg";
        QVERIFY(test::writeBytes(file, test::cut(test::jpegOf(test::structuredImage(kSize)), 0.6)));
        auto jpeg = Thumbnailer::make(file, ThumbnailSize::Grid);
        QVERIFY2(jpeg, qPrintable(jpeg.error()));
        QCOMPARE(QImage::fromData(jpeg.value()).size(), QSize(400, 300));
    }

    void jpegCutInItsHeaderStillFails()
    {
        QTemporaryDir dir;
        const QByteArray intact = test::jpegOf(test::structuredImage(kSize));
        const Decoded header = decodeBytes(dir, QStringLiteral("header.jpg"), intact.left(300));
        QVERIFY(header.image.isNull());
        QVERIFY(!header.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDamagedImages)
#include "tst_damagedimages.moc"
