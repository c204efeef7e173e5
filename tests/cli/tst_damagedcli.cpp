// Damaged files through tintype-cli (issue 25): `info --json` carries the note
// in `warnings`, `scan --verbose` lists the damaged files with what is wrong,
// `thumb` makes the thumbnail of a cut JPEG.
#include "support/CliRun.h"
#include "support/DamagedMedia.h"
#include "support/TestMedia.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
namespace fs = std::filesystem;

class TestDamagedCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_photos, m_home;
    fs::path photos() const { return fs::path(m_photos.path().toStdString()); }
    test::CliRun cli(const QStringList &args)
    {
        return test::runCli(QStringLiteral(TINTYPE_CLI_PATH), m_home.path(), args);
    }

private slots:
    void initTestCase()
    {
        const QByteArray jpeg = test::jpegOf(test::structuredImage(QSize(1200, 900)));
        QVERIFY(test::writeBytes(photos() / "whole.jpg", jpeg));
        QVERIFY(test::writeBytes(photos() / "cut.jpg", test::cut(jpeg, 0.6)));
    }

    void infoJsonHasTheNote()
    {
        const auto run = cli({QStringLiteral("info"), QStringLiteral("--json"),
                              QString::fromStdString((photos() / "cut.jpg").string())});
        QCOMPARE(run.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).array().at(0).toObject();
        const QString first = o[QStringLiteral("warnings")].toArray().at(0).toString();
        QVERIFY2(first.startsWith(QLatin1String("damaged data, shown as far as it could be read (")),
                 qPrintable(first));
        QVERIFY2(first.contains(QLatin1String("Premature end of JPEG file")), qPrintable(first));
    }

    void scanVerboseListsDamagedFiles()
    {
        QCOMPARE(cli({QStringLiteral("roots"), QStringLiteral("add"), m_photos.path()}).code, 0);
        const auto quiet = cli({QStringLiteral("scan"), QStringLiteral("--no-hash")});
        QCOMPARE(quiet.code, 0);
        QVERIFY2(quiet.out.contains(QLatin1String("damaged 1")), qPrintable(quiet.out));
        QVERIFY2(quiet.out.contains(QLatin1String("1 files have damaged image data")), qPrintable(quiet.out));
        QVERIFY(test::writeBytes(photos() / "junk.jpg",
                                 test::withJunkBeforeDqt(test::readBytes(photos() / "whole.jpg"), 4)));
        const auto verbose = cli({QStringLiteral("scan"), QStringLiteral("--no-hash"), QStringLiteral("--verbose")});
        QCOMPARE(verbose.code, 0);
        QVERIFY2(verbose.out.contains(QLatin1String("Damaged (shown as far as they could be read")),
                 qPrintable(verbose.out));
        QVERIFY2(
            verbose.out.contains(QLatin1String("junk.jpg: Corrupt JPEG data: 4 extraneous bytes before marker 0xdb")),
            qPrintable(verbose.out));
    }

    void thumbOfCutJpeg()
    {
        const QString out = m_home.filePath(QStringLiteral("t.jpg"));
        const auto run = cli({QStringLiteral("thumb"), QString::fromStdString((photos() / "cut.jpg").string()),
                              QStringLiteral("--out"), out});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(QImage(out).size(), QSize(400, 300));
    }
};

QTEST_GUILESS_MAIN(TestDamagedCli)
#include "tst_damagedcli.moc"
