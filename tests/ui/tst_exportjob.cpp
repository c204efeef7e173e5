// The export dialog's view-model over a real catalog and real files: the edit
// applied, EXIF kept, GPS dropped when asked, originals untouched, a file
// beside the original never replaced, per-photo errors, cancel.
#include "AppServices.h"
#include "ExportJob.h"
#include "UiFixture.h"

#include "catalog/EditRepository.h"
#include "edit/EditStack.h"
#include "metadata/MetadataReader.h"
#include "support/TestMedia.h"
#include "support/WriterFixtures.h"

#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
namespace fs = std::filesystem;

namespace {
double meanLuma(const QString &file)
{
    const QImage image = QImage(file).convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            sum += qGray(image.pixel(x, y));
    return image.isNull() ? -1 : sum / (double(image.width()) * image.height());
}
} // namespace

class TestExportJob : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::UiCatalog> m_catalog;
    std::unique_ptr<AppServices> m_services;
    qint64 m_edited = 0, m_plain = 0, m_missing = 0;
    QStringList m_before;

    fs::path photos() const { return fs::path(m_dir.filePath(QStringLiteral("photos")).toStdString()); }
    // An export folder the user chose (it exists).
    QString folder(const QString &name) const
    {
        QDir().mkpath(m_dir.filePath(name));
        return m_dir.filePath(name);
    }

    // Runs the job to its end; the files it wrote.
    static QStringList run(ExportJob &job, const QList<qint64> &ids)
    {
        QSignalSpy finished(&job, &ExportJob::finished);
        if (!job.start(ids) || !finished.wait(60000))
            return {};
        return job.written();
    }

private slots:
    void initTestCase()
    {
        MetadataReader::initialize();
        QVERIFY(m_dir.isValid());
        fs::create_directories(photos());
        for (const char *name : {"edited.jpg", "plain.jpg"}) { // the same picture twice
            QVERIFY(test::writeJpeg(photos() / name, QSize(160, 120), 7));
            QVERIFY(test::setMetadata(photos() / name, {{"Exif.Image.Make", "Tintype Camera"},
                                                        {"Exif.GPSInfo.GPSLatitudeRef", "N"},
                                                        {"Exif.GPSInfo.GPSLatitude", "48/1 51/1 2970/100"},
                                                        {"Exif.GPSInfo.GPSLongitudeRef", "E"},
                                                        {"Exif.GPSInfo.GPSLongitude", "2/1 21/1 0/1"}}));
        }
        m_before = test::snapshotTree(photos());
        m_catalog = std::make_unique<test::UiCatalog>();
        const auto root = m_catalog->addRoot(QString::fromStdString(photos().string()));
        const QDateTime when(QDate(2022, 5, 1), QTime(12, 0));
        m_edited = m_catalog->addPhoto(root, "edited.jpg", when, 0, 160, 120);
        m_plain = m_catalog->addPhoto(root, "plain.jpg", when.addSecs(60), 0, 160, 120);
        m_missing = m_catalog->addPhoto(root, "gone.jpg", when.addSecs(120), 0, 160, 120);
        EditStack brighter;
        brighter.set(OperationType::Exposure, 1.5);
        QVERIFY(m_catalog->catalog().write(
            [&] { EditRepository(m_catalog->catalog()).save(m_edited, brighter.toJson(), brighter.fingerprint()); }));
        m_services =
            std::make_unique<AppServices>(m_catalog->path(), m_dir.filePath(QStringLiteral("cache")).toStdString());
    }

    void cleanupTestCase()
    {
        m_services.reset();
        // No original changed (what besideTheOriginalsNeverReplaces wrote there it removed).
        QCOMPARE(test::snapshotTree(photos()), m_before);
    }

    void exportsEditedAndPlainWithoutLocation()
    {
        ExportJob job;
        job.setServices(m_services.get());
        job.setFolder(QUrl::fromLocalFile(folder(QStringLiteral("out"))));
        job.setDropLocation(true);
        job.setLongEdge(100);
        const QStringList written = run(job, {m_edited, m_plain});
        QCOMPARE(job.errors(), QStringList());
        QCOMPARE(written.size(), 2);
        QCOMPARE(job.done(), 2);
        QCOMPARE(job.total(), 2);
        QVERIFY(!job.cancelled());
        for (const QString &file : written) {
            QVERIFY2(QFileInfo(file).absolutePath() == QDir(folder(QStringLiteral("out"))).absolutePath(),
                     qPrintable(file));
            QCOMPARE(QImage(file).size(), QSize(100, 75));
            QCOMPARE(test::exiv2Values(file.toStdString(), "Exif.Image.Make"), QStringList{"Tintype Camera"});
            QCOMPARE(test::exiv2Values(file.toStdString(), "Exif.GPSInfo.GPSLatitude"), QStringList());
        }
        // Same picture: the edited one comes out brighter (exposure +1.5).
        QVERIFY2(meanLuma(written[0]) > meanLuma(written[1]) + 20,
                 qPrintable(QStringLiteral("%1 vs %2").arg(meanLuma(written[0])).arg(meanLuma(written[1]))));
    }

    void keepsLocationUnlessAskedAndFormats()
    {
        ExportJob job;
        job.setServices(m_services.get());
        job.setFolder(QUrl::fromLocalFile(folder(QStringLiteral("png"))));
        job.setFormat(ExportJob::Format::Png);
        const QStringList written = run(job, {m_plain});
        QCOMPARE(written.size(), 1);
        QVERIFY(written[0].endsWith(QLatin1String(".png")));
        QCOMPARE(QImage(written[0]).size(), QSize(160, 120)); // full size
        QCOMPARE(test::exiv2Values(written[0].toStdString(), "Exif.GPSInfo.GPSLatitudeRef"), QStringList{"N"});
    }

    void neverMakesAFolder()
    {
        ExportJob fresh;
        QVERIFY(QFileInfo(fresh.folder().toLocalFile()).isDir()); // the default exists (Pictures, else home)
        ExportJob job;
        job.setServices(m_services.get());
        const QString missing = m_dir.filePath(QStringLiteral("no such folder"));
        job.setFolder(QUrl::fromLocalFile(missing));
        const QStringList written = run(job, {m_plain});
        QVERIFY(written.isEmpty());
        QCOMPARE(job.errors().size(), 1);
        QVERIFY2(job.errors()[0].contains(QStringLiteral("does not exist")), qPrintable(job.errors()[0]));
        QVERIFY(!QFileInfo::exists(missing));
    }

    void reportsEachFailedPhoto()
    {
        ExportJob job;
        job.setServices(m_services.get());
        job.setFolder(QUrl::fromLocalFile(folder(QStringLiteral("errors"))));
        const QStringList written = run(job, {m_missing, 999999, m_plain});
        QCOMPARE(written.size(), 1);
        QCOMPARE(job.done(), 3);
        QCOMPARE(job.errors().size(), 2);
        QVERIFY2(job.errors()[0].startsWith(QLatin1String("gone.jpg: ")), qPrintable(job.errors()[0]));
        QVERIFY2(job.errors()[1].startsWith(QLatin1String("#999999: ")), qPrintable(job.errors()[1]));
    }

    void besideTheOriginalsNeverReplaces()
    {
        ExportJob job;
        job.setServices(m_services.get());
        QSignalSpy looked(&job, &ExportJob::originalFolderChanged);
        job.prepare({m_edited});
        QVERIFY(looked.wait(5000));
        QCOMPARE(QDir(job.originalFolder().toLocalFile()).absolutePath(),
                 QDir(QString::fromStdString(photos().string())).absolutePath());
        job.setFolder(job.originalFolder());
        const QStringList written = run(job, {m_edited, m_plain});
        QCOMPARE(job.errors(), QStringList());
        QCOMPARE(written.size(), 2);
        for (const QString &file : written) {
            const QString name = QFileInfo(file).fileName();
            QVERIFY2(name != QLatin1String("edited.jpg") && name != QLatin1String("plain.jpg"), qPrintable(name));
            QVERIFY(QFile::exists(file));
        }
        QCOMPARE(QDir(QString::fromStdString(photos().string())).entryList(QDir::Files).size(), 4);
        for (const QString &file : written) // the originals' folder as it was, for cleanupTestCase
            QVERIFY(QFile::remove(file));
    }

    void cancelStops()
    {
        ExportJob job;
        job.setServices(m_services.get());
        job.setFolder(QUrl::fromLocalFile(folder(QStringLiteral("cancelled"))));
        QList<qint64> many;
        for (int i = 0; i < 200; ++i)
            many << m_plain;
        QSignalSpy finished(&job, &ExportJob::finished);
        QVERIFY(job.start(many));
        QVERIFY(!job.start(many)); // one run at a time
        job.cancel();
        QVERIFY(finished.wait(60000));
        QVERIFY(job.cancelled());
        QVERIFY2(job.done() < 200, qPrintable(QString::number(job.done())));
        QCOMPARE(QDir(folder(QStringLiteral("cancelled"))).entryList(QDir::Files).size(), job.written().size());
    }
};

QTEST_MAIN(TestExportJob)
#include "tst_exportjob.moc"
