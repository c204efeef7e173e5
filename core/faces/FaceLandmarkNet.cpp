#include "faces/FaceLandmarkNet.h"

#include "nn/NetBuilder.h"
#include "nn/TensorImage.h"
#include "nn/TfjsWeights.h"

#include <QCoreApplication>

#include <cmath>

namespace tintype {

namespace {
constexpr int kInputSize = 112;
const cv::Vec3f kMeanRgb(122.782F, 117.001F, 104.298F);

struct MissingTensor {
    std::string name;
};

class LandmarkBuilder {
public:
    explicit LandmarkBuilder(const TfjsWeights &weights) : m_weights(weights) {}

    cv::Mat tensor(const std::string &name) const
    {
        cv::Mat t = m_weights.tensor(name);
        if (t.empty())
            throw MissingTensor{name};
        return t;
    }

    // tfjs separableConv2d (depthwise, then pointwise) + bias
    int separable(int from, const std::string &prefix, int stride)
    {
        const std::string dw = prefix + "/depthwise_filter", pw = prefix + "/pointwise_filter";
        const cv::Mat depthwiseKernel = tensor(dw), pointwiseKernel = tensor(pw), bias = tensor(prefix + "/bias");
        const int depthwise = m_net.depthwise(from, depthwiseKernel, m_weights.shape(dw), cv::Mat(), stride);
        return m_net.conv(depthwise, pointwiseKernel, m_weights.shape(pw), bias, 1, NetBuilder::Padding::Same);
    }

    int denseBlock(int from, const std::string &prefix, bool firstLayer)
    {
        int out1 = 0;
        if (firstLayer) {
            const std::string w = prefix + "/conv0/filters";
            const cv::Mat kernel = tensor(w), bias = tensor(prefix + "/conv0/bias");
            out1 = m_net.conv(from, kernel, m_weights.shape(w), bias, 2, NetBuilder::Padding::Same);
        } else {
            out1 = separable(from, prefix + "/conv0", 2);
        }
        out1 = m_net.relu(out1);
        const int out2 = separable(out1, prefix + "/conv1", 1);
        const int in3 = m_net.relu(m_net.sum({out1, out2}));
        const int out3 = separable(in3, prefix + "/conv2", 1);
        const int in4 = m_net.relu(m_net.sum({out1, out2, out3}));
        const int out4 = separable(in4, prefix + "/conv3", 1);
        return m_net.relu(m_net.sum({out1, out2, out3, out4}));
    }

    NetBuilder &net() { return m_net; }
    const TfjsWeights &weights() const { return m_weights; }

private:
    const TfjsWeights &m_weights;
    NetBuilder m_net;
};
} // namespace

Result<FaceLandmarkNet> FaceLandmarkNet::create(const TfjsWeights &weights)
{
    FaceLandmarkNet landmarks;
    try {
        LandmarkBuilder b(weights);
        int out = b.denseBlock(NetBuilder::input(), "dense0", true);
        out = b.denseBlock(out, "dense1", false);
        out = b.denseBlock(out, "dense2", false);
        out = b.denseBlock(out, "dense3", false);
        out = b.net().avgPool(out, 7, 2);
        if (b.weights().shape("fc/weights") != std::vector<int>{256, 136})
            throw MissingTensor{"fc/weights"};
        b.net().fullyConnected(out, b.tensor("fc/weights"), 256, 136, b.tensor("fc/bias"));
        landmarks.m_net = b.net().net();
    } catch (const MissingTensor &missing) {
        return Result<FaceLandmarkNet>::failure(
            QCoreApplication::translate("FaceModels", "The face landmark model lacks tensor %1")
                .arg(QString::fromStdString(missing.name)));
    } catch (const cv::Exception &e) {
        return Result<FaceLandmarkNet>::failure(
            QCoreApplication::translate("FaceModels", "The face landmark net could not be built: %1").arg(e.what()));
    }
    return landmarks;
}

std::vector<FaceLandmarkNet::Points> FaceLandmarkNet::locate(const std::vector<cv::Mat> &crops)
{
    std::vector<Points> located(crops.size());
    if (crops.empty())
        return located;
    m_net.setInput(tensorimage::toBatchBlob(crops, kInputSize, tensorimage::PadMode::Centred, kMeanRgb, 1.0F / 255.0F));
    const cv::Mat out = m_net.forward(); // N × 136
    for (std::size_t n = 0; n < crops.size(); ++n) {
        const cv::Mat &crop = crops[n];
        const float *v = out.ptr<float>() + n * 136;
        // face-api's postProcess: undo the centred padding in the scaled frame.
        const double scale = double(kInputSize) / std::max(crop.cols, crop.rows);
        const double width = crop.cols * scale, height = crop.rows * scale;
        const double padX = width < height ? std::abs(width - height) / 2 : 0;
        const double padY = height < width ? std::abs(width - height) / 2 : 0;
        Points &points = located[n];
        for (std::size_t i = 0; i < points.size(); ++i) {
            const double rx = (double(v[2 * i]) * kInputSize - padX) / width;
            const double ry = (double(v[2 * i + 1]) * kInputSize - padY) / height;
            points[i] = cv::Point2d(rx * crop.cols, ry * crop.rows);
        }
    }
    return located;
}

} // namespace tintype
