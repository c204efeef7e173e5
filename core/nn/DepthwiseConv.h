#pragma once

// Internal to core/faces.

#include "nn/GemmConv.h"

#include <vector>

namespace tintype {

// A depthwise convolution (channel multiplier 1) with bias and activation fused,
// on float planes (NCHW, one image at a time), 16 output pixels of a row per
// AVX-512 vector; strides 1 and 2. OpenCV 4.6 runs these through its generic
// grouped convolution (patch copies and a 9-long dot product per pixel), most of
// the landmark net's time. Only where GemmConv::available().
class DepthwiseConv {
public:
    using Activation = GemmConv::Activation;
    using Kernel = GemmConv::Kernel;
    using Geometry = GemmConv::Geometry;

    // `weights` is [channels][kernel rows][kernel columns]; `bias` has `channels` values or is empty.
    DepthwiseConv(const std::vector<float> &weights, const std::vector<float> &bias, int channels, Kernel kernel,
                  Activation activation);

    int inputs() const { return m_channels; }
    int outputs() const { return m_channels; }
    const Kernel &kernel() const { return m_kernel; }
    // `input` is [channels][inputRows·inputColumns], `output` [channels][outputRows·outputColumns].
    // Splits the channels over OpenCV's thread pool. Requires GemmConv::available() and a stride of 1 or 2.
    void run(const float *input, float *output, const Geometry &geometry) const;

private:
    int m_channels;
    Kernel m_kernel;
    std::vector<float> m_weights, m_bias;
    float m_low, m_high;
};

} // namespace tintype
