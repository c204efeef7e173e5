#pragma once

// Internal to core/faces.

#include "nn/GemmConv.h"

#include <vector>

namespace tintype {

// A depthwise convolution (channel multiplier 1) with bias and activation fused,
// on float planes (NCHW, one image at a time): each channel is copied once into a
// zero-padded plane (stride 2: its even and odd columns apart), then every tap is
// one multiply-add over a whole output row, a vector of pixels at a time (16 on
// AVX-512, 8 on AVX2, 4 on the baseline); strides 1 and 2. OpenCV 4.6 runs these
// through its generic grouped convolution (patch copies and a 9-long dot product
// per pixel), most of the landmark net's time. Only where GemmConv::available().
class DepthwiseConv {
public:
    using Activation = GemmConv::Activation;
    using Kernel = GemmConv::Kernel;
    using Geometry = GemmConv::Geometry;

    // `weights` is [channels][kernel rows][kernel columns]; `bias` has `channels` values or is empty.
    DepthwiseConv(const std::vector<float> &weights, const std::vector<float> &bias, int channels, Kernel kernel,
                  Activation activation, KernelIsa isa = GemmConv::isa());

    int inputs() const { return m_channels; }
    int outputs() const { return m_channels; }
    const Kernel &kernel() const { return m_kernel; }
    KernelIsa kernelIsa() const { return m_isa; }
    bool operator==(const DepthwiseConv &other) const;
    // `input` is [channels][inputRows·inputColumns], `output` [channels][outputRows·outputColumns].
    // Splits the channels over OpenCV's thread pool. Requires GemmConv::available() and a stride of 1 or 2.
    void run(const float *input, float *output, const Geometry &geometry) const;

private:
    int m_channels;
    Kernel m_kernel;
    KernelIsa m_isa;
    std::vector<float> m_weights, m_bias;
    float m_low, m_high;
};

} // namespace tintype
