#include "nn/NetBuilder.h"

#include "nn/DepthwiseConv.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string_view>
#include <unordered_map>

namespace tintype {

namespace {
constexpr const char *kGemmConvType = "TintypeGemmConv";
constexpr const char *kDepthwiseType = "TintypeDepthwiseConv";

std::vector<float> valuesOf(const cv::Mat &m)
{
    const cv::Mat continuous = m.isContinuous() ? m : m.clone();
    return {continuous.ptr<float>(), continuous.ptr<float>() + continuous.total()};
}

// The kernels of every net built in this process, by content: the face scan's
// workers each build the same three networks, and share one copy of their
// weights (the packed kernels are most of a net's memory). Held weakly: freed with
// the last net using them.
template <typename Conv>
std::shared_ptr<const Conv> shared(Conv conv, const std::vector<float> &weights)
{
    static std::mutex mutex;
    static std::unordered_multimap<std::size_t, std::weak_ptr<const Conv>> kernels;
    const std::size_t key = std::hash<std::string_view>()(
        std::string_view(reinterpret_cast<const char *>(weights.data()), weights.size() * sizeof(float)));
    const std::lock_guard lock(mutex);
    for (auto it = kernels.begin(); it != kernels.end();) {
        std::shared_ptr<const Conv> live = it->second.lock();
        if (!live) {
            it = kernels.erase(it);
            continue;
        }
        if (it->first == key && *live == conv)
            return live;
        ++it;
    }
    auto made = std::make_shared<const Conv>(std::move(conv));
    kernels.emplace(key, made);
    return made;
}

// Hands a built kernel to the layer OpenCV constructs for it (by a number in the
// layer's parameters), so no copy of the weights stays in the net's parameters.
template <typename Conv>
class Handover {
public:
    static std::int64_t put(std::shared_ptr<const Conv> conv)
    {
        const std::lock_guard lock(s_mutex);
        s_pending.emplace(++s_last, std::move(conv));
        return s_last;
    }
    static std::shared_ptr<const Conv> take(std::int64_t id)
    {
        const std::lock_guard lock(s_mutex);
        const auto it = s_pending.find(id);
        CV_Assert(it != s_pending.end());
        std::shared_ptr<const Conv> conv = it->second;
        s_pending.erase(it);
        return conv;
    }

private:
    static inline std::mutex s_mutex;
    static inline std::map<std::int64_t, std::shared_ptr<const Conv>> s_pending;
    static inline std::int64_t s_last = 0;
};

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

// GemmConv or DepthwiseConv as a cv::dnn layer: "kernel" the Handover number of
// the built kernel, "same" (TF "same" padding, else "valid").
template <typename Conv>
class ConvLayer : public cv::dnn::Layer {
public:
    explicit ConvLayer(const cv::dnn::LayerParams &params)
        : m_conv(Handover<Conv>::take(params.get<std::int64_t>("kernel"))),
          m_same(params.get<bool>("same"))
    {
        setParamsFrom(params);
    }

    static cv::Ptr<cv::dnn::Layer> create(cv::dnn::LayerParams &params) { return cv::makePtr<ConvLayer>(params); }

    bool getMemoryShapes(const std::vector<cv::dnn::MatShape> &inputs, int /*requiredOutputs*/,
                         std::vector<cv::dnn::MatShape> &outputs,
                         std::vector<cv::dnn::MatShape> & /*internals*/) const override
    {
        const cv::dnn::MatShape &in = inputs.at(0);
        CV_Assert(in.size() == 4 && in[1] == m_conv->inputs());
        const GemmConv::Geometry g = geometry(in[2], in[3]);
        CV_Assert(g.outputRows > 0 && g.outputColumns > 0);
        outputs.assign(1, cv::dnn::MatShape{in[0], m_conv->outputs(), g.outputRows, g.outputColumns});
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
            m_conv->run(in.ptr<float>() + n * inStride, out.ptr<float>() + n * outStride, g);
    }

private:
    GemmConv::Geometry geometry(int rows, int columns) const
    {
        const GemmConv::Kernel &k = m_conv->kernel();
        const Axis y = axisFor(rows, k.rows, k.stride, m_same), x = axisFor(columns, k.columns, k.stride, m_same);
        return {rows, columns, y.output, x.output, y.padBefore, x.padBefore};
    }

    std::shared_ptr<const Conv> m_conv;
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

int NetBuilder::addOwn(const char *type, cv::dnn::LayerParams &params, int from)
{
    registerLayers();
    const int id = add(type, params, {from});
    (void)m_net.getLayer(id); // constructs the layer now: it takes its kernel from the Handover
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
    if (GemmConv::available()) {
        const std::vector<float> weights = valuesOf(blob);
        auto kernelOf = shared(GemmConv(weights, bias.empty() ? std::vector<float>() : valuesOf(bias), in, out,
                                        {kh, kw, stride}, activation),
                               weights);
        params.set("kernel", Handover<GemmConv>::put(std::move(kernelOf)));
        params.set("same", padding == Padding::Same);
        return addOwn(kGemmConvType, params, from);
    }
    params.set("stride", stride);
    params.blobs.push_back(blob);
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
    if (GemmConv::available() && (stride == 1 || stride == 2)) {
        const std::vector<float> weights = valuesOf(blob);
        auto kernelOf = shared(DepthwiseConv(weights, bias.empty() ? std::vector<float>() : valuesOf(bias), channels,
                                             {kh, kw, stride}, activation),
                               weights);
        params.set("kernel", Handover<DepthwiseConv>::put(std::move(kernelOf)));
        params.set("same", true);
        return addOwn(kDepthwiseType, params, from);
    }
    params.set("stride", stride);
    params.blobs.push_back(blob);
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

int NetBuilder::sigmoid(int from)
{
    cv::dnn::LayerParams params;
    return add("Sigmoid", params, {from});
}

int NetBuilder::scaleShift(int from, float scale, float shift)
{
    cv::dnn::LayerParams params;
    params.set("power", 1.0F);
    params.set("scale", scale);
    params.set("shift", shift);
    return add("Power", params, {from});
}

int NetBuilder::difference(int from, int subtrahend)
{
    const float coefficients[] = {1.0F, -1.0F};
    cv::dnn::LayerParams params;
    params.set("operation", "sum");
    params.set("coeff", cv::dnn::DictValue::arrayReal(coefficients, 2));
    return add("Eltwise", params, {from, subtrahend});
}

int NetBuilder::product(const std::vector<int> &inputs)
{
    cv::dnn::LayerParams params;
    params.set("operation", "prod");
    return add("Eltwise", params, inputs);
}

int NetBuilder::channelScale(int from, int scales)
{
    // OpenCV's Scale layer with no weights of its own multiplies by its second input.
    cv::dnn::LayerParams params;
    params.set("axis", 1);
    params.set("bias_term", false);
    return add("Scale", params, {from, scales});
}

int NetBuilder::concat(const std::vector<int> &inputs)
{
    cv::dnn::LayerParams params;
    params.set("axis", 1);
    return add("Concat", params, inputs);
}

int NetBuilder::resizeBilinear(int from, int rows, int columns, bool alignCorners, bool halfPixelCenters)
{
    cv::dnn::LayerParams params;
    params.set("interpolation", "bilinear");
    params.set("height", rows);
    params.set("width", columns);
    params.set("align_corners", alignCorners);
    params.set("half_pixel_centers", halfPixelCenters);
    return add("Resize", params, {from});
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
