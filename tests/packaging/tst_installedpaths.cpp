// An installed Tintype (the .deb: /usr/bin, /usr/libexec/tintype, /usr/lib/tintype,
// /usr/share/tintype) finds its worker, its plugins and its data without
// environment variables, and a copy the user fetched still comes first.
#include "common/DataFiles.h"
#include "common/PluginLibrary.h"
#include "common/WorkerProcess.h"
#include "faces/FaceModels.h"
#include "geo/ReverseGeocoder.h"
#include "geo/WorldMap.h"
#include "things/ThingModels.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;

namespace {
const char *const kFaceFiles[] = {
    "ssd_mobilenetv1_model-weights_manifest.json",  "ssd_mobilenetv1_model.bin",
    "face_landmark_68_model-weights_manifest.json", "face_landmark_68_model.bin",
    "face_recognition_model-weights_manifest.json", "face_recognition_model.bin",
};

bool writeFile(const QString &path, QFileDevice::Permissions extra = {})
{
    if (!QDir().mkpath(path.section(QLatin1Char('/'), 0, -2)))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("x") != 1)
        return false;
    file.close();
    return !extra || file.setPermissions(file.permissions() | extra);
}

bool writeFaceModels(const QString &folder, bool complete)
{
    for (const char *name : kFaceFiles) {
        if (!complete && QByteArray(name).startsWith("face_recognition"))
            continue;
        if (!writeFile(folder + QLatin1Char('/') + QLatin1String(name)))
            return false;
    }
    return true;
}
} // namespace

class TestInstalledPaths : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString user() const { return m_dir.filePath(QStringLiteral("home/.local/share")); }
    QString system() const { return m_dir.filePath(QStringLiteral("usr/share")); }

private slots:
    void init()
    {
        QVERIFY(QDir(m_dir.path()).removeRecursively() && QDir().mkpath(m_dir.path()));
        qputenv("XDG_DATA_HOME", user().toUtf8());
        qputenv("XDG_DATA_DIRS", (m_dir.filePath(QStringLiteral("usr/local/share")) + u':' + system()).toUtf8());
        for (const char *variable : {"TINTYPE_FACE_MODELS", "TINTYPE_THING_MODELS", "TINTYPE_PLACES_INDEX",
                                     "TINTYPE_MAP_DATA", "TINTYPE_PLUGIN_DIR"})
            qunsetenv(variable);
    }

    void faceModelsFromTheSystemWhenTheUserHasNone()
    {
        const QString installed = system() + QStringLiteral("/tintype/models/face-api");
        QVERIFY(writeFaceModels(installed, true));
        QCOMPARE(FaceModels::directory(), installed);
        QVERIFY(FaceModels::present(FaceModels::directory()));
    }

    void aCompleteUserCopyComesFirstAndAnIncompleteOneIsPassedOver()
    {
        const QString installed = system() + QStringLiteral("/tintype/models/face-api");
        const QString fetched = user() + QStringLiteral("/tintype/models/face-api");
        QVERIFY(writeFaceModels(installed, true));
        QVERIFY(writeFaceModels(fetched, false));
        QCOMPARE(FaceModels::directory(), installed);
        QVERIFY(writeFaceModels(fetched, true));
        QCOMPARE(FaceModels::directory(), fetched);
    }

    void nothingInstalledNamesTheUsersFolderForTheHint()
    {
        QCOMPARE(FaceModels::directory(), user() + QStringLiteral("/tintype/models/face-api"));
        QCOMPARE(ThingModels::directory(), user() + QStringLiteral("/tintype/models/things"));
        QCOMPARE(ReverseGeocoder::defaultPath(), user() + QStringLiteral("/tintype/models/places/places.bin"));
    }

    void objectModelAndPlaceDataFromTheSystem()
    {
        const QString things = system() + QStringLiteral("/tintype/models/things");
        for (const char *name : {"centernet.json", "centernet.bin", "labels.ts"})
            QVERIFY(writeFile(things + QLatin1Char('/') + QLatin1String(name)));
        const QString places = system() + QStringLiteral("/tintype/models/places");
        QVERIFY(writeFile(places + QStringLiteral("/places.bin")));
        QVERIFY(writeFile(places + QStringLiteral("/map.bin")));
        QCOMPARE(ThingModels::directory(), things);
        QCOMPARE(ReverseGeocoder::defaultPath(), places + QStringLiteral("/places.bin"));
        QCOMPARE(WorldMap::defaultPath(), places + QStringLiteral("/map.bin"));
    }

    void theEnvironmentStillWins()
    {
        QVERIFY(writeFaceModels(system() + QStringLiteral("/tintype/models/face-api"), true));
        qputenv("TINTYPE_FACE_MODELS", "/chosen/faces");
        qputenv("TINTYPE_PLACES_INDEX", "/chosen/places.bin");
        QCOMPARE(FaceModels::directory(), QStringLiteral("/chosen/faces"));
        QCOMPARE(WorldMap::defaultPath(), QStringLiteral("/chosen/map.bin")); // the map beside a chosen index
        qunsetenv("TINTYPE_FACE_MODELS");
        qunsetenv("TINTYPE_PLACES_INDEX");
    }

    void workerInLibexecBesideTheBinFolder()
    {
        const QString bin = m_dir.filePath(QStringLiteral("usr/bin"));
        QVERIFY(QDir().mkpath(bin));
        QVERIFY(WorkerProcess::findWorkerFrom(bin).isEmpty());
        const QString worker = m_dir.filePath(QStringLiteral("usr/libexec/tintype/tintype-worker"));
        QVERIFY(writeFile(worker, QFileDevice::ExeOwner));
        QCOMPARE(WorkerProcess::findWorkerFrom(bin), QFileInfo(worker).canonicalFilePath());
    }

    void workerBesideTheProgramComesFirst()
    {
        const QString bin = m_dir.filePath(QStringLiteral("usr/bin"));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("usr/libexec/tintype/tintype-worker")), QFileDevice::ExeOwner));
        QVERIFY(writeFile(bin + QStringLiteral("/tintype-worker"), QFileDevice::ExeOwner));
        QCOMPARE(WorkerProcess::findWorkerFrom(bin),
                 QFileInfo(bin + QStringLiteral("/tintype-worker")).canonicalFilePath());
    }

    void installedPluginsComeBeforeTheBuildTree()
    {
        const QStringList folders = pluginSearchFolders(QStringLiteral("/usr/bin"));
        QCOMPARE(folders.value(0), QStringLiteral("/usr/bin/../lib/tintype"));
        QCOMPARE(folders.value(1), QStringLiteral("/usr/bin"));
        QCOMPARE(folders.size(), 3); // then the build tree's plugins/ (a test binary's own)
        qputenv("TINTYPE_PLUGIN_DIR", "/chosen/plugins");
        QCOMPARE(pluginSearchFolders(QStringLiteral("/usr/bin")).value(0), QStringLiteral("/chosen/plugins"));
        qunsetenv("TINTYPE_PLUGIN_DIR");
    }
};

QTEST_GUILESS_MAIN(TestInstalledPaths)
#include "tst_installedpaths.moc"
