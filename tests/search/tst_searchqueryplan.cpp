// A month or season in every year ("june", "winter") searched by the
// capture-time index, a range per year of the library (not the month of every
// photo's local time, a scan of the whole table: "june" was the slowest
// one-term query of the benchmark) unless another condition leads ("tom
// june"), still on the photo's own clock at midnight, December running into
// January. Whether an asset is shown (a file present, not a sidecar) is
// answered from the index of files by asset.
#include "catalog/Catalog.h"
#include "search/Search.h"
#include "support/SearchLibrary.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
using namespace tintype::test;

class TestSearchQueryPlan : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Search> m_search;
    std::map<QString, std::int64_t> m_ids;

    QStringList found(const QString &query)
    {
        const auto matches = m_search->run(m_search->plan(query));
        if (!matches)
            qFatal("%s", qPrintable(matches.error()));
        QStringList out;
        for (const auto &m : matches.value())
            for (const auto &[name, id] : m_ids)
                if (id == m.assetId)
                    out << name;
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Catalog::open(m_dir.filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY2(opened, qPrintable(opened.error()));
        m_catalog = std::move(opened.value());
        m_ids = writeSearchLibrary(*m_catalog);
        m_search = std::make_unique<Search>(*m_catalog, SearchOptions{QStringLiteral("en"), searchLibraryToday()});
        QVERIFY(m_search->reload());
    }

    void monthsOfEveryYear_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // newest first
        const QString berlinNewYear = QStringLiteral("IMG_2001.JPG"), tokyoNewYear = QStringLiteral("IMG_2002.JPG");
        const QString yesterday = QStringLiteral("IMG_3001.JPG");
        auto row = [](const char *query, const QStringList &expected) {
            QTest::newRow(query) << QString::fromLatin1(query) << expected;
        };
        // 23:30 at +01:00 on 31 Dec 2019 is December; 00:30 at +09:00 on 1 Jan 2020 is January.
        row("december", {yesterday, berlinNewYear});
        row("january", {tokyoNewYear});
        row("december january", {yesterday, tokyoNewYear, berlinNewYear});
        row("winter", {yesterday, tokyoNewYear, berlinNewYear});
        // Archived and missing June photos of 2019 left out, as everywhere.
        row("june", {QStringLiteral("IMG_0002.JPG"), QStringLiteral("IMG_0001.JPG")});
        row("may", {QStringLiteral("IMG_1700.JPG")}); // a floating time (no offset): its clock as written
        row("june tom", {QStringLiteral("IMG_0002.JPG")});
        row("tom summer", {QStringLiteral("IMG_0002.JPG"), QStringLiteral("DSCF1001.JPG")});
        row("x-t3 summer", {QStringLiteral("DSCF1002.RAF"), QStringLiteral("DSCF1001.JPG")});
        row("march", {QStringLiteral("Screenshot_20220301-101500.png")});
        row("october", {});
    }
    void monthsOfEveryYear()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QCOMPARE(found(query), expected);
    }

    void readByTheCaptureTimeIndex()
    {
        auto steps = [&](const QString &query) {
            const SearchPlan plan = m_search->plan(query);
            QStringList out;
            m_catalog->read([&] { out = SearchRepository(*m_catalog).queryPlan(plan.conditions); });
            return out;
        };
        // Alone, or with a condition no index answers: a range of the capture-time index a year.
        for (const char *query : {"june", "summer", "x-t3 june", "videos december january"}) {
            const QStringList plan = steps(QString::fromLatin1(query));
            QVERIFY2(plan.filter(QStringLiteral("asset_by_capture")).size() == 1,
                     qPrintable(QString::fromLatin1(query) + QLatin1Char('\n') + plan.join(QLatin1Char('\n'))));
            QVERIFY2(!plan.contains(QStringLiteral("SCAN a")), qPrintable(plan.join(QLatin1Char('\n'))));
        }
        // Another condition leads (a person's faces): the month is checked on those photos only.
        const QStringList tomJune = steps(QStringLiteral("tom june"));
        QVERIFY2(tomJune.filter(QStringLiteral("asset_by_capture")).isEmpty(),
                 qPrintable(tomJune.join(QLatin1Char('\n'))));
        QVERIFY2(!tomJune.filter(QStringLiteral("face_by_person")).isEmpty(),
                 qPrintable(tomJune.join(QLatin1Char('\n'))));
    }

    void shownAnsweredByTheIndex()
    {
        const SearchPlan plan = m_search->plan(QStringLiteral("iphone"));
        QStringList steps;
        QVERIFY(m_catalog->read([&] { steps = SearchRepository(*m_catalog).queryPlan(plan.conditions); }));
        QVERIFY2(!steps.filter(QStringLiteral("USING COVERING INDEX file_by_asset_shown")).isEmpty(),
                 qPrintable(steps.join(QLatin1Char('\n'))));
        QCOMPARE(found(QStringLiteral("iphone")),
                 (QStringList{QStringLiteral("PANO_20220815_120000.jpg"), QStringLiteral("IMG_0002.JPG"),
                              QStringLiteral("IMG_0001.JPG")}));
    }
};

QTEST_GUILESS_MAIN(TestSearchQueryPlan)
#include "tst_searchqueryplan.moc"
