#include "things/ThingFinder.h"

#include "things/ThingDetectorNet.h"
#include "things/ThingModels.h"
#include "things/ThingThresholds.h"

#include <algorithm>

namespace tintype {

ThingFinder::~ThingFinder() = default;

Result<std::unique_ptr<ThingFinder>> ThingFinder::load(const QString &directory)
{
    if (!ThingModels::present(directory))
        return Result<std::unique_ptr<ThingFinder>>::failure(ThingModels::installHint(directory));
    auto labels = ThingModels::readLabels(directory);
    if (!labels)
        return Result<std::unique_ptr<ThingFinder>>::failure(labels.error());
    auto net = ThingDetectorNet::load(directory);
    if (!net)
        return Result<std::unique_ptr<ThingFinder>>::failure(net.error());
    std::unique_ptr<ThingFinder> finder(new ThingFinder);
    finder->m_net = std::make_unique<ThingDetectorNet>(std::move(net.value()));
    finder->m_labels = std::move(labels.value());
    return finder;
}

namespace {
// The picture as 8-bit RGB pixels, and an OpenCV view of them (valid while `rgb` lives).
cv::Mat rgbView(const QImage &image, QImage &rgb)
{
    rgb = image.convertToFormat(QImage::Format_RGB888);
    return {rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar *>(rgb.constBits()), std::size_t(rgb.bytesPerLine())};
}
} // namespace

std::vector<ThingFinder::Detection> ThingFinder::detectAll(const QImage &image, float minScore, int maxResults,
                                                           float iouThreshold)
{
    if (image.isNull())
        return {};
    QImage rgb;
    std::vector<Detection> all;
    for (const ThingDetectorNet::Detection &d : m_net->detect(rgbView(image, rgb), minScore, maxResults, iouThreshold))
        all.push_back({d.classIndex, d.score, d.box, d.peakCells});
    return all;
}

std::vector<std::array<float, 6>> ThingFinder::rows(const QImage &image)
{
    if (image.isNull())
        return {};
    QImage rgb;
    return m_net->rows(rgbView(image, rgb));
}

std::vector<FoundThing> ThingFinder::find(const QImage &image)
{
    std::vector<FoundThing> found;
    for (const Detection &d : detectAll(image, ThingThresholds::lowest(), 100, 0.4F)) {
        if (d.classIndex < 0 || d.classIndex >= int(m_labels.size()))
            continue;
        const QString &label = m_labels[std::size_t(d.classIndex)];
        if (d.score < ThingThresholds::minimumScore(label) || d.peakCells < ThingThresholds::minimumPeakCells(label))
            continue;
        const QRectF box = QRectF(d.box[0], d.box[1], d.box[2], d.box[3]).intersected(QRectF(0, 0, 1, 1));
        if (box.isEmpty())
            continue;
        found.push_back({label, d.score, box});
    }
    return found;
}

} // namespace tintype
