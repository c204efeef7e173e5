// The viewer's motion-photo clip source: the clip inside the photo's file is
// copied to the app's cache folder for the player, byte for byte, removed again
// when the viewer lets it go, and nothing is ever written beside the photo.
#include "MotionClipSource.h"
#include "metadata/MetadataReader.h"
#include "support/PhoneMedia.h"
#include "support/TestMedia.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
namespace fs = std::filesystem;

class TestMotionClipSource : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    fs::path path(const QString &name) const { return fs::path(QFile::encodeName(m_dir.filePath(name)).toStdString()); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true); // the cache folder under ~/.qttest
        MetadataReader::initialize();
    }

    void copiesToTheCacheAndRemovesIt()
    {
        QVERIFY(test::writeJpeg(path(QStringLiteral("still.jpg"))));
        const QByteArray clip = test::writeClip(path(QStringLiteral("clip.mp4")));
        QVERIFY(!clip.isEmpty());
        const fs::path photo = path(QStringLiteral("photos/PXL_1.MP.jpg"));
        fs::create_directories(photo.parent_path());
        QVERIFY(test::writePixelMotionPhoto(photo, test::readBytes(path(QStringLiteral("still.jpg"))), clip));
        const auto meta = test::readAlone(photo);
        QVERIFY(meta && meta->motionClip);
        const QStringList before = test::snapshotTree(photo.parent_path());

        QUrl played;
        {
            MotionClipSource source;
            QSignalSpy changed(&source, &MotionClipSource::sourceChanged);
            source.setPath(QString::fromStdString(photo.string()));
            source.setOffset(meta->motionClip->offset);
            source.setLength(meta->motionClip->length);
            QTRY_VERIFY(!source.source().isEmpty());
            QVERIFY2(source.error().isEmpty(), qPrintable(source.error()));
            played = source.source();
            QVERIFY(played.toLocalFile().startsWith(MotionClipSource::cacheFolder()));
            QCOMPARE(test::readBytes(fs::path(played.toLocalFile().toStdString())), clip);
            QCOMPARE(test::snapshotTree(photo.parent_path()), before);
        }
        QVERIFY(!QFile::exists(played.toLocalFile())); // gone with the viewer's clip
        QCOMPARE(test::snapshotTree(photo.parent_path()), before);
    }

    void rangeOutsideTheFileIsAnError()
    {
        QVERIFY(test::writeJpeg(path(QStringLiteral("short.jpg"))));
        MotionClipSource source;
        QSignalSpy changed(&source, &MotionClipSource::sourceChanged);
        source.setPath(m_dir.filePath(QStringLiteral("short.jpg")));
        source.setOffset(100);
        source.setLength(1 << 20);
        QTRY_VERIFY(!source.error().isEmpty());
        QVERIFY(source.source().isEmpty());
    }
};

QTEST_MAIN(TestMotionClipSource)
#include "tst_motionclipsource.moc"
