#pragma once

// Internal to core/faces (includes OpenCV): never include from a public header.

#include "common/Result.h"

#include <opencv2/core.hpp>

#include <QJsonArray>
#include <QString>

#include <map>
#include <string>

namespace tintype {

// The tensors of one TensorFlow.js weights manifest (`<model>-weights_manifest.json`
// plus its `.bin` shards): a JSON list of groups, each naming its shard files and
// its tensors (name, shape, dtype, optional affine `quantization {dtype, scale,
// min}` meaning value = q·scale + min), stored back to back. Values are kept as
// float32 in a cv::Mat of the tensor's shape (scalars as 1 element).
class TfjsWeights {
public:
    // Reads `<directory>/<model>-weights_manifest.json` and its shards. Fails with a
    // readable reason on a missing, truncated or malformed file.
    static Result<TfjsWeights> load(const QString &directory, const QString &model);
    // The same from a manifest already read (a graph model's `weightsManifest`);
    // `model` names it in messages.
    static Result<TfjsWeights> fromManifest(const QJsonArray &manifest, const QString &directory, const QString &model);

    bool contains(const std::string &name) const { return m_tensors.count(name) != 0; }
    // The tensor, or an empty Mat when absent or of another element count than `expectedSize`.
    cv::Mat tensor(const std::string &name, int expectedSize = -1) const;
    std::vector<int> shape(const std::string &name) const;

private:
    struct Tensor {
        std::vector<int> shape;
        cv::Mat values; // 1 × count, CV_32F
    };
    std::map<std::string, Tensor> m_tensors;
};

} // namespace tintype
