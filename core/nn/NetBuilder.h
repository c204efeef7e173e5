#pragma once

// Internal to core/faces (includes OpenCV): never include from a public header.

#include "nn/GemmConv.h"

#include <opencv2/dnn.hpp>

#include <string>
#include <vector>

namespace tintype {

// Builds a cv::dnn::Net layer by layer from TensorFlow.js tensors (convolution
// kernels in [kh, kw, in, out] order, depthwise kernels [kh, kw, in, 1]). Layer
// ids are those of cv::dnn::Net; 0 is the network input (NCHW float32).
// TensorFlow's "same" padding is asymmetric (the extra row/column goes after),
// which OpenCV's pad_mode SAME reproduces. Convolutions run on our own GemmConv
// and DepthwiseConv kernels (activation fused, the form GemmConv::isa() picks),
// shared by every net of the process built from the same weights; OpenCV's where
// the compiler cannot build them.
class NetBuilder {
public:
    enum class Padding { Same, Valid };
    using Activation = GemmConv::Activation;

    NetBuilder();
    static constexpr int input() { return 0; }

    // Convolution with bias (an empty bias means none) and activation; `kernel` is tfjs [kh, kw, in, out].
    int conv(int from, const cv::Mat &kernel, const std::vector<int> &kernelShape, const cv::Mat &bias, int stride,
             Padding padding, Activation activation = Activation::None);
    // Depthwise convolution (channel multiplier 1); `kernel` is tfjs [kh, kw, channels, 1].
    int depthwise(int from, const cv::Mat &kernel, const std::vector<int> &kernelShape, const cv::Mat &bias, int stride,
                  Activation activation = Activation::None);
    int relu(int from);
    int relu6(int from);
    int sigmoid(int from);
    // x · scale + shift, elementwise.
    int scaleShift(int from, float scale, float shift);
    int sum(const std::vector<int> &inputs);
    int difference(int from, int subtrahend);
    // Elementwise product of maps of one shape.
    int product(const std::vector<int> &inputs);
    // Each channel of `from` times that channel's value in `scales` (N×C×1×1): a squeeze-excite gate.
    int channelScale(int from, int scales);
    // Along the channels.
    int concat(const std::vector<int> &inputs);
    // To rows × columns: TensorFlow's bilinear resize (legacy sampling unless one of the flags).
    int resizeBilinear(int from, int rows, int columns, bool alignCorners, bool halfPixelCenters);
    int maxPool(int from, int kernel, int stride);
    int avgPool(int from, int kernel, int stride);
    int globalAvgPool(int from);
    // Zero padding after the data in each dimension (NCHW): channels, rows, columns.
    int padAfter(int from, int channels, int rows, int columns);
    // Fully connected; `weights` is tfjs [in, out].
    int fullyConnected(int from, const cv::Mat &weights, int in, int out, const cv::Mat &bias);

    std::string name(int id) const { return m_names.at(id); }
    cv::dnn::Net &net() { return m_net; }

private:
    int add(const std::string &type, cv::dnn::LayerParams &params, const std::vector<int> &inputs);
    int addOwn(const char *type, cv::dnn::LayerParams &params, int from);
    int activate(int from, Activation activation);
    cv::dnn::Net m_net;
    std::vector<std::string> m_names;
};

} // namespace tintype
