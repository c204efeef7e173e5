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
#include <utility>

namespace tintype::kernels {

using Float16 = float __attribute__((vector_size(64)));
using Float8 = float __attribute__((vector_size(32)));
using Float4 = float __attribute__((vector_size(16)));
using Int16 = int __attribute__((vector_size(64)));
using Int8 = int __attribute__((vector_size(32)));
using Int4 = int __attribute__((vector_size(16)));

// The integer vector of as many lanes (shuffle indices).
template <typename V>
struct IndicesOf;
template <>
struct IndicesOf<Float16> {
    using type = Int16;
};
template <>
struct IndicesOf<Float8> {
    using type = Int8;
};
template <>
struct IndicesOf<Float4> {
    using type = Int4;
};

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

// Every lane x. (`V{} + x` adds 0.0 first, which is no identity for -0.0 and
// stays; a lane-by-lane initialiser becomes a 128-bit broadcast and an insert.)
#if defined(__clang__)
template <typename V, std::size_t... Lane>
[[gnu::always_inline]] inline V broadcastLanes(float x, std::index_sequence<Lane...> /*lanes*/)
{
    return __builtin_shufflevector(V{x}, V{x}, ((void)Lane, 0)...);
}
#endif

template <typename V>
[[gnu::always_inline]] inline V broadcast(float x)
{
#if defined(__clang__)
    return broadcastLanes<V>(x, std::make_index_sequence<kLanes<V>>());
#else
    return __builtin_shuffle(V{x}, typename IndicesOf<V>::type{});
#endif
}

// Lanes 0, 2, 4, … (Odd: 1, 3, 5, …) of the pair a, b: a deinterleave.
template <typename V, int Odd, std::size_t... Lane>
[[gnu::always_inline]] inline V everyOther(V a, V b, std::index_sequence<Lane...> /*lanes*/)
{
#if defined(__clang__)
    return __builtin_shufflevector(a, b, int(2 * Lane + Odd)...);
#else
    return __builtin_shuffle(a, b, typename IndicesOf<V>::type{int(2 * Lane + Odd)...});
#endif
}

template <typename V>
[[gnu::always_inline]] inline V shuffleEvens(V a, V b)
{
    return everyOther<V, 0>(a, b, std::make_index_sequence<kLanes<V>>());
}

template <typename V>
[[gnu::always_inline]] inline V shuffleOdds(V a, V b)
{
    return everyOther<V, 1>(a, b, std::make_index_sequence<kLanes<V>>());
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
