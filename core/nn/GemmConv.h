#pragma once

// Internal to core/faces.

#include <vector>

// The kernels are x86-64 AVX-512 code in GCC/Clang's dialect. Elsewhere (MSVC,
// Apple silicon) they are not built, available() is false and NetBuilder keeps
// OpenCV's convolutions.
#ifndef TINTYPE_FACES_AVX512
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define TINTYPE_FACES_AVX512 1
#else
#define TINTYPE_FACES_AVX512 0
#endif
#endif

namespace tintype {

// A convolution as one matrix product, with bias and activation fused, on float
// planes (NCHW, one image at a time): output[o][p] = act(bias[o] + Σ_k W[o][k] ·
// X[k][p]), k running over (input channel, kernel row, kernel column) and X the
// input patches ("im2col", gathered per 48-pixel panel, never materialised).
// The face networks' dense convolutions (1×1 in the SSD detector, 3×3 in the
// ResNet embedder) are most of their arithmetic; OpenCV 4.6 runs them at ~60% of
// the FMA peak, this AVX-512 kernel (8 output channels × 48 pixels per register
// tile) at ~90%. Only on CPUs with AVX-512F: NetBuilder uses OpenCV's
// convolution elsewhere.
class GemmConv {
public:
    enum class Activation { None, Relu, Relu6 };

    struct Kernel {
        int rows = 1, columns = 1, stride = 1;
    };
    // Where one run reads and writes: the input and output plane sizes and the
    // zero padding before the input (TensorFlow's "same" puts the odd one after).
    struct Geometry {
        int inputRows, inputColumns, outputRows, outputColumns;
        int padTop = 0, padLeft = 0;
    };

    // Whether this CPU can run it (AVX-512F and FMA).
    static bool available();

    // `weights` is [outputs][inputs][kernel rows][kernel columns] (OpenCV's OIHW);
    // `bias` has `outputs` values or is empty.
    GemmConv(const std::vector<float> &weights, const std::vector<float> &bias, int inputs, int outputs, Kernel kernel,
             Activation activation);

    int inputs() const { return m_inputs; }
    int outputs() const { return m_outputs; }
    const Kernel &kernel() const { return m_kernel; }
    // `input` is [inputs][inputRows·inputColumns], `output` [outputs][outputRows·outputColumns].
    // Splits the pixels over OpenCV's thread pool (cv::setNumThreads). Requires available().
    void run(const float *input, float *output, const Geometry &geometry) const;

private:
    void runPanels(const float *input, float *output, const Geometry &geometry, int firstPanel, int endPanel) const;
    bool isPointwise() const { return m_kernel.rows == 1 && m_kernel.columns == 1 && m_kernel.stride == 1; }

    int m_inputs, m_outputs;
    Kernel m_kernel;
    int m_depth;                 // inputs · kernel rows · kernel columns
    std::vector<float> m_packed; // [output block of 8][depth][8], zero rows past `outputs`
    std::vector<float> m_bias;   // padded to the blocks
    float m_low, m_high;
};

} // namespace tintype
