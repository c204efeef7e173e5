// The Takeout import end to end over generated Takeouts: each photo once,
// date/place/description restored (the camera's own date wins), albums
// recreated, trash left out, wrong extensions fixed, Live photo clips and
// edited copies beside their originals, the bigger of two copies kept; a dry
// run writes nothing; a second run adds nothing; a cancelled run resumes.
#include "catalog/AlbumRepository.h"
#include "catalog/AssetRepository.h"
#include "catalog/Catalog.h"
#include "catalog/ImportJournal.h"
#include "support/ScanFixture.h"
#include "support/TakeoutArchiveWriter.h"
#include "support/TestMedia.h"
#include "takeout/TakeoutImporter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tintype;
using namespace tintype::test;
using namespace tintype;
namespace fs = std::filesystem;

namespace {
constexpr qint64 kJune2019 = 1560352400; // 2019-06-12 15:13:20 UTC = 17:13:20 in Paris (CEST)

QByteArray sidecarJson(const QString &title, qint64 taken, const QJsonObject &extra = {})
{
    QJsonObject o{
        {QStringLiteral("title"), title},
        {QStringLiteral("photoTakenTime"), QJsonObject{{QStringLiteral("timestamp"), QString::number(taken)},
                                                       {QStringLiteral("formatted"), QStringLiteral("whatever")}}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson();
}

QJsonObject geo(double lat, double lon)
{
    return QJsonObject{
        {QStringLiteral("latitude"), lat}, {QStringLiteral("longitude"), lon}, {QStringLiteral("altitude"), 35.0}};
}

// Files under `root` (relative, sorted), folders left out.
QStringList filesBelow(const fs::path &root)
{
    QStringList files;
    std::error_code ec;
    if (!fs::exists(root, ec))
        return files;
    for (const auto &e : fs::recursive_directory_iterator(root))
        if (e.is_regular_file())
            files << QString::fromStdString(fs::relative(e.path(), root).generic_string());
    files.sort();
    return files;
}
} // namespace

class TestTakeoutImporter : public QObject {
    Q_OBJECT

    QTemporaryDir m_input;
    fs::path m_takeout; // <input>/Takeout

    void write(const QString &relative, const QByteArray &bytes)
    {
        const fs::path p = m_takeout / relative.toStdString();
        fs::create_directories(p.parent_path());
        QVERIFY(writeBytes(p, bytes));
    }
    void writePhoto(const QString &relative, int seed, QSize size = QSize(64, 48))
    {
        const fs::path p = m_takeout / relative.toStdString();
        fs::create_directories(p.parent_path());
        QVERIFY(writeJpeg(p, size, seed));
    }

    TakeoutReport import(ScanFixture &f, bool dryRun = false, const std::function<bool(qint64)> &cancelAfter = {})
    {
        if (f.roots().empty())
            f.addRoot(); // the library's folder; the import goes into a folder inside it
        TakeoutImportOptions options;
        options.inputs << QString::fromStdString(m_takeout.string());
        options.destination = f.photos() / "From Google";
        options.dryRun = dryRun;
        TakeoutImporter importer(f.catalog(), options);
        return importer.run([&](const TakeoutProgress &p) {
            if (cancelAfter && cancelAfter(p.files))
                importer.cancel();
        });
    }

    const TakeoutItemResult *item(const TakeoutReport &r, const QString &suffix)
    {
        for (const auto &i : r.items)
            if (i.entry.endsWith(suffix))
                return &i;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_input.isValid());
        m_takeout = fs::path(m_input.path().toStdString()) / "Takeout";
        const QString year = QStringLiteral("Google Photos/Photos from 2019/");
        const QString album = QStringLiteral("Google Photos/Trip to Paris/");
        // IMG_1: no date of its own; JSON with Paris GPS, description, favourite, a person. Also in an album.
        writePhoto(year + "IMG_1.JPG", 1);
        const QJsonObject one{{QStringLiteral("geoData"), geo(48.8566, 2.3522)},
                              {QStringLiteral("description"), QStringLiteral("Été à Paris")},
                              {QStringLiteral("favorited"), true},
                              {QStringLiteral("people"), QJsonArray{QJsonObject{{QStringLiteral("name"), "Ann"}}}}};
        write(year + "IMG_1.JPG.json", sidecarJson("IMG_1.JPG", kJune2019, one));
        fs::create_directories(m_takeout / album.toStdString());
        fs::copy_file(m_takeout / (year + "IMG_1.JPG").toStdString(), m_takeout / (album + "IMG_1.JPG").toStdString());
        write(album + "IMG_1.JPG.supplemental-metadata.json", sidecarJson("IMG_1.JPG", kJune2019, one));
        write(album + "metadata.json",
              QJsonDocument(QJsonObject{{QStringLiteral("title"), QStringLiteral("Trip to Paris")},
                                        {QStringLiteral("description"), QStringLiteral("Summer")}})
                  .toJson());
        // IMG_2: the camera's date wins over Google's.
        writePhoto(year + "IMG_2.JPG", 2);
        QVERIFY(setMetadata(m_takeout / (year + "IMG_2.JPG").toStdString(),
                            {{QStringLiteral("Exif.Photo.DateTimeOriginal"), QStringLiteral("2019:01:02 03:04:05")}}));
        write(year + "IMG_2.JPG.json", sidecarJson("IMG_2.JPG", kJune2019));
        // IMG_3: a JPEG named .heic.
        writePhoto(year + "IMG_3.heic", 3);
        write(year + "IMG_3.heic.json", sidecarJson("IMG_3.heic", kJune2019));
        // IMG_4: in the trash.
        writePhoto(year + "IMG_4.JPG", 4);
        write(year + "IMG_4.JPG.json", sidecarJson("IMG_4.JPG", kJune2019, {{QStringLiteral("trashed"), true}}));
        // IMG_5: no JSON, no date of its own: the file's time.
        writePhoto(year + "IMG_5.JPG", 5);
        {
            QFile five(QString::fromStdString((m_takeout / (year + "IMG_5.JPG").toStdString()).string()));
            QVERIFY(five.open(QIODevice::ReadWrite));
            QVERIFY(five.setFileTime(QDateTime(QDate(2018, 3, 4), QTime(12, 0), Qt::UTC),
                                     QFileDevice::FileModificationTime));
        }
        // A JSON without its photo, and a print order.
        write(year + "lost.jpg.json", sidecarJson("lost.jpg", kJune2019));
        write("Google Photos/print-subscriptions.json", "{\"subscriptions\": []}");
        // PXL Live photo: still + clip, one JSON (the clip's bytes are not a real video).
        writePhoto(year + "PXL_20190612_151320000.jpg", 6);
        write(year + "PXL_20190612_151320000.mp4", QByteArray(5000, 'v'));
        write(year + "PXL_20190612_151320000.jpg.json", sidecarJson("PXL_20190612_151320000.jpg", kJune2019));
        // An edited copy takes its original's JSON.
        writePhoto(year + "IMG_7.JPG", 7);
        writePhoto(year + "IMG_7-edited.JPG", 70);
        write(year + "IMG_7.JPG.json", sidecarJson("IMG_7.JPG", kJune2019 + 60));
        // IMG_8: a full copy in the year folder, a smaller one in the album.
        writePhoto(year + "IMG_8.JPG", 8, QSize(400, 300));
        write(year + "IMG_8.JPG.json", sidecarJson("IMG_8.JPG", kJune2019 + 120));
        writePhoto(album + "IMG_8.JPG", 8, QSize(200, 150));
        write(album + "IMG_8.JPG.json", sidecarJson("IMG_8.JPG", kJune2019 + 120));
    }

    void dryRunWritesNothing()
    {
        ScanFixture f;
        const QStringList before = snapshotTree(m_takeout);
        const TakeoutReport r = import(f, true);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(!fs::exists(f.photos() / "From Google"));
        QCOMPARE(snapshotTree(m_takeout), before);
        QCOMPARE(r.count(Decision::Trashed), 1);
        QCOMPARE(r.count(Decision::DuplicateInTakeout), 1); // IMG_1 of the album
        QVERIFY(item(r, "Photos from 2019/IMG_1.JPG")->destination.endsWith("2019/06/IMG_1.JPG"));
        std::int64_t albums = -1;
        QVERIFY(f.catalog().read([&] { albums = std::int64_t(AlbumRepository(f.catalog()).all().size()); }));
        QCOMPARE(albums, 0);
        QVERIFY(r.toText().contains(QLatin1String("dry run")));
    }

    void importsEachPhotoOnceWithItsMetadata()
    {
        ScanFixture f;
        const QStringList before = snapshotTree(m_takeout);
        const TakeoutReport r = import(f);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(snapshotTree(m_takeout), before); // the Takeout is never modified
        const fs::path dest = f.photos() / "From Google";
        const QStringList files = filesBelow(dest);
        QCOMPARE(files, (QStringList{"2018/03/IMG_5.JPG", "2019/01/IMG_2.JPG", "2019/06/IMG_1.JPG", "2019/06/IMG_3.jpg",
                                     "2019/06/IMG_7-edited.JPG", "2019/06/IMG_7.JPG", "2019/06/IMG_8.JPG",
                                     "2019/06/PXL_20190612_151320000.jpg", "2019/06/PXL_20190612_151320000.mp4",
                                     "2019/06/PXL_20190612_151320000.mp4.xmp" /* a video's date goes to a sidecar */}));
        QCOMPARE(r.count(Decision::Trashed), 1);
        QCOMPARE(r.count(Decision::LowerQualityCopy), 1);
        QVERIFY(r.sidecarsWithoutMedia.join(',').contains(QLatin1String("lost.jpg.json")));
        QVERIFY(r.mediaWithoutSidecar.join(',').contains(QLatin1String("IMG_5.JPG")));
        QVERIFY(r.ignoredJson.join(',').contains(QLatin1String("print-subscriptions.json")));

        auto one = readAlone(dest / "2019/06/IMG_1.JPG");
        QVERIFY2(one, qPrintable(one.error()));
        QCOMPARE(one->captureTime.wallClock().toString(Qt::ISODate), QStringLiteral("2019-06-12T17:13:20+02:00"));
        QVERIFY(qAbs(*one->latitude - 48.8566) < 1e-4 && qAbs(*one->longitude - 2.3522) < 1e-4);
        QCOMPARE(one->description, QStringLiteral("Été à Paris"));
        auto two = readAlone(dest / "2019/01/IMG_2.JPG");
        QCOMPARE(two->captureTime.wallClock().toString(Qt::ISODate), QStringLiteral("2019-01-02T03:04:05Z"));
        QCOMPARE(QFileInfo(QString::fromStdString((dest / "2019/06/IMG_1.JPG").string())).lastModified().toUTC(),
                 QDateTime::fromSecsSinceEpoch(kJune2019, Qt::UTC));

        // In the catalog: the album points to the kept copies, favourite and people kept.
        std::vector<AlbumRecord> albums;
        std::optional<AssetRecord> asset1 = f.assetOf("From Google/2019/06/IMG_1.JPG");
        std::optional<AssetRecord> asset8 = f.assetOf("From Google/2019/06/IMG_8.JPG");
        QVERIFY(asset1 && asset8);
        std::vector<std::int64_t> items;
        QStringList people;
        QVERIFY(f.catalog().read([&] {
            AlbumRepository repo(f.catalog());
            albums = repo.all();
            if (!albums.empty())
                items = repo.items(albums.front().id);
            people = ImportJournal(f.catalog()).personHints(asset1->id);
        }));
        QCOMPARE(int(albums.size()), 1);
        QCOMPARE(albums.front().name, QStringLiteral("Trip to Paris"));
        QCOMPARE(albums.front().description, QStringLiteral("Summer"));
        std::sort(items.begin(), items.end());
        std::vector<std::int64_t> expected{asset1->id, asset8->id};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(items, expected);
        QCOMPARE(people, QStringList{QStringLiteral("Ann")});

        // The edited copy is part of its original's asset.
        QCOMPARE(f.assetOf("From Google/2019/06/IMG_7-edited.JPG")->id, f.assetOf("From Google/2019/06/IMG_7.JPG")->id);

        // Again: nothing new.
        const QStringList after = snapshotTree(dest);
        const TakeoutReport again = import(f);
        QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
        QCOMPARE(snapshotTree(dest), after);
        QCOMPARE(again.resumed, qint64(r.items.size() - r.count(Decision::Failed)));
    }

    void cancelledImportResumes()
    {
        ScanFixture f;
        const TakeoutReport stopped = import(f, false, [](qint64 files) { return files >= 3; });
        QVERIFY(stopped.cancelled);
        QVERIFY(stopped.items.size() < 8); // stopped in the middle
        QVERIFY(!stopped.items.empty());
        const TakeoutReport resumed = import(f);
        QVERIFY2(resumed.error.isEmpty(), qPrintable(resumed.error));
        QVERIFY(resumed.resumed >= 3);
        const QStringList files = filesBelow(f.photos() / "From Google");
        if (files.size() != 10)
            qWarning() << files;
        QCOMPARE(files.size(), 10);
        for (const QString &file : files)
            QVERIFY2(!file.contains(QLatin1String("(1)")), qPrintable(file));
    }

    // Google's parts as they are: a photo in part 1, its JSON in part 2, the album
    // copy in part 3, and entries no archive should carry.
    void importsSplitPartsAndRefusesHostileEntries_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("zip") << int(TakeoutArchiveFormat::Zip);
        QTest::newRow("tgz") << int(TakeoutArchiveFormat::TarGz);
    }
    void importsSplitPartsAndRefusesHostileEntries()
    {
        QFETCH(int, format);
        QTemporaryDir parts;
        const fs::path photo = fs::path(parts.path().toStdString()) / "photo.jpg";
        QVERIFY(writeJpeg(photo, QSize(64, 48), 42));
        const QByteArray bytes = readBytes(photo);
        const QString year = QStringLiteral("Takeout/Google Photos/Photos from 2019/");
        const QString album = QStringLiteral("Takeout/Google Photos/Summer/");
        using E = TakeoutArchiveEntry;
        const QList<E> entries{
            E::file(year + "IMG_9.JPG", bytes, 0),
            E::file("../evil.jpg", bytes, 0),
            E::file("/tmp/absolute.jpg", bytes, 0),
            E::link(E::Type::Symlink, year + "link.jpg", QStringLiteral("/etc/passwd")),
            E::file(year + "IMG_9.JPG.supplemental-metadata.json", sidecarJson("IMG_9.JPG", kJune2019), 1),
            E::file(album + "IMG_9.JPG", bytes, 2),
            E::file(album + "IMG_9.JPG.supplemental-metadata.json", sidecarJson("IMG_9.JPG", kJune2019), 2),
            E::file(album + "metadata.json", R"({"title": "Summer 2019"})", 2),
        };
        auto written = TakeoutArchiveWriter::writeParts(parts.path(), TakeoutArchiveFormat(format), entries, 3);
        QVERIFY2(written, qPrintable(written.error()));
        QStringList partFiles = written.value();
        std::reverse(partFiles.begin(), partFiles.end()); // any order: read by their number

        ScanFixture f;
        f.addRoot();
        TakeoutImportOptions options;
        options.inputs = partFiles;
        options.destination = f.photos() / "Google";
        const QStringList before = snapshotTree(fs::path(parts.path().toStdString()));
        const TakeoutReport r = TakeoutImporter(f.catalog(), options).run();
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(snapshotTree(fs::path(parts.path().toStdString())), before); // archives untouched
        QCOMPARE(filesBelow(f.photos()), QStringList{QStringLiteral("Google/2019/06/IMG_9.JPG")});
        QCOMPARE(r.withSidecar, 2);
        QCOMPARE(r.count(Decision::DuplicateInTakeout), 1);
        QStringList problems;
        for (const TakeoutProblem &p : r.problems)
            problems << p.where;
        const QString joined = problems.join(QLatin1Char('\n'));
        QVERIFY2(joined.contains(QLatin1String("evil.jpg")), qPrintable(joined));
        QVERIFY2(joined.contains(QLatin1String("absolute.jpg")), qPrintable(joined));
        QVERIFY2(joined.contains(QLatin1String("link.jpg")), qPrintable(joined));
        QVERIFY(!fs::exists(f.photos().parent_path() / "evil.jpg"));
        auto nine = readAlone(f.photos() / "Google/2019/06/IMG_9.JPG");
        QVERIFY(nine);
        QCOMPARE(nine->captureTime.utc, QDateTime::fromSecsSinceEpoch(kJune2019, Qt::UTC));
        std::vector<AlbumRecord> albums;
        QVERIFY(f.catalog().read([&] { albums = AlbumRepository(f.catalog()).all(); }));
        QCOMPARE(int(albums.size()), 1);
        QCOMPARE(albums.front().name, QStringLiteral("Summer 2019"));
        QCOMPARE(albums.front().itemCount, 1);
    }

    void refusesDestinationInsideTheTakeout()
    {
        ScanFixture f;
        TakeoutImportOptions options;
        options.inputs << QString::fromStdString(m_takeout.string());
        options.destination = m_takeout / "out";
        const TakeoutReport r = TakeoutImporter(f.catalog(), options).run();
        QVERIFY(!r.error.isEmpty());
        QVERIFY(!fs::exists(m_takeout / "out"));
    }
};

QTEST_GUILESS_MAIN(TestTakeoutImporter)
#include "tst_takeoutimporter.moc"
