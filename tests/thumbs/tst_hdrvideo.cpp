// HDR phone videos (10-bit BT.2020, PQ or HLG) get tone-mapped thumbnails:
// reference white comes out near white and neutral, not the dim grey of the raw
// code values read as if they were SDR.
#include "imaging/ImageDecoder.h"
#include "metadata/MetadataReader.h"
#include "support/PhoneMedia.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
namespace fs = std::filesystem;

class HdrVideoTest : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    fs::path path(const QString &name) const { return fs::path(QFile::encodeName(m_dir.filePath(name)).toStdString()); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        MetadataReader::initialize();
    }

    void toneMapped_data()
    {
        QTest::addColumn<bool>("hlg");
        QTest::addColumn<double>("signal");
        QTest::addColumn<int>("minimum");
        QTest::addColumn<int>("maximum");
        // Reference white (203 cd/m²): PQ 0.58, HLG 0.75.
        QTest::newRow("PQ reference white") << false << 0.5845 << 225 << 250;
        QTest::newRow("HLG reference white") << true << 0.75 << 225 << 250;
        // A 1000 cd/m² highlight rolls off below clipping... nearly.
        QTest::newRow("PQ highlight") << false << 0.7518 << 250 << 255;
        // Mid grey (about 26 cd/m² in PQ) stays darker than white, not lifted to it.
        QTest::newRow("PQ dark grey") << false << 0.38 << 80 << 170;
    }
    void toneMapped()
    {
        QFETCH(bool, hlg);
        QFETCH(double, signal);
        QFETCH(int, minimum);
        QFETCH(int, maximum);
        const fs::path file = path(QStringLiteral("%1.mkv").arg(QTest::currentDataTag()).replace(' ', '_'));
        QVERIFY(!test::writeHdrClip(file, signal, hlg).isEmpty());
        const auto decoded = ImageDecoder::decode({file, 64});
        QVERIFY2(decoded, qPrintable(decoded.error()));
        QCOMPARE(decoded->source, QStringLiteral("video frame, HDR tone-mapped"));
        const QRgb centre = decoded->image.pixel(decoded->image.width() / 2, decoded->image.height() / 2);
        QVERIFY2(qGreen(centre) >= minimum && qGreen(centre) <= maximum, qPrintable(QString::number(qGreen(centre))));
        QVERIFY2(qAbs(qRed(centre) - qGreen(centre)) <= 4 && qAbs(qBlue(centre) - qGreen(centre)) <= 4,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(qRed(centre)).arg(qGreen(centre)).arg(qBlue(centre))));
    }
};

QTEST_GUILESS_MAIN(HdrVideoTest)
#include "tst_hdrvideo.moc"
