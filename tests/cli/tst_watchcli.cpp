// tintype-cli watch: keeps the catalog current without the app. Started on a
// library, a photo copied in shows up in `tintype-cli ls` by itself, a deleted
// one goes missing, and SIGTERM stops it cleanly (exit 0).
#include "support/CliRun.h"
#include "support/TestMedia.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace tintype;
using namespace tintype::test;
namespace fs = std::filesystem;

class TestWatchCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_photos;

    CliRun cli(const QStringList &args) { return runCli(QStringLiteral(TINTYPE_CLI_PATH), m_home.path(), args); }
    fs::path photos() const { return fs::path(m_photos.path().toStdString()); }

    int listedCount()
    {
        const CliRun r = cli({QStringLiteral("ls"), QStringLiteral("--json")});
        if (r.code != 0)
            return -1;
        int available = 0; // a missing file's photo is listed as not available
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            available += v.toObject().value(QStringLiteral("available")).toBool() ? 1 : 0;
        return available;
    }

    bool waitForCount(int count, int ms)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms) {
            if (listedCount() == count)
                return true;
            QTest::qWait(100);
        }
        return false;
    }

    void startWatch(QProcess &watch, const QStringList &extra = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.path() + QStringLiteral("/cache"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
        watch.setProcessEnvironment(env);
        watch.start(QStringLiteral(TINTYPE_CLI_PATH),
                    QStringList{QStringLiteral("--catalog"), m_home.path() + QStringLiteral("/catalog.sqlite"),
                                QStringLiteral("watch")} +
                        extra);
        QVERIFY(watch.waitForStarted());
        QElapsedTimer timer;
        timer.start();
        QByteArray output;
        while (!output.contains("Watching for changes") && timer.elapsed() < 20000) {
            watch.waitForReadyRead(200);
            output += watch.readAllStandardOutput();
        }
        QVERIFY2(output.contains("Watching for changes"), output.constData());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_photos.isValid());
        QVERIFY(writeJpeg(photos() / "first.jpg", QSize(64, 48), 1));
        QCOMPARE(cli({QStringLiteral("roots"), QStringLiteral("add"), m_photos.path()}).code, 0);
    }

    void newAndDeletedPhotosFollowAndSigtermStopsCleanly()
    {
        QProcess watch;
        startWatch(watch);
        QCOMPARE(listedCount(), 1); // the scan at start

        fs::create_directories(photos() / "phone");
        QVERIFY(writeJpeg(photos() / "phone" / "new.jpg", QSize(64, 48), 2));
        QVERIFY(waitForCount(2, 10000));

        fs::remove(photos() / "first.jpg");
        QVERIFY(waitForCount(1, 10000)); // its file is missing now

        watch.terminate(); // SIGTERM
        QVERIFY(watch.waitForFinished(10000));
        QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
        QCOMPARE(watch.exitCode(), 0);
        QVERIFY(watch.readAllStandardOutput().contains("Stopped."));
    }

    void pollingModeFindsNewPhotosToo()
    {
        QProcess watch;
        startWatch(watch, {QStringLiteral("--poll"), QStringLiteral("--poll-seconds"), QStringLiteral("1")});
        const int before = listedCount();
        QVERIFY(writeJpeg(photos() / "polled.jpg", QSize(64, 48), 3));
        QVERIFY(waitForCount(before + 1, 15000)); // next round after the file settled
        ::kill(pid_t(watch.processId()), SIGINT); // Ctrl+C
        QVERIFY(watch.waitForFinished(10000));
        QCOMPARE(watch.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWatchCli)
#include "tst_watchcli.moc"
