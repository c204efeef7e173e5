#include "stories/ReelRenderer.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace tintype {

namespace {
constexpr double kZoom = 0.08; // how much a photo grows while shown
constexpr double kPan = 0.03;  // how far it drifts, as a share of the frame
} // namespace

ReelRenderer::ReelRenderer(const std::vector<QImage> &photos, QSize frameSize, Timing timing)
    : m_size(frameSize),
      m_timing(timing)
{
    m_timing.fadeSeconds = std::clamp(m_timing.fadeSeconds, 0.0, m_timing.photoSeconds / 2);
    const QSize room = m_size * (1 + kZoom);
    for (const QImage &photo : photos)
        if (!photo.isNull())
            m_photos.push_back(photo.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                                   .convertToFormat(QImage::Format_ARGB32_Premultiplied));
}

double ReelRenderer::durationSeconds(int photos, Timing timing)
{
    if (photos <= 0)
        return 0;
    const double fade = std::clamp(timing.fadeSeconds, 0.0, timing.photoSeconds / 2);
    return photos * timing.photoSeconds - (photos - 1) * fade;
}

double ReelRenderer::durationSeconds() const { return durationSeconds(int(m_photos.size()), m_timing); }

void ReelRenderer::drawPhoto(QPainter &painter, int index, double seconds, double opacity) const
{
    const QImage &photo = m_photos[std::size_t(index)];
    const double progress = std::clamp(seconds / m_timing.photoSeconds, 0.0, 1.0);
    // Fit at the start, kZoom larger at the end; odd photos zoom out instead.
    const double zoom = index % 2 ? 1 + kZoom * (1 - progress) : 1 + kZoom * progress;
    const double fit = std::min(double(m_size.width()) / photo.width(), double(m_size.height()) / photo.height());
    const double scale = fit * zoom;
    const double drift = (progress - 0.5) * kPan * (index % 3 == 1 ? -1 : 1);
    const QPointF centre(m_size.width() * (0.5 + drift), m_size.height() * (0.5 + drift / 2));
    const QSizeF shown(photo.width() * scale, photo.height() * scale);
    painter.setOpacity(opacity);
    painter.drawImage(QRectF(centre - QPointF(shown.width() / 2, shown.height() / 2), shown), photo);
}

QImage ReelRenderer::frameAt(double seconds) const
{
    QImage frame(m_size, QImage::Format_RGB32);
    frame.fill(Qt::black);
    if (m_photos.empty())
        return frame;
    QPainter painter(&frame);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const double step = m_timing.photoSeconds - m_timing.fadeSeconds;
    const int last = int(m_photos.size()) - 1;
    const int current = std::clamp(int(std::floor(seconds / step)), 0, last);
    const double into = seconds - current * step;
    // Photo i comes in at i * step, fading in over the end of photo i - 1.
    if (current > 0 && into < m_timing.fadeSeconds) {
        drawPhoto(painter, current - 1, into + step, 1.0);
        drawPhoto(painter, current, into, into / m_timing.fadeSeconds);
    } else {
        drawPhoto(painter, current, into, 1.0);
    }
    return frame;
}

} // namespace tintype
