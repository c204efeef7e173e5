#pragma once

// Internal to core/nn: the float vectors the convolution kernels are written in
// (GCC/Clang vector extensions). A kernel body is an always-inline template over
// the vector type, inlined into thin wrappers that carry each instruction set's
// target attribute, so one source compiles to AVX-512, AVX2 + FMA and the
// baseline (SSE2 / NEON). Multiply-adds contract into FMA (-ffp-contract=fast on
// the kernels' files) where the target has it.

#include "nn/GemmConv.h"

#if TINTYPE_NN_KERNELS

#include <cstddef>

namespace tintype::kernels {

using Float16 = float __attribute__((vector_size(64)));
using Float8 = float __attribute__((vector_size(32)));
using Float4 = float __attribute__((vector_size(16)));

template <typename V>
inline constexpr int kLanes = int(sizeof(V) / sizeof(float));

template <typename V>
[[gnu::always_inline]] inline V load(const float *p)
{
    V v;
    __builtin_memcpy(&v, p, sizeof v);
    return v;
}

template <typename V>
[[gnu::always_inline]] inline void store(float *p, const V &v)
{
    __builtin_memcpy(p, &v, sizeof v);
}

template <typename V>
[[gnu::always_inline]] inline V broadcast(float x)
{
    return V{} + x;
}

template <typename V>
[[gnu::always_inline]] inline V clamp(V x, V low, V high)
{
#if defined(__clang__)
    return __builtin_elementwise_min(__builtin_elementwise_max(x, low), high);
#else
    return x < low ? low : (x > high ? high : x);
#endif
}

} // namespace tintype::kernels

#endif
