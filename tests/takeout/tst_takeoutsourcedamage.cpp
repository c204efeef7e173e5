// TakeoutSource and bad input: hostile entry names and types refused with a reason while
// good entries still come; truncated and damaged parts reported, the next parts still read.
#include "support/TakeoutArchiveWriter.h"
#include "support/TakeoutSourceRecorder.h"
#include "takeout/TakeoutSource.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
using namespace tintype;
using namespace tintype::test;
using Entry = TakeoutArchiveEntry;
using Format = TakeoutArchiveFormat;
using Recorder = TakeoutSourceRecorder;

Q_DECLARE_METATYPE(tintype::test::TakeoutArchiveFormat)

namespace {

Result<TakeoutSource> openOne(const QString &file) { return TakeoutSource::open({file}); }

} // namespace

class TestTakeoutSourceDamage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void hostileEntriesAreRefused_data()
    {
        QTest::addColumn<Format>("format");
        QTest::newRow("zip") << Format::Zip;
        QTest::newRow("tgz") << Format::TarGz;
    }
    void hostileEntriesAreRefused()
    {
        QFETCH(Format, format);
        const bool tar = format != Format::Zip;
        QList<QPair<QString, QString>> hostile = {// name, a word of the reason
                                                  {"../evil.jpg", ".."},
                                                  {"Takeout/../../evil.jpg", ".."},
                                                  {"/tmp/evil.jpg", "absolute"},
                                                  {"C:\\evil.jpg", "backslash"},
                                                  {"C:evil.jpg", "drive"},
                                                  {"\\\\server\\share\\evil.jpg", "backslash"},
                                                  {"Takeout\\..\\..\\evil.jpg", "backslash"},
                                                  {"Takeout/ctrl\x01.jpg", "control"},
                                                  {"Takeout/esc\x1b[2J.jpg", "control"}};
        QList<Entry> entries{Entry::file("Takeout/good1.jpg", "one")};
        for (const auto &[name, reason] : hostile)
            entries.append(Entry::file(name, "evil"));
        entries.append(Entry::link(Entry::Type::Symlink, "Takeout/link.jpg", "/etc/passwd"));
        entries.append(Entry::folder("Takeout/Album/"));
        entries.append(Entry::file(".", "dot"));
        if (tar) {
            entries.append(Entry::link(Entry::Type::Hardlink, "Takeout/hard.jpg", "Takeout/good1.jpg"));
            entries.append(Entry::link(Entry::Type::Fifo, "Takeout/fifo.jpg", QString()));
        }
        entries.append(Entry::file("Takeout/Album/good2.jpg", "two"));

        const QString file = path(tar ? "hostile.tgz" : "hostile.zip");
        QVERIFY(TakeoutArchiveWriter::write(file, format, entries));
        const auto source = openOne(file);
        QVERIFY2(source, qPrintable(source.error()));
        Recorder r;
        QVERIFY(source->visit(r));
        QCOMPARE(r.paths(), QStringList({"Takeout/good1.jpg", "Takeout/Album/good2.jpg"}));
        for (auto [name, reason] : hostile) {
            if (!tar && name.contains('\\')) { // libarchive's zip reader turns '\' into '/'; still refused
                name.replace('\\', '/');
                reason.clear();
            }
            name.replace("\x01", "\\x01").replace("\x1b", "\\x1B");
            QVERIFY2(r.hasProblem(name, reason), qPrintable(name + " / " + r.problems.join('\n')));
        }
        QVERIFY2(r.hasProblem("Takeout/link.jpg", "symbolic link"), qPrintable(r.problems.join('\n')));
        QVERIFY2(r.hasProblem(".", "empty"), qPrintable(r.problems.join('\n')));
        if (tar) {
            QVERIFY2(r.hasProblem("Takeout/hard.jpg", "hard link"), qPrintable(r.problems.join('\n')));
            QVERIFY2(r.hasProblem("Takeout/fifo.jpg", "FIFO"), qPrintable(r.problems.join('\n')));
        }
        QCOMPARE(r.problems.size(), hostile.size() + (tar ? 4 : 2)); // the folder is skipped silently
        for (const QString &p : r.problems)
            QVERIFY(p.startsWith(QFileInfo(file).fileName() + " | "));
    }

    void truncatedPartKeepsWhatCameBefore_data()
    {
        QTest::addColumn<Format>("format");
        QTest::newRow("zip") << Format::Zip;
        QTest::newRow("tgz") << Format::TarGz;
    }
    void truncatedPartKeepsWhatCameBefore()
    {
        QFETCH(Format, format);
        QTemporaryDir dir;
        QList<Entry> entries;
        for (int i = 0; i < 8; ++i)
            entries.append(Entry::file(QStringLiteral("Takeout/a/%1.jpg").arg(i), randomBytes(i, 100000), 0));
        entries.append(Entry::file("Takeout/b/next-part.jpg", "still read", 1));
        const auto files = TakeoutArchiveWriter::writeParts(dir.path(), format, entries, 2);
        QVERIFY(files);
        QVERIFY(QFile::resize(files->at(0), QFileInfo(files->at(0)).size() * 55 / 100)); // a cut download

        const auto source = TakeoutSource::open(files.value());
        QVERIFY2(source, qPrintable(source.error()));
        Recorder r;
        QVERIFY(source->visit(r));
        const QStringList got = r.paths();
        QVERIFY2(got.size() >= 3 && got.size() < 8, qPrintable(got.join(' ')));
        for (int i = 0; i + 1 < got.size(); ++i) {
            QCOMPARE(got[i], entries[i].name);
            QCOMPARE(r.items[i].data, entries[i].data);
        }
        QCOMPARE(got.last(), QStringLiteral("Takeout/b/next-part.jpg"));
        const QString part = QFileInfo(files->at(0)).fileName();
        bool damageReported = false;
        for (const QString &p : r.problems)
            damageReported = damageReported || (p.startsWith(part + " | ") && p.contains("damaged or cut short"));
        QVERIFY2(damageReported, qPrintable(r.problems.join('\n')));
    }

    void corruptDataIsAReadError()
    {
        const QString zip = path("crc.zip");
        const QByteArray middle(50000, 'M');
        QVERIFY(
            TakeoutArchiveWriter::write(zip, Format::StoredZip,
                                        {Entry::file("Takeout/1.jpg", "first"), Entry::file("Takeout/2.jpg", middle),
                                         Entry::file("Takeout/3.jpg", "third")}));
        QFile f(zip);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        const qsizetype at = bytes.indexOf(middle);
        QVERIFY(at > 0);
        bytes[at + 20000] = 'X';
        f.seek(0);
        f.write(bytes);
        f.close();

        Recorder r;
        QVERIFY(openOne(zip)->visit(r));
        QCOMPARE(r.paths(), QStringList({"Takeout/1.jpg", "Takeout/3.jpg"}));
        QCOMPARE(r.items[1].data, QByteArray("third"));
        QVERIFY2(r.hasProblem("Takeout/2.jpg", "CRC"), qPrintable(r.problems.join('\n')));
    }

    void damagedGzipDataIsReported_data()
    {
        QTest::addColumn<bool>("inTrailer");
        QTest::newRow("checksum in the trailer") << true; // data intact, only the check can tell
        QTest::newRow("compressed data") << false;        // an inflate error or wrong bytes
    }
    void damagedGzipDataIsReported()
    {
        QFETCH(bool, inTrailer);
        QTemporaryDir dir;
        QList<Entry> entries{Entry::file("Takeout/a.jpg", randomBytes(1, 200000), 0),
                             Entry::file("Takeout/b.jpg", randomBytes(2, 200000), 0),
                             Entry::file("Takeout/c.jpg", "next part", 1)};
        const auto files = TakeoutArchiveWriter::writeParts(dir.path(), Format::TarGz, entries, 2);
        QVERIFY(files);
        Recorder clean;
        QVERIFY(TakeoutSource::open(files.value())->visit(clean));
        QVERIFY2(clean.problems.isEmpty(), qPrintable(clean.problems.join('\n')));

        QFile f(files->at(0));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        const qsizetype at = inTrailer ? bytes.size() - 8 : bytes.size() * 3 / 4; // inside b.jpg
        bytes[at] = char(~bytes[at]);
        f.seek(0);
        f.write(bytes);
        f.close();

        Recorder r;
        QVERIFY(TakeoutSource::open(files.value())->visit(r));
        QVERIFY(r.find("Takeout/a.jpg") && r.find("Takeout/a.jpg")->data == entries[0].data);
        QVERIFY(r.find("Takeout/c.jpg"));
        if (inTrailer)
            QCOMPARE(r.find("Takeout/b.jpg")->data, entries[1].data);
        const QString part = QFileInfo(files->at(0)).fileName() + " |  | ";
        QVERIFY2(std::any_of(r.problems.begin(), r.problems.end(),
                             [&](const QString &p) {
                                 return p.startsWith(part) &&
                                        (p.contains("download this part again") || p.contains("damaged or cut short"));
                             }),
                 qPrintable(r.problems.join('\n')));
        if (inTrailer)
            QVERIFY2(r.problems.size() == 1 && r.problems[0].contains("checksum"), qPrintable(r.problems.join('\n')));
    }

    void readAllStopsAtItsLimit()
    {
        // A bomb: 64 MiB of zeros deflate to ~64 KiB on disk.
        const QString zip = path("bomb.zip");
        QVERIFY(TakeoutArchiveWriter::write(zip, Format::Zip,
                                            {Entry::file("Takeout/bomb.json", QByteArray(64 << 20, '\0')),
                                             Entry::file("Takeout/exact.json", QByteArray(1024, 'e')),
                                             Entry::file("Takeout/after.json", "{}")}));
        QVERIFY(QFileInfo(zip).size() < (1 << 20));
        Recorder r;
        r.limit = 1024;
        QVERIFY(openOne(zip)->visit(r));
        QCOMPARE(r.paths(), QStringList({"Takeout/exact.json", "Takeout/after.json"}));
        QVERIFY2(r.hasProblem("Takeout/bomb.json", "more than 1024 bytes"), qPrintable(r.problems.join('\n')));
        QCOMPARE(r.problems.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTakeoutSourceDamage)
#include "tst_takeoutsourcedamage.moc"
