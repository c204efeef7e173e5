// tintype-cli end to end, as a user runs it: exit codes, JSON fields, filters,
// and a scan killed with SIGKILL that resumes into a complete catalog.
#include "common/NativePath.h"
#include "support/ScanFixture.h"
#include "support/TestMedia.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace tintype;
using namespace tintype::test;
namespace fs = std::filesystem;

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(TINTYPE_CLI_PATH), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

qint64 queryInt(const QString &catalog, const char *sql)
{
    sqlite3 *db = nullptr;
    qint64 value = -1;
    if (sqlite3_open_v2(catalog.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(db, 2000);
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            value = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return value;
}

QString str(const fs::path &p) { return nativepath::display(p); }
} // namespace

class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString catalog() const { return m_dir.filePath(QStringLiteral("catalog.sqlite")); }

private slots:
    void init() { QVERIFY(QDir(m_dir.path()).removeRecursively() && QDir().mkpath(m_dir.path())); }

    void usageErrorsExitWithTwo()
    {
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("--catalog"), catalog(), QStringLiteral("scan"), QStringLiteral("--jobs"),
                      QStringLiteral("x")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("--catalog"), catalog(), QStringLiteral("roots"), QStringLiteral("add"),
                      m_dir.filePath(QStringLiteral("none"))})
                     .exitCode,
                 2);
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("Exit codes"));
    }

    void unopenableCatalogExitsWithThree()
    {
        QVERIFY(writeBytes(nativepath::fromUser(catalog()), QByteArray(4096, 'x')));
        QCOMPARE(cli({QStringLiteral("--catalog"), catalog(), QStringLiteral("stats")}).exitCode, 3);
    }

    void scanThenListAndFilter()
    {
        const fs::path photos = nativepath::fromUser(m_dir.filePath(QStringLiteral("photos")));
        QVERIFY(writeDatedJpeg(photos / "2018" / "a.jpg", 1, QStringLiteral("2018:03:04 10:00:00")));
        QVERIFY(writeDatedJpeg(photos / "2019" / "b.jpg", 2, QStringLiteral("2019:07:08 11:00:00")));
        QVERIFY(writeDatedJpeg(photos / "2019" / "c.jpg", 3, QStringLiteral("2019:12:31 23:59:00")));
        QVERIFY(setMetadata(photos / "2019" / "b.jpg",
                            {{QStringLiteral("Exif.GPSInfo.GPSLatitudeRef"), QStringLiteral("N")},
                             {QStringLiteral("Exif.GPSInfo.GPSLatitude"), QStringLiteral("48/1 51/1 0/1")},
                             {QStringLiteral("Exif.GPSInfo.GPSLongitudeRef"), QStringLiteral("E")},
                             {QStringLiteral("Exif.GPSInfo.GPSLongitude"), QStringLiteral("2/1 21/1 0/1")}}));
        QVERIFY(writeBytes(photos / "broken.jpg", "nope"));
        const QStringList c{QStringLiteral("--catalog"), catalog()};
        QCOMPARE(cli(c + QStringList{QStringLiteral("roots"), QStringLiteral("add"), str(photos)}).exitCode, 0);
        const Run scan = cli(c + QStringList{QStringLiteral("scan")});
        QCOMPARE(scan.exitCode, 0);
        QVERIFY2(scan.out.contains("new 4"), scan.out.constData());
        QVERIFY2(scan.out.contains("failed 1"), scan.out.constData());
        QVERIFY2(scan.out.contains("broken.jpg: "), scan.out.constData());

        auto list = [&](const QStringList &filters) {
            const Run r = cli(c + QStringList{QStringLiteral("ls"), QStringLiteral("--json")} + filters);
            QStringList names;
            for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
                names << QFileInfo(v[QStringLiteral("path")].toString()).fileName();
            return names;
        };
        QCOMPARE(list({}), (QStringList{QStringLiteral("a.jpg"), QStringLiteral("b.jpg"), QStringLiteral("c.jpg")}));
        QCOMPARE(list({QStringLiteral("--has-gps")}), QStringList{QStringLiteral("b.jpg")});
        QCOMPARE(list({QStringLiteral("--no-gps")}).size(), 2);
        QCOMPARE(list({QStringLiteral("--from"), QStringLiteral("2019-01-01"), QStringLiteral("--to"),
                       QStringLiteral("2019-12-31")}),
                 (QStringList{QStringLiteral("b.jpg"), QStringLiteral("c.jpg")}));
        QCOMPARE(list({QStringLiteral("--camera"), QStringLiteral("test 1")}), QStringList{QStringLiteral("a.jpg")});
        QCOMPARE(list({QStringLiteral("--limit"), QStringLiteral("1")}).size(), 1);

        const QJsonObject b =
            QJsonDocument::fromJson(
                cli(c + QStringList{QStringLiteral("ls"), QStringLiteral("--json"), QStringLiteral("--has-gps")})
                    .out)[0]
                .toObject();
        QCOMPARE(b[QStringLiteral("capturedAt")].toString(), QStringLiteral("2019-07-08T11:00:00"));
        QVERIFY(qAbs(b[QStringLiteral("latitude")].toDouble() - 48.85) < 1e-6);

        const QJsonObject stats =
            QJsonDocument::fromJson(cli(c + QStringList{QStringLiteral("stats"), QStringLiteral("--json")}).out)
                .object();
        QCOMPARE(stats[QStringLiteral("assets")].toInt(), 3);
        QCOMPARE(stats[QStringLiteral("unreadableFiles")].toInt(), 1);
        QCOMPARE(stats[QStringLiteral("hashedFiles")].toInt(), 4);
    }

    void phoneInboxFromTheCommandLine()
    {
        const fs::path phone = nativepath::fromUser(m_dir.filePath(QStringLiteral("phone")));
        QVERIFY(writeDatedJpeg(phone / "PXL_1.jpg", 1));
        const QStringList c{QStringLiteral("--catalog"), catalog()};
        QCOMPARE(cli(c + QStringList{QStringLiteral("roots"), QStringLiteral("add"), str(phone)}).exitCode, 0);
        auto inboxListed = [&] {
            const Run r =
                cli(c + QStringList{QStringLiteral("roots"), QStringLiteral("list"), QStringLiteral("--json")});
            return QJsonDocument::fromJson(r.out)[0][QStringLiteral("inbox")].toBool();
        };
        QVERIFY(!inboxListed());
        const Run on =
            cli(c + QStringList{QStringLiteral("roots"), QStringLiteral("inbox"), str(phone), QStringLiteral("on")});
        QCOMPARE(on.exitCode, 0);
        QVERIFY(inboxListed());
        QVERIFY(cli(c + QStringList{QStringLiteral("roots"), QStringLiteral("list")}).out.contains("(phone inbox)"));
        QCOMPARE(cli(c + QStringList{QStringLiteral("scan")}).exitCode, 0);
        QCOMPARE(queryInt(catalog(), "SELECT count(*) FROM asset WHERE inbox_new = 1"), 1);

        QCOMPARE(cli(c + QStringList{QStringLiteral("roots"), QStringLiteral("inbox"), QStringLiteral("1"),
                                     QStringLiteral("off")})
                     .exitCode,
                 0);
        QVERIFY(!inboxListed());
        QCOMPARE(cli(c + QStringList{QStringLiteral("roots"), QStringLiteral("inbox"), QStringLiteral("9"),
                                     QStringLiteral("on")})
                     .exitCode,
                 2);
        QCOMPARE(cli(c + QStringList{QStringLiteral("roots"), QStringLiteral("inbox"), QStringLiteral("1"),
                                     QStringLiteral("maybe")})
                     .exitCode,
                 2);
    }

    void infoJsonHasEveryField()
    {
        const fs::path file = nativepath::fromUser(m_dir.filePath(QStringLiteral("x.jpg")));
        QVERIFY(writeDatedJpeg(file, 5, QStringLiteral("2021:01:02 03:04:05")));
        const Run r = cli({QStringLiteral("info"), QStringLiteral("--json"), str(file)});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        for (const char *key : {"path",        "kind",      "capturedAt", "captureTimeSource",
                                "latitude",    "longitude", "altitude",   "orientation",
                                "width",       "height",    "make",       "model",
                                "lens",        "iso",       "fNumber",    "exposureTime",
                                "focalLength", "rating",    "keywords",   "title",
                                "description"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o[QStringLiteral("capturedAt")].toString(), QStringLiteral("2021-01-02T03:04:05"));
        QCOMPARE(o[QStringLiteral("captureTimeSource")].toString(), QStringLiteral("exif"));
        QCOMPARE(o[QStringLiteral("width")].toInt(), 32);
        QVERIFY(o[QStringLiteral("latitude")].isNull());

        QVERIFY(writeBytes(nativepath::fromUser(m_dir.filePath(QStringLiteral("bad.jpg"))), QByteArray()));
        const Run bad = cli({QStringLiteral("info"), m_dir.filePath(QStringLiteral("bad.jpg")), str(file)});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("bad.jpg: "));
        QVERIFY(bad.out.contains("2021-01-02T03:04:05"));
    }

    void scanKilledWithSigkillResumes()
    {
        const fs::path photos = nativepath::fromUser(m_dir.filePath(QStringLiteral("many")));
        constexpr int count = 2000;
        for (int i = 0; i < count; ++i)
            QVERIFY(writeDatedJpeg(photos / ("d" + std::to_string(i / 100)) / ("p" + std::to_string(i) + ".jpg"), i));
        const QStringList c{QStringLiteral("--catalog"), catalog()};
        QCOMPARE(cli(c + QStringList{QStringLiteral("roots"), QStringLiteral("add"), str(photos)}).exitCode, 0);

        QProcess scan;
        scan.start(QStringLiteral(TINTYPE_CLI_PATH),
                   c + QStringList{QStringLiteral("scan"), QStringLiteral("--batch"), QStringLiteral("5"),
                                   QStringLiteral("--jobs"), QStringLiteral("1")});
        QVERIFY(scan.waitForStarted());
        qint64 atKill = 0;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 60000 && scan.state() == QProcess::Running) {
            atKill = queryInt(catalog(), "SELECT count(*) FROM file");
            if (atKill > 0)
                break;
            QTest::qWait(2);
        }
        scan.kill(); // SIGKILL
        scan.waitForFinished();
        QVERIFY2(atKill > 0 && atKill < count, qPrintable(QStringLiteral("killed at %1 files").arg(atKill)));

        const Run again = cli(c + QStringList{QStringLiteral("scan")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(queryInt(catalog(), "SELECT count(*) FROM file"), count);
        QCOMPARE(queryInt(catalog(), "SELECT count(*) FROM asset"), count);
        QCOMPARE(queryInt(catalog(), "SELECT count(*) FROM file WHERE asset_id IS NULL OR status != 0"), 0);
        QCOMPARE(queryInt(catalog(), "SELECT count(DISTINCT asset_id) FROM file"), count);
        QCOMPARE(queryInt(catalog(), "SELECT count(*) FROM file WHERE content_hash IS NULL"), 0);
        QCOMPARE(queryInt(catalog(), "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'"), 0);
        QVERIFY2(cli(c + QStringList{QStringLiteral("scan")})
                     .out.contains(QByteArray("unchanged ") + QByteArray::number(count)),
                 "third scan");
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
