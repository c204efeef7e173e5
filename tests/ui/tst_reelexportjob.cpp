#include "AppServices.h"
#include "ReelExportJob.h"
#include "UiFixture.h"

#include "support/TestMedia.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;

// "Export as video" from the slideshow: the photos of a memory or trip as an
// MP4 named after it in the chosen folder (never over an existing file), with
// progress; cancelling leaves no file.
class TestReelExportJob : public QObject {
    Q_OBJECT

    QTemporaryDir m_photos, m_out, m_cache;

private slots:
    void exportsAndCancels()
    {
        test::UiCatalog c;
        const auto root = c.addRoot(m_photos.path());
        QVariantList ids;
        for (int i = 0; i < 2; ++i) {
            const QByteArray name = "p" + QByteArray::number(i) + ".jpg";
            QVERIFY(test::writeJpeg(std::filesystem::path(m_photos.path().toStdString()) / name.toStdString(),
                                    QSize(320, 240), i + 1));
            ids << qint64(c.addPhoto(root, name, QDateTime(QDate(2024, 5, 1 + i), QTime(9, 0)), 0));
        }
        QFile taken(m_out.filePath(QStringLiteral("Paris.mp4")));
        QVERIFY(taken.open(QIODevice::WriteOnly)); // already there: kept

        AppServices services(c.path(), m_cache.path().toStdString());
        ReelExportJob job;
        job.setServices(&services);
        QSignalSpy finished(&job, &ReelExportJob::finished);
        job.start(ids, QStringLiteral("Paris"), QUrl::fromLocalFile(m_out.path()));
        QVERIFY(job.running());
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(job.outcome()));
        QCOMPARE(job.outputPath(), m_out.filePath(QStringLiteral("Paris (2).mp4")));
        QVERIFY(QFileInfo(job.outputPath()).size() > 1000);
        QCOMPARE(QFileInfo(taken).size(), 0);
        QCOMPARE(job.progress(), 1.0);

        job.start(ids, QStringLiteral("Paris"), QUrl::fromLocalFile(m_out.path()));
        const QString cancelled = job.outputPath();
        QCOMPARE(cancelled, m_out.filePath(QStringLiteral("Paris (3).mp4")));
        connect(&job, &ReelExportJob::progressChanged, &job, [&] { job.cancel(); });
        QVERIFY(finished.wait(120000));
        QVERIFY(!finished.last().at(0).toBool());
        QVERIFY(!QFileInfo::exists(cancelled));
    }
};

QTEST_MAIN(TestReelExportJob)
#include "tst_reelexportjob.moc"
