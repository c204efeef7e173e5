// Motion photos through the library: the scan stores the clip's byte range with
// the asset and writes nothing into the photo tree; `tintype-cli motion-clip`
// writes the clip out as an MP4 elsewhere.
#include "catalog/AssetRepository.h"
#include "library/MotionClipExport.h"
#include "support/CliRun.h"
#include "support/PhoneMedia.h"
#include "support/ScanFixture.h"
#include "support/TestMedia.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
namespace fs = std::filesystem;

class MotionPhotoScanTest : public QObject {
    Q_OBJECT
    QTemporaryDir m_work;
    QByteArray m_clip;

    fs::path work(const QString &name) const
    {
        return fs::path(QFile::encodeName(m_work.filePath(name)).toStdString());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        m_clip = test::writeClip(work(QStringLiteral("clip.mp4")));
        QVERIFY(!m_clip.isEmpty());
    }

    void scanStoresTheRange()
    {
        test::ScanFixture fx;
        QVERIFY(fx.isValid());
        const fs::path still = work(QStringLiteral("still.jpg"));
        QVERIFY(test::writeJpeg(still, QSize(64, 48), 1));
        QVERIFY(
            test::writePixelMotionPhoto(fx.photos() / "PXL_20240302_101112000.MP.jpg", test::readBytes(still), m_clip));
        QVERIFY(test::writeSamsungMotionPhoto(fx.photos() / "20240302_101500.jpg", test::readBytes(still), m_clip));
        QVERIFY(test::writeJpeg(fx.photos() / "plain.jpg", QSize(64, 48), 2));
        const QStringList before = test::snapshotTree(fx.photos());
        fx.addRoot();
        const ScanReport report = fx.scan();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(test::snapshotTree(fx.photos()), before); // nothing written beside the photos

        for (const char *name : {"PXL_20240302_101112000.MP.jpg", "20240302_101500.jpg"}) {
            const auto asset = fx.assetOf(name);
            QVERIFY(asset);
            QVERIFY2(asset->metadata.motionClip, name);
            const QByteArray bytes = test::readBytes(fx.photos() / name);
            QCOMPARE(
                bytes.mid(qsizetype(asset->metadata.motionClip->offset), qsizetype(asset->metadata.motionClip->length)),
                m_clip);
        }
        QVERIFY(!fx.assetOf("plain.jpg")->metadata.motionClip);

        // The export writes the clip elsewhere, never over a file.
        const auto asset = fx.assetOf("PXL_20240302_101112000.MP.jpg");
        const fs::path out = work(QStringLiteral("exported"));
        const auto first =
            MotionClipExport::write(fx.photos() / "PXL_20240302_101112000.MP.jpg", *asset->metadata.motionClip, out);
        QVERIFY2(first, qPrintable(first.error()));
        QCOMPARE(first->filename().string(), std::string("PXL_20240302_101112000.MP.mp4"));
        QCOMPARE(test::readBytes(first.value()), m_clip);
        const auto second =
            MotionClipExport::write(fx.photos() / "PXL_20240302_101112000.MP.jpg", *asset->metadata.motionClip, out);
        QVERIFY(second);
        QCOMPARE(second->filename().string(), std::string("PXL_20240302_101112000.MP (2).mp4"));
        QCOMPARE(test::snapshotTree(fx.photos()), before);
    }

    void cliWritesTheClip()
    {
        const fs::path still = work(QStringLiteral("cli-still.jpg"));
        QVERIFY(test::writeJpeg(still, QSize(64, 48), 4));
        const fs::path photo = work(QStringLiteral("photos/PXL_1.MP.jpg"));
        fs::create_directories(photo.parent_path());
        QVERIFY(test::writePixelMotionPhoto(photo, test::readBytes(still), m_clip, true));
        const QString out = m_work.filePath(QStringLiteral("cli-out"));
        const auto run = test::runCli(
            QStringLiteral(TINTYPE_CLI_PATH), m_work.filePath(QStringLiteral("home")),
            {QStringLiteral("motion-clip"), QStringLiteral("--to"), out, QString::fromStdString(photo.string())});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(test::readBytes(work(QStringLiteral("cli-out/PXL_1.MP.mp4"))), m_clip);

        const auto info = test::runCli(QStringLiteral(TINTYPE_CLI_PATH), m_work.filePath(QStringLiteral("home")),
                                       {QStringLiteral("info"), QString::fromStdString(photo.string())});
        QCOMPARE(info.code, 0);
        QVERIFY2(info.out.contains(QStringLiteral("motionClip")), qPrintable(info.out));

        // A plain photo is not a motion photo: exit 1, nothing written.
        const auto plain = test::runCli(
            QStringLiteral(TINTYPE_CLI_PATH), m_work.filePath(QStringLiteral("home")),
            {QStringLiteral("motion-clip"), QStringLiteral("--to"), out, QString::fromStdString(still.string())});
        QCOMPARE(plain.code, 1);
        QVERIFY(!fs::exists(work(QStringLiteral("cli-out/cli-still.mp4"))));
    }
};

QTEST_GUILESS_MAIN(MotionPhotoScanTest)
#include "tst_motionphotoscan.moc"
