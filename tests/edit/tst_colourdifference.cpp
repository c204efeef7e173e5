// ColourDifference, the golden-image yardstick, against CIE76 ΔE*ab values
// worked out from the sRGB and CIELAB definitions (D65): black and white are
// 100 apart, sRGB red is L*a*b* (53.24, 80.09, 67.20), blue (32.30, 79.19, −107.86).
#include "edit/ColourDifference.h"

#include <QTest>

#include <cmath>

using namespace tintype;

namespace {
QImage filled(QSize size, QRgb colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    return image;
}
} // namespace

class TestColourDifference : public QObject {
    Q_OBJECT

private slots:
    void identicalImagesDifferByNothing()
    {
        const QImage a = filled(QSize(7, 5), qRgb(12, 200, 99));
        const ColourDifference d = ColourDifference::compare(a, a.convertToFormat(QImage::Format_RGB888));
        QVERIFY(d.sameSize);
        QCOMPARE(d.mean, 0.0);
        QCOMPARE(d.max, 0.0);
    }

    void knownPairs_data()
    {
        QTest::addColumn<QRgb>("a");
        QTest::addColumn<QRgb>("b");
        QTest::addColumn<double>("deltaE");
        QTest::newRow("black / white") << qRgb(0, 0, 0) << qRgb(255, 255, 255) << 100.0;
        // sRGB 128 is linear 0.2159: L* = 116·0.2159^(1/3) − 16 = 53.585, a* = b* = 0
        QTest::newRow("black / mid grey") << qRgb(0, 0, 0) << qRgb(128, 128, 128) << 53.585;
        QTest::newRow("black / red") << qRgb(0, 0, 0) << qRgb(255, 0, 0)
                                     << std::sqrt(53.24 * 53.24 + 80.09 * 80.09 + 67.20 * 67.20);
        QTest::newRow("red / blue") << qRgb(255, 0, 0) << qRgb(0, 0, 255)
                                    << std::hypot(53.24 - 32.30, 80.09 - 79.19, 67.20 + 107.86);
        // Below the 0.04045 knee the sRGB curve is linear: L* = 903.3·(1/255)/12.92 = 0.274.
        QTest::newRow("one step above black") << qRgb(0, 0, 0) << qRgb(1, 1, 1) << 0.274;
    }
    void knownPairs()
    {
        QFETCH(QRgb, a);
        QFETCH(QRgb, b);
        QFETCH(double, deltaE);
        const ColourDifference d = ColourDifference::compare(filled(QSize(3, 2), a), filled(QSize(3, 2), b));
        QVERIFY(d.sameSize);
        QVERIFY2(std::abs(d.max - deltaE) < 0.05,
                 qPrintable(QStringLiteral("ΔE %1, expected %2").arg(d.max).arg(deltaE)));
        QVERIFY2(std::abs(d.mean - d.max) < 1e-9, "a uniform difference has mean = max");
        // Symmetric.
        QCOMPARE(ColourDifference::compare(filled(QSize(3, 2), b), filled(QSize(3, 2), a)).max, d.max);
    }

    void meanIsOverEveryPixelMaxIsTheWorst()
    {
        QImage a = filled(QSize(4, 1), qRgb(0, 0, 0));
        QImage b = a;
        b.setPixel(1, 0, qRgb(255, 255, 255)); // ΔE 100
        b.setPixel(3, 0, qRgb(128, 128, 128)); // ΔE 53.585
        const ColourDifference d = ColourDifference::compare(a, b);
        QVERIFY(std::abs(d.max - 100.0) < 0.05);
        QVERIFY2(std::abs(d.mean - (100.0 + 53.585) / 4) < 0.05, qPrintable(QString::number(d.mean)));
    }

    void differentSizesAreNotComparable()
    {
        const ColourDifference d =
            ColourDifference::compare(filled(QSize(4, 3), qRgb(1, 2, 3)), filled(QSize(3, 4), qRgb(1, 2, 3)));
        QVERIFY(!d.sameSize);
        QVERIFY(!ColourDifference::compare(QImage(), QImage()).sameSize);
    }
};

QTEST_GUILESS_MAIN(TestColourDifference)
#include "tst_colourdifference.moc"
