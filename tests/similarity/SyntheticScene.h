#pragma once

// Generated photographs for the duplicate tests and benchmark: a scene of
// random shapes over a gradient with fine texture (so no two seeds look
// alike), the copies people end up with (resized, recompressed, turned,
// mirrored, cropped, converted), and bursts (the same scene with its subject
// moving). Header-only: shared by tests/similarity and tests/bench.
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QRandomGenerator>

namespace tintype::test {

// The scene of `seed`; `subjectShift` moves its subject (a burst frame) by that
// fraction of the width.
inline QImage syntheticScene(QSize size, quint32 seed, double subjectShift = 0.0)
{
    QRandomGenerator random(seed * 2654435761U + 17);
    auto color = [&random] { return QColor::fromRgb(random.bounded(256), random.bounded(256), random.bounded(256)); };
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QLinearGradient sky(0, 0, random.bounded(size.width()), size.height());
    sky.setColorAt(0, color());
    sky.setColorAt(1, color());
    painter.fillRect(image.rect(), sky);
    const int w = size.width(), h = size.height();
    const int shapes = 10 + int(random.bounded(10));
    for (int i = 0; i < shapes; ++i) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(color());
        const QRect r(int(random.bounded(w)) - w / 8, int(random.bounded(h)) - h / 8,
                      w / 10 + int(random.bounded(w / 3)), h / 10 + int(random.bounded(h / 3)));
        if (random.bounded(2))
            painter.drawEllipse(r);
        else
            painter.drawRect(r);
    }
    // Fine texture, as real photos have (grass, fabric, sensor noise).
    for (int i = 0; i < w * h / 60; ++i) {
        const QColor c = QColor::fromRgb(random.bounded(256), random.bounded(256), random.bounded(256), 60);
        painter.fillRect(QRect(int(random.bounded(w)), int(random.bounded(h)), 2, 2), c);
    }
    // The subject: what moves between the frames of a burst.
    painter.setBrush(color());
    const int subjectX = int(w * (0.3 + subjectShift)), subjectY = h / 3;
    painter.drawEllipse(QRect(subjectX, subjectY, w / 5, h / 3));
    painter.setBrush(color());
    painter.drawRect(QRect(subjectX + w / 20, subjectY - h / 10, w / 10, h / 8));
    return image;
}

// A copy cropped by `fraction` of each dimension, split between both edges.
inline QImage croppedCopy(const QImage &image, double fraction)
{
    const int dx = int(image.width() * fraction / 2), dy = int(image.height() * fraction / 2);
    return image.copy(dx, dy, image.width() - 2 * dx, image.height() - 2 * dy);
}

} // namespace tintype::test
