// The search understands things (ThingSearchResolver): "puppies" finds the
// photos with a dog, "teddy bear" is one term, a thing the library has none of
// stays free text, suggestions offer the library's things with counts.
#include "catalog/AssetRepository.h"
#include "catalog/Catalog.h"
#include "catalog/ThingRepository.h"
#include "metadata/MediaMetadata.h"
#include "search/Search.h"
#include "things/ThingSearchResolver.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tintype;

class TestThingSearch : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::int64_t m_dog = 0, m_bear = 0, m_plain = 0;

    std::int64_t photoWith(const std::vector<const char *> &labels)
    {
        MediaMetadata m;
        m.kind = MediaKind::Photo;
        m.format = QStringLiteral("jpeg");
        m.width = 4000;
        m.height = 3000;
        std::int64_t id = 0;
        const Status written = m_catalog->write([&] {
            id = AssetRepository(*m_catalog).insert(m, 1);
            std::vector<ThingRecord> things;
            for (const char *label : labels)
                things.push_back({0, id, QString::fromLatin1(label), 0.8f, QRectF(0.1, 0.1, 0.5, 0.5)});
            ThingRepository(*m_catalog).recordPass(id, QStringLiteral("test"), things, {}, 1700000000);
        });
        return written ? id : 0;
    }

    static const SearchTerm *thingTerm(const SearchPlan &plan)
    {
        for (const SearchTerm &t : plan.terms)
            if (t.kind == TermKind::Thing)
                return &t;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        auto opened = Catalog::open(m_dir.filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY2(opened, qPrintable(opened.error()));
        m_catalog = std::move(opened.value());
        m_dog = photoWith({"dog", "person"});
        m_bear = photoWith({"teddy bear"});
        m_plain = photoWith({});
        QVERIFY(m_dog > 0 && m_bear > 0 && m_plain > 0);
    }

    void wordsNameThings_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected"); // "dog", "bear" or "" (no thing term)
        QTest::newRow("label") << "dog"
                               << "dog";
        QTest::newRow("plural synonym") << "Puppies"
                                        << "dog";
        QTest::newRow("two-word label") << "teddy bear"
                                        << "bear";
        QTest::newRow("a thing the library has none of") << "cat"
                                                         << "";
        QTest::newRow("not a thing") << "holiday"
                                     << "";
    }

    void wordsNameThings()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        Search search(*m_catalog, {QStringLiteral("en_GB"), {}});
        search.addResolver(std::make_shared<ThingSearchResolver>(*m_catalog));
        QVERIFY(search.reload());
        const SearchPlan plan = search.plan(query);
        const SearchTerm *term = thingTerm(plan);
        if (expected.isEmpty()) {
            QVERIFY2(!term, qPrintable(term ? term->label : QString()));
            return;
        }
        QVERIFY(term);
        const std::int64_t wanted = expected == QLatin1String("dog") ? m_dog : m_bear;
        QCOMPARE(term->condition.assetIds, std::vector<std::int64_t>{wanted});
        QCOMPARE(term->count, 1);
    }

    void suggestsTheLibrarysThings()
    {
        Search search(*m_catalog, {QStringLiteral("en_GB"), {}});
        search.addResolver(std::make_shared<ThingSearchResolver>(*m_catalog));
        QVERIFY(search.reload());
        bool dog = false, cat = false;
        for (const SearchSuggestion &s : search.suggest(QStringLiteral("do"))) {
            dog = dog || (s.kind == TermKind::Thing && s.label == QLatin1String("dog") && s.count == 1);
            cat = cat || s.label == QLatin1String("cat");
        }
        QVERIFY(dog);
        QVERIFY(!cat);
    }
};

QTEST_GUILESS_MAIN(TestThingSearch)
#include "tst_thingsearch.moc"
