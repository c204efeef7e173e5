#include "ThumbnailProvider.h"

#include "FileLocator.h"

#include "imaging/ImageDecoder.h"
#include "thumbs/ThumbnailCache.h"
#include "thumbs/ThumbnailScheduler.h"
#include "thumbs/Thumbnailer.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QPolygonF>
#include <QQuickTextureFactory>
#include <QTransform>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <mutex>

namespace tintype {

namespace {

struct ImageId {
    QString kind;
    std::int64_t fileId = 0;
    QByteArray fingerprint;
    int turns = 0;
    QByteArray edit; // the edit's fingerprint (optional 5th part): the edited picture, already upright
    bool valid = false;
};

ImageId parse(const QString &id)
{
    const QStringList parts = id.split(QLatin1Char('/'));
    ImageId out;
    if (parts.size() != 4 && parts.size() != 5)
        return out;
    if (parts.size() == 5)
        out.edit = parts[4].toLatin1();
    out.kind = parts[0];
    bool ok = false;
    out.fileId = parts[1].toLongLong(&ok);
    out.fingerprint = QByteArray::fromHex(parts[2].toLatin1());
    out.turns = parts[3].toInt() & 3;
    const bool hex = std::all_of(out.edit.begin(), out.edit.end(), [](char c) { return std::isxdigit(uchar(c)); });
    out.valid = ok && out.fingerprint.size() == 16 && hex && out.edit.size() <= 64;
    return out;
}

QImage rotated(QImage image, int turns)
{
    if (turns == 0 || image.isNull())
        return image;
    return image.transformed(QTransform().rotate(90.0 * turns));
}

// Shared between the response (deleted by the engine, maybe early) and the
// work finishing it on another thread.
struct ResponseState {
    std::mutex mutex;
    QQuickImageResponse *owner = nullptr;
    QImage image;
    QString error;
    std::uint64_t jobId = 0;
    std::atomic_bool cancelled{false};
};

class Response : public QQuickImageResponse {
public:
    Response(std::shared_ptr<ResponseState> state, ThumbnailScheduler &scheduler)
        : m_state(std::move(state)),
          m_scheduler(scheduler)
    {
        m_state->owner = this;
    }
    ~Response() override
    {
        std::lock_guard lock(m_state->mutex);
        m_state->owner = nullptr;
    }
    QQuickTextureFactory *textureFactory() const override
    {
        std::lock_guard lock(m_state->mutex);
        return QQuickTextureFactory::textureFactoryForImage(m_state->image);
    }
    QString errorString() const override
    {
        std::lock_guard lock(m_state->mutex);
        return m_state->error;
    }
    void cancel() override
    {
        m_state->cancelled = true;
        std::uint64_t job = 0;
        {
            std::lock_guard lock(m_state->mutex);
            job = m_state->jobId;
        }
        if (job)
            m_scheduler.cancel(job);
    }

private:
    std::shared_ptr<ResponseState> m_state;
    ThumbnailScheduler &m_scheduler;
};

void finish(const std::shared_ptr<ResponseState> &state, QImage image, QString error)
{
    std::lock_guard lock(state->mutex);
    state->image = std::move(image);
    state->error = std::move(error);
    // Emitted on the response's own thread (Qt's image reader), later: emitted
    // here on a pool thread it could come before the reader has connected to
    // it, and Qt 6.4 notes that case through a queued slot that runs too late,
    // so the image stayed "loading" for ever (seen as a benchmark that never
    // settled, about one run in five). Dropped if the response is deleted first.
    if (QQuickImageResponse *owner = state->owner)
        QMetaObject::invokeMethod(
            owner, [owner] { emit owner->finished(); }, Qt::QueuedConnection);
}

QImage fromJpeg(const QByteArray &bytes, const QSize &requested)
{
    QImage image = QImage::fromData(bytes, "JPEG");
    if (!image.isNull() && requested.isValid() && requested.width() > 0 && requested.height() > 0 &&
        (image.width() > requested.width() * 2 || image.height() > requested.height() * 2))
        image = image.scaled(requested * 2, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

// What stands in for a photo no picture could be made of: a grey tile with a
// broken-picture mark and the reason, so the grid never shows a blank or black
// tile as if it were the photo, and the user sees why.
QImage placeholder(const QString &reason)
{
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(QColor(0x3c, 0x40, 0x43));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0xc4, 0xc7, 0xc5), 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolyline(QPolygonF({QPointF(150, 50), QPointF(195, 50), QPointF(183, 80), QPointF(205, 102),
                                    QPointF(190, 150), QPointF(150, 150), QPointF(150, 50)}));
    painter.drawPolyline(QPolygonF({QPointF(215, 50), QPointF(250, 50), QPointF(250, 150), QPointF(205, 150),
                                    QPointF(220, 105), QPointF(198, 82), QPointF(215, 50)}));
    QFont font = painter.font();
    font.setPixelSize(22);
    painter.setFont(font);
    painter.setPen(QColor(0xe3, 0xe3, 0xe3));
    const QString text = QCoreApplication::translate("ThumbnailProvider", "No picture could be read: %1").arg(reason);
    painter.drawText(QRect(20, 170, 360, 120), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
    painter.end();
    return image;
}

} // namespace

ThumbnailProvider::ThumbnailProvider(const QString &catalogPath, ThumbnailCache &cache, ThumbnailScheduler &scheduler)
    : m_cache(cache),
      m_scheduler(scheduler),
      m_locator(std::make_shared<FileLocator>(catalogPath))
{
    m_pool.setMaxThreadCount(2);
}

ThumbnailProvider::~ThumbnailProvider()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QQuickImageResponse *ThumbnailProvider::requestImageResponse(const QString &id, const QSize &requestedSize)
{
    auto state = std::make_shared<ResponseState>();
    auto *response = new Response(state, m_scheduler);
    const ImageId image = parse(id);
    if (!image.valid) {
        finish(state, {}, QCoreApplication::translate("ThumbnailProvider", "Not a thumbnail address: %1").arg(id));
        return response;
    }
    ThumbnailCache &cache = m_cache;
    ThumbnailScheduler &scheduler = m_scheduler;
    std::shared_ptr<FileLocator> locator = m_locator;
    m_pool.start([state, image, requestedSize, &cache, &scheduler, locator] {
        if (state->cancelled)
            return finish(state, {}, QCoreApplication::translate("ThumbnailProvider", "Cancelled"));
        if (!image.edit.isEmpty() && image.kind == QLatin1String("exif")) // the camera's picture is not the edit
            return finish(state, {}, QCoreApplication::translate("ThumbnailProvider", "Edited"));
        if (!image.edit.isEmpty() && image.kind == QLatin1String("full")) {
            const auto source = locator->thumbnailSource(image.fileId);
            if (!source)
                return finish(state, {},
                              QCoreApplication::translate("ThumbnailProvider", "The file is offline or missing"));
            const int edge = requestedSize.isValid()
                                 ? std::clamp(std::max(requestedSize.width(), requestedSize.height()), 64, 8192)
                                 : 4096;
            auto edited = Thumbnailer::renderEdited(
                source->path, {source->editStack, source->editFingerprint, source->userQuarterTurns}, edge);
            return edited ? finish(state, edited.value(), {}) : finish(state, {}, edited.error());
        }
        if (image.kind == QLatin1String("full") || image.kind == QLatin1String("exif")) {
            const auto path = locator->availablePath(image.fileId);
            if (!path)
                return finish(state, {},
                              QCoreApplication::translate("ThumbnailProvider", "The file is offline or missing"));
            if (image.kind == QLatin1String("exif")) {
                auto small = ImageDecoder::exifThumbnail(*path);
                return small ? finish(state, rotated(small.value(), image.turns), {})
                             : finish(state, {}, small.error());
            }
            DecodeRequest request;
            request.path = *path;
            request.targetLongEdge = requestedSize.isValid()
                                         ? std::clamp(std::max(requestedSize.width(), requestedSize.height()), 64, 8192)
                                         : 4096;
            auto decoded = ImageDecoder::decode(request);
            return decoded ? finish(state, rotated(decoded->image, image.turns), {})
                           : finish(state, {}, decoded.error());
        }
        const ThumbnailSize size =
            image.kind == QLatin1String("preview") ? ThumbnailSize::Preview : ThumbnailSize::Grid;
        const ThumbnailEdit urlEdit{{}, image.edit, image.turns};
        const ThumbnailKey key{image.fingerprint, size, urlEdit.tag()};
        if (auto bytes = cache.get(key))
            return finish(state, rotated(fromJpeg(*bytes, requestedSize), urlEdit.isEmpty() ? image.turns : 0), {});
        if (auto failure = cache.failure(key))
            return finish(state, placeholder(*failure), {});
        // An edited picture is made from the photo's current edit (the catalog's, never the address's alone).
        const auto source = urlEdit.isEmpty() ? std::nullopt : locator->thumbnailSource(image.fileId);
        const auto path = urlEdit.isEmpty() ? locator->availablePath(image.fileId)
                                            : (source ? std::optional(source->path) : std::nullopt);
        if (!path)
            return finish(
                state, {},
                QCoreApplication::translate("ThumbnailProvider", "The file is offline and has no thumbnail yet"));
        const auto priority = size == ThumbnailSize::Grid ? ThumbnailPriority::OnScreen : ThumbnailPriority::Viewer;
        std::lock_guard lock(state->mutex); // the callback may run before jobId is stored otherwise
        state->jobId = scheduler.submit(
            {*path, image.fingerprint, size,
             source ? ThumbnailEdit{source->editStack, source->editFingerprint, source->userQuarterTurns}
                    : ThumbnailEdit{},
             image.fileId},
            priority,
            [state, &cache, turns = image.turns, requestedSize](const ThumbnailRequest &request,
                                                                const ThumbnailOutcome &outcome) {
                if (outcome.kind == ThumbnailOutcome::Kind::Cancelled)
                    return finish(state, {}, QCoreApplication::translate("ThumbnailProvider", "Cancelled"));
                if (outcome.kind == ThumbnailOutcome::Kind::Failed)
                    return finish(state, placeholder(outcome.error), {});
                // Just made: the bytes come with the outcome (no second read from the disk cache).
                auto bytes = outcome.kind == ThumbnailOutcome::Kind::Made && !outcome.jpeg.isEmpty()
                                 ? std::optional(outcome.jpeg)
                                 : cache.get(request.key());
                if (!bytes)
                    return finish(state, {},
                                  QCoreApplication::translate("ThumbnailProvider",
                                                              "The thumbnail could not be read back from the cache"));
                finish(state, rotated(fromJpeg(*bytes, requestedSize), request.edit.isEmpty() ? turns : 0), {});
            });
    });
    return response;
}

} // namespace tintype
