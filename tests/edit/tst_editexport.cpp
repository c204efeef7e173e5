// Editing through tintype-cli over a real catalog: edit history (set, undo,
// redo, revert), export (formats, size, EXIF kept, GPS dropped on request,
// orientation normalised, never over an existing file), bad and missing
// files reported per photo, the originals' bytes never changed.
#include "support/TestMedia.h"

#include "edit/EditExporter.h"
#include "imaging/RawDevelopment.h"

#include <QDirIterator>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
namespace fs = std::filesystem;

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

const char *const kStack = R"({"format":"tintype-edit","version":1,"operations":[
    {"op":"exposure","v":1,"params":{"stops":0.5}},{"op":"contrast","v":2,"params":{"amount":0.2}},
    {"op":"crop","v":1,"params":{"x":0,"y":0,"width":0.5,"height":1}}]})";
} // namespace

class TestEditExport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QMap<QString, qint64> m_ids; // file name → asset id
    QStringList m_before;

    fs::path photos() const { return fs::path(m_dir.path().toStdString()) / "photos"; }
    QString catalog() const { return m_dir.filePath(QStringLiteral("catalog.sqlite")); }

    Run cli(const QStringList &args) const
    {
        QProcess p;
        p.start(QStringLiteral(TINTYPE_CLI_PATH), QStringList{QStringLiteral("--catalog"), catalog()} + args);
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    QString outFolder(const QString &name) const
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(path);
        return path;
    }

    QString exported(const Run &run) const
    {
        return QString::fromUtf8(run.out).section(QLatin1Char('\t'), 1).trimmed();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        fs::create_directories(photos());
        // 120 × 80 stored, orientation 6: shown as 80 × 120.
        QVERIFY(test::writeJpeg(photos() / "gps.jpg", QSize(120, 80), 1));
        QVERIFY(test::setMetadata(photos() / "gps.jpg", {{"Exif.Image.Make", "Tintype Camera"},
                                                         {"Exif.Image.Orientation", "6"},
                                                         {"Exif.Photo.DateTimeOriginal", "2021:07:14 10:20:30"},
                                                         {"Exif.GPSInfo.GPSLatitudeRef", "N"},
                                                         {"Exif.GPSInfo.GPSLatitude", "48/1 51/1 2970/100"},
                                                         {"Exif.GPSInfo.GPSLongitudeRef", "E"},
                                                         {"Exif.GPSInfo.GPSLongitude", "2/1 21/1 0/1"}}));
        QVERIFY(test::writePng(photos() / "plain.png", QSize(64, 48), 2));
        QByteArray truncated = test::readBytes(photos() / "gps.jpg");
        truncated.truncate(truncated.size() / 3);
        QVERIFY(test::writeBytes(photos() / "broken.jpg", truncated));
        m_before = test::snapshotTree(photos());

        QCOMPARE(
            cli({QStringLiteral("roots"), QStringLiteral("add"), QString::fromStdString(photos().string())}).exitCode,
            0);
        QCOMPARE(cli({QStringLiteral("scan"), QStringLiteral("--no-hash")}).exitCode, 0);
        const Run ls = cli({QStringLiteral("ls"), QStringLiteral("--json")});
        QCOMPARE(ls.exitCode, 0);
        for (const QJsonValue v : QJsonDocument::fromJson(ls.out).array()) {
            const QJsonObject o = v.toObject();
            m_ids.insert(QFileInfo(o.value(QLatin1String("path")).toString()).fileName(),
                         qint64(o.value(QLatin1String("id")).toDouble()));
        }
        QVERIFY2(m_ids.contains(QStringLiteral("gps.jpg")), ls.out.constData());
        QVERIFY(m_ids.contains(QStringLiteral("plain.png")));

        QFile stack(m_dir.filePath(QStringLiteral("stack.json")));
        QVERIFY(stack.open(QIODevice::WriteOnly));
        stack.write(kStack);
    }

    void editHistory()
    {
        const QString id = QString::number(m_ids.value(QStringLiteral("plain.png")));
        const QString stack = m_dir.filePath(QStringLiteral("stack.json"));
        Run run = cli({QStringLiteral("edit"), id, QStringLiteral("--stack"), stack});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("exposure"));
        run = cli({QStringLiteral("edit"), id, QStringLiteral("--revert")});
        QVERIFY(run.out.contains("original"));
        run = cli({QStringLiteral("edit"), id, QStringLiteral("--undo")});
        QVERIFY(run.out.contains("exposure"));
        run = cli({QStringLiteral("edit"), id, QStringLiteral("--undo")});
        QVERIFY(run.out.contains("original"));
        run = cli({QStringLiteral("edit"), id, QStringLiteral("--undo")});
        QCOMPARE(run.exitCode, 1); // nothing left to undo
        run = cli({QStringLiteral("edit"), id, QStringLiteral("--redo")});
        QVERIFY(run.out.contains("exposure"));
        // A bad stack file is refused and changes nothing.
        QFile bad(m_dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"format":"tintype-edit","version":1,"operations":[{"op":"exposure","v":99}]})");
        bad.close();
        run = cli({QStringLiteral("edit"), id, QStringLiteral("--stack"), bad.fileName()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("newer version"));
        QVERIFY(cli({QStringLiteral("edit"), id, QStringLiteral("--show")}).out.contains("exposure"));
        QCOMPARE(cli({QStringLiteral("edit"), QStringLiteral("999999"), QStringLiteral("--show")}).exitCode, 1);
    }

    void exportKeepsExifAndDropsGpsOnRequest()
    {
        const QString id = QString::number(m_ids.value(QStringLiteral("gps.jpg")));
        QCOMPARE(
            cli({QStringLiteral("edit"), id, QStringLiteral("--stack"), m_dir.filePath(QStringLiteral("stack.json"))})
                .exitCode,
            0);
        const QString shared = outFolder(QStringLiteral("shared"));
        Run run = cli({QStringLiteral("export"), QStringLiteral("--edited"), id, QStringLiteral("--to"), shared,
                       QStringLiteral("--strip-location")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString file = exported(run);
        QVERIFY2(file.endsWith(QLatin1String("gps.jpg")), run.out.constData());
        auto meta = test::readAlone(file.toStdString());
        QVERIFY2(meta, qPrintable(meta.error()));
        QCOMPARE(meta->make, QStringLiteral("Tintype Camera"));
        QVERIFY(meta->captureTime.isValid());
        QVERIFY(!meta->latitude.has_value());
        QCOMPARE(meta->orientation, 1);
        // Upright 80 × 120, then the left half: 40 × 120.
        QCOMPARE(QImageReader(file).size(), QSize(40, 120));

        run = cli({QStringLiteral("export"), QStringLiteral("--edited"), id, QStringLiteral("--to"), shared});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString second = exported(run);
        QVERIFY2(second.endsWith(QLatin1String("gps-2.jpg")), run.out.constData()); // never over the first
        meta = test::readAlone(second.toStdString());
        QVERIFY(meta && meta->latitude.has_value());
        QVERIFY(std::abs(*meta->latitude - 48.8583) < 0.001);
    }

    void formatsAndSizes()
    {
        const QString id = QString::number(m_ids.value(QStringLiteral("plain.png")));
        const QString folder = outFolder(QStringLiteral("formats"));
        Run run = cli({QStringLiteral("export"), QStringLiteral("--edited"), id, QStringLiteral("--to"), folder,
                       QStringLiteral("--format"), QStringLiteral("tiff16")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QImageReader tiff(exported(run));
        QCOMPARE(tiff.format(), QByteArray("tiff"));
        QCOMPARE(tiff.read().depth(), 64); // 16 bits per channel
        run = cli({QStringLiteral("export"), QStringLiteral("--edited"), id, QStringLiteral("--to"), folder,
                   QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--size"), QStringLiteral("20")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QImageReader(exported(run)).format(), QByteArray("png"));
        QCOMPARE(QImageReader(exported(run)).size(), QSize(13, 20)); // the left half of 64 × 48, long edge 20
        run = cli({QStringLiteral("export"), QStringLiteral("--edited"), id, QStringLiteral("--to"), folder,
                   QStringLiteral("--quality"), QStringLiteral("0")});
        QCOMPARE(run.exitCode, 2);
        run = cli({QStringLiteral("export"), QStringLiteral("--edited"), id, QStringLiteral("--to"),
                   m_dir.filePath(QStringLiteral("no-such-folder"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("not a folder"));
    }

    void badAndMissingPhotosAreReportedOneByOne()
    {
        const QString folder = outFolder(QStringLiteral("mixed"));
        Run run = cli({QStringLiteral("export"), QStringLiteral("--edited"),
                       QString::number(m_ids.value(QStringLiteral("broken.jpg"), 424242)), QStringLiteral("424242"),
                       QString::number(m_ids.value(QStringLiteral("plain.png"))), QStringLiteral("--to"), folder});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no such photo"), run.err.constData());
        QVERIFY2(run.out.contains("plain.jpg"), run.out.constData()); // the good one still exported
        if (m_ids.contains(QStringLiteral("broken.jpg")))
            QVERIFY2(run.err.contains("broken.jpg"), run.err.constData());
    }

    void exportIntoThePhotoFolderNeverTouchesTheOriginal()
    {
        const QString id = QString::number(m_ids.value(QStringLiteral("gps.jpg")));
        const Run run = cli({QStringLiteral("export"), QStringLiteral("--edited"), id, QStringLiteral("--to"),
                             QString::fromStdString(photos().string())});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(exported(run).endsWith(QLatin1String("gps-2.jpg")));
        QVERIFY(QFile::remove(exported(run)));
    }

    void writeImageRefusesAnExistingFile()
    {
        const fs::path target = fs::path(m_dir.path().toStdString()) / "exists.png";
        QVERIFY(test::writePng(target));
        const QByteArray before = test::readBytes(target);
        QImage image(10, 10, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(!EditExporter::writeImage(image, target, {}));
        QCOMPARE(test::readBytes(target), before);
    }

    void rawExportsFromARealDevelopment()
    {
        const QString samples = qEnvironmentVariable("TINTYPE_SAMPLES");
        if (samples.isEmpty())
            QSKIP("TINTYPE_SAMPLES is not set: no RAW file to develop");
        QDirIterator it(samples + QStringLiteral("/raw-xentraxx"), {QStringLiteral("*.NEF"), QStringLiteral("*.nef")},
                        QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(it.hasNext(), "no NEF in raw-xentraxx");
        const fs::path raw = it.next().toStdString();
        auto developed = RawDevelopment::develop(raw);
        QVERIFY2(developed, qPrintable(developed.error()));
        QCOMPARE(developed->format(), QImage::Format_RGBX64);
        // The full sensor picture (not an embedded preview): the size the file declares.
        auto meta = test::readAlone(raw);
        QVERIFY2(meta, qPrintable(meta.error()));
        QVERIFY2(std::abs(std::max(developed->width(), developed->height()) - std::max(meta->width, meta->height)) <=
                     16,
                 qPrintable(QStringLiteral("%1x%2 vs %3x%4")
                                .arg(developed->width())
                                .arg(developed->height())
                                .arg(meta->width)
                                .arg(meta->height)));
        QVERIFY(std::max(developed->width(), developed->height()) >= 1900);
        QVERIFY(!RawDevelopment::develop(photos() / "plain.png")); // not a RAW: a reason, no crash
    }

    void originalsNeverChange() { QCOMPARE(test::snapshotTree(photos()), m_before); }
};

QTEST_GUILESS_MAIN(TestEditExport)
#include "tst_editexport.moc"
