// The search box over a generated library (support/SearchLibrary): each kind
// of term, combinations (different kinds narrow, one kind widens), the photo's
// own local date at midnight, country names in three languages, an album whose
// name holds a place's, "did you mean" only where nothing else matches, the
// index following renames and edits, and suggestions with counts.
#include "catalog/AlbumRepository.h"
#include "catalog/AssetRepository.h"
#include "catalog/Catalog.h"
#include "catalog/FileRepository.h"
#include "catalog/UserDecisionRepository.h"
#include "geo/GeoTestIndex.h"
#include "geo/ReverseGeocoder.h"
#include "search/Search.h"
#include "support/Prerequisite.h"
#include "support/SearchLibrary.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
using namespace tintype::test;

class TestSearch : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::map<QString, std::int64_t> m_ids;

    std::unique_ptr<Search> search(const QString &language = QStringLiteral("en"))
    {
        auto s = std::make_unique<Search>(*m_catalog, SearchOptions{language, searchLibraryToday()});
        if (const Status loaded = s->reload(); !loaded)
            qFatal("%s", qPrintable(loaded.error()));
        return s;
    }

    // The file names of the matches, in the order found.
    QStringList names(const std::vector<SearchRepository::Match> &matches) const
    {
        QStringList out;
        for (const auto &m : matches)
            for (const auto &[name, id] : m_ids)
                if (id == m.assetId)
                    out << name;
        return out;
    }

    QStringList found(Search &s, const QString &query, Search::Order order = Search::Order::Newest)
    {
        const auto matches = s.run(s.plan(query), order);
        if (!matches)
            qFatal("%s", qPrintable(matches.error()));
        return names(matches.value());
    }

    static QString kinds(const SearchPlan &plan)
    {
        QStringList out;
        for (const SearchTerm &t : plan.terms)
            out << termKindName(t.kind) + (t.didYouMean ? QStringLiteral("?") : QString());
        return out.join(QLatin1Char(' '));
    }

private slots:
    void initTestCase()
    {
        // Country names in other languages come from the place index when it is there.
        if (qEnvironmentVariableIsEmpty("TINTYPE_PLACES_INDEX"))
            qputenv("TINTYPE_PLACES_INDEX", placesIndexPath().toLocal8Bit());
        QVERIFY(m_dir.isValid());
        auto opened = Catalog::open(m_dir.filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY2(opened, qPrintable(opened.error()));
        m_catalog = std::move(opened.value());
        m_ids = writeSearchLibrary(*m_catalog);
    }

    void understandsEachKind_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("kinds");
        QTest::addColumn<QStringList>("expected"); // newest first

        const QString paris1 = QStringLiteral("IMG_0001.JPG"), paris2 = QStringLiteral("IMG_0002.JPG");
        const QString rome = QStringLiteral("DSCF1001.JPG"), florence = QStringLiteral("DSCF1002.RAF");
        const QString berlinNewYear = QStringLiteral("IMG_2001.JPG"), tokyoNewYear = QStringLiteral("IMG_2002.JPG");
        const QString zurich = QStringLiteral("VID_0001.MP4"),
                      screenshot = QStringLiteral("Screenshot_20220301-101500.png");
        const QString pano = QStringLiteral("PANO_20220815_120000.jpg"), yesterday = QStringLiteral("IMG_3001.JPG");
        const QString summer2026 = QStringLiteral("IMG_3100.JPG"), summer2025 = QStringLiteral("IMG_2500.JPG");
        const QString canon = QStringLiteral("IMG_1700.JPG"), undated = QStringLiteral("IMG_4000.JPG");
        auto row = [](const char *query, const char *kinds, const QStringList &expected) {
            QTest::newRow(query) << QString::fromUtf8(query) << QString::fromLatin1(kinds) << expected;
        };
        // People: full name, first name, several widen, a name that came with a photo.
        row("anna", "person", {paris2, paris1});
        row("Anna Schmidt", "person", {paris2, paris1});
        row("tom", "person", {paris2, rome});
        row("anna tom", "person person", {paris2, paris1, rome});
        row("maria", "person", {canon});
        // Places: towns (archived and missing photos left out), regions, countries, several widen.
        row("paris", "place", {paris2, paris1});
        row("paris rome", "place place", {paris2, paris1, rome});
        row("rome", "place", {rome});
        row("tuscany", "place", {florence});
        row("italy", "place", {florence, rome});
        row("germany", "place", {pano, berlinNewYear});
        row("deutschland", "place", {pano, berlinNewYear});
        row("italia", "place", {florence, rome});
        row("new york", "place", {yesterday});
        row("zurich", "place", {zurich});
        row("ZÜRICH", "place", {zurich});
        // An album whose name holds a place: the whole name is the album, the place alone the place.
        row("weekend in rome", "album", {florence, rome});
        // Dates on the photo's own clock.
        row("2019", "date", {berlinNewYear, paris2, paris1});
        row("2020", "date", {tokyoNewYear});
        row("december 2019", "date", {berlinNewYear});
        row("2019-12", "date", {berlinNewYear});
        row("31 december 2019", "date", {berlinNewYear});
        row("1 january 2020", "date", {tokyoNewYear});
        row("2019-12-31", "date", {berlinNewYear});
        row("2018-2019", "date", {berlinNewYear, paris2, paris1, florence, rome});
        row("2018 - 2019", "date", {berlinNewYear, paris2, paris1, florence, rome});
        row("june 2019", "date", {paris2, paris1});
        row("juni 2019", "date", {paris2, paris1});
        row("juin 2019", "date", {paris2, paris1});
        row("2019-06", "date", {paris2, paris1});
        row("12 june 2019", "date", {paris1});
        row("june 12 2019", "date", {paris1});
        row("12. Juni 2019", "date", {paris1});
        row("july", "date", {summer2026, summer2025, zurich});
        row("summer", "date", {summer2026, summer2025, pano, zurich, paris2, paris1, florence, rome});
        row("last summer", "date", {summer2026});
        row("yesterday", "date", {yesterday});
        row("may 2017", "date", {canon});
        row("2019 2020", "date date", {tokyoNewYear, berlinNewYear, paris2, paris1});
        // Cameras: make, model, model code, lens.
        row("iphone", "camera", {pano, paris2, paris1});
        row("x-t3", "camera", {florence, rome});
        row("xt3", "camera", {florence, rome});
        row("fujifilm", "camera", {florence, rome});
        row("nikon", "camera", {tokyoNewYear, berlinNewYear});
        row("d750", "camera", {tokyoNewYear, berlinNewYear});
        row("canon", "camera", {canon});
        row("5d", "camera", {canon});
        row("pixel", "camera", {yesterday, summer2026, summer2025});
        // Media kinds.
        row("videos", "media", {zurich});
        row("raw", "media", {florence});
        row("favourites", "media", {summer2026, pano});
        row("favorites", "media", {summer2026, pano});
        row("screenshots", "media", {screenshot});
        row("panoramas", "media", {pano});
        row("videos screenshots", "media media", {screenshot, zurich});
        row("favourite pixel", "media camera", {summer2026});
        // Free text: keywords, descriptions, titles, folder and file names; prefixes; all words.
        row("eiffel", "text", {paris1});
        row("pont", "text", {florence});
        row("cafe", "text", {zurich});
        row("sunset beach", "text text", {canon});
        row("roma", "text", {rome});
        row("parish", "text", {undated});
        row("dscf", "text", {florence, rome});
        row("zebra", "text", {});
        row("beach pixel", "text camera", {});
        // Combinations narrow.
        row("anna paris 2019", "person place date", {paris2, paris1});
        row("tom 2018", "person date", {rome});
        row("tom paris", "person place", {paris2});
        row("iphone germany", "camera place", {pano});
        row("anna rome", "person place", {});
        // One edit from a name nothing else matches: did you mean.
        row("pariss", "place?", {paris2, paris1});
        row("anja", "person?", {paris2, paris1});
        row("vidoes", "media?", {zurich});
    }
    void understandsEachKind()
    {
        QFETCH(QString, query);
        QFETCH(QString, kinds);
        QFETCH(QStringList, expected);
        auto s = search();
        const SearchPlan plan = s->plan(query);
        QCOMPARE(TestSearch::kinds(plan), kinds);
        QCOMPARE(found(*s, query), expected);
    }

    void countryNamesInThreeLanguages()
    {
        TT_REQUIRE_PREREQUISITE(ReverseGeocoder::shared(), ReverseGeocoder::installHint(placesIndexPath()));
        auto french = search(QStringLiteral("fr"));
        const QStringList germany = {QStringLiteral("PANO_20220815_120000.jpg"), QStringLiteral("IMG_2001.JPG")};
        for (const char *name : {"germany", "allemagne", "deutschland"}) {
            const SearchPlan plan = french->plan(QString::fromLatin1(name));
            QCOMPARE(kinds(plan), QStringLiteral("place"));
            QCOMPARE(plan.terms.front().label, QStringLiteral("Allemagne"));
            QCOMPARE(found(*french, QString::fromLatin1(name)), germany);
        }
        // Not in the UI language, not the country's own: free text.
        QCOMPARE(kinds(search()->plan(QStringLiteral("allemagne"))), QStringLiteral("text"));
    }

    void bestMatchesFirst()
    {
        auto s = search();
        // "beach" is a keyword of one photo and in its description: ranked first by bm25 among text matches.
        QCOMPARE(found(*s, QStringLiteral("paris"), Search::Order::Newest).first(), QStringLiteral("IMG_0002.JPG"));
        const QStringList best = found(*s, QStringLiteral("img"), Search::Order::BestFirst);
        const QStringList newest = found(*s, QStringLiteral("img"), Search::Order::Newest);
        QCOMPARE(best.size(), newest.size());
        QCOMPARE(newest.first(), QStringLiteral("IMG_3001.JPG"));
        QCOMPARE(newest.last(), QStringLiteral("IMG_4000.JPG")); // undated last
    }

    void suggestsWithCounts()
    {
        auto s = search();
        auto has = [](const std::vector<SearchSuggestion> &list, TermKind kind, const QString &label,
                      std::int64_t count, const QString &query) {
            for (const SearchSuggestion &x : list)
                if (x.kind == kind && x.label == label)
                    return (count < 0 || x.count == count) && x.query == query;
            return false;
        };
        const auto an = s->suggest(QStringLiteral("an"));
        QVERIFY(has(an, TermKind::Person, QStringLiteral("Anna Schmidt"), 2, QStringLiteral("Anna Schmidt")));
        const auto par = s->suggest(QStringLiteral("tom par"));
        QVERIFY(has(par, TermKind::Place, QStringLiteral("Paris, France"), -1, QStringLiteral("tom Paris")));
        QVERIFY(!has(par, TermKind::Person, QStringLiteral("Tom Weber"), -1, QStringLiteral("Tom Weber")));
        const auto newYork = s->suggest(QStringLiteral("new yo"));
        QVERIFY(std::any_of(newYork.begin(), newYork.end(), [](const SearchSuggestion &x) {
            return x.kind == TermKind::Place && x.count == 1 && x.query == QLatin1String("New York");
        }));
        QVERIFY(has(s->suggest(QStringLiteral("week")), TermKind::Album, QStringLiteral("Weekend in Rome"), 2,
                    QStringLiteral("Weekend in Rome")));
        QVERIFY(has(s->suggest(QStringLiteral("jun")), TermKind::Date, QStringLiteral("June (every year)"), 2,
                    QStringLiteral("June")));
        QVERIFY(
            has(s->suggest(QStringLiteral("201")), TermKind::Date, QStringLiteral("2019"), 3, QStringLiteral("2019")));
        QVERIFY(has(s->suggest(QStringLiteral("x-t")), TermKind::Camera, QStringLiteral("X-T3"), 2,
                    QStringLiteral("X-T3")));
        QVERIFY(has(s->suggest(QStringLiteral("vid")), TermKind::Media, QStringLiteral("Videos"), 1,
                    QStringLiteral("Videos")));
        QVERIFY(s->suggest(QStringLiteral("qqq")).empty());
        // Month names of other languages resolve ("juni 2019") but are not offered
        // ("pa…" is not Polish "październik"); nor is anything no shown photo has.
        for (const SearchSuggestion &x : s->suggest(QStringLiteral("pa"))) {
            QVERIFY2(x.kind != TermKind::Date, qPrintable(x.label));
            QVERIFY2(x.count != 0, qPrintable(x.label));
        }
        QVERIFY(s->suggest(QStringLiteral("dec")).front().count > 0);
    }

    void indexFollowsChanges()
    {
        auto s = search();
        const std::int64_t id = m_ids.at(QStringLiteral("IMG_1700.JPG"));
        QVERIFY(m_catalog->write([&] {
            FileRepository files(*m_catalog);
            FileRecord f = files.forAsset(id).front();
            f.relPath = "2017/Lisboa/IMG_1700.JPG";
            files.update(f);
            UserDecisionRepository(*m_catalog).setDescription(id, QStringLiteral("Torre de Belém"));
        }));
        QCOMPARE(found(*s, QStringLiteral("lisboa")), QStringList{QStringLiteral("IMG_1700.JPG")});
        QCOMPARE(found(*s, QStringLiteral("belem")), QStringList{QStringLiteral("IMG_1700.JPG")});
        QVERIFY(found(*s, QStringLiteral("maria at the")).isEmpty()); // the user's description replaces the file's
        std::int64_t album = 0;
        QVERIFY(m_catalog->write([&] {
            album = AlbumRepository(*m_catalog).create(QStringLiteral("Lisbon Days"), QString(), 1);
            AlbumRepository(*m_catalog).addItem(album, id);
            MediaMetadata m = AssetRepository(*m_catalog).byId(id)->metadata;
            m.keywords = QStringList{QStringLiteral("Tram")};
            AssetRepository(*m_catalog).update(id, m);
        }));
        QCOMPARE(found(*s, QStringLiteral("tram")), QStringList{QStringLiteral("IMG_1700.JPG")});
        QVERIFY(found(*s, QStringLiteral("sunset")).isEmpty());
        QCOMPARE(kinds(s->plan(QStringLiteral("lisbon days"))), QStringLiteral("text text")); // names: after reload
        QVERIFY(s->reload());
        QCOMPARE(kinds(s->plan(QStringLiteral("lisbon days"))), QStringLiteral("album"));
        QCOMPARE(found(*s, QStringLiteral("lisbon days")), QStringList{QStringLiteral("IMG_1700.JPG")});
    }

    void upgradeFillsTheIndexOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto old = Catalog::openAtVersion(path, 16); // the version before the search index (17)
            QVERIFY(old);
            QVERIFY(old.value()->write([&] {
                MediaMetadata m;
                m.kind = MediaKind::Photo;
                m.keywords = QStringList{QStringLiteral("Lighthouse")};
                AssetRepository(*old.value()).insert(m, 1);
            }));
        }
        auto upgraded = Catalog::open(path);
        QVERIFY(upgraded);
        bool found = false;
        QVERIFY(upgraded.value()->read([&] { found = SearchRepository(*upgraded.value()).textHasWord("lighth"); }));
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
