// Pictures decoded in a tintype-worker process (imaging/WorkerImageDecoder):
// the same pixels as decoding here, back through shared memory, nothing left
// in /dev/shm; a decoder that crashes or hangs (the test build's switch,
// TINTYPE_WORKER_CRASH_ON / _HANG_ON) costs only that file, for the viewer's
// full-size picture, the Exif thumbnail and the editor's source alike.
#include "common/SharedBuffer.h"
#include "edit/EditSource.h"
#include "imaging/ImageDecoder.h"
#include "imaging/WorkerImageDecoder.h"
#include "metadata/MetadataReader.h"
#include "support/TestMedia.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;
using namespace tintype::test;
namespace fs = std::filesystem;

namespace {
// This process's shared memory objects that still have a name.
QStringList namedSharedMemory()
{
    return QDir(QStringLiteral("/dev/shm"))
        .entryList({QStringLiteral("tintype-%1-*").arg(QCoreApplication::applicationPid())}, QDir::Files);
}
} // namespace

class TestWorkerDecoder : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    fs::path file(const char *name) const { return fs::path(m_dir.path().toStdString()) / name; }
    static WorkerProcess::Options worker(int timeoutMs = 10000)
    {
        return {QStringLiteral(TINTYPE_WORKER_PATH), timeoutMs};
    }

private slots:
    void initTestCase()
    {
        MetadataReader::initialize();
        qputenv("TINTYPE_WORKER_CRASH_ON", "crash-me");
        qputenv("TINTYPE_WORKER_HANG_ON", "hang-me");
        QVERIFY(writeJpeg(file("big.jpg"), QSize(3000, 2000), 5));
        for (const char *name : {"good.jpg", "crash-me.jpg", "hang-me.jpg"})
            QVERIFY(writeJpeg(file(name), QSize(640, 480), 3));
        QVERIFY(writeBytes(file("broken.jpg"), "not a jpeg"));
    }

    void sharedBufferCarriesBytes()
    {
        if (!SharedBuffer::isAvailable())
            QSKIP("no shared memory on this platform: pixels go through the pipe");
        const auto mine = SharedBuffer::create();
        QVERIFY(mine);
        QCOMPARE(namedSharedMemory().size(), 1);
        const auto theirs = SharedBuffer::open(mine->name());
        QVERIFY(theirs);
        QVERIFY2(namedSharedMemory().isEmpty(), "the opening side removes the name");
        QVERIFY(!mine->read(10)); // nothing written yet
        const QByteArray big(48 << 20, 'x'), small("pixels");
        QVERIFY(theirs->write(big.constData(), big.size()));
        QCOMPARE(QByteArray(mine->read(big.size()), big.size()), big);
        mine->shrink(0);
        QVERIFY(theirs->write(small.constData(), small.size())); // grows again after a shrink
        QCOMPARE(QByteArray(mine->read(small.size()), small.size()), small);
    }

    void samePixelsAsDecodingHere()
    {
        WorkerImageDecoder decoder(worker());
        for (const int edge : {400, 4096}) {
            const DecodeRequest request{file("big.jpg"), edge};
            const auto there = decoder.decode(request);
            QVERIFY2(there, there ? "" : qPrintable(there.error()));
            const auto here = ImageDecoder::decodeHere(request);
            QVERIFY(here);
            QCOMPARE(there->image.size(), here->image.size());
            QCOMPARE(there->image.format(), here->image.format());
            QVERIFY(there->image == here->image);
            QCOMPARE(there->sourceSize, QSize(3000, 2000));
            QCOMPARE(there->format, QStringLiteral("jpeg"));
            QCOMPARE(there->source, here->source);
            QCOMPARE(decoder.lastSharedMemory(), SharedBuffer::isAvailable());
        }
        const auto broken = decoder.decode({file("broken.jpg"), 400});
        QVERIFY(!broken);
        QCOMPARE(broken.error(), ImageDecoder::decodeHere({file("broken.jpg"), 400}).error());
        QCOMPARE(decoder.restarts(), 0); // a decoder's own error: the worker lives on
        QVERIFY(namedSharedMemory().isEmpty());
    }

    void crashAndHangCostOnlyThatFile()
    {
        WorkerImageDecoder decoder(worker(1500));
        const auto crashed = decoder.decode({file("crash-me.jpg"), 400});
        QVERIFY(!crashed);
        QCOMPARE(crashed.error(), WorkerProcess::crashedReason());
        QVERIFY(decoder.decode({file("good.jpg"), 400}));
        const auto hung = decoder.decode({file("hang-me.jpg"), 400});
        QVERIFY(!hung);
        QCOMPARE(hung.error(), WorkerProcess::timedOutReason());
        const auto thumb = decoder.exifThumbnail(file("crash-me.jpg"));
        QVERIFY(!thumb);
        QCOMPARE(thumb.error(), WorkerProcess::crashedReason());
        QVERIFY(decoder.decode({file("good.jpg"), 400}));
        QCOMPARE(decoder.restarts(), 3);
        QVERIFY(namedSharedMemory().isEmpty());
    }

    void decodeGoesToTheWorkerOnceNamed()
    {
        // Without a worker: decoded here (the switch lives in the worker only).
        QVERIFY(ImageDecoder::decode({file("crash-me.jpg"), 400}));
        ImageDecoder::decodeInWorkers(QStringLiteral(TINTYPE_WORKER_PATH), 10000);
        const auto viewer = ImageDecoder::decode({file("crash-me.jpg"), 4096});
        const auto exif = ImageDecoder::exifThumbnail(file("crash-me.jpg"));
        const auto editor = EditSource::load(file("crash-me.jpg"), 0, 0);
        const auto good = EditSource::load(file("big.jpg"), 1, 0);
        ImageDecoder::decodeInWorkers({});
        QVERIFY(!viewer);
        QCOMPARE(viewer.error(), WorkerProcess::crashedReason());
        QVERIFY(!exif);
        QCOMPARE(exif.error(), WorkerProcess::crashedReason());
        QVERIFY(!editor);
        QCOMPARE(editor.error(), WorkerProcess::crashedReason());
        QVERIFY2(good, good ? "" : qPrintable(good.error()));
        QCOMPARE(good->size(), QSize(2000, 3000)); // full size, with the user's quarter turn
        QVERIFY(ImageDecoder::decode({file("crash-me.jpg"), 400}));
    }

    void noWorkerToStartMeansDecodingHere()
    {
        ImageDecoder::decodeInWorkers(m_dir.filePath(QStringLiteral("no-such-worker")));
        const auto decoded = ImageDecoder::decode({file("good.jpg"), 400});
        ImageDecoder::decodeInWorkers({});
        QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.error()));
    }

    void rawDevelopmentInTheWorker()
    {
        const QString samples = qEnvironmentVariable("TINTYPE_SAMPLES");
        if (samples.isEmpty())
            QSKIP("TINTYPE_SAMPLES is not set: the RAW development needs a sample RAW");
        const fs::path raw =
            (samples + QStringLiteral("/raw-xentraxx/test/raw_samples/RAW_NIKON_D1.NEF")).toStdString();
        WorkerImageDecoder decoder(worker(60000));
        DecodeRequest request{raw, 1 << 20};
        request.fullRaw = true;
        const auto there = decoder.decode(request);
        QVERIFY2(there, there ? "" : qPrintable(there.error()));
        QCOMPARE(there->image.format(), QImage::Format_RGBX64); // the development, not the preview
        QCOMPARE(there->source, QStringLiteral("development"));
        QVERIFY(there->image == ImageDecoder::decodeHere(request)->image);
    }
};

QTEST_GUILESS_MAIN(TestWorkerDecoder)
#include "tst_workerdecoder.moc"
