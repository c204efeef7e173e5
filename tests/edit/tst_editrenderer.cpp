// EditRenderer and EditPreview: exact geometry, identity, preview = export
// pipeline, old parameter versions, linear-light exposure, determinism.
#include "EditScene.h"

#include "edit/EditPreview.h"
#include "edit/EditRenderer.h"

#include <QColorSpace>
#include <QTest>

#include <cmath>

using namespace tintype;

namespace {
// Pixels only (renders say sRGB, fixtures say nothing; QImage::operator== compares that too).
QImage rgb32(const QImage &image)
{
    QImage out = image.convertToFormat(QImage::Format_RGB32);
    out.setColorSpace(QColorSpace(QColorSpace::SRgb));
    return out;
}

// Pixels all different: x in red/green high bits, y in blue.
QImage coordinates(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            image.setPixel(x, y, qRgb(x % 256, x / 256 * 16 + y / 256, y % 256));
    return image;
}

EditStack crop(double x, double y, double w, double h)
{
    EditStack s;
    s.set(EditOperation::make(OperationType::Crop, x)
              .set(QStringLiteral("y"), y)
              .set(QStringLiteral("width"), w)
              .set(QStringLiteral("height"), h));
    return s;
}
} // namespace

class TestEditRenderer : public QObject {
    Q_OBJECT

private slots:
    void identityGivesThePixelsBack()
    {
        const QImage scene = test::editScene();
        QCOMPARE(rgb32(EditRenderer::render(scene, EditStack())), rgb32(scene));
        EditPreview preview(scene);
        QCOMPARE(rgb32(preview.render(EditStack())), rgb32(scene));
    }

    void rotatesAndFlipsExactly()
    {
        const QImage source = coordinates(40, 30);
        EditStack turn;
        turn.set(OperationType::Rotate, 1); // clockwise
        const QImage turned = rgb32(EditRenderer::render(source, turn));
        QCOMPARE(turned.size(), QSize(30, 40));
        for (int y = 0; y < 40; ++y)
            for (int x = 0; x < 30; ++x)
                QCOMPARE(turned.pixel(x, y), source.pixel(y, 29 - x));

        EditStack flip;
        flip.set(EditOperation::make(OperationType::Flip, 1)); // horizontal
        const QImage mirrored = rgb32(EditRenderer::render(source, flip));
        QCOMPARE(mirrored, rgb32(source.mirrored(true, false)));
        flip.set(EditOperation::make(OperationType::Flip, 0).set(QStringLiteral("vertical"), 1));
        QCOMPARE(rgb32(EditRenderer::render(source, flip)), rgb32(source.mirrored(false, true)));

        turn.set(OperationType::Rotate, 2);
        QCOMPARE(rgb32(EditRenderer::render(source, turn)), rgb32(source.mirrored(true, true)));
    }

    void cropsExactly()
    {
        const QImage source = coordinates(400, 300);
        const QImage cropped = rgb32(EditRenderer::render(source, crop(0.25, 0.1, 0.5, 0.6)));
        QCOMPARE(cropped, rgb32(source.copy(100, 30, 200, 180)));
        QCOMPARE(EditRenderer::renderedSize(source.size(), crop(0.25, 0.1, 0.5, 0.6)), QSize(200, 180));
        // At the origin (the crop starts at the picture's own first pixel).
        QCOMPARE(rgb32(EditRenderer::render(source, crop(0, 0, 0.5, 1))), rgb32(source.copy(0, 0, 200, 300)));
        // After a quarter turn the crop is in the turned picture's coordinates.
        EditStack both = crop(0, 0, 0.5, 1);
        both.set(OperationType::Rotate, 3);
        const QImage turnedCrop = rgb32(EditRenderer::render(source, both));
        QCOMPARE(turnedCrop.size(), QSize(150, 400));
        QCOMPARE(turnedCrop.pixel(0, 0), source.pixel(399, 0));
        // A crop smaller than a pixel still gives one.
        QCOMPARE(EditRenderer::render(source, crop(0.5, 0.5, 0.0001, 0.0001)).size(), QSize(1, 1));
    }

    void straightenKeepsTheAspectInsideThePicture()
    {
        const QImage source = coordinates(400, 300);
        for (const double angle : {10.0, -10.0, 45.0}) {
            EditStack s;
            s.set(OperationType::Straighten, angle);
            const double a = std::abs(angle) * M_PI / 180;
            const double scale =
                std::min(400 / (400 * std::cos(a) + 300 * std::sin(a)), 300 / (400 * std::sin(a) + 300 * std::cos(a)));
            const QImage out = rgb32(EditRenderer::render(source, s));
            QCOMPARE(out.width(), int(std::floor(400 * scale + 1e-6)));
            QCOMPARE(out.height(), int(std::floor(300 * scale + 1e-6)));
            // The centre stays the centre.
            const QRgb centre = out.pixel((out.width() - 1) / 2, (out.height() - 1) / 2);
            QVERIFY(std::abs(qRed(centre) - qRed(source.pixel(199, 149))) <= 2);
            QVERIFY(std::abs(qBlue(centre) - qBlue(source.pixel(199, 149))) <= 2);
        }
        // Clockwise: the top-left corner of the result comes from further right/up... i.e. above the centre line.
        EditStack cw;
        cw.set(OperationType::Straighten, 20);
        const QImage out = rgb32(EditRenderer::render(coordinates(400, 300), cw));
        QVERIFY(qBlue(out.pixel(0, 0)) > 40);                                   // y of the source > the crop's own top
        QVERIFY(qBlue(out.pixel(out.width() - 1, 0)) < qBlue(out.pixel(0, 0))); // turned clockwise
    }

    void previewMatchesTheRenderer_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("light") << QByteArray(R"([{"op":"exposure","v":1,"params":{"stops":-0.6}},
            {"op":"contrast","v":2,"params":{"amount":0.3}}])");
        QTest::newRow("geometry and colour") << QByteArray(R"([{"op":"rotate","v":1,"params":{"quarterTurns":1}},
            {"op":"straighten","v":1,"params":{"angle":4}},{"op":"warmth","v":2,"params":{"amount":0.5}}])");
        QTest::newRow("noise and sharpen") << QByteArray(R"([{"op":"noise-reduction","v":1,"params":{"amount":0.5}},
            {"op":"sharpen","v":1,"params":{"amount":0.5}},{"op":"saturation","v":2,"params":{"amount":0.2}}])");
        QTest::newRow("noise only") << QByteArray(R"([{"op":"noise-reduction","v":1,"params":{"amount":1}}])");
        QTest::newRow("sharpen only") << QByteArray(R"([{"op":"sharpen","v":1,"params":{"amount":1}}])");
        QTest::newRow("crop only") << QByteArray(R"([{"op":"crop","v":1,"params":{"x":0.1,"width":0.5}}])");
        QTest::newRow("vignette") << QByteArray(R"([{"op":"vignette","v":1,"params":{"amount":0.6}}])");
    }

    void previewMatchesTheRenderer()
    {
        QFETCH(QByteArray, json);
        auto stack = EditStack::fromJson(R"({"format":"tintype-edit","version":1,"operations":)" + json + "}");
        QVERIFY2(stack, qPrintable(stack.error()));
        const QImage scene = test::editScene();
        EditPreview preview(scene);
        const QImage expected = rgb32(EditRenderer::render(scene, stack.value()));
        QCOMPARE(rgb32(preview.render(stack.value())), expected);
        // Again after another stack (the cached stage is rebuilt or reused correctly).
        EditStack other = stack.value();
        other.set(OperationType::Exposure, 1.5);
        QCOMPARE(rgb32(preview.render(other)), rgb32(EditRenderer::render(scene, other)));
        QCOMPARE(rgb32(preview.render(stack.value())), expected);
        QCOMPARE(rgb32(EditRenderer::render(scene, stack.value())), expected); // deterministic
    }

    void exposureWorksInLinearLight()
    {
        QImage grey(8, 8, QImage::Format_RGB32);
        grey.fill(qRgb(118, 118, 118)); // 18 % grey in linear light
        EditStack plusOne;
        plusOne.set(OperationType::Exposure, 1.0);
        const QRgb out = rgb32(EditRenderer::render(grey, plusOne)).pixel(4, 4);
        // 2 × 0.18 linear = 0.36 → sRGB 161
        QVERIFY2(std::abs(qRed(out) - 161) <= 1, qPrintable(QString::number(qRed(out))));
        QCOMPARE(qRed(out), qGreen(out));
    }

    void saturationMinusOneIsGrey()
    {
        EditStack mono;
        mono.set(OperationType::Saturation, -1);
        const QImage out = rgb32(EditRenderer::render(test::editScene(), mono));
        for (int y = 0; y < out.height(); y += 7)
            for (int x = 0; x < out.width(); x += 5)
                QVERIFY(std::abs(qRed(out.pixel(x, y)) - qBlue(out.pixel(x, y))) <= 1);
    }

    void sixteenBitsAndLongEdge()
    {
        EditStack s;
        s.set(OperationType::Exposure, 0.3);
        const QImage deep = EditRenderer::render(test::editScene(), s, 192, EditRenderer::Depth::Sixteen);
        QCOMPARE(deep.format(), QImage::Format_RGBX64);
        QCOMPARE(deep.size(), QSize(192, 128));
        const QImage eight = EditRenderer::render(test::editScene(), s, 192);
        QCOMPARE(eight.size(), QSize(192, 128));
        QVERIFY(EditRenderer::render(QImage(), s).isNull());
    }

    void olderParameterVersionRendersIdentically()
    {
        auto v1 = EditStack::fromJson(R"({"format":"tintype-edit","version":1,"operations":[
            {"op":"shadows","v":1,"params":{"value":35}},{"op":"tint","v":1,"params":{"value":-20}}]})");
        auto v2 = EditStack::fromJson(R"({"format":"tintype-edit","version":1,"operations":[
            {"op":"shadows","v":2,"params":{"amount":0.35}},{"op":"tint","v":2,"params":{"amount":-0.2}}]})");
        QVERIFY(v1 && v2);
        QCOMPARE(EditRenderer::render(test::editScene(), v1.value()),
                 EditRenderer::render(test::editScene(), v2.value()));
    }
};

QTEST_GUILESS_MAIN(TestEditRenderer)
#include "tst_editrenderer.moc"
