// People operations and clustering over a real catalog with synthetic embeddings:
// what the user confirmed is never changed by clustering.
#include "catalog/Catalog.h"
#include "catalog/FaceRepository.h"
#include "catalog/PersonRepository.h"
#include "faces/People.h"
#include "faces/evaluation/FaceClusterEvaluation.h"

#include <QTemporaryDir>
#include <QTest>

#include <random>
#include <sqlite3.h>

using namespace tintype;

namespace {
FaceEmbedding around(const FaceEmbedding &centre, std::mt19937 &random, float spread)
{
    std::normal_distribution<float> noise(0, spread);
    FaceEmbedding e = centre;
    for (float &v : e)
        v += noise(random);
    return e;
}

FaceEmbedding randomCentre(std::mt19937 &random)
{
    std::normal_distribution<float> value(0, 0.09F); // ~1.0 apart between people, like dlib's space
    FaceEmbedding e{};
    for (float &v : e)
        v = value(random);
    return e;
}
} // namespace

class TestPeople : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::mt19937 m_random{7};
    std::vector<FaceEmbedding> m_centres;
    std::map<std::int64_t, int> m_truth; // face id -> synthetic person

    std::int64_t addPhoto(const std::vector<int> &people)
    {
        std::int64_t assetId = 0;
        const Status w = m_catalog->write([&] {
            sqlite3_exec(m_catalog->handle(), "INSERT INTO asset (kind, added_at) VALUES (1, 0)", nullptr, nullptr,
                         nullptr);
            assetId = sqlite3_last_insert_rowid(m_catalog->handle());
            std::vector<FaceRecord> faces;
            for (int p : people) {
                FaceRecord f;
                f.box = QRectF(0.1, 0.1, 0.2, 0.2);
                f.embedding = around(m_centres[p], m_random, 0.02F);
                f.score = 0.9F;
                f.sharpness = 100;
                faces.push_back(f);
            }
            FaceRepository(*m_catalog).recordPass(assetId, QStringLiteral("test"), faces, QString(), 0);
            for (std::size_t i = 0; i < faces.size(); ++i)
                m_truth[faces[i].id] = people[i];
        });
        [&] { QVERIFY2(w.ok(), qPrintable(w.error())); }();
        return assetId;
    }

    std::vector<FaceRecord> facesOf(std::int64_t personId)
    {
        std::vector<FaceRecord> faces;
        (void)m_catalog->read([&] { faces = FaceRepository(*m_catalog).ofPerson(personId); });
        return faces;
    }
    std::optional<std::int64_t> personOfFace(std::int64_t faceId)
    {
        std::optional<FaceRecord> face;
        (void)m_catalog->read([&] { face = FaceRepository(*m_catalog).byId(faceId); });
        return face ? face->personId : std::nullopt;
    }
    std::vector<PersonRecord> people(bool hidden = false)
    {
        std::vector<PersonRecord> all;
        (void)m_catalog->read([&] { all = PersonRepository(*m_catalog).all(hidden); });
        return all;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("catalog-%1.sqlite").arg(QTest::currentTestFunction()));
        auto catalog = Catalog::open(path);
        QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
        m_catalog = std::move(catalog.value());
        m_centres.clear();
        m_truth.clear();
        for (int i = 0; i < 3; ++i)
            m_centres.push_back(randomCentre(m_random));
    }

    void clustersNewFacesIntoPeople()
    {
        for (int i = 0; i < 5; ++i)
            addPhoto({0, 1, 2});
        addPhoto({}); // a photo without faces
        People people(*m_catalog);
        auto report = people.clusterNewFaces();
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->newClusters, 3);
        const auto all = this->people();
        QCOMPARE(int(all.size()), 3);
        for (const PersonRecord &p : all) {
            QCOMPARE(p.faceCount, 5);
            std::set<int> truths;
            for (const FaceRecord &f : facesOf(p.id))
                truths.insert(m_truth[f.id]);
            QCOMPARE(int(truths.size()), 1);
        }
        // Nothing new: an incremental run changes nothing.
        QCOMPARE(people.clusterNewFaces()->faces, 0);
        // A new photo joins the existing clusters.
        addPhoto({1});
        QCOMPARE(people.clusterNewFaces()->newClusters, 0);
        for (const PersonRecord &p : this->people())
            QVERIFY(p.faceCount == 5 || p.faceCount == 6);
    }

    void confirmedFacesSurviveReclustering()
    {
        for (int i = 0; i < 4; ++i)
            addPhoto({0, 1});
        People people(*m_catalog);
        QVERIFY(people.clusterNewFaces().ok());
        const auto before = this->people();
        QCOMPARE(int(before.size()), 2);
        auto named = people.name(before[0].id, QStringLiteral("Ada"));
        QVERIFY(named.ok());
        const auto adaFaces = facesOf(named.value());
        for (const FaceRecord &f : adaFaces)
            QVERIFY(f.confirmed);
        // The user moves one of Ada's faces into a new person (a wrong grouping, say).
        const std::int64_t moved = adaFaces.front().id;
        auto split = people.split({moved}, QStringLiteral("Grace"));
        QVERIFY(split.ok());
        QVERIFY(people.reclusterAll().ok());
        QCOMPARE(personOfFace(moved), split.value()); // confirmed: stays where the user put it
        QCOMPARE(int(facesOf(named.value()).size()), int(adaFaces.size()) - 1);
        // "Not this person" sticks through a full re-cluster.
        const std::int64_t removed = facesOf(named.value()).front().id;
        QVERIFY(people.removeFace(removed).ok());
        QVERIFY(people.reclusterAll().ok());
        QVERIFY(personOfFace(removed) != named.value());
    }

    void mergeHideAndFilter()
    {
        for (int i = 0; i < 3; ++i)
            addPhoto({0, 1});
        People people(*m_catalog);
        QVERIFY(people.clusterNewFaces().ok());
        auto all = this->people();
        QCOMPARE(int(all.size()), 2);
        std::vector<std::int64_t> both;
        (void)m_catalog->read([&] { both = FaceRepository(*m_catalog).assetsWithAll({all[0].id, all[1].id}); });
        QCOMPARE(int(both.size()), 3); // photos with X and Y
        auto merged = people.merge({all[0].id, all[1].id});
        QVERIFY(merged.ok());
        QCOMPARE(int(this->people().size()), 1);
        QCOMPARE(this->people().front().faceCount, 6);
        QVERIFY(people.setHidden(merged.value(), true).ok());
        QVERIFY(this->people().empty());
        QCOMPARE(int(this->people(true).size()), 1);
        QVERIFY(!people.merge({merged.value(), 9999}).ok());
        QVERIFY(!people.name(9999, QStringLiteral("Nobody")).ok());
        QVERIFY(!people.name(merged.value(), QStringLiteral("  ")).ok());
        QVERIFY(!people.split({}, QString()).ok());
    }

    void namingWithAnExistingNameMerges()
    {
        for (int i = 0; i < 3; ++i)
            addPhoto({0, 1});
        People people(*m_catalog);
        QVERIFY(people.clusterNewFaces().ok());
        const auto all = this->people();
        QVERIFY(people.name(all[0].id, QStringLiteral("Sam")).ok());
        auto second = people.name(all[1].id, QStringLiteral("sam"));
        QVERIFY(second.ok());
        QCOMPARE(second.value(), all[0].id);
        QCOMPARE(int(this->people().size()), 1);
    }

    void suggestionsOfferCloseUnconfirmedFaces()
    {
        for (int i = 0; i < 3; ++i)
            addPhoto({0});
        People people(*m_catalog);
        QVERIFY(people.clusterNewFaces().ok());
        const std::int64_t ada = people.name(this->people().front().id, QStringLiteral("Ada")).value();
        addPhoto({0});
        addPhoto({2});
        QVERIFY(people.clusterNewFaces().ok());
        auto suggestions = people.suggestions(ada);
        QVERIFY(suggestions.ok());
        QCOMPARE(int(suggestions->size()), 1); // the new face of person 0, not person 2's
        QCOMPARE(m_truth[suggestions->front().faceId], 0);
        QVERIFY(people.confirmFace(suggestions->front().faceId, ada).ok());
        QVERIFY(people.suggestions(ada)->empty());
    }

    // "Not a face": the face leaves its person and the catalog, the photo's next
    // face pass (new models, a rescan) does not store it again, and a cluster
    // made only of non-faces goes away.
    void notAFaceLeavesItsPersonAndNeverComesBack()
    {
        for (int i = 0; i < 4; ++i)
            addPhoto({0});
        const std::int64_t asset = addPhoto({0});
        std::vector<std::int64_t> dogs;
        for (int i = 0; i < 3; ++i)
            dogs.push_back(addPhoto({1}));
        People people(*m_catalog);
        QVERIFY(people.clusterNewFaces().ok());
        QCOMPARE(int(this->people().size()), 2);
        auto facesOn = [&](std::int64_t assetId) {
            std::vector<FaceRecord> faces;
            (void)m_catalog->read([&] { faces = FaceRepository(*m_catalog).ofAsset(assetId); });
            return faces;
        };
        const FaceRecord pumpkin = facesOn(asset).at(0);
        QVERIFY(pumpkin.personId.has_value());
        const std::int64_t personId = *pumpkin.personId;
        QCOMPARE(int(facesOf(personId).size()), 5);

        const Status marked = people.markNotAFace(pumpkin.id);
        QVERIFY2(marked.ok(), qPrintable(marked.error()));
        QCOMPARE(int(facesOf(personId).size()), 4);
        QVERIFY(facesOn(asset).empty());
        QVERIFY(!people.markNotAFace(pumpkin.id).ok()); // gone

        // The photo's face pass again: the same detection, a little shifted, is not
        // stored; a real face elsewhere in the photo is.
        std::vector<FaceRecord> again(2);
        again[0].box = pumpkin.box.translated(0.01, -0.01);
        again[0].embedding = pumpkin.embedding;
        again[1].box = QRectF(0.6, 0.5, 0.2, 0.2);
        again[1].embedding = around(m_centres[0], m_random, 0.02F);
        const Status rescanned = m_catalog->write(
            [&] { FaceRepository(*m_catalog).recordPass(asset, QStringLiteral("test-2"), again, QString(), 1); });
        QVERIFY2(rescanned.ok(), qPrintable(rescanned.error()));
        QCOMPARE(again[0].id, std::int64_t(0));
        QVERIFY(again[1].id != 0);
        QVERIFY(people.clusterNewFaces().ok());
        const auto kept = facesOn(asset);
        QCOMPARE(int(kept.size()), 1);
        QCOMPARE(kept[0].box, again[1].box);
        QCOMPARE(kept[0].personId, std::optional<std::int64_t>(personId));

        // Every face of a cluster marked: the cluster is gone.
        for (std::int64_t dog : dogs)
            QVERIFY(people.markNotAFace(facesOn(dog).at(0).id).ok());
        QCOMPARE(int(this->people().size()), 1);
        QCOMPARE(this->people().front().id, personId);
    }

    void bcubedOfKnownClusterings()
    {
        const std::vector<int> truth = {0, 0, 1, 1};
        auto perfect = FaceClusterEvaluation::bcubed(truth, {5, 5, 7, 7});
        QCOMPARE(perfect.f1, 1.0);
        auto lumped = FaceClusterEvaluation::bcubed(truth, {1, 1, 1, 1});
        QCOMPARE(lumped.precision, 0.5);
        QCOMPARE(lumped.recall, 1.0);
        auto singletons = FaceClusterEvaluation::bcubed(truth, {-1, -1, -1, -1});
        QCOMPARE(singletons.precision, 1.0);
        QCOMPARE(singletons.recall, 0.5);
    }
};

QTEST_GUILESS_MAIN(TestPeople)
#include "tst_people.moc"
