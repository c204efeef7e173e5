// ReelExporter: the MP4 opens with FFmpeg (through MetadataReader's video
// backend) with the expected duration and 1080p frame; unreadable photos are
// left out and counted; cancelling removes the partial file; the renderer
// cross-fades between photos; a video plays as a clip of itself (its own
// pictures changing over time), not as one still.

#include "metadata/MetadataReader.h"
#include "stories/ReelExporter.h"
#include "stories/VideoClip.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;

class TestReelExporter : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::vector<std::filesystem::path> m_photos;

    ReelExporter::Settings shortReel() const
    {
        ReelExporter::Settings s;
        s.timing.photoSeconds = 1.5;
        s.timing.fadeSeconds = 0.5;
        return s;
    }

private slots:
    void initTestCase()
    {
        MetadataReader::initialize();
        const QColor colours[] = {Qt::red, Qt::darkGreen, Qt::blue};
        for (int i = 0; i < 3; ++i) {
            QImage image(i == 1 ? 600 : 1200, i == 1 ? 900 : 800, QImage::Format_RGB32); // one portrait
            image.fill(colours[i]);
            const QString path = m_dir.filePath(QStringLiteral("photo%1.jpg").arg(i));
            QVERIFY(image.save(path, "JPEG"));
            m_photos.push_back(path.toStdString());
        }
    }

    void exportsA1080pMp4()
    {
        std::vector<std::filesystem::path> photos = m_photos;
        photos.push_back(m_dir.filePath(QStringLiteral("missing.jpg")).toStdString());
        const std::filesystem::path out = m_dir.filePath(QStringLiteral("reel.mp4")).toStdString();
        std::vector<double> progress;
        const Result<ReelExporter::Outcome> result =
            ReelExporter::run(photos, out, shortReel(), [&](double done) { progress.push_back(done); });
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(result.value().photos, 3);
        QCOMPARE(result.value().unreadable, 1);
        QCOMPARE(result.value().seconds, 3 * 1.5 - 2 * 0.5);
        QVERIFY(!progress.empty());
        QCOMPARE(progress.back(), 1.0);

        const Result<MediaMetadata> read = MetadataReader::read(out);
        QVERIFY2(read, qPrintable(read.error()));
        const MediaMetadata &video = read.value();
        QCOMPARE(video.format, QStringLiteral("mp4"));
        QCOMPARE(video.kind, MediaKind::Video);
        QCOMPARE(video.width, 1920);
        QCOMPARE(video.height, 1080);
        QVERIFY(video.durationSeconds);
        QVERIFY2(std::abs(*video.durationSeconds - 3.5) < 0.1, qPrintable(QString::number(*video.durationSeconds)));
    }

    void cancelRemovesThePartialFile()
    {
        const std::filesystem::path out = m_dir.filePath(QStringLiteral("cancelled.mp4")).toStdString();
        std::atomic<bool> cancel{false};
        const Result<ReelExporter::Outcome> result = ReelExporter::run(
            m_photos, out, shortReel(), [&](double done) { cancel = done > 0.3; }, &cancel);
        QVERIFY(!result);
        QVERIFY(!std::filesystem::exists(out));
    }

    void nothingReadableFails()
    {
        const std::filesystem::path out = m_dir.filePath(QStringLiteral("none.mp4")).toStdString();
        QVERIFY(!ReelExporter::run({m_dir.filePath(QStringLiteral("missing.jpg")).toStdString()}, out, shortReel()));
        QVERIFY(!std::filesystem::exists(out));
        ReelExporter::Settings odd = shortReel();
        odd.frameSize = QSize(1919, 1080);
        QVERIFY(!ReelExporter::run(m_photos, out, odd));
    }

    void videoPlaysAsAClip()
    {
        // The source video: a second of red, then a second of blue.
        QImage red(640, 360, QImage::Format_RGB32), blue(640, 360, QImage::Format_RGB32),
            green(1200, 800, QImage::Format_RGB32);
        red.fill(Qt::red);
        blue.fill(Qt::blue);
        green.fill(Qt::green);
        QVERIFY(red.save(m_dir.filePath(QStringLiteral("red.png"))));
        QVERIFY(blue.save(m_dir.filePath(QStringLiteral("blue.png"))));
        QVERIFY(green.save(m_dir.filePath(QStringLiteral("green.png"))));
        ReelExporter::Settings cut;
        cut.frameSize = QSize(640, 360);
        cut.timing = {1.0, 0.0, 4.0};
        const std::filesystem::path video = m_dir.filePath(QStringLiteral("clip.mp4")).toStdString();
        QVERIFY(ReelExporter::run({m_dir.filePath(QStringLiteral("red.png")).toStdString(),
                                   m_dir.filePath(QStringLiteral("blue.png")).toStdString()},
                                  video, cut));

        // A reel of a photo and that video: the video's slide runs its whole two seconds.
        ReelExporter::Settings settings = shortReel();
        settings.frameSize = QSize(640, 360);
        const std::filesystem::path out = m_dir.filePath(QStringLiteral("with-video.mp4")).toStdString();
        const Result<ReelExporter::Outcome> result = ReelExporter::run(
            {{m_dir.filePath(QStringLiteral("green.png")).toStdString(), false}, {video, true}}, out, settings);
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(result.value().photos, 2);
        QCOMPARE(result.value().videos, 1);
        QVERIFY2(std::abs(result.value().seconds - (1.5 + 2.0 - 0.5)) < 0.05,
                 qPrintable(QString::number(result.value().seconds)));

        // Read back: the video's slide starts at 1.0 s; red in its first second, blue in its second.
        Result<std::shared_ptr<VideoClip>> reel = VideoClip::open(out, 640);
        QVERIFY2(reel, qPrintable(reel.error()));
        const QColor first = reel.value()->frameAt(1.0 + 0.7).pixelColor(320, 180);
        const QColor second = reel.value()->frameAt(1.0 + 1.6).pixelColor(320, 180);
        QVERIFY2(first.red() > 200 && first.blue() < 60, qPrintable(first.name()));
        QVERIFY2(second.blue() > 200 && second.red() < 60, qPrintable(second.name()));
        // Reading back again from the start seeks: the photo's green; after release() it opens again.
        const QColor start = reel.value()->frameAt(0.2).pixelColor(320, 180);
        QVERIFY2(start.green() > 200 && start.red() < 60, qPrintable(start.name()));
        reel.value()->release();
        QVERIFY(reel.value()->frameAt(1.0 + 1.6).pixelColor(320, 180).blue() > 200);

        // The same video three times over (each clip's decoder closed once it is past): each plays.
        const std::filesystem::path thrice = m_dir.filePath(QStringLiteral("thrice.mp4")).toStdString();
        const Result<ReelExporter::Outcome> again =
            ReelExporter::run({{video, true}, {video, true}, {video, true}}, thrice, settings);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again.value().videos, 3);
        Result<std::shared_ptr<VideoClip>> read = VideoClip::open(thrice, 640);
        QVERIFY(read);
        for (int i = 0; i < 3; ++i) { // clip i starts at 1.5 i s: red, then blue
            QVERIFY(read.value()->frameAt(1.5 * i + 0.7).pixelColor(320, 180).red() > 200);
            QVERIFY(read.value()->frameAt(1.5 * i + 1.4).pixelColor(320, 180).blue() > 200);
        }
    }

    void crossFades()
    {
        QImage red(800, 450, QImage::Format_RGB32), blue(800, 450, QImage::Format_RGB32);
        red.fill(Qt::red);
        blue.fill(Qt::blue);
        const ReelRenderer renderer({red, blue}, QSize(320, 180), {2.0, 1.0});
        QCOMPARE(renderer.durationSeconds(), 3.0);
        const QColor start = renderer.frameAt(0.2).pixelColor(160, 90);
        const QColor middle = renderer.frameAt(1.5).pixelColor(160, 90); // half way through the fade
        const QColor end = renderer.frameAt(2.9).pixelColor(160, 90);
        QVERIFY(start.red() > 240 && start.blue() < 15);
        QVERIFY(middle.red() > 90 && middle.red() < 165 && middle.blue() > 90 && middle.blue() < 165);
        QVERIFY(end.blue() > 240 && end.red() < 15);
    }
};

QTEST_GUILESS_MAIN(TestReelExporter)
#include "tst_reelexporter.moc"
