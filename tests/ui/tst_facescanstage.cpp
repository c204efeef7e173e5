#include "AppServices.h"
#include "CatalogWorker.h"
#include "FaceScanStage.h"
#include "PeopleModel.h"
#include "support/Prerequisite.h"

#include "catalog/Catalog.h"
#include "catalog/FaceRepository.h"
#include "faces/FaceTestModels.h"
#include "library/Library.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;

// The face stage of the app's background work, with the real models on the
// sample faces ($TINTYPE_SAMPLES/faces-faceapi-bbt): scan → thumbnails →
// faces → clustering; paused and resumed it goes on with the photos not done;
// a photo added later is the only one the next run looks at.
class TestFaceScanStage : public QObject {
    Q_OBJECT

    QString m_samples;
    QTemporaryDir m_photos, m_data, m_cache;

    bool copySample(const QString &relPath)
    {
        return QFile::copy(m_samples + QLatin1Char('/') + relPath,
                           m_photos.filePath(relPath.section(QLatin1Char('/'), -1)));
    }
    FaceRepository::Counts counts()
    {
        FaceRepository::Counts c;
        auto catalog = Catalog::open(m_data.filePath(QStringLiteral("catalog.sqlite")));
        if (catalog)
            (void)catalog.value()->read([&] { c = FaceRepository(*catalog.value()).counts(); });
        return c;
    }
    static bool runToTheEnd(BackgroundWork &work)
    {
        QSignalSpy finished(&work, &BackgroundWork::finished); // after the faces come the content hashes
        work.start();
        return finished.wait(120000) && !work.running();
    }

private slots:
    void initTestCase()
    {
        const QString models = test::faceModelDirectory();
        TT_REQUIRE_PREREQUISITE(FaceModels::present(models), FaceModels::installHint(models));
        qputenv("TINTYPE_FACE_MODELS", models.toLocal8Bit()); // what FaceScanStage reads
        if (qEnvironmentVariableIsEmpty("TINTYPE_SAMPLES"))
            QSKIP("TINTYPE_SAMPLES is not set (the sample faces live in $TINTYPE_SAMPLES/faces-faceapi-bbt)");
        m_samples = qEnvironmentVariable("TINTYPE_SAMPLES") + QStringLiteral("/faces-faceapi-bbt/examples/images");
        // Four group shots and two portraits.
        for (const char *name :
             {"bbt1.jpg", "bbt2.jpg", "bbt3.jpg", "bbt4.jpg", "amy/amy1.png", "leonard/leonard1.png"})
            QVERIFY(copySample(QString::fromLatin1(name)));
        auto catalog = Catalog::open(m_data.filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY(catalog);
        QVERIFY(Library(*catalog.value()).addRoot(m_photos.path().toStdString()));
    }

    void pausedThenResumedGoesOnWhereItStopped()
    {
        AppServices services(m_data.filePath(QStringLiteral("catalog.sqlite")), m_cache.path().toStdString());
        BackgroundWork &work = *services.work();
        QSignalSpy faces(&work, &BackgroundWork::facesFinished);
        // Paused as soon as the face stage shows (after the scan and the thumbnails).
        QMetaObject::Connection pauser = connect(&work, &BackgroundWork::progressChanged, this, [&] {
            if (work.stage() == BackgroundWork::tr("Finding faces")) {
                disconnect(pauser);
                work.pause();
            }
        });
        work.start();
        QVERIFY(faces.wait(120000));
        QCOMPARE(work.stage(), BackgroundWork::tr("Paused"));
        const auto atPause = counts();
        QVERIFY(atPause.scannedAssets < 6);

        QVERIFY(runToTheEnd(work));
        // The resumed run looked only at the photos the first one had not done.
        QCOMPARE(work.faceStage().total(), 6 - atPause.scannedAssets);
        const auto after = counts();
        QCOMPARE(after.scannedAssets, 6);
        QVERIFY2(after.faces >= 6, qPrintable(work.lastReport()));
        QVERIFY(after.assignedFaces >= 4); // clustered after the stage: the cast is in several shots

        PeopleModel people;
        QSignalSpy loaded(&people, &FaceRowsModel::loaded);
        people.setServices(&services);
        QVERIFY(loaded.wait(5000));
        QVERIFY(people.count() >= 2);
    }

    void aNewPhotoIsTheOnlyOneTheNextRunReads()
    {
        QVERIFY(copySample(QStringLiteral("bbt5.jpg")));
        AppServices services(m_data.filePath(QStringLiteral("catalog.sqlite")), m_cache.path().toStdString());
        QVERIFY(runToTheEnd(*services.work()));
        QCOMPARE(services.work()->faceStage().total(), 1);
        QCOMPARE(counts().scannedAssets, 7);
        QVERIFY(services.work()->lastReport().contains(QStringLiteral("Faces: 1 photo")));
    }
};

QTEST_MAIN(TestFaceScanStage)
#include "tst_facescanstage.moc"
