#include "FaceFixture.h"

#include "AppServices.h"
#include "FacesInPhotoModel.h"
#include "PeopleModel.h"
#include "PersonFacesModel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;

// The People view-models over a catalog whose faces were stored through the
// repositories: the list, naming (and merging by name), merge, hide, split,
// "not this person", suggestions, and the faces of one photo.
class TestPeopleModel : public QObject {
    Q_OBJECT

    QTemporaryDir m_cache;

    struct Library {
        test::UiCatalog c;
        std::int64_t photos[4]{};
        std::vector<std::int64_t> annFaces, bobFaces, clusterFaces;
        std::int64_t ann = 0, bob = 0, cluster = 0;
        Library()
        {
            const auto r = c.addRoot(QStringLiteral("/p"));
            for (int i = 0; i < 4; ++i)
                photos[i] = c.addPhoto(r, QByteArray("p") + QByteArray::number(i) + ".jpg",
                                       QDateTime(QDate(2020, 1, 1 + i), QTime(8, 0)), 0);
            for (int i = 0; i < 3; ++i)
                annFaces.push_back(test::addFaces(c, photos[i], {test::makeFace(1)})[0]);
            bobFaces.push_back(test::addFaces(c, photos[3], {test::makeFace(2)})[0]);
            clusterFaces = test::addFaces(c, photos[0], {test::makeFace(3, 0.6F)});
            ann = test::addPerson(c, QStringLiteral("Ann"), annFaces);
            bob = test::addPerson(c, QStringLiteral("Bob"), bobFaces);
            cluster = test::addPerson(c, QString(), clusterFaces, false);
        }
    };

    static bool waitLoaded(FaceRowsModel &model)
    {
        QSignalSpy loaded(&model, &FaceRowsModel::loaded);
        return loaded.wait(5000);
    }
    static bool act(FaceRowsModel &model, const std::function<void()> &action, FaceRowsModel *reloads = nullptr)
    {
        QSignalSpy done(&model, &FaceRowsModel::actionDone);
        QSignalSpy loaded(reloads ? reloads : &model, &FaceRowsModel::loaded);
        action();
        return done.wait(5000) && (loaded.count() > 0 || loaded.wait(5000));
    }
    static QStringList names(const PeopleModel &model)
    {
        QStringList out;
        for (const auto &r : model.rows())
            out << r.value(QStringLiteral("name")).toString();
        return out;
    }

private slots:
    void listsNamedThenClustersWithCounts()
    {
        Library lib;
        AppServices services(lib.c.path(), m_cache.path().toStdString());
        PeopleModel model;
        model.setServices(&services);
        QVERIFY(waitLoaded(model));
        QCOMPARE(names(model), (QStringList{QStringLiteral("Ann"), QStringLiteral("Bob"), QString()}));
        QCOMPARE(model.row(0).value(QStringLiteral("photoCount")).toInt(), 3);
        QVERIFY(model.row(0).value(QStringLiteral("coverFaceId")).toLongLong() > 0);
        QCOMPARE(model.personNamed(QStringLiteral(" bob ")), qint64(lib.bob));
        QCOMPARE(model.personNamed(QStringLiteral("Bob"), lib.bob), qint64(0));
        QCOMPARE(model.person(lib.ann).value(QStringLiteral("name")).toString(), QStringLiteral("Ann"));
    }

    void namingMergingAndHiding()
    {
        Library lib;
        AppServices services(lib.c.path(), m_cache.path().toStdString());
        PeopleModel model;
        model.setServices(&services);
        QVERIFY(waitLoaded(model));

        QVERIFY(act(model, [&] { model.rename(lib.cluster, QStringLiteral("Cy")); }));
        QCOMPARE(names(model), (QStringList{QStringLiteral("Ann"), QStringLiteral("Bob"), QStringLiteral("Cy")}));

        // Naming with a name another person has merges them.
        QVERIFY(act(model, [&] { model.rename(lib.cluster, QStringLiteral("Ann")); }));
        QCOMPARE(names(model), (QStringList{QStringLiteral("Ann"), QStringLiteral("Bob")}));
        QCOMPARE(model.row(0).value(QStringLiteral("photoCount")).toInt(), 3); // Cy's face was on photo 0 too

        QVERIFY(act(model, [&] { model.merge({QVariant(qint64(lib.ann)), QVariant(qint64(lib.bob))}); }));
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.row(0).value(QStringLiteral("photoCount")).toInt(), 4);

        QVERIFY(act(model, [&] { model.setHidden(lib.ann, true); }));
        QCOMPARE(model.count(), 0);
        QCOMPARE(model.hiddenCount(), 1);
        model.setShowHidden(true);
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.count(), 1);
        QVERIFY(model.row(0).value(QStringLiteral("hidden")).toBool());

        QSignalSpy failed(&model, &FaceRowsModel::failed);
        model.rename(lib.ann, QStringLiteral("   "));
        QVERIFY(failed.wait(5000)); // a clear message, nothing changed
        QVERIFY(!failed.first().first().toString().isEmpty());
    }

    void splitAndNotThisPerson()
    {
        Library lib;
        AppServices services(lib.c.path(), m_cache.path().toStdString());
        PeopleModel people;
        people.setServices(&services);
        PersonFacesModel faces;
        faces.setPersonId(lib.ann);
        faces.setServices(&services);
        QVERIFY(waitLoaded(faces));
        QCOMPARE(faces.count(), 3);
        QCOMPARE(faces.name(), QStringLiteral("Ann"));
        QVERIFY(faces.exists());

        QSignalSpy done(&faces, &FaceRowsModel::actionDone);
        QVERIFY(act(faces, [&] { faces.moveToNewPerson({QVariant(qint64(lib.annFaces[2]))}, QStringLiteral("Dee")); }));
        QCOMPARE(faces.count(), 2);
        const qint64 dee = done.first().first().toLongLong();
        QVERIFY(dee != lib.ann && dee > 0);

        QTRY_COMPARE(people.personNamed(QStringLiteral("Dee")), dee);

        QVERIFY(act(faces, [&] { faces.notThisPerson({QVariant(qint64(lib.annFaces[1]))}); }));
        QCOMPARE(faces.count(), 1);
        QCOMPARE(faces.row(0).value(QStringLiteral("faceId")).toLongLong(), qint64(lib.annFaces[0]));
    }

    // "Not a face" from a person's faces and from the viewer's faces of a photo:
    // the face leaves its person and the photo's faces, the catalog keeps the
    // region (a later face pass skips it), the other faces stay.
    void notAFaceFromThePersonAndFromThePhoto()
    {
        Library lib;
        AppServices services(lib.c.path(), m_cache.path().toStdString());
        PersonFacesModel faces;
        faces.setPersonId(lib.ann);
        faces.setServices(&services);
        QVERIFY(waitLoaded(faces));
        QCOMPARE(faces.count(), 3);
        QVERIFY(act(faces, [&] { faces.notAFace({QVariant(qint64(lib.annFaces[1]))}); }));
        QCOMPARE(faces.count(), 2);

        FacesInPhotoModel inPhoto;
        inPhoto.setAssetId(lib.photos[0]);
        inPhoto.setServices(&services);
        QVERIFY(waitLoaded(inPhoto));
        QCOMPARE(inPhoto.count(), 2);
        QVERIFY(act(inPhoto, [&] { inPhoto.notAFace({QVariant(qint64(lib.clusterFaces[0]))}); }));
        QCOMPARE(inPhoto.count(), 1);
        QCOMPARE(inPhoto.row(0).value(QStringLiteral("faceId")).toLongLong(), qint64(lib.annFaces[0]));

        std::vector<QRectF> regions;
        QVERIFY(
            lib.c.catalog().read([&] { regions = FaceRepository(lib.c.catalog()).notAFaceRegions(lib.photos[1]); }));
        QCOMPARE(int(regions.size()), 1);
        // A face pass of photo 1 again: the same face is not stored.
        QCOMPARE(test::addFaces(lib.c, lib.photos[1], {test::makeFace(1)}), std::vector<std::int64_t>{0});
        faces.reload();
        QVERIFY(waitLoaded(faces));
        QCOMPARE(faces.count(), 2);

        QSignalSpy failed(&faces, &FaceRowsModel::failed);
        faces.notAFace({QVariant(qint64(lib.annFaces[1]))}); // already gone: a message, nothing else
        QVERIFY(failed.wait(5000));
    }

    void suggestionsConfirmedOrRejected()
    {
        Library lib;
        // Two faces close to Ann's, in no person: offered as "Is this Ann?".
        const auto loose = test::addFaces(lib.c, lib.photos[3], {test::makeFace(1, 0.5F), test::makeFace(1, 0.7F)});
        AppServices services(lib.c.path(), m_cache.path().toStdString());
        PersonFacesModel suggestions;
        suggestions.setSuggestions(true);
        suggestions.setPersonId(lib.ann);
        suggestions.setServices(&services);
        QVERIFY(waitLoaded(suggestions));
        QCOMPARE(suggestions.count(), 2);

        QVERIFY(act(suggestions, [&] { suggestions.confirm(loose[0]); }));
        QCOMPARE(suggestions.count(), 1);
        QVERIFY(act(suggestions, [&] { suggestions.reject(loose[1]); }));
        QCOMPARE(suggestions.count(), 0);

        PersonFacesModel faces;
        faces.setPersonId(lib.ann);
        faces.setServices(&services);
        QVERIFY(waitLoaded(faces));
        QCOMPARE(faces.count(), 4); // three and the confirmed suggestion
    }

    void facesOfOnePhotoTurnWithThePhoto()
    {
        Library lib;
        AppServices services(lib.c.path(), m_cache.path().toStdString());
        FacesInPhotoModel inPhoto;
        inPhoto.setAssetId(lib.photos[0]);
        inPhoto.setServices(&services);
        QVERIFY(waitLoaded(inPhoto));
        QCOMPARE(inPhoto.count(), 2);
        QCOMPARE(inPhoto.row(0).value(QStringLiteral("name")).toString(), QStringLiteral("Ann"));
        QCOMPARE(inPhoto.row(0).value(QStringLiteral("personId")).toLongLong(), qint64(lib.ann));
        QVERIFY(qAbs(inPhoto.row(0).value(QStringLiteral("boxX")).toDouble() - 0.1) < 1e-6); // stored as float
        QCOMPARE(inPhoto.row(1).value(QStringLiteral("name")).toString(), QString());        // an unnamed cluster

        // A quarter turn clockwise: (x, y, w, h) → (1 - y - h, x, h, w).
        const QRectF turned = FacesInPhotoModel::turned(QRectF(0.1, 0.2, 0.2, 0.3), 1);
        QCOMPARE(turned, QRectF(0.5, 0.1, 0.3, 0.2));
        QCOMPARE(FacesInPhotoModel::turned(QRectF(0.1, 0.2, 0.2, 0.3), 4), QRectF(0.1, 0.2, 0.2, 0.3));
    }
};

QTEST_MAIN(TestPeopleModel)
#include "tst_peoplemodel.moc"
