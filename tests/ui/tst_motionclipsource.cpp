// The viewer's motion-photo clip: the player reads the clip's bytes straight
// from the photo's file through a FileRangeDevice; nothing is copied or written
// anywhere, and a range the file no longer holds is an error, not a crash.
#include "FileRangeDevice.h"
#include "MotionClipSource.h"
#include "metadata/MetadataReader.h"
#include "support/PhoneMedia.h"
#include "support/TestMedia.h"

#include <QMediaPlayer>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
namespace fs = std::filesystem;

class TestMotionClipSource : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QByteArray m_clip;
    fs::path m_photo;
    EmbeddedClip m_range;

    fs::path path(const QString &name) const { return fs::path(QFile::encodeName(m_dir.filePath(name)).toStdString()); }
    QString photo() const { return QString::fromStdString(m_photo.string()); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("QT_MEDIA_BACKEND", "ffmpeg"); // as the app (AppStart): GStreamer's plugins may be missing
        MetadataReader::initialize();
        QVERIFY(test::writeJpeg(path(QStringLiteral("still.jpg"))));
        m_clip = test::writeClip(path(QStringLiteral("clip.mp4")));
        QVERIFY(!m_clip.isEmpty());
        m_photo = path(QStringLiteral("photos/PXL_1.MP.jpg"));
        fs::create_directories(m_photo.parent_path());
        QVERIFY(test::writePixelMotionPhoto(m_photo, test::readBytes(path(QStringLiteral("still.jpg"))), m_clip));
        const auto meta = test::readAlone(m_photo);
        QVERIFY(meta && meta->motionClip);
        m_range = *meta->motionClip;
    }

    void deviceReadsExactlyTheClip()
    {
        FileRangeDevice device(photo(), m_range.offset, m_range.length);
        QVERIFY(device.open(QIODevice::ReadOnly));
        QCOMPARE(device.size(), qint64(m_clip.size()));
        QCOMPARE(device.readAll(), m_clip);
        QVERIFY(device.atEnd());
        QVERIFY(device.seek(4));
        QCOMPARE(device.read(4), QByteArray("ftyp"));
        QVERIFY(!device.seek(m_range.length + 1));
        QVERIFY(!device.open(QIODevice::ReadWrite));
        FileRangeDevice beyond(photo(), m_range.offset, m_range.length + 1);
        QVERIFY(!beyond.open(QIODevice::ReadOnly)); // the file is shorter than the catalog says
    }

    void playerGetsTheRange()
    {
        const QStringList before = test::snapshotTree(m_photo.parent_path());
        QMediaPlayer player;
        {
            MotionClipSource source;
            source.setPath(photo());
            source.setOffset(m_range.offset);
            source.setLength(m_range.length);
            QVERIFY(source.play(&player));
            QVERIFY(player.sourceDevice());
            QCOMPARE(player.sourceDevice()->size(), qint64(m_clip.size()));
            QVERIFY(source.error().isEmpty());
        }
        QVERIFY(!player.sourceDevice()); // let go with the viewer's clip
        QCOMPARE(test::snapshotTree(m_photo.parent_path()), before);

        MotionClipSource changed;
        changed.setPath(photo());
        changed.setOffset(m_range.offset);
        changed.setLength(m_range.length + 100);
        QVERIFY(!changed.play(&player));
        QVERIFY(!changed.error().isEmpty());
    }
};

QTEST_MAIN(TestMotionClipSource)
#include "tst_motionclipsource.moc"
