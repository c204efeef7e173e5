// Round face crops stay round: a face at the image's edge or a tight crop (the
// face fills the picture) gives a full circle, not a square cut off-centre.
#include "faces/FaceCropCache.h"

#include <QTest>

using namespace tintype;

namespace {
bool opaque(const QImage &image, int x, int y) { return qAlpha(image.pixel(x, y)) == 255; }
bool transparent(const QImage &image, int x, int y) { return qAlpha(image.pixel(x, y)) == 0; }

void verifyRound(const QImage &crop, int side)
{
    QCOMPARE(crop.size(), QSize(side, side));
    const int last = side - 1, middle = side / 2;
    for (auto [x, y] : {std::pair{0, 0}, {last, 0}, {0, last}, {last, last}})
        QVERIFY2(transparent(crop, x, y), qPrintable(QStringLiteral("corner %1,%2").arg(x).arg(y)));
    for (auto [x, y] : {std::pair{middle, middle}, {middle, 3}, {3, middle}, {last - 3, middle}, {middle, last - 3}})
        QVERIFY2(opaque(crop, x, y), qPrintable(QStringLiteral("inside the circle %1,%2").arg(x).arg(y)));
}
} // namespace

class TestFaceCropCache : public QObject {
    Q_OBJECT

private slots:
    void aFaceAtTheCornerIsStillRound()
    {
        QImage photo(400, 300, QImage::Format_RGB32);
        photo.fill(Qt::red);
        verifyRound(FaceCropCache::roundCrop(photo, QRectF(0, 0, 80, 100)), FaceCropCache::kSize);
        verifyRound(FaceCropCache::roundCrop(photo, QRectF(350, 240, 50, 60)), FaceCropCache::kSize);
    }

    void aFaceFillingThePictureIsStillRound()
    {
        QImage chip(150, 150, QImage::Format_RGB32); // the sample set's tight 150 px face crops
        chip.fill(Qt::darkGray);
        verifyRound(FaceCropCache::roundCrop(chip, QRectF(5, 2, 140, 147)), FaceCropCache::kSize);
    }

    void anyImageBecomesARoundAvatar()
    {
        QImage wide(300, 100, QImage::Format_RGB32);
        wide.fill(Qt::blue);
        verifyRound(FaceCropCache::circular(wide, 64), 64);
        QImage square(128, 128, QImage::Format_ARGB32);
        square.fill(Qt::green);
        verifyRound(FaceCropCache::circular(square), FaceCropCache::kSize);
    }
};

QTEST_GUILESS_MAIN(TestFaceCropCache)
#include "tst_facecropcache.moc"
