// ImageIntegrity: what the scan notes about a damaged still image, from its
// structure alone — JPEG junk before a marker (libjpeg's words), a JPEG cut
// short (also one whose end is not EOI because of a trailer), PNG and HEIC cut
// in their image data — and nothing for whole files, trailers included.
#include "metadata/ImageIntegrity.h"
#include "support/DamagedMedia.h"
#include "support/TestMedia.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
namespace fs = std::filesystem;

class TestImageIntegrity : public QObject {
    Q_OBJECT

private slots:
    void check_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected"); // part of the note; empty: whole
        const QImage picture = test::structuredImage(QSize(800, 600));
        const QByteArray jpeg = test::jpegOf(picture);
        const QByteArray png = test::pngOf(picture);
        const QByteArray heic = test::heicOf(picture);
        QTest::newRow("jpeg whole") << jpeg << "jpeg" << QString();
        QTest::newRow("jpeg padded with zeros") << jpeg + QByteArray(100, '\0') << "jpeg" << QString();
        // A motion photo's clip (or any trailer) after EOI: walked to the image's EOI.
        QTest::newRow("jpeg with a trailer") << jpeg + QByteArray(70000, 'v') << "jpeg" << QString();
        QTest::newRow("jpeg junk before DQT") << test::withJunkBeforeDqt(jpeg, 3) << "jpeg"
                                              << "3 extraneous bytes before marker 0xdb";
        QTest::newRow("jpeg cut at 60 %") << test::cut(jpeg, 0.6) << "jpeg"
                                          << "Premature end of JPEG file";
        QTest::newRow("jpeg cut in its header") << jpeg.left(100) << "jpeg"
                                                << "Premature end of JPEG file";
        QTest::newRow("jpeg cut with a trailer's worth of bytes")
            << test::cut(jpeg + QByteArray(70000, 'v'), 0.3) << "jpeg"
            << "Premature end";
        QTest::newRow("png whole") << png << "png" << QString();
        QTest::newRow("png cut in IDAT") << test::pngCutInIdat(png) << "png"
                                         << "IDAT";
        QTest::newRow("png without IEND") << png.left(png.size() - 12) << "png"
                                          << "IEND";
        QTest::newRow("heic whole") << heic << "heif" << QString();
        QTest::newRow("heic cut at 70 %") << test::cut(heic, 0.7) << "heif"
                                          << "'mdat'";
    }
    void check()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, format);
        QFETCH(QString, expected);
        QVERIFY(!bytes.isEmpty());
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "file";
        QVERIFY(test::writeBytes(file, bytes));
        const QString damage = ImageIntegrity::check(file, format);
        if (expected.isEmpty())
            QVERIFY2(damage.isEmpty(), qPrintable(damage));
        else
            QVERIFY2(damage.contains(expected), qPrintable(damage));
    }

    void noteSaysItIsShownAsFarAsItCouldBeRead()
    {
        QCOMPARE(ImageIntegrity::note(QStringLiteral("x")),
                 QStringLiteral("damaged data, shown as far as it could be read (x)"));
    }
};

QTEST_GUILESS_MAIN(TestImageIntegrity)
#include "tst_imageintegrity.moc"
