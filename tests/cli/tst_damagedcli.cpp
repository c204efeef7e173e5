// Damaged files through tintype-cli (issue 25): `info --json` carries the note
// in `warnings`, `scan --verbose` lists the damaged files with what is wrong,
// `thumb` makes the thumbnail of a cut JPEG; `thumbs` notes in the catalog the
// damage only the decoder saw (a stray marker in the image data: the scan's
// structural check passes it), so Settings, the grid and the info panel show it.
#include "catalog/Catalog.h"
#include "catalog/FileRepository.h"
#include "catalog/TimelineQueries.h"
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

    void thumbsNotesDamageOnlyTheDecoderSaw()
    {
        QTemporaryDir photos, home;
        const QByteArray jpeg = test::jpegOf(test::structuredImage(QSize(1200, 900)));
        const QByteArray damaged = test::withMarkerInScanData(jpeg);
        QVERIFY(!damaged.isEmpty());
        const fs::path folder(photos.path().toStdString());
        // Another picture: the same one whole would have the damaged one's
        // fingerprint (size, head and tail) and share its cached thumbnail.
        QVERIFY(test::writeBytes(folder / "whole.jpg", test::jpegOf(test::structuredImage(QSize(1000, 750)))));
        QVERIFY(test::writeBytes(folder / "bad-sector.jpg", damaged));
        const auto run = [&](const QStringList &args) {
            return test::runCli(QStringLiteral(TINTYPE_CLI_PATH), home.path(), args);
        };
        QCOMPARE(run({QStringLiteral("roots"), QStringLiteral("add"), photos.path()}).code, 0);
        const auto scan = run({QStringLiteral("scan"), QStringLiteral("--no-hash")});
        QCOMPARE(scan.code, 0);
        QVERIFY2(scan.out.contains(QLatin1String("damaged 0")), qPrintable(scan.out)); // the structure is whole

        const auto thumbs = run({QStringLiteral("thumbs")});
        QVERIFY2(thumbs.code == 0, qPrintable(thumbs.err));
        QVERIFY2(thumbs.out.contains(QLatin1String("Damaged, found while decoding")), qPrintable(thumbs.out));
        QVERIFY2(thumbs.out.contains(QLatin1String("bad-sector.jpg: Corrupt JPEG data")), qPrintable(thumbs.out));
        QVERIFY2(!thumbs.out.contains(QLatin1String("whole.jpg:")), qPrintable(thumbs.out));

        auto catalog = Catalog::open(home.filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY2(catalog, qPrintable(catalog ? QString() : catalog.error()));
        std::vector<FileRepository::DamagedFile> listed;
        std::vector<TimelineEntry> entries;
        QVERIFY(catalog.value()->read([&] {
            listed = FileRepository(*catalog.value()).damaged();
            entries = TimelineQueries(*catalog.value()).entries({});
        }));
        QCOMPARE(listed.size(), std::size_t(1)); // what Settings lists
        QCOMPARE(listed[0].path.filename(), fs::path("bad-sector.jpg"));
        QVERIFY2(listed[0].reason.startsWith(QLatin1String("Corrupt JPEG data")), qPrintable(listed[0].reason));
        QVERIFY(listed[0].shown);
        QCOMPARE(entries.size(), std::size_t(2));
        QCOMPARE(std::count_if(entries.begin(), entries.end(), [](const TimelineEntry &e) { return e.damaged; }), 1);
        std::optional<AssetDetail> detail;
        QVERIFY(catalog.value()->read([&] { detail = TimelineQueries(*catalog.value()).detail(*listed[0].assetId); }));
        QVERIFY(detail && detail->damage == listed[0].reason); // the info panel's note

        // Noted once: a second run reuses the thumbnails and notes nothing new.
        const auto again = run({QStringLiteral("thumbs")});
        QVERIFY2(!again.out.contains(QLatin1String("Damaged, found while decoding")), qPrintable(again.out));
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
