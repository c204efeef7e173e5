#pragma once

// Internal to core/nn's users (includes OpenCV): never include from a public header.

#include "common/Result.h"
#include "nn/TfjsWeights.h"

#include <opencv2/dnn.hpp>

#include <QString>

#include <map>
#include <string>
#include <vector>

namespace tintype {

// A TensorFlow.js graph model (`<model>.json`: a TensorFlow GraphDef as JSON, its
// weights manifest, and `.bin` shards beside it) built into a cv::dnn::Net by
// NetBuilder, node by node, from the graph's one input to the outputs asked for:
// the same kernels as the face nets (GemmConv, DepthwiseConv), OpenCV's layers for
// the rest. Only what those nodes need is built. The graph is NHWC; the net is
// NCHW (channel axes are mapped).
//
// Ops: Placeholder, Const, Identity, Conv2D, _FusedConv2D and
// (Fused)DepthwiseConv2dNative (BiasAdd, then Relu or Relu6, strides 1 or 2, no
// dilation), Relu, Relu6, Sigmoid, Add/AddV2/Sub/Mul of two maps (a 1×1 map
// broadcast over the other's pixels, as a squeeze-excite block does) or of a map and
// a scalar, Mean over the pixels (keep_dims), ResizeBilinear to a constant size
// (TF's legacy or half-pixel sampling), ConcatV2 on the channel axis. Any other
// op on the way to an output fails the load, naming it.
class TfjsGraph {
public:
    static Result<TfjsGraph> load(const QString &directory, const QString &model,
                                  const std::vector<std::string> &outputs);

    // Runs on one N×C×H×W float blob (the graph's NHWC input, transposed); the
    // outputs in the order they were asked for, N×C×H×W.
    std::vector<cv::Mat> run(const cv::Mat &blob);

    // A small constant of the graph (up to 16 values: the scales a decoder applies
    // after the last layer), or empty.
    cv::Mat constant(const std::string &name) const;

private:
    std::map<std::string, cv::Mat> m_constants;
    cv::dnn::Net m_net;
    std::vector<std::string> m_outputLayers;
};

} // namespace tintype
