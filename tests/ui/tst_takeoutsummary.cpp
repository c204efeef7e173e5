// The Takeout wizard's plan and report as short lines, not the CLI's text:
// the plan says what will be imported, the finished import what was, albums
// are named (no "1 albums"), nothing shows a count of zero.
#include "TakeoutImport.h"

#include <QTest>

using namespace tintype;

class TestTakeoutSummary : public QObject {
    Q_OBJECT

    static TakeoutReport report(bool dryRun)
    {
        TakeoutReport r;
        r.dryRun = dryRun;
        for (int i = 0; i < 8; ++i)
            r.items.push_back(
                {.entry = QStringLiteral("Photos from 2019/IMG_%1.jpg").arg(i), .decision = Decision::Import});
        r.items.push_back({.entry = QStringLiteral("Trip/IMG_0.jpg"), .decision = Decision::DuplicateInTakeout});
        r.albums.push_back({.key = QStringLiteral("Trip"), .title = QStringLiteral("Trip to Lisbon")});
        return r;
    }

private slots:
    void planSaysWhatWillBeDone()
    {
        const QStringList lines = TakeoutImport::summaryLines(report(true));
        QCOMPARE(lines.value(0), QStringLiteral("To import: 8"));
        QVERIFY(lines.contains(QStringLiteral("Copies inside the Takeout, left out: 1")));
        QVERIFY(lines.contains(QStringLiteral("Albums: 1 (Trip to Lisbon)")));
        for (const QString &line : lines)
            QVERIFY2(!line.contains(QStringLiteral(": 0")) && !line.contains(QStringLiteral("1 albums")),
                     qPrintable(line));
    }

    void doneSaysWhatWasDone()
    {
        const QStringList lines = TakeoutImport::summaryLines(report(false));
        QCOMPARE(lines.value(0), QStringLiteral("Imported: 8"));
        QVERIFY(!lines.join(u'\n').contains(QStringLiteral("To import")));
    }
};

QTEST_MAIN(TestTakeoutSummary)
#include "tst_takeoutsummary.moc"
