// ImageDecoder on generated fixtures: all eight EXIF orientations come out
// upright, DCT scaling keeps the long edge >= the target, PNG/alpha, and bad
// input (decompression bomb, truncated, garbage, empty) gives a reason.
#include "imaging/ImageDecoder.h"
#include "metadata/MetadataReader.h"
#include "support/TestMedia.h"

#include <QColorSpace>
#include <QColorTransform>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace tintype;
namespace fs = std::filesystem;

namespace {
// Upright reference: four solid quadrants (red, green / blue, yellow), 4:3.
QColor quadrantColor(int qx, int qy)
{
    static const QColor colors[2][2] = {{Qt::red, Qt::green}, {Qt::blue, Qt::yellow}};
    return colors[qy][qx];
}

QImage uprightReference(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.setPixelColor(x, y, quadrantColor(x * 2 / width, y * 2 / height));
    return image;
}

// The stored image that EXIF orientation `o` turns into `upright` (EXIF 2.3:
// where the stored row 0 / column 0 belong), built pixel by pixel.
QImage storedFor(const QImage &upright, int o)
{
    const int W = upright.width(), H = upright.height();
    const bool swap = o >= 5;
    QImage stored(swap ? H : W, swap ? W : H, QImage::Format_RGB32);
    for (int y = 0; y < stored.height(); ++y)
        for (int x = 0; x < stored.width(); ++x) {
            QPoint u;
            switch (o) {
            case 1: u = {x, y}; break;
            case 2: u = {W - 1 - x, y}; break;
            case 3: u = {W - 1 - x, H - 1 - y}; break;
            case 4: u = {x, H - 1 - y}; break;
            case 5: u = {y, x}; break;
            case 6: u = {W - 1 - y, x}; break;
            case 7: u = {W - 1 - y, H - 1 - x}; break;
            case 8: u = {y, H - 1 - x}; break;
            }
            stored.setPixel(x, y, upright.pixel(u));
        }
    return stored;
}

bool near(QColor a, QColor b, int tolerance = 40)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray pngChunk(const char *type, const QByteArray &payload)
{
    QByteArray chunk(4, '\0');
    qToBigEndian(quint32(payload.size()), chunk.data());
    const QByteArray body = QByteArray(type) + payload;
    QByteArray crc(4, '\0');
    qToBigEndian(crc32(body), crc.data());
    return chunk + body + crc;
}
} // namespace

class TestImageDecoder : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { MetadataReader::initialize(); }

    void orientation_data()
    {
        QTest::addColumn<int>("orientation");
        for (int o = 1; o <= 8; ++o)
            QTest::addRow("orientation %d", o) << o;
    }
    void orientation()
    {
        QFETCH(int, orientation);
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "oriented.jpg";
        const QImage upright = uprightReference(1600, 1200);
        QImageWriter writer(QString::fromStdString(file.string()), "jpeg");
        writer.setQuality(95);
        QVERIFY(writer.write(storedFor(upright, orientation)));
        QVERIFY(test::setMetadata(file, {{QStringLiteral("Exif.Image.Orientation"), QString::number(orientation)}}));

        auto decoded = ImageDecoder::decode({file, 400});
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        const QImage &image = decoded->image;
        QCOMPARE(image.size(), QSize(400, 300));
        for (int qy = 0; qy < 2; ++qy)
            for (int qx = 0; qx < 2; ++qx) {
                const QColor got = image.pixelColor(image.width() / 4 + qx * image.width() / 2,
                                                    image.height() / 4 + qy * image.height() / 2);
                QVERIFY2(near(got, quadrantColor(qx, qy)),
                         qPrintable(QStringLiteral("quadrant %1,%2 is %3").arg(qx).arg(qy).arg(got.name())));
            }
    }

    void smallImageIsNotEnlarged()
    {
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "small.jpg";
        QVERIFY(test::writeJpeg(file, QSize(120, 90)));
        auto decoded = ImageDecoder::decode({file, 400});
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded->image.size(), QSize(120, 90));
        QCOMPARE(decoded->format, QStringLiteral("jpeg"));
    }

    void pngWithAlpha()
    {
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "alpha.png";
        QImage image(800, 400, QImage::Format_ARGB32);
        image.fill(QColor(0, 0, 255, 128));
        QVERIFY(image.save(QString::fromStdString(file.string())));
        auto decoded = ImageDecoder::decode({file, 400});
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded->image.size(), QSize(400, 200));
        QVERIFY(decoded->image.hasAlphaChannel());
    }

    void decompressionBombIsRefused()
    {
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "bomb.png";
        QByteArray ihdr(13, '\0');
        qToBigEndian(quint32(100000), ihdr.data());
        qToBigEndian(quint32(100000), ihdr.data() + 4);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // RGB
        const QByteArray png = QByteArray("\x89PNG\r\n\x1A\n", 8) + pngChunk("IHDR", ihdr) +
                               pngChunk("IDAT", QByteArray::fromHex("789c030000000001")) + pngChunk("IEND", {});
        QVERIFY(test::writeBytes(file, png));
        auto decoded = ImageDecoder::decode({file, 400});
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().contains(QString::fromUtf8("100000×100000")), qPrintable(decoded.error()));
        QVERIFY2(decoded.error().contains(QLatin1String("limit")), qPrintable(decoded.error()));
    }

    void truncatedJpegGivesReason()
    {
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "truncated.jpg";
        QVERIFY(test::writeJpeg(file, QSize(1600, 1200), 7));
        const QByteArray bytes = test::readBytes(file);
        QVERIFY(test::writeBytes(file, bytes.left(bytes.size() * 6 / 10)));
        auto decoded = ImageDecoder::decode({file, 400});
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().contains(QLatin1String("truncated")), qPrintable(decoded.error()));
    }

    void badInputGivesReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty.jpg") << QStringLiteral("empty file");
        QTest::newRow("garbage") << QByteArray(5000, 'x') << QStringLiteral("garbage.jpg")
                                 << QStringLiteral("not a recognised image");
        QTest::newRow("jpeg header only")
            << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11) << QStringLiteral("header.jpg") << QStringLiteral("JPEG");
        QTest::newRow("heif box only") << QByteArray("\0\0\0\x18"
                                                     "ftypheic\0\0\0\0mif1heic",
                                                     24)
                                       << QStringLiteral("box.heic") << QStringLiteral("HEIF");
        QTest::newRow("raw garbage") << QByteArray("II*\0\x08\0\0\0", 8) + QByteArray(2000, '\0')
                                     << QStringLiteral("broken.nef") << QStringLiteral("RAW");
        QTest::newRow("video garbage") << QByteArray("\0\0\0\x18"
                                                     "ftypisom\0\0\0\0isomavc1",
                                                     24) +
                                              QByteArray(300, 'z')
                                       << QStringLiteral("broken.mp4") << QStringLiteral("video");
    }
    void badInputGivesReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / name.toStdString();
        QVERIFY(test::writeBytes(file, bytes));
        auto decoded = ImageDecoder::decode({file, 400});
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().contains(reason, Qt::CaseInsensitive), qPrintable(decoded.error()));
    }

    void iccProfileConvertedToSrgb_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("jpeg (TurboJPEG + exiv2 ICC)") << QStringLiteral("adobe.jpg");
        QTest::newRow("png (Qt reader)") << QStringLiteral("adobe.png");
    }
    void iccProfileConvertedToSrgb()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / name.toStdString();
        const QColor stored(40, 200, 60);
        QImage image(800, 600, QImage::Format_RGB32);
        image.fill(stored);
        image.setColorSpace(QColorSpace::AdobeRgb);
        QImageWriter writer(QString::fromStdString(file.string()));
        writer.setQuality(98);
        QVERIFY(writer.write(image));
        const QColor expected =
            QColorSpace(QColorSpace::AdobeRgb).transformationToColorSpace(QColorSpace::SRgb).map(stored);
        QVERIFY(!near(expected, stored, 20)); // the conversion is visible

        auto decoded = ImageDecoder::decode({file, 400});
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded->image.colorSpace(), QColorSpace(QColorSpace::SRgb));
        const QColor got = decoded->image.pixelColor(200, 150);
        QVERIFY2(near(got, expected, 8), qPrintable(got.name() + QStringLiteral(" != ") + expected.name()));
    }

    void noExifThumbnail()
    {
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "plain.jpg";
        QVERIFY(test::writeJpeg(file, QSize(320, 240)));
        auto thumb = ImageDecoder::exifThumbnail(file);
        QVERIFY(!thumb.ok());
        QVERIFY(!thumb.error().isEmpty());
    }

    void missingFile()
    {
        auto decoded = ImageDecoder::decode({fs::path("/nonexistent/tintype/photo.jpg"), 400});
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error(), QStringLiteral("file not found"));
    }
};

QTEST_GUILESS_MAIN(TestImageDecoder)
#include "tst_imagedecoder.moc"
