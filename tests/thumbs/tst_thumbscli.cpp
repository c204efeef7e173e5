// tintype-cli thumbs / thumb / cache end to end: the cache lives outside the
// photo tree, a moved file reuses its entry, a modified file gets a new one,
// prune and clear work, and the photo tree is never written.
#include "support/CliRun.h"
#include "support/TestMedia.h"

#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
namespace fs = std::filesystem;

namespace {
using Run = tintype::test::CliRun;
} // namespace

class TestThumbsCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_photos, m_home;
    fs::path photos() const { return fs::path(m_photos.path().toStdString()); }

    Run cli(const QStringList &args) { return test::runCli(QStringLiteral(TINTYPE_CLI_PATH), m_home.path(), args); }
    QJsonObject cacheStats()
    {
        const Run r = cli({QStringLiteral("cache"), QStringLiteral("stats"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private slots:
    void libraryThumbnails()
    {
        QVERIFY(test::writeJpeg(photos() / "a.jpg", QSize(1600, 1200), 1));
        QVERIFY(test::writeJpeg(photos() / "b.jpg", QSize(1600, 1200), 2));
        fs::create_directories(photos() / "sub");
        QVERIFY(test::writeJpeg(photos() / "sub" / "c.jpg", QSize(1200, 1600), 3));
        QVERIFY(test::writeBytes(photos() / "broken.jpg", QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(3000, 'j')));
        const QStringList before = test::snapshotTree(photos());

        QCOMPARE(cli({QStringLiteral("roots"), QStringLiteral("add"), m_photos.path()}).code, 0);
        QCOMPARE(cli({QStringLiteral("scan"), QStringLiteral("--no-hash")}).code, 0);
        Run r = cli({QStringLiteral("thumbs"), QStringLiteral("--jobs"), QStringLiteral("2")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("3 made, 0 reused, 1 failed")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("broken.jpg: ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(m_home.path() + QStringLiteral("/cache/")), qPrintable(r.out));
        QCOMPARE(cacheStats().value(QStringLiteral("gridEntries")).toInt(), 3);

        // Nothing was written into the photo tree.
        QCOMPARE(test::snapshotTree(photos()), before);

        // Again: all reused; the bad file's reason is remembered, not decoded again.
        r = cli({QStringLiteral("thumbs")});
        QVERIFY2(r.out.contains(QLatin1String("0 made, 3 reused, 1 failed")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("broken.jpg: ")), qPrintable(r.out));
        QCOMPARE(cacheStats().value(QStringLiteral("failures")).toInt(), 1);

        // A moved file keeps its entry; a modified one gets a new one.
        fs::rename(photos() / "a.jpg", photos() / "sub" / "moved.jpg");
        QVERIFY(test::writeJpeg(photos() / "b.jpg", QSize(1600, 1200), 99));
        QCOMPARE(cli({QStringLiteral("scan"), QStringLiteral("--no-hash")}).code, 0);
        r = cli({QStringLiteral("thumbs")});
        QVERIFY2(r.out.contains(QLatin1String("1 made, 2 reused")), qPrintable(r.out));
        QCOMPARE(cacheStats().value(QStringLiteral("gridEntries")).toInt(), 4);

        // Prune forgets the old b.jpg's entry only.
        r = cli({QStringLiteral("cache"), QStringLiteral("prune")});
        QCOMPARE(r.code, 0);
        QCOMPARE(cacheStats().value(QStringLiteral("gridEntries")).toInt(), 3);
        r = cli({QStringLiteral("thumbs")});
        QVERIFY2(r.out.contains(QLatin1String("0 made, 3 reused")), qPrintable(r.out));

        // Preview size.
        r = cli({QStringLiteral("thumbs"), QStringLiteral("--size"), QStringLiteral("preview")});
        QVERIFY2(r.out.contains(QLatin1String("3 made")), qPrintable(r.out));
        QCOMPARE(cacheStats().value(QStringLiteral("previewEntries")).toInt(), 3);

        r = cli({QStringLiteral("cache"), QStringLiteral("clear")});
        QCOMPARE(r.code, 0);
        QCOMPARE(cacheStats().value(QStringLiteral("gridEntries")).toInt(), 0);
        QCOMPARE(cli({QStringLiteral("thumbs"), QStringLiteral("--size"), QStringLiteral("huge")}).code, 2);
    }

    void editedPhotos()
    {
        // Own library: one photo, edited, reverted, undone.
        QTemporaryDir folder, home;
        const fs::path photo = fs::path(folder.path().toStdString()) / "edited.jpg";
        QVERIFY(test::writeJpeg(photo, QSize(1600, 1200), 6));
        const QString stackFile = home.filePath(QStringLiteral("brighter.json"));
        QVERIFY(test::writeBytes(stackFile.toStdString(), R"({"format":"tintype-edit","version":1,"operations":[
            {"op":"exposure","v":1,"params":{"stops":2}}]})"));
        auto run = [&](const QStringList &args) {
            return test::runCli(QStringLiteral(TINTYPE_CLI_PATH), home.path(), args);
        };
        QCOMPARE(run({QStringLiteral("roots"), QStringLiteral("add"), folder.path()}).code, 0);
        QCOMPARE(run({QStringLiteral("scan"), QStringLiteral("--no-hash")}).code, 0);
        QCOMPARE(run({QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--stack"), stackFile}).code, 0);
        Run r = run({QStringLiteral("thumbs")});
        QVERIFY2(r.out.contains(QLatin1String("1 made, 0 reused")), qPrintable(r.out));
        QCOMPARE(run({QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--revert")}).code, 0);
        r = run({QStringLiteral("thumbs")});
        QVERIFY2(r.out.contains(QLatin1String("1 made, 0 reused")), qPrintable(r.out)); // the original's, anew
        QCOMPARE(run({QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--undo")}).code, 0);
        r = run({QStringLiteral("thumbs")});
        QVERIFY2(r.out.contains(QLatin1String("0 made, 1 reused")), qPrintable(r.out)); // the edit's entry again

        // Two entries of the one file: the edited one ("<file>-<edit>.jpg") brighter.
        const QString cache = r.out.section(QStringLiteral("Cache: "), 1).trimmed();
        QStringList entries;
        for (const auto &e : fs::recursive_directory_iterator(cache.toStdString()))
            if (e.path().extension() == ".jpg")
                entries << QString::fromStdString(e.path().string());
        entries.sort();
        QCOMPARE(entries.size(), 2);
        const bool firstEdited = QFileInfo(entries[0]).fileName().contains(QLatin1Char('-'));
        const QImage edited(entries[firstEdited ? 0 : 1]), plain(entries[firstEdited ? 1 : 0]);
        QVERIFY(QFileInfo(entries[firstEdited ? 0 : 1]).fileName().contains(QLatin1Char('-')));
        QVERIFY(!QFileInfo(entries[firstEdited ? 1 : 0]).fileName().contains(QLatin1Char('-')));
        QVERIFY(qGray(edited.scaled(1, 1, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).pixel(0, 0)) >
                qGray(plain.scaled(1, 1, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).pixel(0, 0)) + 30);
    }

    void singleFile()
    {
        const fs::path file = photos() / "single.jpg";
        QVERIFY(test::writeJpeg(file, QSize(3000, 2000), 5));
        const QString out = m_home.path() + QStringLiteral("/single-thumb.jpg");
        Run r = cli({QStringLiteral("thumb"), QString::fromStdString(file.string()), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QImage(out).size(), QSize(400, 266));
        r = cli({QStringLiteral("thumb"), QString::fromStdString(file.string()), QStringLiteral("--out"), out,
                 QStringLiteral("--size"), QStringLiteral("preview")});
        QCOMPARE(QImage(out).size(), QSize(2048, 1365));
        r = cli({QStringLiteral("thumb"), QString::fromStdString((photos() / "broken.jpg").string()),
                 QStringLiteral("--out"), out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("broken.jpg: ")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestThumbsCli)
#include "tst_thumbscli.moc"
