#pragma once

#include <QImage>
#include <QSize>

#include <vector>

namespace tintype {

// The frames of a highlight reel: each photo shown for `photoSeconds` with a
// slow zoom and pan (Ken Burns, alternating direction), cross-fading into the
// next over `fadeSeconds`, fitted on black (a portrait is not cropped).
class ReelRenderer {
public:
    struct Timing {
        double photoSeconds = 3.0;
        double fadeSeconds = 0.8;
    };
    ReelRenderer(const std::vector<QImage> &photos, QSize frameSize, Timing timing);

    double durationSeconds() const;
    static double durationSeconds(int photos, Timing timing);
    QImage frameAt(double seconds) const;
    QSize frameSize() const { return m_size; }

private:
    void drawPhoto(class QPainter &painter, int index, double seconds, double opacity) const;
    std::vector<QImage> m_photos; // scaled to fit the frame, a little larger for the zoom
    QSize m_size;
    Timing m_timing;
};

} // namespace tintype
