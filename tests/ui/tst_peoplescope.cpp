#include "FaceFixture.h"

#include "AppServices.h"
#include "TimelineModel.h"

#include "catalog/TimelineQueries.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <QTest>

using namespace tintype;

// The timeline filter "photos with X (and Y)": the People scope of TimelineQueries.
class TestPeopleScope : public QObject {
    Q_OBJECT

    static std::vector<std::int64_t> ids(test::UiCatalog &c, std::vector<std::int64_t> people, int limit = -1)
    {
        TimelineQueries::Scope scope;
        scope.kind = TimelineQueries::Scope::Kind::People;
        scope.personIds = std::move(people);
        std::vector<std::int64_t> out;
        c.catalog().read([&] {
            TimelineQueries q(c.catalog());
            for (const auto &e : limit < 0 ? q.entries(scope) : q.newest(scope, limit))
                out.push_back(e.assetId);
        });
        return out;
    }
    static QDateTime day(int d) { return {QDate(2021, 5, d), QTime(9, 0)}; }

private slots:
    void onlyPhotosWithEveryChosenPerson()
    {
        test::UiCatalog c;
        const auto r = c.addRoot(QStringLiteral("/p"));
        const auto both = c.addPhoto(r, "both.jpg", day(1), 0);
        const auto onlyAnn = c.addPhoto(r, "ann.jpg", day(2), 0);
        const auto onlyBob = c.addPhoto(r, "bob.jpg", day(3), 0);
        const auto nobody = c.addPhoto(r, "empty.jpg", day(4), 0);
        const auto laterBoth = c.addPhoto(r, "both2.jpg", day(5), 0);
        auto f1 = test::addFaces(c, both, {test::makeFace(1), test::makeFace(2, 0.5F)});
        auto f2 = test::addFaces(c, onlyAnn, {test::makeFace(1)});
        auto f3 = test::addFaces(c, onlyBob, {test::makeFace(2)});
        auto f4 = test::addFaces(c, laterBoth, {test::makeFace(1), test::makeFace(2, 0.5F)});
        test::addFaces(c, nobody, {});
        const auto ann = test::addPerson(c, QStringLiteral("Ann"), {f1[0], f2[0], f4[0]});
        const auto bob = test::addPerson(c, QStringLiteral("Bob"), {f1[1], f3[0], f4[1]});

        QCOMPARE(ids(c, {ann}), (std::vector<std::int64_t>{laterBoth, onlyAnn, both}));
        QCOMPARE(ids(c, {bob}), (std::vector<std::int64_t>{laterBoth, onlyBob, both}));
        QCOMPARE(ids(c, {ann, bob}), (std::vector<std::int64_t>{laterBoth, both}));
        QCOMPARE(ids(c, {ann, bob}, 1), (std::vector<std::int64_t>{laterBoth})); // first screen
        QVERIFY(ids(c, {}).empty());         // nobody chosen: no photos, not all of them
        QVERIFY(ids(c, {ann, 999}).empty()); // an unknown person is in no photo
    }

    void timelineModelFiltersByPeopleAndClears()
    {
        test::UiCatalog c;
        const auto r = c.addRoot(QStringLiteral("/p"));
        const auto withAnn = c.addPhoto(r, "ann.jpg", day(1), 0);
        c.addPhoto(r, "other.jpg", day(2), 0);
        const auto ann = test::addPerson(c, QStringLiteral("Ann"), test::addFaces(c, withAnn, {test::makeFace(1)}));
        QTemporaryDir cache;
        AppServices services(c.path(), cache.path().toStdString());
        TimelineModel model;
        QSignalSpy loaded(&model, &TimelineModel::loaded);
        model.setViewWidth(800);
        model.setServices(&services);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.photoCount(), 2);

        model.setPersonIds({QVariant(qint64(ann))});
        model.setScope(TimelineModel::Scope::People);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.photoCount(), 1);
        QCOMPARE(model.assetIdAt(0), withAnn);
        QCOMPARE(model.personIds(), QVariantList{QVariant(qint64(ann))});

        model.setScope(TimelineModel::Scope::All); // the filter cleared
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.photoCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPeopleScope)
#include "tst_peoplescope.moc"
