#include "SelectionModel.h"
#include "TimelineModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace tintype;

// Click, Ctrl-toggle, Shift-range from the anchor, Ctrl+Shift adding a
// range, select all, clear; kept by asset id across reloads.
class TestSelectionModel : public QObject {
    Q_OBJECT

    static std::vector<TimelineEntry> entries(int n, int firstId = 100)
    {
        std::vector<TimelineEntry> out;
        for (int i = 0; i < n; ++i) {
            TimelineEntry e;
            e.assetId = firstId + i;
            e.dated = true;
            e.localMs = 1'600'000'000'000LL - i * 3'600'000LL;
            e.width = 4;
            e.height = 3;
            e.fingerprint = QByteArray(16, 'x');
            out.push_back(e);
        }
        return out;
    }
    static QList<qint64> ids(std::initializer_list<qint64> list) { return QList<qint64>(list); }

private slots:
    void clickSelectsOnlyThatPhoto()
    {
        TimelineModel timeline;
        timeline.setEntries(entries(10));
        SelectionModel s;
        s.setTimeline(&timeline);
        QSignalSpy changed(&s, &SelectionModel::changed);
        s.click(2, Qt::NoModifier);
        s.click(4, Qt::NoModifier);
        QCOMPARE(s.selectedIds(), ids({104}));
        QCOMPARE(changed.count(), 2);
        QVERIFY(s.isSelected(104));
        QVERIFY(!s.isSelected(102));
    }

    void ctrlToggles()
    {
        TimelineModel timeline;
        timeline.setEntries(entries(10));
        SelectionModel s;
        s.setTimeline(&timeline);
        s.click(1, Qt::ControlModifier);
        s.click(3, Qt::ControlModifier);
        s.click(1, Qt::ControlModifier);
        QCOMPARE(s.selectedIds(), ids({103}));
        s.toggle(5);
        QCOMPARE(s.count(), 2);
    }

    void shiftSelectsARangeFromTheAnchor()
    {
        TimelineModel timeline;
        timeline.setEntries(entries(10));
        SelectionModel s;
        s.setTimeline(&timeline);
        s.click(6, Qt::NoModifier);
        s.click(3, Qt::ShiftModifier); // backwards works too
        QCOMPARE(s.selectedIds(), ids({103, 104, 105, 106}));
        s.click(8, Qt::ShiftModifier); // the anchor stays at 6: the range is replaced
        QCOMPARE(s.selectedIds(), ids({106, 107, 108}));
        s.click(0, Qt::ControlModifier);                     // new anchor
        s.click(1, Qt::ShiftModifier | Qt::ControlModifier); // Ctrl+Shift adds the range
        QCOMPARE(s.selectedIds(), ids({100, 101, 106, 107, 108}));
    }

    void shiftWithoutAnchorSelectsOne()
    {
        TimelineModel timeline;
        timeline.setEntries(entries(5));
        SelectionModel s;
        s.setTimeline(&timeline);
        s.click(2, Qt::ShiftModifier);
        QCOMPARE(s.selectedIds(), ids({102}));
    }

    void selectAllAndClear()
    {
        TimelineModel timeline;
        timeline.setEntries(entries(7));
        SelectionModel s;
        s.setTimeline(&timeline);
        s.selectAll();
        QCOMPARE(s.count(), 7);
        const int revision = s.revision();
        s.clear();
        QCOMPARE(s.count(), 0);
        QVERIFY(s.revision() > revision);
    }

    void outOfRangeAndNoTimelineAreIgnored()
    {
        SelectionModel s;
        s.click(0, Qt::NoModifier);
        s.selectAll();
        QCOMPARE(s.count(), 0);
        TimelineModel timeline;
        timeline.setEntries(entries(3));
        s.setTimeline(&timeline);
        s.click(99, Qt::NoModifier);
        s.click(-1, Qt::ShiftModifier);
        QCOMPARE(s.count(), 0);
    }

    void selectionSurvivesAReloadByAssetId()
    {
        TimelineModel timeline;
        timeline.setEntries(entries(6));
        SelectionModel s;
        s.setTimeline(&timeline);
        s.click(2, Qt::NoModifier);
        // New photos arrive at the top (a scan): the same asset stays selected, the range follows it.
        auto more = entries(3, 200);
        auto old = entries(6);
        more.insert(more.end(), old.begin(), old.end());
        timeline.setEntries(more);
        QVERIFY(s.isSelected(102));
        s.click(6, Qt::ShiftModifier); // 102 is now at index 5
        QCOMPARE(s.selectedIds(), ids({102, 103}));
    }
};

QTEST_GUILESS_MAIN(TestSelectionModel)
#include "tst_selectionmodel.moc"
