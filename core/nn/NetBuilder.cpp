#include "nn/NetBuilder.h"

#include "nn/DepthwiseConv.h"

#include <algorithm>
#include <mutex>
#include <type_traits>

namespace tintype {

namespace {
constexpr const char *kGemmConvType = "TintypeGemmConv";
constexpr const char *kDepthwiseType = "TintypeDepthwiseConv";

std::vector<float> valuesOf(const cv::Mat &m)
{
    const cv::Mat continuous = m.isContinuous() ? m : m.clone();
    return {continuous.ptr<float>(), continuous.ptr<float>() + continuous.total()};
}

// TensorFlow's output size and leading padding along one axis.
struct Axis {
    int output, padBefore;
};

Axis axisFor(int input, int kernel, int stride, bool same)
{
    if (!same)
        return {(input - kernel) / stride + 1, 0};
    const int output = (input + stride - 1) / stride;
    return {output, std::max((output - 1) * stride + kernel - input, 0) / 2};
}

// GemmConv or DepthwiseConv as a cv::dnn layer: blobs[0] is the OIHW kernel,
// blobs[1] the bias; "activation" a NetBuilder::Activation, "stride", "same" (TF
// "same" padding, else "valid").
template <typename Conv>
class ConvLayer : public cv::dnn::Layer {
public:
    explicit ConvLayer(const cv::dnn::LayerParams &params) : m_conv(make(params)), m_same(params.get<bool>("same"))
    {
        setParamsFrom(params);
    }

    static cv::Ptr<cv::dnn::Layer> create(cv::dnn::LayerParams &params) { return cv::makePtr<ConvLayer>(params); }

    bool getMemoryShapes(const std::vector<cv::dnn::MatShape> &inputs, int /*requiredOutputs*/,
                         std::vector<cv::dnn::MatShape> &outputs,
                         std::vector<cv::dnn::MatShape> & /*internals*/) const override
    {
        const cv::dnn::MatShape &in = inputs.at(0);
        CV_Assert(in.size() == 4 && in[1] == m_conv.inputs());
        const GemmConv::Geometry g = geometry(in[2], in[3]);
        CV_Assert(g.outputRows > 0 && g.outputColumns > 0);
        outputs.assign(1, cv::dnn::MatShape{in[0], m_conv.outputs(), g.outputRows, g.outputColumns});
        return false;
    }

    void forward(cv::InputArrayOfArrays inputsArray, cv::OutputArrayOfArrays outputsArray,
                 cv::OutputArrayOfArrays /*internals*/) override
    {
        std::vector<cv::Mat> inputs, outputs;
        inputsArray.getMatVector(inputs);
        outputsArray.getMatVector(outputs);
        const cv::Mat &in = inputs.at(0);
        cv::Mat &out = outputs.at(0);
        CV_Assert(in.isContinuous() && out.isContinuous() && in.type() == CV_32F && out.type() == CV_32F);
        const GemmConv::Geometry g = geometry(in.size[2], in.size[3]);
        const std::ptrdiff_t inStride = std::ptrdiff_t(in.total() / std::size_t(in.size[0]));
        const std::ptrdiff_t outStride = std::ptrdiff_t(out.total() / std::size_t(out.size[0]));
        for (int n = 0; n < in.size[0]; ++n)
            m_conv.run(in.ptr<float>() + n * inStride, out.ptr<float>() + n * outStride, g);
    }

private:
    GemmConv::Geometry geometry(int rows, int columns) const
    {
        const GemmConv::Kernel &k = m_conv.kernel();
        const Axis y = axisFor(rows, k.rows, k.stride, m_same), x = axisFor(columns, k.columns, k.stride, m_same);
        return {rows, columns, y.output, x.output, y.padBefore, x.padBefore};
    }

    static Conv make(const cv::dnn::LayerParams &params)
    {
        const cv::Mat &w = params.blobs.at(0);
        const GemmConv::Kernel kernel{w.size[2], w.size[3], params.get<int>("stride")};
        const auto activation = GemmConv::Activation(params.get<int>("activation"));
        if constexpr (std::is_same_v<Conv, DepthwiseConv>)
            return Conv(valuesOf(w), valuesOf(params.blobs.at(1)), w.size[0], kernel, activation);
        else
            return Conv(valuesOf(w), valuesOf(params.blobs.at(1)), w.size[1], w.size[0], kernel, activation);
    }

    Conv m_conv;
    bool m_same;
};

void registerLayers()
{
    static std::once_flag once;
    std::call_once(once, [] {
        cv::dnn::LayerFactory::registerLayer(kGemmConvType, ConvLayer<GemmConv>::create);
        cv::dnn::LayerFactory::registerLayer(kDepthwiseType, ConvLayer<DepthwiseConv>::create);
    });
}
} // namespace

NetBuilder::NetBuilder()
{
    m_net.setInputsNames({"data"});
    m_names.emplace_back("data");
    m_net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
    m_net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
}

int NetBuilder::add(const std::string &type, cv::dnn::LayerParams &params, const std::vector<int> &inputs)
{
    const std::string layerName = type + "_" + std::to_string(m_names.size());
    params.name = layerName;
    params.type = type;
    const int id = m_net.addLayer(layerName, type, params);
    for (std::size_t i = 0; i < inputs.size(); ++i)
        m_net.connect(inputs[i], 0, id, int(i));
    if (int(m_names.size()) <= id)
        m_names.resize(id + 1);
    m_names[id] = layerName;
    return id;
}

int NetBuilder::conv(int from, const cv::Mat &kernel, const std::vector<int> &kernelShape, const cv::Mat &bias,
                     int stride, Padding padding, Activation activation)
{
    const int kh = kernelShape.at(0), kw = kernelShape.at(1), in = kernelShape.at(2), out = kernelShape.at(3);
    const int blobShape[] = {out, in, kh, kw};
    cv::Mat blob(4, blobShape, CV_32F);
    const auto *src = kernel.ptr<float>();
    auto *dst = blob.ptr<float>();
    for (int y = 0; y < kh; ++y)
        for (int x = 0; x < kw; ++x)
            for (int i = 0; i < in; ++i)
                for (int o = 0; o < out; ++o)
                    dst[((o * in + i) * kh + y) * kw + x] = src[((y * kw + x) * in + i) * out + o];
    cv::dnn::LayerParams params;
    params.set("stride", stride);
    params.blobs.push_back(blob);
    if (GemmConv::available()) {
        registerLayers();
        params.set("activation", int(activation));
        params.set("same", padding == Padding::Same);
        params.blobs.push_back(bias.empty() ? cv::Mat::zeros(1, out, CV_32F) : bias.reshape(1, 1).clone());
        return add(kGemmConvType, params, {from});
    }
    params.set("kernel_h", kh);
    params.set("kernel_w", kw);
    params.set("num_output", out);
    params.set("bias_term", !bias.empty());
    if (padding == Padding::Same)
        params.set("pad_mode", "SAME");
    else
        params.set("pad", 0);
    if (!bias.empty())
        params.blobs.push_back(bias.reshape(1, 1).clone());
    return activate(add("Convolution", params, {from}), activation);
}

int NetBuilder::activate(int from, Activation activation)
{
    switch (activation) {
    case Activation::Relu: return relu(from);
    case Activation::Relu6: return relu6(from);
    case Activation::None: break;
    }
    return from;
}

int NetBuilder::depthwise(int from, const cv::Mat &kernel, const std::vector<int> &kernelShape, const cv::Mat &bias,
                          int stride, Activation activation)
{
    const int kh = kernelShape.at(0), kw = kernelShape.at(1), channels = kernelShape.at(2);
    const int blobShape[] = {channels, 1, kh, kw};
    cv::Mat blob(4, blobShape, CV_32F);
    const auto *src = kernel.ptr<float>();
    auto *dst = blob.ptr<float>();
    for (int y = 0; y < kh; ++y)
        for (int x = 0; x < kw; ++x)
            for (int c = 0; c < channels; ++c)
                dst[(c * kh + y) * kw + x] = src[(y * kw + x) * channels + c];
    cv::dnn::LayerParams params;
    params.set("stride", stride);
    params.blobs.push_back(blob);
    if (GemmConv::available() && (stride == 1 || stride == 2)) {
        registerLayers();
        params.set("activation", int(activation));
        params.set("same", true);
        params.blobs.push_back(bias.empty() ? cv::Mat::zeros(1, channels, CV_32F) : bias.reshape(1, 1).clone());
        return add(kDepthwiseType, params, {from});
    }
    params.set("kernel_h", kh);
    params.set("kernel_w", kw);
    params.set("num_output", channels);
    params.set("group", channels);
    params.set("bias_term", !bias.empty());
    params.set("pad_mode", "SAME");
    if (!bias.empty())
        params.blobs.push_back(bias.reshape(1, 1).clone());
    return activate(add("Convolution", params, {from}), activation);
}

int NetBuilder::relu(int from)
{
    cv::dnn::LayerParams params;
    return add("ReLU", params, {from});
}

int NetBuilder::relu6(int from)
{
    cv::dnn::LayerParams params;
    params.set("min_value", 0.0F);
    params.set("max_value", 6.0F);
    return add("ReLU6", params, {from});
}

int NetBuilder::sum(const std::vector<int> &inputs)
{
    cv::dnn::LayerParams params;
    params.set("operation", "sum");
    return add("Eltwise", params, inputs);
}

int NetBuilder::maxPool(int from, int kernel, int stride)
{
    cv::dnn::LayerParams params;
    params.set("pool", "max");
    params.set("kernel_size", kernel);
    params.set("stride", stride);
    params.set("pad", 0);
    params.set("ceil_mode", false);
    return add("Pooling", params, {from});
}

int NetBuilder::avgPool(int from, int kernel, int stride)
{
    cv::dnn::LayerParams params;
    params.set("pool", "ave");
    params.set("kernel_size", kernel);
    params.set("stride", stride);
    params.set("pad", 0);
    params.set("ceil_mode", false);
    return add("Pooling", params, {from});
}

int NetBuilder::globalAvgPool(int from)
{
    cv::dnn::LayerParams params;
    params.set("pool", "ave");
    params.set("global_pooling", true);
    return add("Pooling", params, {from});
}

int NetBuilder::padAfter(int from, int channels, int rows, int columns)
{
    const int paddings[] = {0, 0, 0, channels, 0, rows, 0, columns};
    cv::dnn::LayerParams params;
    params.set("paddings", cv::dnn::DictValue::arrayInt(paddings, 8));
    params.set("value", 0.0F);
    return add("Padding", params, {from});
}

int NetBuilder::fullyConnected(int from, const cv::Mat &weights, int in, int out, const cv::Mat &bias)
{
    cv::Mat blob(out, in, CV_32F);
    const auto *src = weights.ptr<float>();
    for (int o = 0; o < out; ++o)
        for (int i = 0; i < in; ++i)
            blob.at<float>(o, i) = src[i * out + o];
    cv::dnn::LayerParams params;
    params.set("num_output", out);
    params.set("bias_term", !bias.empty());
    params.set("axis", 1);
    params.blobs.push_back(blob);
    if (!bias.empty())
        params.blobs.push_back(bias.reshape(1, 1).clone());
    return add("InnerProduct", params, {from});
}

} // namespace tintype
