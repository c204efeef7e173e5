#include "AppServices.h"
#include "SearchModel.h"
#include "ThingListModel.h"
#include "ThingsInPhotoModel.h"
#include "TimelineModel.h"
#include "UiFixture.h"
#include "UiLanguage.h"

#include "catalog/ThingRepository.h"
#include "things/ThingLabels.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;

// The Things page's view-models over a real catalog: labels by photo count with
// the best-scored photo as cover, a label's timeline (TimelineModel's Thing
// scope), and the info panel's things of one photo, where removing a label
// takes it off for good and tells the page (AppServices::thingsChanged).
class TestThings : public QObject {
    Q_OBJECT

    QTemporaryDir m_cache;

    static QDateTime day(int d) { return {QDate(2022, 5, d), QTime(9, 0)}; }

    // The search's suggestions for what is typed, as "group:label".
    static QStringList suggestions(SearchModel &search, const QString &text)
    {
        QSignalSpy suggested(&search, &SearchModel::suggestionsChanged);
        search.setText(text);
        QStringList out;
        if (!suggested.wait())
            return out;
        for (const QVariant &s : search.suggestions())
            out << s.toMap().value(QStringLiteral("group")).toString() + QLatin1Char(':') +
                       s.toMap().value(QStringLiteral("label")).toString();
        return out;
    }

    // The chips ("kind:label") and the photos a query finds.
    static QStringList found(SearchModel &search, const QString &query)
    {
        QSignalSpy results(&search, &SearchModel::resultsChanged);
        search.submit(query);
        QStringList out;
        if (!results.wait())
            return out;
        for (const QVariant &chip : search.chips())
            out << chip.toMap().value(QStringLiteral("kind")).toString() + QLatin1Char(':') +
                       chip.toMap().value(QStringLiteral("label")).toString();
        for (const QVariant &id : search.assetIds())
            out << QString::number(id.toLongLong());
        return out;
    }

private slots:
    void labelsTimelineAndRemoval()
    {
        test::UiCatalog c;
        const auto r = c.addRoot(QStringLiteral("/p"));
        std::int64_t bestDogFile = 0;
        const auto dog1 = c.addPhoto(r, "d1.jpg", day(1), 0);
        const auto dog2 = c.addPhoto(r, "d2.jpg", day(5), 0, 4000, 3000, &bestDogFile);
        const auto cat = c.addPhoto(r, "c.jpg", day(2), 0);
        QVERIFY(c.catalog().write([&] {
            ThingRepository things(c.catalog());
            const auto record = [&](std::int64_t id, std::vector<std::pair<const char *, float>> found) {
                std::vector<ThingRecord> records;
                for (const auto &[label, score] : found)
                    records.push_back({0, id, QString::fromLatin1(label), score, QRectF(0.1, 0.1, 0.5, 0.5)});
                things.recordPass(id, QStringLiteral("test"), records, {}, 0);
            };
            record(dog1, {{"dog", 0.4F}, {"person", 0.6F}});
            record(dog2, {{"dog", 0.9F}});
            record(cat, {{"cat", 0.5F}});
        }));
        AppServices services(c.path(), m_cache.path().toStdString());

        ThingListModel labels;
        QSignalSpy loaded(&labels, &ThingListModel::loaded);
        labels.setServices(&services);
        QVERIFY(loaded.wait());
        auto at = [](ThingListModel &m, int row, int role) { return m.data(m.index(row), role); };
        QCOMPARE(labels.rowCount(), 3);
        QCOMPARE(at(labels, 0, ThingListModel::CodeRole).toString(), QStringLiteral("dog"));
        QCOMPARE(at(labels, 0, ThingListModel::NameRole).toString(), QStringLiteral("Dog"));
        QCOMPARE(at(labels, 0, ThingListModel::ItemCountRole).toInt(), 2);
        QVERIFY(at(labels, 0, ThingListModel::CoverRole)
                    .toString()
                    .startsWith(QStringLiteral("image://thumb/grid/%1/").arg(bestDogFile)));

        TimelineModel timeline;
        timeline.setScope(TimelineModel::Scope::Thing);
        timeline.setThingLabel(QStringLiteral("dog"));
        QSignalSpy timelineLoaded(&timeline, &TimelineModel::loaded);
        timeline.setServices(&services);
        QVERIFY(timelineLoaded.wait());
        QCOMPARE(timeline.photoCount(), 2);
        QCOMPARE(timeline.assetIdAt(0), dog2); // newest first

        ThingsInPhotoModel inPhoto;
        QSignalSpy inPhotoLoaded(&inPhoto, &ThingsInPhotoModel::loaded);
        inPhoto.setServices(&services);
        inPhoto.setAssetId(dog1);
        QVERIFY(inPhotoLoaded.wait());
        QCOMPARE(inPhoto.rowCount(), 2);
        QCOMPARE(inPhoto.data(inPhoto.index(0), ThingsInPhotoModel::LabelRole).toString(), QStringLiteral("person"));

        QSignalSpy changed(&services, &AppServices::thingsChanged);
        inPhoto.remove(QStringLiteral("dog"));
        QVERIFY(changed.wait());
        QVERIFY(loaded.wait()); // the page reloads
        QCOMPARE(at(labels, 0, ThingListModel::ItemCountRole).toInt(), 1);
        QTRY_COMPARE(inPhoto.rowCount(), 1);
        std::vector<QString> removed;
        QVERIFY(c.catalog().read([&] { removed = ThingRepository(c.catalog()).removedLabels(dog1); }));
        QCOMPARE(removed, std::vector<QString>{QStringLiteral("dog")});
    }

    // With the French translation loaded (the app's own, embedded), the Things
    // page, the info panel and the search name things in French, and French words find them:
    // "chien" the dog, "voitures" the car; a suggestion for "chi" is "chien",
    // also when the language changed after the search read the library.
    void frenchNamesAndWords()
    {
        test::UiCatalog c;
        const auto r = c.addRoot(QStringLiteral("/p"));
        const auto dog = c.addPhoto(r, "d.jpg", day(1), 0);
        const auto car = c.addPhoto(r, "c.jpg", day(2), 0);
        const auto phone = c.addPhoto(r, "t.jpg", day(3), 0);
        QVERIFY(c.catalog().write([&] {
            ThingRepository things(c.catalog());
            const auto record = [&](std::int64_t id, const char *label) {
                std::vector<ThingRecord> found{{0, id, QString::fromLatin1(label), 0.8F, QRectF(0.1, 0.1, 0.5, 0.5)}};
                things.recordPass(id, QStringLiteral("test"), found, {}, 0);
            };
            record(dog, "dog");
            record(car, "car");
            record(phone, "cell phone");
        }));
        AppServices services(c.path(), m_cache.path().toStdString());
        SearchModel search;
        search.setServices(&services);
        const auto suggestionsFor = [&](const QString &text) {
            QSignalSpy suggested(&search, &SearchModel::suggestionsChanged);
            search.setText(text);
            QStringList labels;
            if (!suggested.wait())
                return labels;
            for (const QVariant &s : search.suggestions())
                labels << s.toMap().value(QStringLiteral("label")).toString();
            return labels;
        };
        QVERIFY(suggestionsFor(QStringLiteral("do")).contains(QStringLiteral("dog"))); // read in English

        UiLanguage language;
        QVERIFY(language.apply(QStringLiteral("fr")));
        QCOMPARE(ThingLabels::displayName(QStringLiteral("dog")), QStringLiteral("chien"));

        ThingListModel labels;
        QSignalSpy loaded(&labels, &ThingListModel::loaded);
        labels.setServices(&services);
        QVERIFY(loaded.wait());
        QStringList names;
        for (int row = 0; row < labels.rowCount(); ++row)
            names << labels.data(labels.index(row), ThingListModel::NameRole).toString();
        names.sort();
        QCOMPARE(names, (QStringList{"Chien", "Téléphone portable", "Voiture"}));

        ThingsInPhotoModel inPhoto; // the viewer's info panel
        QSignalSpy inPhotoLoaded(&inPhoto, &ThingsInPhotoModel::loaded);
        inPhoto.setServices(&services);
        inPhoto.setAssetId(phone);
        QVERIFY(inPhotoLoaded.wait());
        QCOMPARE(inPhoto.data(inPhoto.index(0), ThingsInPhotoModel::NameRole).toString(),
                 QStringLiteral("téléphone portable"));

        QVERIFY(suggestionsFor(QStringLiteral("chi")).contains(QStringLiteral("chien")));
        // The photos a query finds, and its chips as "kind:label".
        const auto found = [&](const QString &query) {
            QSignalSpy results(&search, &SearchModel::resultsChanged);
            search.submit(query);
            QStringList out;
            if (!results.wait())
                return out;
            for (const QVariant &chip : search.chips())
                out << chip.toMap().value(QStringLiteral("kind")).toString() + QLatin1Char(':') +
                           chip.toMap().value(QStringLiteral("label")).toString();
            for (const QVariant &id : search.assetIds())
                out << QString::number(id.toLongLong());
            return out;
        };
        const auto n = [](std::int64_t id) { return QString::number(id); };
        QCOMPARE(found(QStringLiteral("chien")), (QStringList{"thing:chien", n(dog)}));
        QCOMPARE(found(QStringLiteral("Voitures")), (QStringList{"thing:voiture", n(car)}));
        QCOMPARE(found(QStringLiteral("téléphone portable")), (QStringList{"thing:téléphone portable", n(phone)}));
        QCOMPARE(found(QStringLiteral("dogs")), (QStringList{"thing:chien", n(dog)})); // English words still work
        // The translation's other words: irregular plurals and synonyms.
        QCOMPARE(ThingLabels::resolve(QStringLiteral("chevaux")), std::vector<QString>{QStringLiteral("horse")});
        QCOMPARE(ThingLabels::resolve(QStringLiteral("Chiots")), std::vector<QString>{QStringLiteral("dog")});
        QCOMPARE(ThingLabels::resolve(QStringLiteral("ours en peluche")),
                 std::vector<QString>{QStringLiteral("teddy bear")});
        QCOMPARE(ThingLabels::kindOf(QStringLiteral("captures d'écran")), QStringLiteral("screenshot"));
        QCOMPARE(ThingLabels::kindOf(QStringLiteral("égoportrait")), QStringLiteral("selfie"));
        QVERIFY(language.apply(QStringLiteral("en")));
    }

    // The German translation (the app's own, embedded): the Things page and the
    // search name things in German, German words find them ("Hunde", "Welpen",
    // "Handys"), the search groups them under "Dinge" and the rail says "Dinge".
    void germanNamesAndWords()
    {
        test::UiCatalog c;
        const auto r = c.addRoot(QStringLiteral("/p"));
        const auto dog = c.addPhoto(r, "d.jpg", day(1), 0);
        const auto car = c.addPhoto(r, "c.jpg", day(2), 0);
        const auto phone = c.addPhoto(r, "t.jpg", day(3), 0);
        QVERIFY(c.catalog().write([&] {
            ThingRepository things(c.catalog());
            const std::pair<std::int64_t, const char *> seen[] = {{dog, "dog"}, {car, "car"}, {phone, "cell phone"}};
            for (const auto &[id, label] : seen) {
                std::vector<ThingRecord> records{{0, id, QString::fromLatin1(label), 0.8F, QRectF(0.1, 0.1, 0.5, 0.5)}};
                things.recordPass(id, QStringLiteral("test"), records, {}, 0);
            }
        }));
        AppServices services(c.path(), m_cache.path().toStdString());
        SearchModel search;
        search.setServices(&services);
        QVERIFY(suggestions(search, QStringLiteral("do")).contains(QStringLiteral("Things:dog"))); // read in English

        UiLanguage language;
        QVERIFY(language.apply(QStringLiteral("de")));
        QCOMPARE(QCoreApplication::translate("NavigationRail", "Things"), QStringLiteral("Dinge"));
        QCOMPARE(ThingLabels::displayName(QStringLiteral("dog")), QStringLiteral("Hund"));

        ThingListModel labels;
        QSignalSpy loaded(&labels, &ThingListModel::loaded);
        labels.setServices(&services);
        QVERIFY(loaded.wait());
        QStringList names;
        for (int row = 0; row < labels.rowCount(); ++row)
            names << labels.data(labels.index(row), ThingListModel::NameRole).toString();
        names.sort();
        QCOMPARE(names, (QStringList{"Auto", "Handy", "Hund"}));

        QVERIFY(suggestions(search, QStringLiteral("Hun")).contains(QStringLiteral("Dinge:Hund")));
        const auto n = [](std::int64_t id) { return QString::number(id); };
        QCOMPARE(found(search, QStringLiteral("Hunde")), (QStringList{"thing:Hund", n(dog)}));
        QCOMPARE(found(search, QStringLiteral("Welpen")), (QStringList{"thing:Hund", n(dog)}));
        QCOMPARE(found(search, QStringLiteral("Handys")), (QStringList{"thing:Handy", n(phone)}));
        QCOMPARE(found(search, QStringLiteral("autos")), (QStringList{"thing:Auto", n(car)}));
        QCOMPARE(ThingLabels::resolve(QStringLiteral("Pferde")), std::vector<QString>{QStringLiteral("horse")});
        QCOMPARE(ThingLabels::resolve(QStringLiteral("Kätzchen")), std::vector<QString>{QStringLiteral("cat")});
        QCOMPARE(ThingLabels::kindOf(QStringLiteral("Bildschirmfotos")), QStringLiteral("screenshot"));
        QVERIFY(language.apply(QStringLiteral("en")));
    }

    // The Spanish translation (translations/tintype_es.ts): the pages' labels and
    // the things are Spanish, and Spanish words find them, by the -s / -es plurals
    // the translation lists ("camiones") and its synonyms ("cachorros").
    void spanishNamesAndWords()
    {
        test::UiCatalog c;
        const auto r = c.addRoot(QStringLiteral("/p"));
        const auto dog = c.addPhoto(r, "d.jpg", day(1), 0);
        const auto truck = c.addPhoto(r, "t.jpg", day(2), 0);
        QVERIFY(c.catalog().write([&] {
            ThingRepository things(c.catalog());
            const std::pair<std::int64_t, const char *> seen[] = {{dog, "dog"}, {truck, "truck"}};
            for (const auto &[id, label] : seen) {
                std::vector<ThingRecord> records{{0, id, QString::fromLatin1(label), 0.8F, QRectF(0.1, 0.1, 0.5, 0.5)}};
                things.recordPass(id, QStringLiteral("test"), records, {}, 0);
            }
        }));
        AppServices services(c.path(), m_cache.path().toStdString());

        UiLanguage language;
        QVERIFY(language.apply(QStringLiteral("es")));
        QCOMPARE(QCoreApplication::translate("NavigationRail", "Things"), QStringLiteral("Cosas"));
        QCOMPARE(QCoreApplication::translate("NavigationRail", "Photos"), QStringLiteral("Fotos"));

        ThingListModel labels; // the Things page
        QSignalSpy loaded(&labels, &ThingListModel::loaded);
        labels.setServices(&services);
        QVERIFY(loaded.wait());
        QStringList names;
        for (int row = 0; row < labels.rowCount(); ++row)
            names << labels.data(labels.index(row), ThingListModel::NameRole).toString();
        names.sort();
        QCOMPARE(names, (QStringList{"Camión", "Perro"}));

        SearchModel search;
        search.setServices(&services);
        const auto n = [](std::int64_t id) { return QString::number(id); };
        QCOMPARE(found(search, QStringLiteral("perros")), (QStringList{"thing:perro", n(dog)}));
        QCOMPARE(found(search, QStringLiteral("Camiones")), (QStringList{"thing:camión", n(truck)}));
        QCOMPARE(ThingLabels::resolve(QStringLiteral("cachorros")), std::vector<QString>{QStringLiteral("dog")});
        QCOMPARE(ThingLabels::resolve(QStringLiteral("osito de peluche")),
                 std::vector<QString>{QStringLiteral("teddy bear")});
        QCOMPARE(ThingLabels::resolve(QStringLiteral("móviles")), std::vector<QString>{QStringLiteral("cell phone")});
        QCOMPARE(ThingLabels::kindOf(QStringLiteral("capturas de pantalla")), QStringLiteral("screenshot"));
        QCOMPARE(ThingLabels::kindOf(QStringLiteral("Panorámicas")), QStringLiteral("panorama"));
        QVERIFY(language.apply(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestThings)
#include "tst_things.moc"
