#include "faces/NetBuilder.h"

namespace tintype::faces {

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
                     int stride, Padding padding)
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
    params.set("kernel_h", kh);
    params.set("kernel_w", kw);
    params.set("stride", stride);
    params.set("num_output", out);
    params.set("bias_term", !bias.empty());
    if (padding == Padding::Same)
        params.set("pad_mode", "SAME");
    else
        params.set("pad", 0);
    params.blobs.push_back(blob);
    if (!bias.empty())
        params.blobs.push_back(bias.reshape(1, 1).clone());
    return add("Convolution", params, {from});
}

int NetBuilder::depthwise(int from, const cv::Mat &kernel, const std::vector<int> &kernelShape, const cv::Mat &bias,
                          int stride)
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
    params.set("kernel_h", kh);
    params.set("kernel_w", kw);
    params.set("stride", stride);
    params.set("num_output", channels);
    params.set("group", channels);
    params.set("bias_term", !bias.empty());
    params.set("pad_mode", "SAME");
    params.blobs.push_back(blob);
    if (!bias.empty())
        params.blobs.push_back(bias.reshape(1, 1).clone());
    return add("Convolution", params, {from});
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

} // namespace tintype::faces
