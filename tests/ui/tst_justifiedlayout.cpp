#include "JustifiedLayout.h"

#include <QTest>

#include <cmath>

using namespace tintype;

// Justified rows: full width except the last row, heights near the target,
// aspect ratios kept, robust to odd input.
class TestJustifiedLayout : public QObject {
    Q_OBJECT

private slots:
    void rowsFillTheWidth()
    {
        const std::vector<double> aspects = {1.5, 0.75, 1.33, 1.0, 1.78, 0.66, 1.5, 1.5, 2.4, 1.0, 1.33};
        const double width = 1000, target = 200, spacing = 4;
        const auto rows = JustifiedLayout::rows(aspects, width, target, spacing);
        QVERIFY(rows.size() >= 2);
        int covered = 0;
        for (size_t r = 0; r < rows.size(); ++r) {
            const auto &row = rows[r];
            QCOMPARE(row.first, covered);
            covered += row.count;
            const double right = row.x.back() + row.width.back();
            if (r + 1 < rows.size()) {
                QVERIFY2(std::abs(right - width) < 1.0, qPrintable(QString::number(right)));
                QVERIFY(row.height > target * 0.6 && row.height < target * 1.6);
            }
            for (int i = 1; i < row.count; ++i) // no overlap, one gap of `spacing`
                QVERIFY(std::abs(row.x[size_t(i)] - (row.x[size_t(i - 1)] + row.width[size_t(i - 1)] + spacing)) <
                        0.01);
        }
        QCOMPARE(covered, int(aspects.size()));
    }

    void lastRowIsNotStretched()
    {
        // Two small photos cannot fill 1000 px at 200 px high: they keep the target height.
        const auto rows = JustifiedLayout::rows({1.0, 1.0}, 1000, 200, 4);
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0].height, 200.0);
        QCOMPARE(rows[0].width[0], 200.0);
        QVERIFY(rows[0].x[1] + rows[0].width[1] < 1000);
    }

    void aspectRatiosAreKept()
    {
        const auto rows = JustifiedLayout::rows({2.0, 0.5, 1.0, 1.0, 1.0, 1.0}, 600, 150, 0);
        for (const auto &row : rows)
            for (int i = 0; i + 1 < row.count; ++i) // the last of a row absorbs rounding
                QVERIFY(std::abs(row.width[size_t(i)] / row.height -
                                 std::vector<double>{2.0, 0.5, 1.0, 1.0, 1.0, 1.0}[size_t(row.first + i)]) < 0.02);
    }

    void oddInputIsSafe()
    {
        QVERIFY(JustifiedLayout::rows({}, 800, 200, 4).empty());
        QVERIFY(JustifiedLayout::rows({1.0}, 0, 200, 4).empty());
        // Zero, negative, NaN, infinite and extreme aspects become usable tiles.
        const auto rows = JustifiedLayout::rows({0.0, -1.0, std::nan(""), INFINITY, 1000.0, 0.0001}, 800, 200, 4);
        int count = 0;
        for (const auto &row : rows) {
            count += row.count;
            for (double w : row.width)
                QVERIFY(w >= 1 && w <= 800);
        }
        QCOMPARE(count, 6);
    }

    void oneVeryWidePanorama()
    {
        // A single item wider than the view is scaled down to fit.
        const auto rows = JustifiedLayout::rows({4.0, 1.0}, 300, 200, 4);
        QVERIFY(rows[0].x.back() + rows[0].width.back() <= 300.5);
    }
};

QTEST_GUILESS_MAIN(TestJustifiedLayout)
#include "tst_justifiedlayout.moc"
