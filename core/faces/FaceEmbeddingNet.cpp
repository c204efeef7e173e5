#include "faces/FaceEmbeddingNet.h"

#include "nn/NetBuilder.h"
#include "nn/TensorImage.h"
#include "nn/TfjsWeights.h"

#include <QCoreApplication>

namespace tintype {

namespace {
constexpr int kInputSize = 150;
const cv::Vec3f kMeanRgb(122.782F, 117.001F, 104.298F);

struct MissingTensor {
    std::string name;
};

class ResNetBuilder {
public:
    explicit ResNetBuilder(const TfjsWeights &weights) : m_weights(weights) {}

    cv::Mat tensor(const std::string &name) const
    {
        cv::Mat t = m_weights.tensor(name);
        if (t.empty())
            throw MissingTensor{name};
        return t;
    }

    // conv + bias, then the scale layer (x·w + b) folded into both; optional ReLU.
    int conv(int from, const std::string &prefix, int stride, NetBuilder::Padding padding, bool withRelu)
    {
        const std::string w = prefix + "/conv/filters";
        cv::Mat kernel = tensor(w).clone();
        const std::vector<int> kernelShape = m_weights.shape(w);
        const cv::Mat bias = tensor(prefix + "/conv/bias");
        const cv::Mat scale = tensor(prefix + "/scale/weights"), shift = tensor(prefix + "/scale/biases");
        const int out = kernelShape.at(3);
        auto *k = kernel.ptr<float>();
        for (std::size_t i = 0; i < kernel.total(); ++i)
            k[i] *= scale.at<float>(int(i % out));
        cv::Mat folded(1, out, CV_32F);
        for (int o = 0; o < out; ++o)
            folded.at<float>(o) = bias.at<float>(o) * scale.at<float>(o) + shift.at<float>(o);
        return m_net.conv(from, kernel, kernelShape, folded, stride, padding,
                          withRelu ? NetBuilder::Activation::Relu : NetBuilder::Activation::None);
    }

    int residual(int from, const std::string &prefix)
    {
        const int out = conv(from, prefix + "/conv1", 1, NetBuilder::Padding::Same, true);
        const int out2 = conv(out, prefix + "/conv2", 1, NetBuilder::Padding::Same, false);
        return m_net.relu(m_net.sum({out2, from}));
    }

    // face-api's residualDown: a strided "valid" convolution, and a 2×2 average
    // pool of the input with zero channels appended; when the pooled map is one
    // larger, the convolution output gets a zero row and column after it.
    int residualDown(int from, const std::string &prefix, int inputSize, int inputChannels)
    {
        int out = conv(from, prefix + "/conv1", 2, NetBuilder::Padding::Valid, true);
        out = conv(out, prefix + "/conv2", 1, NetBuilder::Padding::Same, false);
        const int outChannels = m_weights.shape(prefix + "/conv2/conv/filters").at(3);
        const int convSize = (inputSize - 3) / 2 + 1, pooledSize = (inputSize - 2) / 2 + 1;
        if (pooledSize != convSize)
            out = m_net.padAfter(out, 0, pooledSize - convSize, pooledSize - convSize);
        int pooled = m_net.avgPool(from, 2, 2);
        if (outChannels != inputChannels)
            pooled = m_net.padAfter(pooled, outChannels - inputChannels, 0, 0);
        return m_net.relu(m_net.sum({pooled, out}));
    }

    NetBuilder &net() { return m_net; }

private:
    const TfjsWeights &m_weights;
    NetBuilder m_net;
};
} // namespace

Result<FaceEmbeddingNet> FaceEmbeddingNet::create(const TfjsWeights &weights)
{
    FaceEmbeddingNet embedding;
    try {
        ResNetBuilder b(weights);
        int out = b.conv(NetBuilder::input(), "conv32_down", 2, NetBuilder::Padding::Valid, true); // 150 → 72
        out = b.net().maxPool(out, 3, 2);                                                          // → 35
        out = b.residual(out, "conv32_1");
        out = b.residual(out, "conv32_2");
        out = b.residual(out, "conv32_3");
        out = b.residualDown(out, "conv64_down", 35, 32); // → 17
        out = b.residual(out, "conv64_1");
        out = b.residual(out, "conv64_2");
        out = b.residual(out, "conv64_3");
        out = b.residualDown(out, "conv128_down", 17, 64); // → 8
        out = b.residual(out, "conv128_1");
        out = b.residual(out, "conv128_2");
        out = b.residualDown(out, "conv256_down", 8, 128); // → 4 (3 + padding)
        out = b.residual(out, "conv256_1");
        out = b.residual(out, "conv256_2");
        out = b.residualDown(out, "conv256_down_out", 4, 256); // → 2 (1 + padding)
        out = b.net().globalAvgPool(out);
        if (weights.shape("fc") != std::vector<int>{256, 128})
            throw MissingTensor{"fc"};
        b.net().fullyConnected(out, b.tensor("fc"), 256, 128, cv::Mat());
        embedding.m_net = b.net().net();
    } catch (const MissingTensor &missing) {
        return Result<FaceEmbeddingNet>::failure(
            QCoreApplication::translate("FaceModels", "The face recognition model lacks tensor %1")
                .arg(QString::fromStdString(missing.name)));
    } catch (const std::exception &e) { // cv::Exception, or a tensor of the wrong rank
        return Result<FaceEmbeddingNet>::failure(
            QCoreApplication::translate("FaceModels", "The face recognition net could not be built: %1").arg(e.what()));
    }
    return embedding;
}

std::vector<FaceEmbeddingNet::Embedding> FaceEmbeddingNet::embed(const std::vector<cv::Mat> &chips)
{
    std::vector<Embedding> embeddings(chips.size());
    if (chips.empty())
        return embeddings;
    m_net.setInput(tensorimage::toBatchBlob(chips, kInputSize, tensorimage::PadMode::Centred, kMeanRgb, 1.0F / 255.0F));
    const cv::Mat out = m_net.forward(); // N × 128
    for (std::size_t n = 0; n < chips.size(); ++n) {
        const float *v = out.ptr<float>() + n * 128;
        std::copy(v, v + 128, embeddings[n].begin());
    }
    return embeddings;
}

} // namespace tintype
