#include "things/ThingDetectorNet.h"

#include "nn/TensorImage.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace tintype {

namespace {
constexpr int kTop = 100;
constexpr float kFloor = 0.001F;

// tf.image.nonMaxSuppression's overlap (tfjs intersectionOverUnion) of boxes [y1, x1, y2, x2].
float iou(const float *a, const float *b)
{
    const float yminA = std::min(a[0], a[2]), xminA = std::min(a[1], a[3]);
    const float ymaxA = std::max(a[0], a[2]), xmaxA = std::max(a[1], a[3]);
    const float yminB = std::min(b[0], b[2]), xminB = std::min(b[1], b[3]);
    const float ymaxB = std::max(b[0], b[2]), xmaxB = std::max(b[1], b[3]);
    const float areaA = (ymaxA - yminA) * (xmaxA - xminA), areaB = (ymaxB - yminB) * (xmaxB - xminB);
    if (areaA <= 0 || areaB <= 0)
        return 0.0F;
    const float h = std::max(std::min(ymaxA, ymaxB) - std::max(yminA, yminB), 0.0F);
    const float w = std::max(std::min(xmaxA, xmaxB) - std::max(xminA, xminB), 0.0F);
    const float intersection = h * w;
    return intersection / (areaA + areaB - intersection);
}

// The heatmap cells inside a row's box (clipped to the map) scoring at least half
// its peak: the network draws a real object's peak as a blob that grows with the
// object (CenterNet's training targets are Gaussians sized by the box), while a
// texture it mistakes for fur peaks in a few cells under a box as wide as the
// picture (ThingThresholds::minimumPeakCells).
int peakCells(const float *heat, int width, int height, const std::array<float, 6> &row, float stride)
{
    const int x1 = std::clamp(int(std::floor(row[0] / stride)), 0, width - 1);
    const int y1 = std::clamp(int(std::floor(row[1] / stride)), 0, height - 1);
    const int x2 = std::clamp(int(std::ceil(row[2] / stride)), x1 + 1, width);
    const int y2 = std::clamp(int(std::ceil(row[3] / stride)), y1 + 1, height);
    const float half = row[4] / 2;
    int above = 0;
    for (int y = y1; y < y2; ++y)
        for (int x = x1; x < x2; ++x)
            above += heat[y * width + x] >= half ? 1 : 0;
    return above;
}
} // namespace

Result<ThingDetectorNet> ThingDetectorNet::load(const QString &directory)
{
    auto graph = TfjsGraph::load(directory, QStringLiteral("centernet"), {"tower_0/keypoints", "tower_0/wh"});
    if (!graph)
        return Result<ThingDetectorNet>::failure(graph.error());
    ThingDetectorNet net(std::move(graph.value()));
    if (const cv::Mat stride = net.m_graph.constant("tower_0/mul_3/y"); stride.total() == 1)
        net.m_stride = stride.at<float>(0);
    return net;
}

std::vector<ThingDetectorNet::Row> ThingDetectorNet::rows(const cv::Mat &rgb) { return rows(rgb, nullptr); }

std::vector<ThingDetectorNet::Row> ThingDetectorNet::rows(const cv::Mat &rgb, std::vector<int> *cells)
{
    const std::vector<cv::Mat> outs =
        m_graph.run(tensorimage::toStretchedBlob(rgb, kInputSize, kInputSize, cv::Vec3f(0, 0, 0), 1.0F));
    const cv::Mat &heat = outs.at(0), &sizes = outs.at(1); // 1×80×128×128, 1×4×128×128
    CV_Assert(heat.dims == 4 && heat.size[1] == kClasses && sizes.dims == 4 && sizes.size[1] == 4);
    const int height = heat.size[2], width = heat.size[3], plane = height * width;
    const float *h = heat.ptr<float>();

    // The graph keeps a heatmap value where it equals its 3×3 neighbourhood's
    // maximum (TF max pooling, "same": the window clipped at the borders), then takes
    // the top 100 over the NHWC order (pixel-major, class-minor), lower index first
    // on ties. Values under kFloor are left out: past the real peaks the graph's
    // rows are noise no caller reads, and skipping them spares ~10 ms of compares.
    struct Peak {
        float score;
        int index; // (y·width + x)·80 + class
    };
    std::vector<Peak> peaks;
    for (int c = 0; c < kClasses; ++c) {
        const float *p = h + std::ptrdiff_t(c) * plane;
        for (int y = 0; y < height; ++y) {
            for (int x = 0; x < width; ++x) {
                const float v = p[y * width + x];
                if (!(v >= kFloor))
                    continue;
                bool peak = true;
                for (int dy = -1; dy <= 1 && peak; ++dy)
                    for (int dx = -1; dx <= 1 && peak; ++dx) {
                        const int yy = y + dy, xx = x + dx;
                        if (yy >= 0 && yy < height && xx >= 0 && xx < width && p[yy * width + xx] > v)
                            peak = false;
                    }
                if (peak)
                    peaks.push_back({v, (y * width + x) * kClasses + c});
            }
        }
    }
    const auto better = [](const Peak &a, const Peak &b) {
        return a.score > b.score || (a.score == b.score && a.index < b.index);
    };
    const std::size_t top = std::min<std::size_t>(kTop, peaks.size());
    std::partial_sort(peaks.begin(), peaks.begin() + std::ptrdiff_t(top), peaks.end(), better);
    peaks.resize(top);

    const float *s = sizes.ptr<float>();
    std::vector<Row> rows;
    for (const Peak &peak : peaks) {
        const int c = peak.index % kClasses, pixel = peak.index / kClasses;
        const int y = pixel / width, x = pixel % width;
        const float cx = float(x) * m_stride, cy = float(y) * m_stride;
        const Row row{cx - s[0 * plane + pixel],
                      cy - s[1 * plane + pixel],
                      cx + s[2 * plane + pixel],
                      cy + s[3 * plane + pixel],
                      peak.score,
                      float(c)};
        rows.push_back(row);
        if (cells)
            cells->push_back(peakCells(h + std::ptrdiff_t(c) * plane, width, height, row, m_stride));
    }
    return rows;
}

std::vector<ThingDetectorNet::Detection> ThingDetectorNet::detect(const cv::Mat &rgb, float minScore, int maxResults,
                                                                  float iouThreshold)
{
    std::vector<int> cells;
    const std::vector<Row> all = rows(rgb, &cells);
    // tf.image.nonMaxSuppression: candidates above the score threshold, best first;
    // one overlapping a kept box by IoU ≥ the threshold is dropped.
    std::vector<int> candidates;
    for (int i = 0; i < int(all.size()); ++i)
        if (all[std::size_t(i)][4] > minScore)
            candidates.push_back(i);
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&](int a, int b) { return all[std::size_t(a)][4] > all[std::size_t(b)][4]; });
    std::vector<std::array<float, 4>> kept; // y1, x1, y2, x2
    std::vector<Detection> detections;
    for (int i : candidates) {
        if (int(detections.size()) >= maxResults)
            break;
        const Row &r = all[std::size_t(i)];
        const std::array<float, 4> box{r[1], r[0], r[3], r[2]};
        bool suppressed = false;
        for (auto it = kept.rbegin(); it != kept.rend() && !suppressed; ++it)
            suppressed = iou(box.data(), it->data()) >= iouThreshold;
        if (suppressed)
            continue;
        kept.push_back(box);
        const float x = r[0] / kInputSize, y = r[1] / kInputSize;
        detections.push_back(
            {int(r[5]), r[4], {x, y, r[2] / kInputSize - x, r[3] / kInputSize - y}, cells[std::size_t(i)]});
    }
    return detections;
}

} // namespace tintype
