#include "EditCropFrame.h"

#include <algorithm>
#include <cmath>

namespace tintype {

namespace {
constexpr QRectF kWhole(0, 0, 1, 1);

QRectF inside(QRectF r)
{
    r.setWidth(std::clamp(r.width(), EditCropFrame::kMinimumSize, 1.0));
    r.setHeight(std::clamp(r.height(), EditCropFrame::kMinimumSize, 1.0));
    r.moveLeft(std::clamp(r.left(), 0.0, 1.0 - r.width()));
    r.moveTop(std::clamp(r.top(), 0.0, 1.0 - r.height()));
    return r;
}

// A free drag: each moved edge follows the pointer, within the picture and the minimum size.
QRectF draggedFree(const QRectF &s, bool left, bool top, bool right, bool bottom, QPointF d)
{
    const double m = EditCropFrame::kMinimumSize;
    double x0 = s.left(), y0 = s.top(), x1 = s.right(), y1 = s.bottom();
    if (left)
        x0 = std::clamp(x0 + d.x(), 0.0, x1 - m);
    if (right)
        x1 = std::clamp(x1 + d.x(), x0 + m, 1.0);
    if (top)
        y0 = std::clamp(y0 + d.y(), 0.0, y1 - m);
    if (bottom)
        y1 = std::clamp(y1 + d.y(), y0 + m, 1.0);
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

// A corner drag with a fixed ratio: the opposite corner stays; the size follows
// the pointer's larger movement, limited by the picture.
QRectF draggedCorner(const QRectF &s, bool left, bool top, QPointF d, double ratio)
{
    const QPointF anchor(left ? s.right() : s.left(), top ? s.bottom() : s.top());
    const QPointF moved(left ? s.left() + d.x() : s.right() + d.x(), top ? s.top() + d.y() : s.bottom() + d.y());
    double w = std::abs(moved.x() - anchor.x());
    double h = std::abs(moved.y() - anchor.y());
    w = std::max(w, h * ratio);
    const double maxW = left ? anchor.x() : 1.0 - anchor.x();
    const double maxH = top ? anchor.y() : 1.0 - anchor.y();
    w = std::min({w, maxW, maxH * ratio});
    w = std::max(w, EditCropFrame::kMinimumSize * std::max(1.0, ratio));
    h = w / ratio;
    return inside(QRectF(left ? anchor.x() - w : anchor.x(), top ? anchor.y() - h : anchor.y(), w, h));
}

// An edge drag with a fixed ratio: the other side grows around the frame's centre line.
QRectF draggedEdge(const QRectF &s, bool horizontal, bool far, QPointF d, double ratio)
{
    if (horizontal) { // left or right edge: width from the pointer, height centred
        const double anchor = far ? s.left() : s.right();
        double w = far ? s.width() + d.x() : s.width() - d.x();
        const double cy = s.center().y();
        w = std::min({w, far ? 1.0 - anchor : anchor, 2.0 * std::min(cy, 1.0 - cy) * ratio});
        w = std::max(w, EditCropFrame::kMinimumSize * std::max(1.0, ratio));
        const double h = w / ratio;
        return inside(QRectF(far ? anchor : anchor - w, cy - h / 2, w, h));
    }
    const double anchor = far ? s.top() : s.bottom();
    double h = far ? s.height() + d.y() : s.height() - d.y();
    const double cx = s.center().x();
    h = std::min({h, far ? 1.0 - anchor : anchor, 2.0 * std::min(cx, 1.0 - cx) / ratio});
    h = std::max(h, EditCropFrame::kMinimumSize * std::max(1.0, 1.0 / ratio));
    const double w = h * ratio;
    return inside(QRectF(cx - w / 2, far ? anchor : anchor - h, w, h));
}
} // namespace

QRectF EditCropFrame::dragged(const QRectF &start, Handle handle, QPointF delta, double ratio)
{
    const QRectF s = inside(start.normalized());
    if (handle == Move)
        return inside(s.translated(delta));
    const bool left = handle == Left || handle == TopLeft || handle == BottomLeft;
    const bool right = handle == Right || handle == TopRight || handle == BottomRight;
    const bool top = handle == Top || handle == TopLeft || handle == TopRight;
    const bool bottom = handle == Bottom || handle == BottomLeft || handle == BottomRight;
    if (ratio <= 0)
        return draggedFree(s, left, top, right, bottom, delta);
    if ((left || right) && (top || bottom))
        return draggedCorner(s, left, top, delta, ratio);
    return draggedEdge(s, left || right, right || bottom, delta, ratio);
}

QRectF EditCropFrame::fitted(const QRectF &rect, double ratio)
{
    const QRectF r = rect.normalized().intersected(kWhole);
    if (ratio <= 0 || r.isEmpty())
        return r.isEmpty() ? kWhole : r;
    double w = r.width(), h = w / ratio;
    if (h > r.height()) {
        h = r.height();
        w = h * ratio;
    }
    QRectF out(0, 0, w, h);
    out.moveCenter(r.center());
    return out;
}

QRectF EditCropFrame::turned(const QRectF &r, bool clockwise)
{
    // Clockwise, a point (x, y) goes to (1 − y, x); the other way to (y, 1 − x).
    if (clockwise)
        return {1.0 - r.bottom(), r.left(), r.height(), r.width()};
    return {r.top(), 1.0 - r.right(), r.height(), r.width()};
}

QRectF EditCropFrame::mirrored(const QRectF &r, bool horizontal)
{
    if (horizontal)
        return {1.0 - r.right(), r.top(), r.width(), r.height()};
    return {r.left(), 1.0 - r.bottom(), r.width(), r.height()};
}

double EditCropFrame::ratioForAspect(double pixelAspect, double pictureWidth, double pictureHeight)
{
    if (pixelAspect <= 0 || pictureWidth <= 0 || pictureHeight <= 0)
        return 0;
    return pixelAspect * pictureHeight / pictureWidth;
}

} // namespace tintype
