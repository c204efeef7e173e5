// TakeoutSource: Takeout parts (zip, tgz, tar) or unpacked folders read in place as one
// tree, in part order, with progress, cancel and cheap skipping; archives never modified.
#include "support/TakeoutArchiveWriter.h"
#include "support/TakeoutSourceRecorder.h"
#include "takeout/TakeoutSource.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <clocale>
#include <filesystem>
#include <sys/resource.h>

using namespace tintype;
using namespace tintype;
using namespace tintype::test;
using Entry = TakeoutArchiveEntry;
using Format = TakeoutArchiveFormat;
using Recorder = TakeoutSourceRecorder;

Q_DECLARE_METATYPE(tintype::test::TakeoutArchiveFormat)

namespace {

const QString photos = QStringLiteral("Takeout/Google Photos/");

QList<Entry> smallTakeout()
{
    return {Entry::file(photos + "Photos from 2023/IMG_1.JPG", randomBytes(1, 40000), 0),
            Entry::file(photos + "Photos from 2023/IMG_2.JPG", randomBytes(2, 30000), 0),
            Entry::file(photos + "Photos from 2023/IMG_1.JPG.json", R"({"title":"IMG_1.JPG"})", 1),
            Entry::file(photos + "Photos from 2023/IMG_2.JPG.supplemental-metadata.json", "{}", 1),
            Entry::file(photos + "Album/metadata.json", R"({"title":"Album"})", 1)};
}

QByteArray fileState(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex() + ' ' +
           QByteArray::number(QFileInfo(file).lastModified().toMSecsSinceEpoch());
}

Result<TakeoutSource> openOne(const QString &file) { return TakeoutSource::open({file}); }

} // namespace

class TestTakeoutSource : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void formats_data()
    {
        QTest::addColumn<Format>("format");
        QTest::newRow("zip") << Format::Zip;
        QTest::newRow("stored zip") << Format::StoredZip;
        QTest::newRow("tgz") << Format::TarGz;
        QTest::newRow("tar") << Format::Tar;
    }

    void oneTreeAcrossParts_data() { formats_data(); }
    void oneTreeAcrossParts()
    {
        QFETCH(Format, format);
        QTemporaryDir dir;
        const auto files = TakeoutArchiveWriter::writeParts(dir.path(), format, smallTakeout(), 2);
        QVERIFY2(files, qPrintable(files.error()));
        // Given in reverse order, read by part number.
        const auto source = TakeoutSource::open({files->at(1), files->at(0)});
        QVERIFY2(source, qPrintable(source.error()));
        QCOMPARE(source->parts(),
                 QStringList({QFileInfo(files->at(0)).fileName(), QFileInfo(files->at(1)).fileName()}));
        QCOMPARE(source->totalInputBytes(), QFileInfo(files->at(0)).size() + QFileInfo(files->at(1)).size());

        const QByteArray before0 = fileState(files->at(0)), before1 = fileState(files->at(1));
        Recorder r;
        QVERIFY(source->visit(r));
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join('\n')));
        const QList<Entry> expected = smallTakeout();
        QCOMPARE(r.items.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(r.items[i].entry.path, expected[i].name);
            QCOMPARE(r.items[i].entry.part, expected[i].part);
            QCOMPARE(r.items[i].data, expected[i].data);
            QCOMPARE(r.items[i].entry.mtime, expected[i].mtime);
            QVERIFY(r.items[i].entry.size == expected[i].data.size() || r.items[i].entry.size == -1);
            QVERIFY(r.items[i].entry.legacyName.isEmpty());
        }
        // The archives are only read.
        QCOMPARE(fileState(files->at(0)), before0);
        QCOMPARE(fileState(files->at(1)), before1);
    }

    void partsAreReadInNumberOrder()
    {
        QTemporaryDir dir;
        QStringList given;
        for (const QString &name :
             {QStringLiteral("takeout-20240101T000000Z-010.zip"), QStringLiteral("takeout-20240101T000000Z-002.zip"),
              QStringLiteral("extra.zip"), QStringLiteral("takeout-20230101T000000Z-003.zip"),
              QStringLiteral("takeout-20240101T000000Z-1-001.zip")}) {
            QVERIFY(TakeoutArchiveWriter::write(dir.filePath(name), Format::Zip, {Entry::file(name, "x")}));
            given.append(dir.filePath(name));
        }
        const auto source = TakeoutSource::open(given);
        QVERIFY2(source, qPrintable(source.error()));
        QCOMPARE(source->parts(),
                 QStringList({"takeout-20230101T000000Z-003.zip", "takeout-20240101T000000Z-002.zip",
                              "takeout-20240101T000000Z-010.zip", "takeout-20240101T000000Z-1-001.zip", "extra.zip"}));
        Recorder r;
        QVERIFY(source->visit(r));
        QCOMPARE(r.paths(), source->parts());
        for (int i = 0; i < r.items.size(); ++i)
            QCOMPARE(r.items[i].entry.part, i);
    }

    void badInputsFailToOpen()
    {
        QTemporaryDir dir;
        const QString zip = dir.filePath(TakeoutArchiveWriter::partFileName(1, Format::Zip));
        QVERIFY(TakeoutArchiveWriter::write(zip, Format::Zip, smallTakeout()));
        const QString tgz = dir.filePath(TakeoutArchiveWriter::partFileName(1, Format::TarGz));
        QVERIFY(TakeoutArchiveWriter::write(tgz, Format::TarGz, smallTakeout()));
        const QString garbage = dir.filePath(TakeoutArchiveWriter::partFileName(2, Format::Zip));
        QFile g(garbage);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("PK\x03\x04" + randomBytes(9, 5000));
        g.close();
        const QString empty = dir.filePath("takeout-20241125T101010Z-003.tgz");
        QFile(empty).open(QIODevice::WriteOnly);
        QVERIFY(QDir(dir.path()).mkdir("Takeout"));

        const auto expectFailure = [](const QStringList &inputs, const QString &word) {
            const auto source = TakeoutSource::open(inputs);
            QVERIFY2(!source, qPrintable(inputs.join(' ')));
            QVERIFY2(source.error().contains(word), qPrintable(source.error()));
        };
        expectFailure({}, "No Takeout");
        expectFailure({dir.filePath("missing.zip")}, "missing.zip");
        expectFailure({zip, garbage}, QFileInfo(garbage).fileName());
        expectFailure({empty}, QFileInfo(empty).fileName());
        expectFailure({zip, dir.filePath("Takeout")}, "not both");
        expectFailure({zip, zip}, "twice");
        expectFailure({zip, tgz}, "same part");
        QVERIFY(TakeoutSource::open({zip}));
    }

    void legacyAndNfdNames()
    {
        // An old zip tool: CP437 bytes, no UTF-8 flag. A tar: Latin-1 bytes. NFD from a Mac.
        const QString zip = path("legacy.zip");
        QVERIFY(TakeoutArchiveWriter::write(zip, Format::Zip,
                                            {Entry::rawFile("Takeout/caf\x82 \x81"
                                                            "ber.jpg",
                                                            "a"),
                                             Entry::file(QStringLiteral("Takeout/Cafe\u0301.jpg"), "b"),
                                             Entry::file(QStringLiteral("Takeout/\u5199\u771f \U0001F4F7.jpg"), "c")}));
        const QString tar = path("legacy.tar");
        QVERIFY(TakeoutArchiveWriter::write(tar, Format::Tar, {Entry::rawFile("Takeout/caf\xe9 \x80.jpg", "d")}));

        Recorder r;
        QVERIFY(openOne(zip)->visit(r));
        QVERIFY(openOne(tar)->visit(r));
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join('\n')));
        QCOMPARE(r.paths(), QStringList({QStringLiteral("Takeout/caf\u00e9 \u00fcber.jpg"),
                                         QStringLiteral("Takeout/Caf\u00e9.jpg"),
                                         QStringLiteral("Takeout/\u5199\u771f \U0001F4F7.jpg"),
                                         QStringLiteral("Takeout/caf\u00e9 \u20ac.jpg")}));
        QCOMPARE(r.items[0].entry.legacyName, QStringLiteral("Takeout/caf\\x82 \\x81ber.jpg"));
        QVERIFY(r.items[1].entry.legacyName.isEmpty());
        QVERIFY(r.items[2].entry.legacyName.isEmpty());
        QCOMPARE(r.items[3].entry.legacyName, QStringLiteral("Takeout/caf\\xE9 \\x80.jpg"));
        QCOMPARE(r.items[3].data, QByteArray("d"));
    }

    void namesDoNotDependOnTheProcessLocale()
    {
        // libarchive converts names to the "current locale": in the C locale the UTF-8
        // names of a zip (UTF-8 flag) or a pax tar would fail to convert. TakeoutSource
        // reads in a UTF-8 locale of its own.
        const QString name = QStringLiteral("Takeout/\U0001F1F5\U0001F1F9 Lisbonne/\u00e9t\u00e9 \u5199\u771f.jpg");
        QStringList files;
        for (const Format format : {Format::Zip, Format::TarGz}) {
            files.append(path(format == Format::Zip ? "locale.zip" : "locale.tgz"));
            QVERIFY(TakeoutArchiveWriter::write(files.last(), format, {Entry::file(name, "x")}));
        }
        const QByteArray previous = setlocale(LC_ALL, nullptr);
        setlocale(LC_ALL, "C");
        Recorder r;
        for (const QString &file : files)
            QVERIFY(openOne(file)->visit(r));
        setlocale(LC_ALL, previous.constData());
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join('\n')));
        QCOMPARE(r.paths(), QStringList({name, name}));
    }

    void skippedEntriesAreNotRead()
    {
        // Skipping every media entry of a 24 MB stored zip reads almost nothing from disk.
        QFile io(QStringLiteral("/proc/self/io"));
        if (!io.open(QIODevice::ReadOnly))
            QSKIP("needs /proc/self/io (Linux) to count the bytes read");
        io.close();
        const auto readBytes = [] {
            QFile f(QStringLiteral("/proc/self/io"));
            f.open(QIODevice::ReadOnly);
            for (const QByteArray &line : f.readAll().split('\n'))
                if (line.startsWith("rchar:"))
                    return line.mid(6).trimmed().toLongLong();
            return qint64(-1);
        };
        QList<Entry> entries;
        for (int i = 0; i < 12; ++i) {
            entries.append(Entry::file(QStringLiteral("Takeout/%1.jpg").arg(i), randomBytes(i, 2 << 20)));
            entries.append(Entry::file(QStringLiteral("Takeout/%1.jpg.json").arg(i), QByteArray::number(i)));
        }
        const QString zip = path("skip.zip");
        QVERIFY(TakeoutArchiveWriter::write(zip, Format::StoredZip, entries));
        const auto source = openOne(zip);
        Recorder r;
        r.want = [](const TakeoutEntry &e) { return e.path.endsWith(".json"); };
        const qint64 before = readBytes();
        QVERIFY(source->visit(r));
        const qint64 read = readBytes() - before;
        QCOMPARE(r.items.size(), 12);
        QCOMPARE(r.skipped.size(), 12);
        QCOMPARE(r.items[5].data, QByteArray("5"));
        qInfo("skipping 12 x 2 MiB of a %lld-byte zip read %lld bytes", QFileInfo(zip).size(), read);
        QVERIFY2(read < QFileInfo(zip).size() / 8, qPrintable(QString::number(read)));
    }

    void cancelStopsTheWalk_data() { formats_data(); }
    void cancelStopsTheWalk()
    {
        QFETCH(Format, format);
        QTemporaryDir dir;
        QList<Entry> entries;
        for (int i = 0; i < 6; ++i)
            entries.append(Entry::file(QStringLiteral("Takeout/%1.jpg").arg(i), randomBytes(i, 300000)));
        const auto files = TakeoutArchiveWriter::writeParts(dir.path(), format, entries, 2);
        QVERIFY(files);
        std::atomic_bool cancel = false;
        Recorder r;
        r.onConsume = [&](const TakeoutEntry &e) {
            if (e.path == "Takeout/2.jpg")
                cancel = true;
        };
        QList<qint64> progress;
        const Status status = TakeoutSource::open(files.value())
                                  ->visit(
                                      r, [&](qint64 done, qint64) { progress.append(done); }, &cancel);
        QVERIFY(!status);
        QVERIFY(status.error().contains("cancelled"));
        QCOMPARE(r.paths(), QStringList({"Takeout/0.jpg", "Takeout/1.jpg"})); // 2.jpg's read() failed
        QVERIFY(r.problems.isEmpty());
        QVERIFY(progress.last() < TakeoutSource::open(files.value())->totalInputBytes());
    }

    void progressIsMonotonicAndReachesTheTotal_data() { formats_data(); }
    void progressIsMonotonicAndReachesTheTotal()
    {
        QFETCH(Format, format);
        QTemporaryDir dir;
        QList<Entry> entries;
        for (int i = 0; i < 10; ++i)
            entries.append(Entry::file(QStringLiteral("Takeout/%1.jpg").arg(i), randomBytes(i, 900000)));
        const auto files = TakeoutArchiveWriter::writeParts(dir.path(), format, entries, 3);
        QVERIFY(files);
        const auto source = TakeoutSource::open(files.value());
        Recorder r;
        r.want = [](const TakeoutEntry &e) { return !e.path.endsWith("3.jpg"); }; // skipping counts too
        QList<qint64> done;
        QVERIFY(source->visit(r, [&](qint64 d, qint64 total) {
            QCOMPARE(total, source->totalInputBytes());
            done.append(d);
        }));
        QCOMPARE(done.first(), 0);
        QCOMPARE(done.last(), source->totalInputBytes());
        for (int i = 1; i < done.size(); ++i) {
            QVERIFY(done[i] > done[i - 1]);
            QVERIFY2(done[i] - done[i - 1] <= (3 << 20), qPrintable(QString::number(done[i] - done[i - 1])));
        }
    }

    void folderInputIsEquivalent()
    {
        QTemporaryDir dir;
        QList<Entry> entries = smallTakeout();
        entries.append(Entry::rawFile("Takeout/Google Photos/Album/caf\xe9.jpg", "latin1"));
        entries.append(Entry::file(QStringLiteral("Takeout/Google Photos/Album/Cafe\u0301 2.jpg"), "nfd"));
        const QString tar = dir.filePath("takeout-20241125T101010Z-001.tar");
        QVERIFY(TakeoutArchiveWriter::write(tar, Format::Tar, entries));
        // The folder also holds what an unpacked folder picks up: litter and a link out.
        QList<Entry> onDisk = entries;
        onDisk.append(Entry::file("Takeout/.DS_Store", "litter"));
        onDisk.append(Entry::file("Takeout/Google Photos/@eaDir/IMG_1.JPG/SYNOPHOTO_THUMB_XL.jpg", "litter"));
        onDisk.append(Entry::link(Entry::Type::Symlink, "Takeout/Google Photos/outside.jpg", "/etc/hostname"));
        const QString folder = dir.filePath("unpacked");
        QVERIFY(TakeoutArchiveWriter::writeFolder(folder, onDisk));

        Recorder fromArchive, fromFolder;
        QVERIFY(openOne(tar)->visit(fromArchive));
        const auto source = openOne(folder);
        QVERIFY2(source, qPrintable(source.error()));
        QVERIFY(source->isFolderInput());
        qint64 expectedBytes = 0;
        for (const Entry &e : entries)
            expectedBytes += e.data.size();
        QCOMPARE(source->totalInputBytes(), expectedBytes);
        QVERIFY(source->visit(fromFolder));

        const auto summary = [](const Recorder &r) {
            QStringList lines;
            for (const auto &i : r.items)
                lines.append(QStringLiteral("%1 %2 %3 %4 %5")
                                 .arg(i.entry.path, QString::fromLatin1(i.data.toHex()))
                                 .arg(i.entry.size)
                                 .arg(i.entry.mtime)
                                 .arg(i.entry.legacyName));
            lines.sort();
            return lines;
        };
        QCOMPARE(summary(fromFolder), summary(fromArchive));
        QCOMPARE(fromFolder.items.size(), entries.size());
        QCOMPARE(fromFolder.problems.size(), 1);
        QVERIFY2(fromFolder.hasProblem("Takeout/Google Photos/outside.jpg", "symbolic link"),
                 qPrintable(fromFolder.problems.join('\n')));
        std::error_code ec; // QTemporaryDir cannot remove the non-UTF-8 name
        std::filesystem::remove_all(std::filesystem::path(QFile::encodeName(folder).toStdString()), ec);
    }

    void realMiniTakeoutFolders()
    {
        const QString samples = qEnvironmentVariable("TINTYPE_SAMPLES");
        if (samples.isEmpty())
            QSKIP("TINTYPE_SAMPLES is not set: the real mini Takeouts (takeout-immich-go) are not read");
        const QString folder = samples + "/takeout-immich-go/app/upload/TEST_DATA";
        QVERIFY2(QFileInfo(folder).isDir(), qPrintable(folder));
        const auto source = openOne(folder);
        QVERIFY2(source, qPrintable(source.error()));
        Recorder r;
        QVERIFY(source->visit(r));
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join('\n')));
        QVERIFY2(r.items.size() >= 10, qPrintable(r.paths().join('\n')));
        bool sawLocalizedAlbum = false;
        for (const auto &i : r.items)
            sawLocalizedAlbum =
                sawLocalizedAlbum || i.entry.path.endsWith(QStringLiteral("/m\u00e9tadonn\u00e9es.json"));
        QVERIFY(sawLocalizedAlbum);
    }

    // Not a check: MB/s of visit() reading every byte of a generated zip next to
    // `unzip -p`. TINTYPE_TAKEOUT_BENCH_MB sets the size (default 16).
    void throughputNextToUnzip()
    {
        const int megabytes = qEnvironmentVariableIntValue("TINTYPE_TAKEOUT_BENCH_MB") > 0
                                  ? qEnvironmentVariableIntValue("TINTYPE_TAKEOUT_BENCH_MB")
                                  : 16;
        // Camera-like JPEG bytes (a gradient with noise), which deflate by a few percent
        // into Huffman-coded blocks, as media in a Takeout zip do.
        QImage image(2400, 1600, QImage::Format_RGB32);
        QRandomGenerator noise(7);
        for (int y = 0; y < image.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const int n = int(noise.bounded(48));
                line[x] = qRgb((x / 10 + n) & 255, (y / 7 + n) & 255, (x + y) / 16 & 255);
            }
        }
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "JPEG", 92));
        QTemporaryDir dir;
        QList<Entry> entries;
        for (qint64 total = 0; total < qint64(megabytes) << 20; total += jpeg.size()) {
            jpeg[jpeg.size() / 2] = char(entries.size()); // every file different
            entries.append(Entry::file(
                QStringLiteral("Takeout/Google Photos/Photos from 2020/IMG_%1.JPG").arg(entries.size()), jpeg));
        }
        const QString zip = dir.filePath(TakeoutArchiveWriter::partFileName(1, Format::Zip));
        QVERIFY(TakeoutArchiveWriter::write(zip, Format::Zip, entries));
        entries.clear();

        class Drain : public TakeoutVisitor {
        public:
            qint64 bytes = 0;
            bool wantsData(const TakeoutEntry &) override { return true; }
            Status consume(const TakeoutEntry &, TakeoutEntryData &data) override
            {
                std::vector<char> buffer(size_t(1) << 20);
                for (qint64 n; (n = data.read(buffer.data(), qint64(buffer.size()))) > 0;)
                    bytes += n;
                return {};
            }
            void problem(const QString &, const QString &, const QString &) override {}
        } drain;
        // Wall time and CPU time (the second holds on a machine busy with other work).
        const auto cpuSeconds = [](int who) {
            rusage usage{};
            getrusage(who, &usage);
            return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                   double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
        };
        const auto figure = [&](double seconds, double cpu) {
            return QStringLiteral("%1 MB/s (%2 MB per CPU second)")
                .arg(double(drain.bytes) / 1e6 / seconds, 0, 'f', 0)
                .arg(double(drain.bytes) / 1e6 / cpu, 0, 'f', 0);
        };
        QElapsedTimer timer;
        timer.start();
        double cpu = cpuSeconds(RUSAGE_SELF);
        QVERIFY(openOne(zip)->visit(drain));
        const QString ours = figure(double(timer.nsecsElapsed()) / 1e9, cpuSeconds(RUSAGE_SELF) - cpu);
        QString theirs = QStringLiteral("not found");
        QProcess unzip;
        unzip.setStandardOutputFile(QProcess::nullDevice());
        timer.restart();
        cpu = cpuSeconds(RUSAGE_CHILDREN);
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip});
        if (unzip.waitForFinished(600000) && unzip.exitCode() == 0)
            theirs = figure(double(timer.nsecsElapsed()) / 1e9, cpuSeconds(RUSAGE_CHILDREN) - cpu);
        qInfo("%lld MB of JPEGs in a %lld MB deflated zip: TakeoutSource::visit %s; unzip -p %s", drain.bytes / 1000000,
              QFileInfo(zip).size() / 1000000, qPrintable(ours), qPrintable(theirs));
    }
};

QTEST_GUILESS_MAIN(TestTakeoutSource)
#include "tst_takeoutsource.moc"
