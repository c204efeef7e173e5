#include "ThumbnailProvider.h"
#include "UiFixture.h"

#include "support/TestMedia.h"
#include "thumbs/ThumbnailCache.h"
#include "thumbs/ThumbnailScheduler.h"
#include "thumbs/Thumbnailer.h"

#include <QDateTime>
#include <QImage>
#include <QQuickImageResponse>
#include <QQuickTextureFactory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace tintype;

// The image provider answers on the thread that asked (Qt's image reader),
// after requestImageResponse has returned: a response finished before the
// reader connects to it would leave its image loading for ever.
class TestThumbnailProvider : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ThumbnailCache> m_cache;
    std::unique_ptr<ThumbnailScheduler> m_scheduler;
    std::unique_ptr<ThumbnailProvider> m_provider;

    // Waits for `response` to finish; true when it did, and on `thread`.
    static bool finishesOn(QQuickImageResponse *response, QThread *thread)
    {
        QThread *seen = nullptr;
        QSignalSpy spy(response, &QQuickImageResponse::finished);
        connect(
            response, &QQuickImageResponse::finished, response, [&seen] { seen = QThread::currentThread(); },
            Qt::DirectConnection);
        if (spy.count() != 0) // not during requestImageResponse
            return false;
        return spy.wait(5000) && spy.count() == 1 && seen == thread;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_cache = std::make_unique<ThumbnailCache>(m_dir.filePath(QStringLiteral("thumbs")).toStdString());
        m_scheduler = std::make_unique<ThumbnailScheduler>(*m_cache, 1);
        m_provider = std::make_unique<ThumbnailProvider>(m_dir.filePath(QStringLiteral("catalog.sqlite")), *m_cache,
                                                         *m_scheduler);
    }
    void cleanup()
    {
        m_provider.reset();
        m_scheduler.reset();
        m_cache.reset();
    }

    void badAddressFinishesLaterWithAReason()
    {
        std::unique_ptr<QQuickImageResponse> response(m_provider->requestImageResponse(QStringLiteral("nonsense"), {}));
        QVERIFY(finishesOn(response.get(), QThread::currentThread()));
        QVERIFY(response->errorString().contains(QStringLiteral("nonsense")));
    }

    void cachedGridThumbnailIsDecodedOffTheAskingThread()
    {
        QImage image(160, 120, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        const auto jpeg = Thumbnailer::encodeJpeg(image, 80);
        QVERIFY(jpeg);
        const QByteArray fingerprint = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        QVERIFY(m_cache->put({fingerprint, ThumbnailSize::Grid}, jpeg.value()));
        std::unique_ptr<QQuickImageResponse> response(m_provider->requestImageResponse(
            QStringLiteral("grid/7/%1/0").arg(QString::fromLatin1(fingerprint.toHex())), {}));
        QVERIFY(finishesOn(response.get(), QThread::currentThread()));
        QVERIFY(response->errorString().isEmpty());
        std::unique_ptr<QQuickTextureFactory> factory(response->textureFactory());
        QVERIFY(factory);
        QCOMPARE(factory->image().size(), QSize(160, 120));
    }

    void justMadeThumbnailIsHandedOverWithoutADiskRead()
    {
        QTemporaryDir photos;
        QVERIFY(test::writeJpeg(std::filesystem::path(photos.path().toStdString()) / "a.jpg", QSize(1200, 900), 1));
        test::UiCatalog catalog;
        std::int64_t fileId = 0;
        catalog.addPhoto(catalog.addRoot(photos.path()), "a.jpg", QDateTime(QDate(2021, 6, 1), QTime(9, 0)), 0, 1200,
                         900, &fileId);
        // The scheduler stores into one cache, the provider reads another, empty one:
        // only the bytes handed over with the outcome can answer.
        ThumbnailCache store(m_dir.filePath(QStringLiteral("store")).toStdString());
        ThumbnailCache elsewhere(m_dir.filePath(QStringLiteral("elsewhere")).toStdString());
        ThumbnailScheduler scheduler(store, 1);
        ThumbnailProvider provider(catalog.path(), elsewhere, scheduler);
        const QByteArray fingerprint = QByteArray::fromHex("ffeeddccbbaa99887766554433221100");
        std::unique_ptr<QQuickImageResponse> response(provider.requestImageResponse(
            QStringLiteral("grid/%1/%2/0").arg(fileId).arg(QString::fromLatin1(fingerprint.toHex())), {}));
        QVERIFY(finishesOn(response.get(), QThread::currentThread()));
        QVERIFY2(response->errorString().isEmpty(), qPrintable(response->errorString()));
        std::unique_ptr<QQuickTextureFactory> factory(response->textureFactory());
        QVERIFY(factory);
        QCOMPARE(factory->image().size(), QSize(400, 300));
        const ThumbnailKey key{fingerprint, ThumbnailSize::Grid};
        QVERIFY(store.contains(key)); // made and stored once
        QVERIFY(!elsewhere.contains(key));
    }

    void fileWithoutAPictureGetsAPlaceholderNotABlankTile()
    {
        // A known failure (issue 25): a grey tile that says why, not an error (a blank tile).
        const QByteArray fingerprint = QByteArray::fromHex("0123456789abcdef0123456789abcdef");
        QVERIFY(m_cache->putFailure({fingerprint, ThumbnailSize::Grid}, QStringLiteral("HEIF: no image data")));
        std::unique_ptr<QQuickImageResponse> response(m_provider->requestImageResponse(
            QStringLiteral("grid/9/%1/0").arg(QString::fromLatin1(fingerprint.toHex())), {}));
        QVERIFY(finishesOn(response.get(), QThread::currentThread()));
        QVERIFY2(response->errorString().isEmpty(), qPrintable(response->errorString()));
        std::unique_ptr<QQuickTextureFactory> factory(response->textureFactory());
        QVERIFY(factory);
        const QImage tile = factory->image();
        QCOMPARE(tile.size(), QSize(400, 300));
        // Not a flat picture: the mark and the words are drawn on it.
        int light = 0;
        for (int y = 0; y < tile.height(); y += 2)
            for (int x = 0; x < tile.width(); x += 2)
                light += qGray(tile.pixel(x, y)) > 150 ? 1 : 0;
        QVERIFY2(light > 200, qPrintable(QString::number(light)));
    }
};

QTEST_MAIN(TestThumbnailProvider)
#include "tst_thumbnailprovider.moc"
