#include "faces/FaceDetectorNet.h"

#include "nn/NetBuilder.h"
#include "nn/TensorImage.h"
#include "nn/TfjsWeights.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tintype {

namespace {
constexpr int kInputSize = 512;
constexpr int kAnchorCount = 5118;
constexpr float kBatchNormEpsilon = 0.0010000000474974513F;
constexpr float kIouThreshold = 0.5F;

struct MissingTensor {
    std::string name;
};

class SsdBuilder {
public:
    explicit SsdBuilder(const TfjsWeights &weights) : m_weights(weights) {}

    cv::Mat tensor(const std::string &name) const
    {
        cv::Mat t = m_weights.tensor(name);
        if (t.empty())
            throw MissingTensor{name};
        return t;
    }
    std::vector<int> shape(const std::string &name) const { return m_weights.shape(name); }

    // conv + batch-norm offset + ReLU6
    int pointwise(int from, const std::string &prefix, int stride)
    {
        const std::string w = prefix + "/weights";
        const cv::Mat kernel = tensor(w), bias = tensor(prefix + "/convolution_bn_offset");
        return m_net.conv(from, kernel, shape(w), bias, stride, NetBuilder::Padding::Same,
                          NetBuilder::Activation::Relu6);
    }

    // depthwise conv with its batch norm folded in + ReLU6
    int depthwise(int from, int index, int stride)
    {
        const std::string prefix = "MobilenetV1/Conv2d_" + std::to_string(index) + "_depthwise";
        const std::string w = prefix + "/depthwise_weights";
        cv::Mat kernel = tensor(w).clone();
        const std::vector<int> kernelShape = shape(w);
        const cv::Mat gamma = tensor(prefix + "/BatchNorm/gamma"), beta = tensor(prefix + "/BatchNorm/beta");
        const cv::Mat mean = tensor(prefix + "/BatchNorm/moving_mean");
        const cv::Mat variance = tensor(prefix + "/BatchNorm/moving_variance");
        const int channels = kernelShape.at(2);
        cv::Mat bias(1, channels, CV_32F);
        auto *k = kernel.ptr<float>();
        for (int c = 0; c < channels; ++c) {
            const float scale = gamma.at<float>(c) / std::sqrt(variance.at<float>(c) + kBatchNormEpsilon);
            for (int i = 0; i < kernelShape.at(0) * kernelShape.at(1); ++i)
                k[i * channels + c] *= scale;
            bias.at<float>(c) = beta.at<float>(c) - mean.at<float>(c) * scale;
        }
        return m_net.depthwise(from, kernel, kernelShape, bias, stride, NetBuilder::Activation::Relu6);
    }

    int predictorConv(int from, const std::string &prefix)
    {
        const std::string w = prefix + "/weights";
        const cv::Mat kernel = tensor(w), bias = tensor(prefix + "/biases");
        return m_net.conv(from, kernel, shape(w), bias, 1, NetBuilder::Padding::Same);
    }

    NetBuilder &net() { return m_net; }

private:
    const TfjsWeights &m_weights;
    NetBuilder m_net;
};

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
} // namespace

Result<FaceDetectorNet> FaceDetectorNet::create(const TfjsWeights &weights)
{
    FaceDetectorNet detector;
    try {
        SsdBuilder b(weights);
        int out = b.pointwise(NetBuilder::input(), "MobilenetV1/Conv2d_0_pointwise", 2);
        int conv11 = -1;
        for (int i = 1; i <= 13; ++i) {
            const bool down = i == 2 || i == 4 || i == 6 || i == 12;
            out = b.depthwise(out, i, down ? 2 : 1);
            out = b.pointwise(out, "MobilenetV1/Conv2d_" + std::to_string(i) + "_pointwise", 1);
            if (i == 11)
                conv11 = out;
        }
        std::vector<int> features = {conv11, out};
        int p = out;
        for (int i = 0; i < 8; ++i) {
            p = b.pointwise(p, "Prediction/Conv2d_" + std::to_string(i) + "_pointwise", i % 2 == 1 ? 2 : 1);
            if (i % 2 == 1)
                features.push_back(p);
        }
        std::vector<int> boxLayers, classLayers;
        for (int i = 0; i < 6; ++i) {
            const std::string prefix = "Prediction/BoxPredictor_" + std::to_string(i);
            boxLayers.push_back(b.predictorConv(features[i], prefix + "/BoxEncodingPredictor"));
            classLayers.push_back(b.predictorConv(features[i], prefix + "/ClassPredictor"));
        }
        for (int id : boxLayers)
            detector.m_outputs.push_back(b.net().name(id));
        for (int id : classLayers)
            detector.m_outputs.push_back(b.net().name(id));
        detector.m_anchors = b.tensor("Output/extra_dim").reshape(1, kAnchorCount).clone();
        if (detector.m_anchors.cols != 4)
            return Result<FaceDetectorNet>::failure(
                QCoreApplication::translate("FaceModels", "The face detector model has unexpected anchors"));
        detector.m_net = b.net().net();
    } catch (const MissingTensor &missing) {
        return Result<FaceDetectorNet>::failure(
            QCoreApplication::translate("FaceModels", "The face detector model lacks tensor %1")
                .arg(QString::fromStdString(missing.name)));
    } catch (const cv::Exception &e) {
        return Result<FaceDetectorNet>::failure(
            QCoreApplication::translate("FaceModels", "The face detector could not be built: %1").arg(e.what()));
    }
    return detector;
}

std::vector<FaceDetectorNet::Detection> FaceDetectorNet::detect(const cv::Mat &rgb, float minScore, int maxResults)
{
    m_net.setInput(tensorimage::toBatchBlob({rgb}, kInputSize, tensorimage::PadMode::AfterImage,
                                            cv::Vec3f(127.5F, 127.5F, 127.5F), 1.0F / 127.5F));
    std::vector<cv::Mat> outs;
    m_net.forward(outs, m_outputs);

    // Decode in face-api's order: per predictor, row-major cells, then anchors.
    std::vector<float> boxes(std::size_t(kAnchorCount) * 4), scores(kAnchorCount);
    int index = 0;
    for (int k = 0; k < 6; ++k) {
        const cv::Mat &box = outs[k], &cls = outs[6 + k];
        const int anchors = box.size[1] / 4, h = box.size[2], w = box.size[3];
        const int plane = h * w;
        const auto *bp = box.ptr<float>();
        const auto *cp = cls.ptr<float>();
        for (int cell = 0; cell < plane; ++cell) {
            for (int a = 0; a < anchors && index < kAnchorCount; ++a, ++index) {
                const float *anchor = m_anchors.ptr<float>(index);
                const float sizeY = anchor[2] - anchor[0], sizeX = anchor[3] - anchor[1];
                const float centerY = anchor[0] + sizeY / 2, centerX = anchor[1] + sizeX / 2;
                const float ty = bp[(a * 4 + 0) * plane + cell], tx = bp[(a * 4 + 1) * plane + cell];
                const float th = bp[(a * 4 + 2) * plane + cell], tw = bp[(a * 4 + 3) * plane + cell];
                const float halfH = std::exp(th / 5) * sizeY / 2, halfW = std::exp(tw / 5) * sizeX / 2;
                const float cy = ty / 10 * sizeY + centerY, cx = tx / 10 * sizeX + centerX;
                float *out = &boxes[std::size_t(index) * 4];
                out[0] = cy - halfH;
                out[1] = cx - halfW;
                out[2] = cy + halfH;
                out[3] = cx + halfW;
                scores[index] = 1.0F / (1.0F + std::exp(-cp[(a * 3 + 1) * plane + cell]));
            }
        }
    }

    std::vector<int> candidates;
    for (int i = 0; i < kAnchorCount; ++i)
        if (scores[i] > minScore)
            candidates.push_back(i);
    std::stable_sort(candidates.begin(), candidates.end(), [&](int a, int b) { return scores[a] > scores[b]; });
    std::vector<int> selected;
    const int outputSize = std::min(maxResults, kAnchorCount);
    for (int c : candidates) {
        if (int(selected.size()) >= outputSize)
            break;
        bool suppressed = false;
        for (int j = int(selected.size()) - 1; j >= 0 && !suppressed; --j)
            suppressed = iou(&boxes[std::size_t(c) * 4], &boxes[std::size_t(selected[j]) * 4]) > kIouThreshold;
        if (!suppressed)
            selected.push_back(c);
    }

    const double scale = double(kInputSize) / std::max(rgb.cols, rgb.rows);
    const double padX = kInputSize / std::round(rgb.cols * scale), padY = kInputSize / std::round(rgb.rows * scale);
    std::vector<Detection> detections;
    for (int i : selected) {
        const float *b = &boxes[std::size_t(i) * 4];
        const double top = std::max(0.0F, b[0]) * padY, bottom = std::min(1.0F, b[2]) * padY;
        const double left = std::max(0.0F, b[1]) * padX, right = std::min(1.0F, b[3]) * padX;
        detections.push_back({scores[i], cv::Rect2d(left * rgb.cols, top * rgb.rows, (right - left) * rgb.cols,
                                                    (bottom - top) * rgb.rows)});
    }
    return detections;
}

} // namespace tintype
