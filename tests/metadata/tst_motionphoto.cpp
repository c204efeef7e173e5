// Motion photos in one file: the clip's byte range found at read time for each
// vendor layout (Google Motion Photo 1.0, Google MicroVideo, Samsung SEF trailer).
#include "metadata/MetadataReader.h"
#include "support/PhoneMedia.h"
#include "support/TestMedia.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
namespace fs = std::filesystem;

class MotionPhotoTest : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QByteArray m_jpeg, m_clip;

    fs::path path(const QString &name) const { return fs::path(QFile::encodeName(m_dir.filePath(name)).toStdString()); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        MetadataReader::initialize();
        QVERIFY(test::writeJpeg(path(QStringLiteral("still.jpg")), QSize(64, 48), 3));
        QVERIFY(test::setMetadata(path(QStringLiteral("still.jpg")),
                                  {{"Exif.Image.Make", "Google"}, {"Exif.Image.Model", "Pixel 7 Pro"}}));
        m_jpeg = test::readBytes(path(QStringLiteral("still.jpg")));
        m_clip = test::writeClip(path(QStringLiteral("clip.mp4")));
        QVERIFY(m_clip.size() > 100);
    }

    void findsTheClip_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::newRow("Pixel motion photo") << QStringLiteral("pixel");
        QTest::newRow("Pixel micro video") << QStringLiteral("micro");
        QTest::newRow("Samsung trailer") << QStringLiteral("samsung");
        QTest::newRow("Galaxy S10: MicroVideo XMP and three SEF records") << QStringLiteral("galaxy");
    }
    void findsTheClip()
    {
        QFETCH(QString, layout);
        const fs::path file = path(QStringLiteral("PXL_20240302_101112000.MP.%1.jpg").arg(layout));
        const bool written = layout == QLatin1String("samsung") ? test::writeSamsungMotionPhoto(file, m_jpeg, m_clip)
                             : layout == QLatin1String("galaxy")
                                 ? test::writeGalaxyS10MotionPhoto(file, m_jpeg, m_clip)
                                 : test::writePixelMotionPhoto(file, m_jpeg, m_clip, layout == QLatin1String("micro"));
        QVERIFY(written);
        const auto read = test::readAlone(file);
        QVERIFY2(read, qPrintable(read.error()));
        QCOMPARE(read->kind, MediaKind::Photo);
        QCOMPARE(read->model, QStringLiteral("Pixel 7 Pro"));
        QVERIFY2(read->motionClip.has_value(), qPrintable(read->warnings.join(u'|')));
        const QByteArray bytes = test::readBytes(file);
        QCOMPARE(bytes.mid(qsizetype(read->motionClip->offset), qsizetype(read->motionClip->length)), m_clip);
        if (layout == QLatin1String("galaxy")) // as in the S10's dumps: MicroVideoOffset = clip + 56
            QCOMPARE(bytes.size() - read->motionClip->offset, m_clip.size() + 56);
    }

    void stillWithoutClip()
    {
        const auto read = test::readAlone(path(QStringLiteral("still.jpg")));
        QVERIFY(read);
        QVERIFY(!read->motionClip);
        QVERIFY(read->warnings.isEmpty());
    }

    // The XMP says there is a clip but the bytes are not an MP4: a still, with a warning.
    void promisedClipMissing()
    {
        const fs::path file = path(QStringLiteral("PXL_broken.MP.jpg"));
        QVERIFY(test::writePixelMotionPhoto(file, m_jpeg, QByteArray(m_clip.size(), 'x')));
        const auto read = test::readAlone(file);
        QVERIFY(read);
        QVERIFY(!read->motionClip);
        QVERIFY2(read->warnings.join(u'|').contains(QStringLiteral("motion photo")),
                 qPrintable(read->warnings.join(u'|')));
    }
};

QTEST_GUILESS_MAIN(MotionPhotoTest)
#include "tst_motionphoto.moc"
