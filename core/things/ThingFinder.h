#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QString>

#include <array>
#include <memory>
#include <vector>

namespace tintype {

class ThingDetectorNet;

// A thing found on a picture: its label (ThingLabels), score and box relative
// to the picture (0..1, clipped to it).
struct FoundThing {
    QString label;
    float score = 0;
    QRectF box;
};

// The object detector ready to run (not thread-safe: one per thread; the
// weights are shared between them). Keeps a detection when its score reaches
// its class's ThingThresholds::minimumScore.
class ThingFinder {
    Q_DECLARE_TR_FUNCTIONS(ThingFinder)

public:
    ~ThingFinder();
    ThingFinder(const ThingFinder &) = delete;
    ThingFinder &operator=(const ThingFinder &) = delete;

    static Result<std::unique_ptr<ThingFinder>> load(const QString &directory);
    // Any picture; looked at as 512×512 (a 512 px preview loses nothing).
    std::vector<FoundThing> find(const QImage &image);

    // What @vladmandic/human's object module returns, before our per-class
    // thresholds (the golden test compares it with Human's own): class index,
    // score, box (left, top, width, height relative to the picture, unclipped).
    struct Detection {
        int classIndex = 0;
        float score = 0;
        std::array<float, 4> box{};
        int peakCells = 0; // heatmap cells in the box at half the peak or more (ThingThresholds)
    };
    std::vector<Detection> detectAll(const QImage &image, float minScore, int maxResults, float iouThreshold);
    // The graph's raw `tower_0/detections` rows: x1, y1, x2, y2 (512×512 input), score, class.
    std::vector<std::array<float, 6>> rows(const QImage &image);
    const std::vector<QString> &labels() const { return m_labels; }

private:
    ThingFinder() = default;
    std::unique_ptr<ThingDetectorNet> m_net;
    std::vector<QString> m_labels;
};

} // namespace tintype
