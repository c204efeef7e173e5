// Search history (SearchHistory): off unless the user turns it on; then the
// searches run, newest first, each once, at most kMaxEntries, kept in the
// app's settings across runs; "Clear history" and turning it off forget them.
#include "SearchHistory.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace tintype;

class TestSearchHistory : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // QSettings away from the user's
    void init() { QSettings().remove(QStringLiteral("search")); }
    void cleanupTestCase() { QSettings().remove(QStringLiteral("search")); }

    void offByDefault()
    {
        SearchHistory history;
        QVERIFY(!history.enabled());
        history.add(QStringLiteral("paris"));
        QVERIFY(history.entries().isEmpty());
        QVERIFY(!QSettings().contains(QStringLiteral("search/history")));
    }

    void newestFirstEachOnce()
    {
        SearchHistory history;
        QSignalSpy changed(&history, &SearchHistory::changed);
        history.setEnabled(true);
        history.add(QStringLiteral("paris"));
        history.add(QStringLiteral("  anna   2019 "));
        history.add(QStringLiteral("Paris")); // the same search: moved to the top, as typed last
        history.add(QString());
        QCOMPARE(history.entries(), (QStringList{QStringLiteral("Paris"), QStringLiteral("anna 2019")}));
        QCOMPARE(changed.count(), 4);
        for (int i = 0; i < SearchHistory::kMaxEntries + 3; ++i)
            history.add(QStringLiteral("query %1").arg(i));
        QCOMPARE(history.entries().size(), SearchHistory::kMaxEntries);
        QCOMPARE(history.entries().first(), QStringLiteral("query %1").arg(SearchHistory::kMaxEntries + 2));
    }

    void keptAcrossRuns()
    {
        {
            SearchHistory history;
            history.setEnabled(true);
            history.add(QStringLiteral("tokyo"));
            history.add(QStringLiteral("videos"));
        }
        SearchHistory again;
        QVERIFY(again.enabled());
        QCOMPARE(again.entries(), (QStringList{QStringLiteral("videos"), QStringLiteral("tokyo")}));
    }

    void clearAndTurningOffForget()
    {
        SearchHistory history;
        history.setEnabled(true);
        history.add(QStringLiteral("tokyo"));
        history.clear();
        QVERIFY(history.entries().isEmpty());
        QVERIFY(history.enabled());
        QVERIFY(SearchHistory().entries().isEmpty());

        history.add(QStringLiteral("rome"));
        history.setEnabled(false);
        QVERIFY(history.entries().isEmpty());
        QVERIFY(!QSettings().contains(QStringLiteral("search/history")));
        SearchHistory again;
        QVERIFY(!again.enabled());
        QVERIFY(again.entries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearchHistory)
#include "tst_searchhistory.moc"
