#pragma once

#include <QImage>
#include <QSize>

#include <memory>
#include <vector>

namespace tintype {

class VideoClip;

// The frames of a highlight reel: each photo shown for `photoSeconds` with a
// slow zoom and pan (Ken Burns, alternating direction), each video playing for
// up to `clipSeconds` (silent: a reel has no sound), cross-fading into the
// next over `fadeSeconds`, fitted on black (a portrait is not cropped).
// Frames are asked for in order (a video is read forward).
class ReelRenderer {
public:
    struct Timing {
        double photoSeconds = 3.0;
        double fadeSeconds = 0.8;
        double clipSeconds = 4.0; // the most of a video that plays
    };
    // A photo, or a video's clip from `clipStart` seconds in.
    struct Slide {
        QImage photo;
        std::shared_ptr<VideoClip> clip;
        double clipStart = 0;
    };
    ReelRenderer(const std::vector<QImage> &photos, QSize frameSize, Timing timing);
    ReelRenderer(std::vector<Slide> slides, QSize frameSize, Timing timing);

    double durationSeconds() const;
    static double durationSeconds(int photos, Timing timing);
    QImage frameAt(double seconds) const;
    QSize frameSize() const { return m_size; }
    // Where a video's clip starts: a second in when it is long enough, to skip the start's shake.
    static double clipStartOf(double videoSeconds, Timing timing);

private:
    void drawSlide(class QPainter &painter, int index, double seconds, double opacity) const;
    std::vector<Slide> m_slides; // photos scaled to fit the frame, a little larger for the zoom
    std::vector<double> m_starts, m_lengths;
    QSize m_size;
    Timing m_timing;
};

} // namespace tintype
