// FacePlausibility on planted landmark sets: a face shape filling its box passes
// (upright and tilted), a shrunken one (what face-api's landmark net returns on a
// strawberry or a dog), collapsed eyes and a mouth above the eyes do not; and
// degenerate embeddings are refused.
#include "faces/FacePlausibility.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace tintype;
using Verdict = FacePlausibility::Verdict;
Q_DECLARE_METATYPE(FacePlausibility::Verdict)

namespace {
using Landmarks = std::array<QPointF, 68>;

// A frontal face in the 100×100 box at the origin, iBUG 68-point order.
Landmarks plantedFace()
{
    Landmarks p{};
    for (int i = 0; i <= 16; ++i) { // jaw: ear to ear across the box, down round the chin
        const double t = M_PI * i / 16.0;
        p[std::size_t(i)] = QPointF(50 - 47 * std::cos(t), 35 + 60 * std::sin(t));
    }
    for (int i = 17; i <= 26; ++i) // brows
        p[std::size_t(i)] = QPointF(18 + (i - 17) * 7.0, 28);
    for (int i = 27; i <= 35; ++i) // nose bridge and base
        p[std::size_t(i)] = i <= 30 ? QPointF(50, 38 + (i - 27) * 6.0) : QPointF(42 + (i - 31) * 4.0, 58);
    for (int i = 0; i < 6; ++i) { // eyes around (30, 40) and (70, 40)
        const double a = 2 * M_PI * i / 6.0;
        p[std::size_t(36 + i)] = QPointF(30 + 8 * std::cos(a), 40 + 3 * std::sin(a));
        p[std::size_t(42 + i)] = QPointF(70 + 8 * std::cos(a), 40 + 3 * std::sin(a));
    }
    for (int i = 0; i < 20; ++i) { // mouth around (50, 75)
        const double a = 2 * M_PI * i / 20.0;
        p[std::size_t(48 + i)] = QPointF(50 + 16 * std::cos(a), 75 + 5 * std::sin(a));
    }
    return p;
}

Landmarks transformed(Landmarks points, double scale, double degrees)
{
    const double a = degrees * M_PI / 180.0;
    for (QPointF &q : points) {
        const QPointF d = (q - QPointF(50, 50)) * scale;
        q = QPointF(50 + d.x() * std::cos(a) - d.y() * std::sin(a), 50 + d.x() * std::sin(a) + d.y() * std::cos(a));
    }
    return points;
}
} // namespace

class TestFacePlausibility : public QObject {
    Q_OBJECT

private slots:
    void landmarks_data()
    {
        QTest::addColumn<Landmarks>("points");
        QTest::addColumn<Verdict>("expected");
        const Landmarks face = plantedFace();
        QTest::newRow("frontal face filling its box") << face << Verdict::Face;
        QTest::newRow("tilted 20 degrees") << transformed(face, 1.0, 20) << Verdict::Face;
        QTest::newRow("upside down (the rule follows the eye line)") << transformed(face, 1.0, 180) << Verdict::Face;
        // Measured on the samples: non-faces span 0.64-0.78 of the box, real faces >= 0.86.
        QTest::newRow("shrunk to 0.75 of the box (a strawberry)")
            << transformed(face, 0.75, 0) << Verdict::LandmarksShrunk;
        QTest::newRow("shrunk to 0.85 still a face") << transformed(face, 0.85 / 0.94, 0) << Verdict::Face;
        Landmarks closeEyes = face;
        for (std::size_t i = 36; i < 48; ++i)
            closeEyes[i] = QPointF(48 + (i >= 42 ? 4 : 0), 40);
        QTest::newRow("eyes on top of each other") << closeEyes << Verdict::EyesTooClose;
        Landmarks mouthUp = face;
        for (std::size_t i = 48; i < 68; ++i)
            mouthUp[i].setY(mouthUp[i].y() - 75 + 42);
        QTest::newRow("mouth on the eye line") << mouthUp << Verdict::MouthNotBelowEyes;
    }

    void landmarks()
    {
        QFETCH(Landmarks, points);
        QFETCH(Verdict, expected);
        QCOMPARE(FacePlausibility::checkLandmarks(QRectF(0, 0, 100, 100), points), expected);
    }

    void theBoxScalesWithTheFace()
    {
        Landmarks big = plantedFace();
        for (QPointF &p : big)
            p = p * 4 + QPointF(200, 100);
        QCOMPARE(FacePlausibility::checkLandmarks(QRectF(200, 100, 400, 400), big), Verdict::Face);
        QCOMPARE(FacePlausibility::checkLandmarks(QRectF(200, 100, 600, 400), big), Verdict::LandmarksShrunk);
        QCOMPARE(FacePlausibility::checkLandmarks(QRectF(), big), Verdict::LandmarksShrunk);
    }

    void embeddings()
    {
        FaceEmbedding typical{};
        typical.fill(float(1.45 / std::sqrt(128.0))); // real faces: length 1.30-1.60
        QCOMPARE(FacePlausibility::checkEmbedding(typical), Verdict::Face);
        QCOMPARE(FacePlausibility::checkEmbedding(FaceEmbedding{}), Verdict::DegenerateEmbedding);
        FaceEmbedding notFinite = typical;
        notFinite[7] = std::numeric_limits<float>::quiet_NaN();
        QCOMPARE(FacePlausibility::checkEmbedding(notFinite), Verdict::DegenerateEmbedding);
        FaceEmbedding huge{};
        huge.fill(1.0F);
        QCOMPARE(FacePlausibility::checkEmbedding(huge), Verdict::DegenerateEmbedding);
    }
};

QTEST_GUILESS_MAIN(TestFacePlausibility)
#include "tst_faceplausibility.moc"
