#pragma once

#include <QPointF>
#include <QRectF>

namespace tintype {

// The crop tool's geometry, in the crop's own coordinates: 0..1 of the
// picture after rotate, flip and straighten (as EditOperation stores it).
// `ratio` is the frame's width / height in those coordinates (0: free); for a
// picture of W × H pixels, a pixel aspect A is the ratio A · H / W.
class EditCropFrame {
public:
    enum Handle { Move, Left, Top, Right, Bottom, TopLeft, TopRight, BottomLeft, BottomRight };

    // The smallest frame, as a fraction of each side.
    static constexpr double kMinimumSize = 0.05;

    // The frame after dragging `handle` by `delta` from `start` (the frame at
    // the press): the opposite edge or corner stays, a fixed ratio is kept,
    // and the frame stays inside the picture.
    static QRectF dragged(const QRectF &start, Handle handle, QPointF delta, double ratio);
    // The largest frame of `ratio` inside `rect`, on the same centre.
    static QRectF fitted(const QRectF &rect, double ratio);
    // The same part of the picture once it is turned a quarter (clockwise or not) or mirrored.
    static QRectF turned(const QRectF &rect, bool clockwise);
    static QRectF mirrored(const QRectF &rect, bool horizontal);

    static double ratioForAspect(double pixelAspect, double pictureWidth, double pictureHeight);
};

} // namespace tintype
