#pragma once

// Internal to core/faces.

#include <memory>
#include <vector>

// The kernels are written once in GCC/Clang's vector extensions and compiled for
// each instruction set they run on (AVX-512, AVX2 + FMA, and the baseline: SSE2 on
// x86-64, NEON on 64-bit ARM), chosen at run time. Where the compiler has no vector
// extensions (MSVC) they are not built, available() is false and NetBuilder keeps
// OpenCV's convolutions.
#ifndef TINTYPE_NN_KERNELS
#if defined(__GNUC__) || defined(__clang__)
#define TINTYPE_NN_KERNELS 1
#else
#define TINTYPE_NN_KERNELS 0
#endif
#endif

namespace tintype {

// Which compiled form of the kernels runs. Generic is the compiler's baseline for
// the target (SSE2 on x86-64, NEON on ARM64): the portable path.
enum class KernelIsa { Generic, Avx2, Avx512 };

// A convolution as one matrix product, with bias and activation fused, on float
// planes (NCHW, one image at a time): output[o][p] = act(bias[o] + Σ_k W[o][k] ·
// X[k][p]), k running over (input channel, kernel row, kernel column) and X the
// input patches ("im2col", gathered per pixel panel, never materialised).
// The face networks' dense convolutions (1×1 in the SSD detector, 3×3 in the
// ResNet embedder) are most of their arithmetic; OpenCV 4.6 runs them at ~60% of
// the FMA peak, these register tiles (AVX-512: 8 output channels × 48 pixels,
// AVX2: 4 × 24, baseline 4 or 8 × 12) at ~90%.
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

    // Whether the kernels are built (GCC or Clang): every CPU can run them then.
    static bool available();
    // The best form this CPU runs.
    static KernelIsa nativeIsa();
    // The form new kernels use: nativeIsa(), or less when the environment variable
    // TINTYPE_NN_ISA says "avx2" or "generic" (the portable mode of the benchmark).
    static KernelIsa isa();
    static const char *isaName(KernelIsa isa);

    // `weights` is [outputs][inputs][kernel rows][kernel columns] (OpenCV's OIHW);
    // `bias` has `outputs` values or is empty. `isa` above nativeIsa() is lowered to it.
    GemmConv(const std::vector<float> &weights, const std::vector<float> &bias, int inputs, int outputs, Kernel kernel,
             Activation activation, KernelIsa isa = GemmConv::isa());

    int inputs() const { return m_inputs; }
    int outputs() const { return m_outputs; }
    const Kernel &kernel() const { return m_kernel; }
    KernelIsa kernelIsa() const { return m_isa; }
    // Whether `other` computes the same function (same weights, shape, activation and form).
    bool operator==(const GemmConv &other) const;
    // `input` is [inputs][inputRows·inputColumns], `output` [outputs][outputRows·outputColumns].
    // Splits the pixels over OpenCV's thread pool (cv::setNumThreads). Requires available().
    void run(const float *input, float *output, const Geometry &geometry) const;

private:
    void runPanels(const float *input, float *output, const Geometry &geometry, int firstPanel, int endPanel) const;
    bool isPointwise() const { return m_kernel.rows == 1 && m_kernel.columns == 1 && m_kernel.stride == 1; }

    int m_inputs, m_outputs;
    Kernel m_kernel;
    KernelIsa m_isa;
    int m_depth;                 // inputs · kernel rows · kernel columns
    int m_block = 8;             // output channels per register tile of this form
    std::vector<float> m_packed; // [output block][depth][m_block], zero rows past `outputs`
    std::vector<float> m_bias;   // padded to the blocks
    float m_low, m_high;
};

} // namespace tintype
