// Enter on what was typed (Search::entered): a last word that is only the
// start of a name searches for the top suggestion, as Google Photos does
// ("tok" → Tokyo, "tom w" → Tom Weber); a query understood as typed, a word of
// the photos' own text and a word nothing completes are searched for as typed.
#include "catalog/AlbumRepository.h"
#include "catalog/Catalog.h"
#include "geo/GeoTestIndex.h"
#include "search/Search.h"
#include "support/SearchLibrary.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
using namespace tintype::test;

class TestSearchEntered : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Search> m_search;
    std::map<QString, std::int64_t> m_ids;

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("TINTYPE_PLACES_INDEX"))
            qputenv("TINTYPE_PLACES_INDEX", placesIndexPath().toLocal8Bit());
        QVERIFY(m_dir.isValid());
        auto opened = Catalog::open(m_dir.filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY2(opened, qPrintable(opened.error()));
        m_catalog = std::move(opened.value());
        m_ids = writeSearchLibrary(*m_catalog);
        // An album named after a word of a photo's text ("Eiffel" is IMG_0001's keyword).
        QVERIFY(m_catalog->write([&] {
            AlbumRepository albums(*m_catalog);
            const std::int64_t album = albums.create(QStringLiteral("Eiffel Tower"), QString(), 1);
            albums.addItem(album, m_ids.at(QStringLiteral("IMG_0002.JPG")));
        }));
        m_search = std::make_unique<Search>(*m_catalog, SearchOptions{QStringLiteral("en"), searchLibraryToday()});
        QVERIFY(m_search->reload());
    }

    void enterTakesTheTopSuggestion_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("searched");
        // The start of a name: its top suggestion (a place, a person by first
        // and last name, an album, a camera, a kind), the words before it kept.
        QTest::newRow("tok") << "tok"
                             << "Tokyo";
        QTest::newRow("TOK") << "TOK"
                             << "Tokyo";
        QTest::newRow("ann") << "ann"
                             << "Anna Schmidt";
        QTest::newRow("tom w") << "tom w"
                               << "Tom Weber";
        QTest::newRow("anna tok") << "anna tok"
                                  << "anna Tokyo";
        QTest::newRow("2019 x-t") << "2019 x-t"
                                  << "2019 X-T3";
        QTest::newRow("vide") << "vide"
                              << "Videos";
        QTest::newRow("eif") << "eif"
                             << "Eiffel Tower";
        // Understood as typed: searched for as typed.
        QTest::newRow("tokyo") << "tokyo"
                               << "tokyo";
        QTest::newRow("tom") << "tom"
                             << "tom";
        QTest::newRow("anna 2019") << "anna 2019"
                                   << "anna 2019";
        // A whole word of the photos' text, though a name starts with it: the text.
        QTest::newRow("eiffel") << "eiffel"
                                << "eiffel";
        QTest::newRow("img") << "img"
                             << "img";
        QTest::newRow("vid") << "vid"
                             << "vid"; // VID_0001.MP4, though "Videos" starts with it
        // Nothing completes it: as typed (free text, or a "did you mean").
        QTest::newRow("zebra") << "zebra"
                               << "zebra";
        QTest::newRow("anja") << "anja"
                              << "anja";
        // Only the last word is being typed: a partial word before it stays.
        QTest::newRow("tok 2019") << "tok 2019"
                                  << "tok 2019";
        QTest::newRow("empty") << ""
                               << "";
    }
    void enterTakesTheTopSuggestion()
    {
        QFETCH(QString, typed);
        QFETCH(QString, searched);
        const QString entered = m_search->entered(typed);
        QCOMPARE(entered, searched);
        // What Enter searches for is what the suggestion list shows on top.
        if (entered != typed) {
            const auto suggestions = m_search->suggest(typed, 4);
            QVERIFY(!suggestions.empty());
            QCOMPARE(suggestions.front().query, searched);
        }
    }

    void enterFindsThePhotosOfTheName()
    {
        // Before: "tok" was free text that no photo has (nothing found).
        const auto asTyped = m_search->run(m_search->plan(QStringLiteral("tok")));
        QVERIFY(asTyped);
        QVERIFY(asTyped.value().empty());
        const SearchPlan plan = m_search->plan(m_search->entered(QStringLiteral("tok")));
        QCOMPARE(int(plan.terms.size()), 1);
        QCOMPARE(plan.terms.front().kind, TermKind::Place);
        const auto found = m_search->run(plan);
        QVERIFY(found);
        QCOMPARE(int(found.value().size()), 1);
        QCOMPARE(found.value().front().assetId, m_ids.at(QStringLiteral("IMG_2002.JPG")));
    }
};

QTEST_GUILESS_MAIN(TestSearchEntered)
#include "tst_searchentered.moc"
