#pragma once

// Internal to core/faces.

#include <vector>

namespace tintype::faces {

// A 1×1 convolution with bias and activation fused, on float planes (NCHW, one
// image): output[o][p] = act(bias[o] + Σ_i weights[o][i] · input[i][p]).
// The networks' 1×1 convolutions are ~85% of the SSD detector's arithmetic;
// OpenCV 4.6 runs them at ~60% of the FMA peak, this AVX-512 kernel (8 output
// channels × 48 pixels per register tile, inputs packed per 48-pixel panel) at
// ~90%. Only on CPUs with AVX-512F: NetBuilder uses OpenCV's convolution elsewhere.
class PointwiseConv {
public:
    enum class Activation { None, Relu, Relu6 };

    // Whether this CPU can run it (AVX-512F).
    static bool available();

    // `weights` is [outputs][inputs] row-major; `bias` has `outputs` values or is empty.
    PointwiseConv(const std::vector<float> &weights, const std::vector<float> &bias, int inputs, int outputs,
                  Activation activation);

    int inputs() const { return m_inputs; }
    int outputs() const { return m_outputs; }
    // `input` is [inputs][pixels], `output` [outputs][pixels]. Splits the pixels over
    // OpenCV's thread pool (cv::setNumThreads). Requires available().
    void run(const float *input, float *output, int pixels) const;

private:
    void runPanels(const float *input, float *output, int pixels, int firstPanel, int endPanel) const;

    int m_inputs, m_outputs;
    std::vector<float> m_packed; // [output block of 8][inputs][8], zero rows past `outputs`
    std::vector<float> m_bias;   // padded to the blocks
    float m_low, m_high;
};

} // namespace tintype::faces
