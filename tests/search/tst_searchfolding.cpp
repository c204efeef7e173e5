// Free text folds the letters Unicode decomposition does not (FTS5's
// remove_diacritics leaves ø, ł, ß, æ, đ, þ): "malmo" finds "Malmø" and
// "Malmö" in file names and captions, "lodz" finds "Łódź", "strasse"
// "Straße" — in the index (the view asset_text_source, its triggers) and in
// the words of a query (SearchRepository::foldLetters), which agree letter by
// letter; a catalog indexed before is indexed again by its migration.
#include "catalog/AssetRepository.h"
#include "catalog/Catalog.h"
#include "catalog/FileRepository.h"
#include "catalog/PlaceRepository.h"
#include "catalog/RootRepository.h"
#include "catalog/UserDecisionRepository.h"
#include "geo/GeoTestIndex.h"
#include "search/Search.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tintype;

namespace {
struct Photo {
    const char *path;
    const char *title = "", *description = "", *keywords = "";
    const char *country = "", *city = "";
};

// Photos with those letters in each kind of text; returns their ids by path.
std::map<QString, std::int64_t> writePhotos(Catalog &catalog, const std::vector<Photo> &photos)
{
    std::map<QString, std::int64_t> ids;
    const Status written = catalog.write([&] {
        std::int64_t rootId = 0;
        if (const auto roots = RootRepository(catalog).all(); !roots.empty()) {
            rootId = roots.front().id;
        } else {
            RootRecord root;
            root.path = "/photos";
            root.volumeId = QStringLiteral("test");
            root.volumePath = "photos";
            rootId = RootRepository(catalog).insert(root);
        }
        for (const Photo &p : photos) {
            MediaMetadata m;
            m.kind = MediaKind::Photo;
            m.format = QStringLiteral("jpeg");
            m.title = QString::fromUtf8(p.title);
            m.description = QString::fromUtf8(p.description);
            m.keywords = QString::fromUtf8(p.keywords).split(QLatin1Char(';'), Qt::SkipEmptyParts);
            if (*p.country) {
                m.latitude = 10;
                m.longitude = 10;
            }
            const std::int64_t id = AssetRepository(catalog).insert(m, 1);
            FileRecord f;
            f.rootId = rootId;
            f.relPath = QByteArray(p.path);
            f.assetId = id;
            f.size = 1;
            f.mtimeNs = 1;
            FileRepository(catalog).insert(f);
            if (*p.country)
                PlaceRepository(catalog).set({id, 10, 10},
                                             {QString::fromLatin1(p.country), QString(), QString::fromUtf8(p.city)}, 1);
            ids[QString::fromUtf8(p.path)] = id;
        }
    });
    if (!written)
        qFatal("%s", qPrintable(written.error()));
    return ids;
}
} // namespace

class TestSearchFolding : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::map<QString, std::int64_t> m_ids;

    // The paths of what `query` finds, sorted.
    QStringList found(Catalog &catalog, const QString &query)
    {
        Search search(catalog, SearchOptions{QStringLiteral("en"), QDate(2026, 12, 7)});
        if (!search.reload())
            qFatal("reload");
        const auto matches = search.run(search.plan(query));
        if (!matches)
            qFatal("%s", qPrintable(matches.error()));
        QStringList out;
        for (const auto &m : matches.value()) {
            QString path;
            catalog.read(
                [&] { path = QString::fromUtf8(FileRepository(catalog).forAsset(m.assetId).front().relPath); });
            out << path;
        }
        out.sort();
        return out;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("TINTYPE_PLACES_INDEX"))
            qputenv("TINTYPE_PLACES_INDEX", test::placesIndexPath().toLocal8Bit());
        QVERIFY(m_dir.isValid());
        auto opened = Catalog::open(m_dir.filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY2(opened, qPrintable(opened.error()));
        m_catalog = std::move(opened.value());
        m_ids = writePhotos(*m_catalog, {
                                            {"Sverige/Malmø/IMG_0001.JPG"},
                                            {"2019/IMG_0002.JPG", "", "Malmö Live at night"},
                                            {"2019/IMG_0003.JPG", "", "Piotrkowska Straße in Łódź"},
                                            {"2019/IMG_0004.JPG", "Ærøskøbing harbour"},
                                            {"2019/IMG_0005.JPG", "", "", "Þingvellir;Đakovo"},
                                            {"2019/IMG_0006.JPG", "", "", "", "NO", "Tromsø"},
                                        });
    }

    void foldsLettersWithoutDecomposition_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        const QString malmoFolder = QStringLiteral("Sverige/Malmø/IMG_0001.JPG");
        const QString malmoCaption = QStringLiteral("2019/IMG_0002.JPG");
        const QString lodz = QStringLiteral("2019/IMG_0003.JPG"), aero = QStringLiteral("2019/IMG_0004.JPG");
        const QString keywords = QStringLiteral("2019/IMG_0005.JPG"), tromso = QStringLiteral("2019/IMG_0006.JPG");
        auto row = [](const char *query, const QStringList &expected) {
            QTest::newRow(query) << QString::fromUtf8(query) << expected;
        };
        // File and folder names, captions: typed plain or with the letter, any case.
        row("malmo", {malmoCaption, malmoFolder});
        row("malmø", {malmoCaption, malmoFolder});
        row("MALMØ", {malmoCaption, malmoFolder});
        row("malmö", {malmoCaption, malmoFolder});
        row("malm", {malmoCaption, malmoFolder});
        row("lodz", {lodz});
        row("łódź", {lodz});
        row("LODZ", {lodz});
        row("strasse", {lodz});
        row("straße", {lodz});
        row("STRASSE", {lodz});
        row("stras", {lodz});
        // Titles, keywords.
        row("aeroskobing", {aero});
        row("ærø", {aero});
        row("thingvellir", {keywords});
        row("þingvellir", {keywords});
        row("dakovo", {keywords});
        // Places (their names, not text).
        row("tromso", {tromso});
        row("tromsø", {tromso});
        // Not a fold too far.
        row("malmoe", {});
        row("lodzz", {});
    }
    void foldsLettersWithoutDecomposition()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QCOMPARE(found(*m_catalog, query), expected);
    }

    // The index's spelling (SQL) and the query's (C++) agree on every letter.
    void indexAndQueryAgree_data()
    {
        QTest::addColumn<QString>("letter");
        for (const char *letter : {"ß", "ẞ", "æ", "Æ", "œ", "Œ", "ø", "Ø", "ł", "Ł", "đ", "Đ", "ð",
                                   "Ð", "þ", "Þ", "ı", "ħ", "Ħ", "ŧ", "Ŧ", "ö", "é", "ñ", "å", "ç"})
            QTest::newRow(letter) << QString::fromUtf8(letter);
    }
    void indexAndQueryAgree()
    {
        QFETCH(QString, letter);
        const QString word = QStringLiteral("qq") + letter + QStringLiteral("zz");
        const auto ids = writePhotos(*m_catalog, {{"letters/IMG.JPG"}});
        const std::int64_t id = ids.begin()->second;
        QVERIFY(m_catalog->write([&] { UserDecisionRepository(*m_catalog).setDescription(id, word); }));
        auto has = [&](const QString &w) {
            bool found = false;
            m_catalog->read([&] { found = SearchRepository(*m_catalog).textHasWord(w, true); });
            return found;
        };
        QVERIFY2(has(word), qPrintable(word));
        QVERIFY2(has(word.toUpper()), qPrintable(word.toUpper()));
        // Spelled out: what a plain-letter keyboard types finds it.
        const QString spelled = SearchRepository::foldLetters(word);
        QVERIFY2(has(spelled), qPrintable(spelled));
        QVERIFY(m_catalog->write([&] {
            FileRepository files(*m_catalog);
            for (const FileRecord &f : files.forAsset(id))
                files.remove(f.id);
            AssetRepository(*m_catalog).removeWithoutFiles();
        }));
        QVERIFY(!has(word));
    }

    void plainLettersForTheBriefsOnes()
    {
        QCOMPARE(SearchRepository::foldLetters(QStringLiteral("Malmø Łódź Straße Ærø Đakovo Þór")),
                 QStringLiteral("Malmo Lódź Strasse AEro Dakovo THór"));
    }

    void triggersFold()
    {
        const std::int64_t id = m_ids.at(QStringLiteral("2019/IMG_0004.JPG"));
        QVERIFY(m_catalog->write([&] {
            FileRepository files(*m_catalog);
            FileRecord f = files.forAsset(id).front();
            f.relPath = "Polska/Łeba/IMG_0004.JPG";
            files.update(f);
            MediaMetadata m = AssetRepository(*m_catalog).byId(id)->metadata;
            m.keywords = QStringList{QStringLiteral("Ørsted")};
            AssetRepository(*m_catalog).update(id, m);
        }));
        QCOMPARE(found(*m_catalog, QStringLiteral("leba")), QStringList{QStringLiteral("Polska/Łeba/IMG_0004.JPG")});
        QCOMPARE(found(*m_catalog, QStringLiteral("orsted")), QStringList{QStringLiteral("Polska/Łeba/IMG_0004.JPG")});
    }

    // A catalog indexed before the folding: its migration indexes it again.
    void upgradeIndexesAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto old = Catalog::openAtVersion(path, 20); // the version before the folding (migration 21)
            QVERIFY2(old, qPrintable(old.error()));
            writePhotos(*old.value(), {{"Malmø/IMG_0001.JPG", "", "Straße"}});
            bool found = true;
            QVERIFY(old.value()->read([&] { found = SearchRepository(*old.value()).textHasWord("malmo"); }));
            QVERIFY(!found); // unfolded in the old index
        }
        auto upgraded = Catalog::open(path);
        QVERIFY2(upgraded, qPrintable(upgraded.error()));
        QCOMPARE(found(*upgraded.value(), QStringLiteral("malmo")), QStringList{QStringLiteral("Malmø/IMG_0001.JPG")});
        QCOMPARE(found(*upgraded.value(), QStringLiteral("strasse")),
                 QStringList{QStringLiteral("Malmø/IMG_0001.JPG")});
    }
};

QTEST_GUILESS_MAIN(TestSearchFolding)
#include "tst_searchfolding.moc"
