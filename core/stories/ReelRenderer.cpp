#include "stories/ReelRenderer.h"

#include "stories/VideoClip.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace tintype {

namespace {
constexpr double kZoom = 0.08;           // how much a photo grows while shown
constexpr double kPan = 0.03;            // how far it drifts, as a share of the frame
constexpr double kClipLeadSeconds = 1.0; // a video's first second (the shake of pressing record) is skipped
std::vector<ReelRenderer::Slide> photoSlides(const std::vector<QImage> &photos)
{
    std::vector<ReelRenderer::Slide> slides;
    slides.reserve(photos.size());
    for (const QImage &photo : photos)
        slides.push_back({photo, nullptr, 0});
    return slides;
}
} // namespace

ReelRenderer::ReelRenderer(const std::vector<QImage> &photos, QSize frameSize, Timing timing)
    : ReelRenderer(photoSlides(photos), frameSize, timing)
{}

ReelRenderer::ReelRenderer(std::vector<Slide> slides, QSize frameSize, Timing timing)
    : m_size(frameSize),
      m_timing(timing)
{
    m_timing.fadeSeconds = std::clamp(m_timing.fadeSeconds, 0.0, m_timing.photoSeconds / 2);
    const QSize room = m_size * (1 + kZoom);
    double start = 0;
    for (Slide &slide : slides) {
        double length = m_timing.photoSeconds;
        if (slide.clip) {
            const double left = slide.clip->durationSeconds() - slide.clipStart;
            length = std::max(2 * m_timing.fadeSeconds + 0.1, std::min(m_timing.clipSeconds, left));
        } else if (slide.photo.isNull()) {
            continue;
        } else {
            slide.photo = slide.photo.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                              .convertToFormat(QImage::Format_ARGB32_Premultiplied);
        }
        m_starts.push_back(start);
        m_lengths.push_back(length);
        start += length - m_timing.fadeSeconds;
        m_slides.push_back(std::move(slide));
    }
}

double ReelRenderer::clipStartOf(double videoSeconds, Timing timing)
{
    return videoSeconds >= timing.clipSeconds + 2 * kClipLeadSeconds ? kClipLeadSeconds : 0;
}

double ReelRenderer::durationSeconds(int photos, Timing timing)
{
    if (photos <= 0)
        return 0;
    const double fade = std::clamp(timing.fadeSeconds, 0.0, timing.photoSeconds / 2);
    return photos * timing.photoSeconds - (photos - 1) * fade;
}

double ReelRenderer::durationSeconds() const { return m_slides.empty() ? 0 : m_starts.back() + m_lengths.back(); }

void ReelRenderer::drawSlide(QPainter &painter, int index, double seconds, double opacity) const
{
    const Slide &slide = m_slides[std::size_t(index)];
    painter.setOpacity(opacity);
    if (slide.clip) { // a video plays as it is, fitted
        const QImage picture = slide.clip->frameAt(slide.clipStart + seconds);
        if (picture.isNull())
            return;
        const QSizeF shown = QSizeF(picture.size()).scaled(QSizeF(m_size), Qt::KeepAspectRatio);
        const QPointF corner((m_size.width() - shown.width()) / 2, (m_size.height() - shown.height()) / 2);
        painter.drawImage(QRectF(corner, shown), picture);
        return;
    }
    const QImage &photo = slide.photo;
    const double progress = std::clamp(seconds / m_timing.photoSeconds, 0.0, 1.0);
    // Fit at the start, kZoom larger at the end; odd photos zoom out instead.
    const double zoom = index % 2 ? 1 + kZoom * (1 - progress) : 1 + kZoom * progress;
    const double fit = std::min(double(m_size.width()) / photo.width(), double(m_size.height()) / photo.height());
    const double scale = fit * zoom;
    const double drift = (progress - 0.5) * kPan * (index % 3 == 1 ? -1 : 1);
    const QPointF centre(m_size.width() * (0.5 + drift), m_size.height() * (0.5 + drift / 2));
    const QSizeF shown(photo.width() * scale, photo.height() * scale);
    painter.drawImage(QRectF(centre - QPointF(shown.width() / 2, shown.height() / 2), shown), photo);
}

QImage ReelRenderer::frameAt(double seconds) const
{
    QImage frame(m_size, QImage::Format_RGB32);
    frame.fill(Qt::black);
    if (m_slides.empty())
        return frame;
    QPainter painter(&frame);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    // Slide i comes in at m_starts[i], fading in over the end of slide i - 1.
    const auto after = std::upper_bound(m_starts.begin(), m_starts.end(), seconds);
    const int current = std::max(0, int(after - m_starts.begin()) - 1);
    const double into = seconds - m_starts[std::size_t(current)];
    // A video no longer shown closes its decoder (frames come in order: each passes here).
    if (current >= 2 && m_slides[std::size_t(current - 2)].clip)
        m_slides[std::size_t(current - 2)].clip->release();
    if (current > 0 && into < m_timing.fadeSeconds) {
        drawSlide(painter, current - 1, seconds - m_starts[std::size_t(current - 1)], 1.0);
        drawSlide(painter, current, into, into / m_timing.fadeSeconds);
    } else {
        drawSlide(painter, current, into, 1.0);
    }
    return frame;
}

} // namespace tintype
