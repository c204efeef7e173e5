#include "faces/FaceAnalyzer.h"

#include "faces/FaceDetectorNet.h"
#include "faces/FaceEmbeddingNet.h"
#include "faces/FaceLandmarkNet.h"
#include "faces/FacePlausibility.h"
#include "nn/TfjsWeights.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace tintype {

struct FaceAnalyzer::Networks {
    FaceDetectorNet detector;
    FaceLandmarkNet landmarks;
    FaceEmbeddingNet embedding;
};

namespace {
// face-api's Box.clipAtImageBorders: clip, then floor every field.
cv::Rect clipAtImageBorders(double x, double y, double width, double height, int imageWidth, int imageHeight)
{
    const double right = x + width, bottom = y + height;
    const double clippedX = std::max(x, 0.0), clippedY = std::max(y, 0.0);
    const double clippedWidth = std::min(right - clippedX, imageWidth - clippedX);
    const double clippedHeight = std::min(bottom - clippedY, imageHeight - clippedY);
    return {int(std::floor(clippedX)), int(std::floor(clippedY)), int(std::floor(clippedWidth)),
            int(std::floor(clippedHeight))};
}

cv::Point2d centre(const FaceLandmarkNet::Points &points, int first, int last)
{
    cv::Point2d sum(0, 0);
    for (int i = first; i < last; ++i)
        sum += points[i];
    return sum / double(last - first);
}

// face-api's FaceLandmarks.alignDlib (landmarks in image pixels; `cropSize` is the
// size of the crop they were located in, which face-api keeps as the image size).
cv::Rect2d alignDlib(const FaceLandmarkNet::Points &points, cv::Size cropSize)
{
    const cv::Point2d leftEye = centre(points, 36, 42), rightEye = centre(points, 42, 48);
    const cv::Point2d mouth = centre(points, 48, 68);
    const double eyeToMouth = (cv::norm(mouth - leftEye) + cv::norm(mouth - rightEye)) / 2;
    const double size = std::floor(eyeToMouth / 0.45);
    const cv::Point2d reference = (leftEye + rightEye + mouth) / 3.0;
    const double x = std::floor(std::max(0.0, reference.x - 0.5 * size));
    const double y = std::floor(std::max(0.0, reference.y - 0.43 * size));
    return {x, y, std::min(size, cropSize.width + x), std::min(size, cropSize.height + y)};
}

float sharpnessOf(const cv::Mat &chipRgb)
{
    cv::Mat gray, scaled, laplacian;
    cv::cvtColor(chipRgb, gray, cv::COLOR_RGB2GRAY);
    cv::resize(gray, scaled, cv::Size(150, 150), 0, 0, cv::INTER_AREA);
    cv::Laplacian(scaled, laplacian, CV_32F);
    cv::Scalar mean, stddev;
    cv::meanStdDev(laplacian, mean, stddev);
    return float(stddev[0] * stddev[0]);
}

cv::Mat toRgbMat(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    const cv::Mat view(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar *>(rgb.constBits()),
                       std::size_t(rgb.bytesPerLine()));
    return view.clone();
}
} // namespace

FaceAnalyzer::FaceAnalyzer(std::unique_ptr<Networks> networks) : m_networks(std::move(networks)) {}
FaceAnalyzer::~FaceAnalyzer() = default;

Result<std::unique_ptr<FaceAnalyzer>> FaceAnalyzer::load(const QString &modelDirectory)
{
    using Loaded = Result<std::unique_ptr<FaceAnalyzer>>;
    auto detectorWeights = TfjsWeights::load(modelDirectory, QStringLiteral("ssd_mobilenetv1_model"));
    if (!detectorWeights)
        return Loaded::failure(detectorWeights.error());
    auto detector = FaceDetectorNet::create(detectorWeights.value());
    if (!detector)
        return Loaded::failure(detector.error());
    auto landmarkWeights = TfjsWeights::load(modelDirectory, QStringLiteral("face_landmark_68_model"));
    if (!landmarkWeights)
        return Loaded::failure(landmarkWeights.error());
    auto landmarks = FaceLandmarkNet::create(landmarkWeights.value());
    if (!landmarks)
        return Loaded::failure(landmarks.error());
    auto embeddingWeights = TfjsWeights::load(modelDirectory, QStringLiteral("face_recognition_model"));
    if (!embeddingWeights)
        return Loaded::failure(embeddingWeights.error());
    auto embedding = FaceEmbeddingNet::create(embeddingWeights.value());
    if (!embedding)
        return Loaded::failure(embedding.error());
    auto networks = std::make_unique<Networks>(
        Networks{std::move(detector.value()), std::move(landmarks.value()), std::move(embedding.value())});
    return std::unique_ptr<FaceAnalyzer>(new FaceAnalyzer(std::move(networks)));
}

Result<std::vector<AnalyzedFace>> FaceAnalyzer::analyze(const QImage &image, const FaceDetectionSettings &settings)
{
    using Analyzed = Result<std::vector<AnalyzedFace>>;
    if (image.isNull() || image.width() < 1 || image.height() < 1)
        return Analyzed::failure(tr("The image is empty"));
    std::vector<AnalyzedFace> found;
    try {
        const cv::Mat rgb = toRgbMat(image);
        const auto detections = m_networks->detector.detect(rgb, settings.minScore, settings.maxFaces);
        // Each stage batched over the photo's faces: one forward pass for all the
        // landmarks, one for all the embeddings.
        std::vector<const FaceDetectorNet::Detection *> kept;
        std::vector<cv::Mat> crops;
        std::vector<cv::Rect> cropRects;
        for (const auto &detection : detections) {
            if (std::min(detection.box.width, detection.box.height) < settings.minFaceSize)
                continue;
            const cv::Rect crop = clipAtImageBorders(detection.box.x, detection.box.y, detection.box.width,
                                                     detection.box.height, rgb.cols, rgb.rows);
            if (crop.width <= 0 || crop.height <= 0)
                continue;
            kept.push_back(&detection);
            cropRects.push_back(crop);
            crops.push_back(rgb(crop));
        }
        const std::vector<FaceLandmarkNet::Points> located = m_networks->landmarks.locate(crops);
        std::vector<cv::Mat> chips;
        for (std::size_t k = 0; k < kept.size(); ++k) {
            const FaceDetectorNet::Detection &detection = *kept[k];
            FaceLandmarkNet::Points points = located[k];
            for (auto &p : points)
                p += cv::Point2d(detection.box.x, detection.box.y);
            std::array<QPointF, 68> landmarks{};
            for (std::size_t i = 0; i < points.size(); ++i)
                landmarks[i] = QPointF(points[i].x, points[i].y);
            const cv::Rect &seen = cropRects[k];
            if (settings.rejectNonFaces &&
                FacePlausibility::checkLandmarks(QRectF(seen.x, seen.y, seen.width, seen.height), landmarks) !=
                    FacePlausibility::Verdict::Face)
                continue;
            const cv::Rect2d aligned = alignDlib(points, crops[k].size());
            const cv::Rect chip =
                clipAtImageBorders(aligned.x, aligned.y, aligned.width, aligned.height, rgb.cols, rgb.rows);
            if (chip.width <= 0 || chip.height <= 0)
                continue;
            AnalyzedFace face;
            face.box = QRectF(detection.box.x, detection.box.y, detection.box.width, detection.box.height);
            face.score = detection.score;
            face.landmarks = landmarks;
            face.chip = QRect(chip.x, chip.y, chip.width, chip.height);
            chips.push_back(rgb(chip));
            face.sharpness = sharpnessOf(chips.back());
            found.push_back(face);
        }
        const std::vector<FaceEmbedding> embeddings = m_networks->embedding.embed(chips);
        for (std::size_t i = 0; i < found.size(); ++i)
            found[i].embedding = embeddings[i];
        if (settings.rejectNonFaces)
            found.erase(std::remove_if(found.begin(), found.end(),
                                       [](const AnalyzedFace &f) {
                                           return FacePlausibility::checkEmbedding(f.embedding) !=
                                                  FacePlausibility::Verdict::Face;
                                       }),
                        found.end());
    } catch (const cv::Exception &e) {
        return Analyzed::failure(tr("Face analysis failed: %1").arg(QString::fromUtf8(e.what())));
    } catch (const std::bad_alloc &) {
        return Analyzed::failure(tr("Face analysis ran out of memory"));
    }
    return found;
}

Result<FaceEmbedding> FaceAnalyzer::embedChip(const QImage &chip)
{
    if (chip.isNull() || chip.width() < 1 || chip.height() < 1)
        return Result<FaceEmbedding>::failure(tr("The image is empty"));
    try {
        return m_networks->embedding.embed({toRgbMat(chip)}).front();
    } catch (const cv::Exception &e) {
        return Result<FaceEmbedding>::failure(tr("Face analysis failed: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace tintype
