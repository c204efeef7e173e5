// ImageDecoder on generated fixtures: all eight EXIF orientations come out
// upright, DCT scaling keeps the long edge >= the target, PNG/alpha, and bad
// input (decompression bomb, garbage, empty) gives a reason; a truncated JPEG
// is shown as far as it goes.
#include "imaging/ImageDecoder.h"
#include "imaging/MpfIndex.h"
#include "metadata/MetadataReader.h"
#include "support/TestMedia.h"

#include <QBuffer>
#include <QColorSpace>
#include <QColorTransform>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <algorithm>
#include <span>

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

// Empty when each quadrant of `image` has the colour of an upright
// quadrant image; otherwise which quadrant is wrong.
QString wrongQuadrant(const QImage &image)
{
    for (int qy = 0; qy < 2; ++qy)
        for (int qx = 0; qx < 2; ++qx) {
            const QColor got = image.pixelColor(image.width() / 4 + qx * image.width() / 2,
                                                image.height() / 4 + qy * image.height() / 2);
            if (!near(got, quadrantColor(qx, qy)))
                return QStringLiteral("quadrant %1,%2 is %3").arg(qx).arg(qy).arg(got.name());
        }
    return {};
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
QByteArray jpegBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(90);
    return writer.write(image) ? bytes : QByteArray();
}

enum class MpfDamage { None, OffsetBeyondFile, HugeCount, TruncatedIfd };

// `main` with an APP2 "MPF\0" segment right after SOI whose second MP Entry
// points at `preview`, appended after the main image's EOI.
QByteArray withMpfPreview(const QByteArray &main, const QByteArray &preview, MpfDamage damage = MpfDamage::None)
{
    auto be16 = [](QByteArray &out, quint32 v) { out.append(char(v >> 8 & 0xFF)).append(char(v & 0xFF)); };
    auto be32 = [&](QByteArray &out, quint32 v) {
        be16(out, v >> 16);
        be16(out, v & 0xFFFF);
    };
    auto entry = [&](QByteArray &out, quint32 tag, quint32 type, quint32 count, quint32 value) {
        be16(out, tag);
        be16(out, type);
        be32(out, count);
        be32(out, value);
    };
    constexpr int kIfdEntries = 3;
    constexpr quint32 kRecords = 8 + 2 + kIfdEntries * 12 + 4;   // MP Entry records, from the TIFF header
    constexpr int kSegmentSize = 2 + 2 + 4 + int(kRecords) + 32; // marker, length, "MPF\0", TIFF, records
    // After SOI and the APP0/APP1 segments, where cameras put it.
    int at = 2;
    while (at + 4 <= main.size() && quint8(main[at]) == 0xFF && (quint8(main[at + 1]) & 0xFE) == 0xE0)
        at += 2 + (quint8(main[at + 2]) << 8 | quint8(main[at + 3]));
    const quint32 tiffStart = quint32(at) + 2 + 2 + 4; // marker, length, "MPF\0"
    quint32 previewOffset = quint32(main.size() + kSegmentSize) - tiffStart;
    if (damage == MpfDamage::OffsetBeyondFile)
        previewOffset += quint32(preview.size()) + 1000;

    QByteArray tiff("MM\0*", 4);
    be32(tiff, 8);
    be16(tiff, damage == MpfDamage::TruncatedIfd ? 200 : kIfdEntries);
    entry(tiff, 0xB000, 7, 4, 0x30313030); // "0100"
    entry(tiff, 0xB001, 4, 1, 2);
    entry(tiff, 0xB002, 7, damage == MpfDamage::HugeCount ? 0x7FFFFFF0u : 32, kRecords);
    be32(tiff, 0); // next IFD
    be32(tiff, 0x20030000);
    be32(tiff, quint32(main.size() + kSegmentSize));
    be32(tiff, 0);
    be32(tiff, 0);
    be32(tiff, 0x00010001); // large thumbnail
    be32(tiff, quint32(preview.size()));
    be32(tiff, previewOffset);
    be32(tiff, 0);

    QByteArray segment("\xFF\xE2", 2);
    be16(segment, quint32(2 + 4 + tiff.size()));
    segment += QByteArray("MPF\0", 4) + tiff;
    Q_ASSERT(segment.size() == kSegmentSize);
    return main.left(at) + segment + main.mid(at) + preview;
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
        const QString wrong = wrongQuadrant(image);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
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

    void truncatedJpegIsShownWithTheWarning()
    {
        // Issue 25: what is there, grey below, as other viewers show it (tst_damagedimages has more).
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "truncated.jpg";
        QVERIFY(test::writeJpeg(file, QSize(1600, 1200), 7));
        const QByteArray bytes = test::readBytes(file);
        QVERIFY(test::writeBytes(file, bytes.left(bytes.size() * 6 / 10)));
        auto decoded = ImageDecoder::decode({file, 400});
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded->image.size(), QSize(400, 300));
        QVERIFY2(decoded->warnings.join(' ').contains(QLatin1String("Premature end")),
                 qPrintable(decoded->warnings.join(' ')));
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

    // A camera-style MPF second image: used when big enough, with the main image's orientation.
    void mpfPreviewUsedWhenBigEnough()
    {
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "mpf.jpg";
        QImage main(1600, 1200, QImage::Format_RGB32);
        main.fill(Qt::red);
        QImage preview(800, 600, QImage::Format_RGB32);
        preview.fill(Qt::blue);
        QVERIFY(test::writeBytes(file, withMpfPreview(jpegBytes(main), jpegBytes(preview))));

        auto small = ImageDecoder::decode({file, 400});
        QVERIFY2(small.ok(), qPrintable(small.error()));
        QCOMPARE(small->image.size(), QSize(400, 300));
        QCOMPARE(small->sourceSize, QSize(1600, 1200));
        QCOMPARE(small->source, QStringLiteral("embedded preview (MPF)"));
        QVERIFY2(near(small->image.pixelColor(200, 150), Qt::blue),
                 qPrintable(small->image.pixelColor(200, 150).name()));

        auto large = ImageDecoder::decode({file, 1000}); // more than the preview's 800 px
        QVERIFY2(large.ok(), qPrintable(large.error()));
        QCOMPARE(large->image.size(), QSize(1000, 750));
        QCOMPARE(large->source, QStringLiteral("image"));
        QVERIFY2(near(large->image.pixelColor(500, 375), Qt::red),
                 qPrintable(large->image.pixelColor(500, 375).name()));
    }

    void mpfPreviewOfOtherAspectIsIgnored()
    {
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "mpf-aspect.jpg";
        QImage main(1600, 1200, QImage::Format_RGB32);
        main.fill(Qt::red);
        QImage preview(800, 800, QImage::Format_RGB32);
        preview.fill(Qt::blue);
        QVERIFY(test::writeBytes(file, withMpfPreview(jpegBytes(main), jpegBytes(preview))));
        auto decoded = ImageDecoder::decode({file, 400});
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QVERIFY(near(decoded->image.pixelColor(200, 150), Qt::red));
    }

    void mpfPreviewTakesMainOrientation()
    {
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "mpf-oriented.jpg";
        QImage main(1200, 1600, QImage::Format_RGB32); // stored for orientation 6
        main.fill(Qt::black);
        QVERIFY(test::writeBytes(file, jpegBytes(main)));
        QVERIFY(test::setMetadata(file, {{QStringLiteral("Exif.Image.Orientation"), QStringLiteral("6")}}));
        const QImage preview = storedFor(uprightReference(800, 600), 6);
        QVERIFY(test::writeBytes(file, withMpfPreview(test::readBytes(file), jpegBytes(preview))));

        auto decoded = ImageDecoder::decode({file, 400});
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded->source, QStringLiteral("embedded preview (MPF)"));
        const QImage &image = decoded->image;
        QCOMPARE(image.size(), QSize(400, 300));
        const QString wrong = wrongQuadrant(image);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    void corruptMpfFallsBackToMainImage_data()
    {
        QTest::addColumn<int>("damage");
        QTest::addRow("offset beyond the file") << int(MpfDamage::OffsetBeyondFile);
        QTest::addRow("huge MP Entry count") << int(MpfDamage::HugeCount);
        QTest::addRow("truncated IFD") << int(MpfDamage::TruncatedIfd);
    }
    void corruptMpfFallsBackToMainImage()
    {
        QFETCH(int, damage);
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "mpf-corrupt.jpg";
        QImage main(1600, 1200, QImage::Format_RGB32);
        main.fill(Qt::red);
        QImage preview(800, 600, QImage::Format_RGB32);
        preview.fill(Qt::blue);
        QVERIFY(test::writeBytes(file, withMpfPreview(jpegBytes(main), jpegBytes(preview), MpfDamage(damage))));
        auto decoded = ImageDecoder::decode({file, 400});
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded->image.size(), QSize(400, 300));
        QCOMPARE(decoded->source, QStringLiteral("image"));
        QVERIFY(near(decoded->image.pixelColor(200, 150), Qt::red));
    }

    // The index reader alone: little-endian TIFF, and every prefix of the head
    // (cut IFD, cut records, cut segment) reads without leaving the buffer.
    void mpfIndexBounds()
    {
        QImage main(64, 48, QImage::Format_RGB32);
        main.fill(Qt::red);
        QImage preview(32, 24, QImage::Format_RGB32);
        preview.fill(Qt::blue);
        const QByteArray mainJpeg = jpegBytes(main), previewJpeg = jpegBytes(preview);
        const QByteArray file = withMpfPreview(mainJpeg, previewJpeg);
        auto read = [](const QByteArray &bytes, qsizetype headSize, std::uint64_t fileSize) {
            return readMpfIndex(
                std::span(reinterpret_cast<const unsigned char *>(bytes.constData()), std::size_t(headSize)), fileSize);
        };
        const auto images = read(file, file.size(), std::uint64_t(file.size()));
        QCOMPARE(images.size(), std::size_t(1));
        QCOMPARE(images[0].offset, std::uint64_t(file.size() - previewJpeg.size()));
        QCOMPARE(images[0].size, std::uint64_t(previewJpeg.size()));

        // The same index little-endian.
        QByteArray le = file;
        const qsizetype tiff = le.indexOf(QByteArray("MPF\0MM", 6)) + 4;
        QVERIFY(tiff > 4);
        auto swap = [&](qsizetype at, int width) { std::reverse(le.begin() + at, le.begin() + at + width); };
        le[tiff] = 'I';
        le[tiff + 1] = 'I';
        swap(tiff + 2, 2);
        swap(tiff + 4, 4);
        swap(tiff + 8, 2);
        for (int e = 0; e < 3; ++e) {
            const qsizetype entry = tiff + 10 + e * 12;
            swap(entry, 2);
            swap(entry + 2, 2);
            swap(entry + 4, 4);
            if (e != 0) // 0xB000's value is 4 bytes of text
                swap(entry + 8, 4);
        }
        for (int r = 0; r < 2; ++r)
            for (int f = 0; f < 3; ++f)
                swap(tiff + 50 + r * 16 + f * 4, 4);
        const auto leImages = read(le, le.size(), std::uint64_t(le.size()));
        QCOMPARE(leImages.size(), std::size_t(1));
        QCOMPARE(leImages[0].offset, images[0].offset);
        QCOMPARE(leImages[0].size, images[0].size);

        const qsizetype segmentEnd = tiff + 50 + 32;
        for (qsizetype head = 0; head < segmentEnd; ++head)
            QVERIFY2(read(file, head, std::uint64_t(file.size())).empty(), qPrintable(QString::number(head)));
        QCOMPARE(read(file, segmentEnd, std::uint64_t(file.size())).size(), std::size_t(1));
        // A file shorter than the index says: the entry is dropped.
        QVERIFY(read(file, segmentEnd, std::uint64_t(file.size() - 1)).empty());
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

    // exiv2 0.27 chooses its parser by content; its Matroska parser asserts on
    // these bytes (kept from fuzz_metadata_reader). Asking a damaged video for
    // its Exif thumbnail must give a reason, not an abort.
    void exifThumbnailOfDamagedVideoDoesNotReachExiv2VideoParsers()
    {
        QTemporaryDir dir;
        const QByteArray bytes =
            test::readBytes(fs::path(TINTYPE_SOURCE_DIR) /
                            "tests/data/fuzz/fuzz_metadata_reader/exiv2-matroska-decodeblock-assert.bin");
        QVERIFY(bytes.size() > 1);
        const fs::path file = fs::path(dir.path().toStdString()) / "clip.jpg";
        QVERIFY(test::writeBytes(file, bytes.mid(1))); // the harness's first byte picks the extension
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
