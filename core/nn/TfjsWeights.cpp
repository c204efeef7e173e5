#include "nn/TfjsWeights.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstring>

namespace tintype {

namespace {
constexpr std::int64_t kMaxTensorValues = 64 * 1024 * 1024;

float halfToFloat(std::uint16_t h)
{
    const std::uint32_t sign = (h & 0x8000U) << 16U;
    std::uint32_t exponent = (h >> 10U) & 0x1FU;
    std::uint32_t mantissa = h & 0x3FFU;
    std::uint32_t bits = 0;
    if (exponent == 0 && mantissa == 0) {
        bits = sign;
    } else if (exponent == 0) { // subnormal
        exponent = 127 - 15 + 1;
        while ((mantissa & 0x400U) == 0) {
            mantissa <<= 1U;
            --exponent;
        }
        bits = sign | (exponent << 23U) | ((mantissa & 0x3FFU) << 13U);
    } else if (exponent == 31) {
        bits = sign | 0x7F800000U | (mantissa << 13U);
    } else {
        bits = sign | ((exponent + 127 - 15) << 23U) | (mantissa << 13U);
    }
    float value = 0;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

template <typename T>
T readLittle(const char *p)
{
    T value;
    std::memcpy(&value, p, sizeof value); // the formats are little-endian, as are our targets
    return value;
}
} // namespace

Result<TfjsWeights> TfjsWeights::load(const QString &directory, const QString &model)
{
    const QString manifestPath = directory + QLatin1Char('/') + model + QStringLiteral("-weights_manifest.json");
    QFile manifestFile(manifestPath);
    if (!manifestFile.open(QIODevice::ReadOnly))
        return Result<TfjsWeights>::failure(
            QCoreApplication::translate("FaceModels", "Model file %1 is missing or unreadable").arg(manifestPath));
    QJsonParseError parseError{};
    const QJsonDocument manifest = QJsonDocument::fromJson(manifestFile.readAll(), &parseError);
    if (!manifest.isArray())
        return Result<TfjsWeights>::failure(
            QCoreApplication::translate("FaceModels", "Model file %1 is not a weights manifest (%2)")
                .arg(manifestPath, parseError.errorString()));
    return fromManifest(manifest.array(), directory, model);
}

Result<TfjsWeights> TfjsWeights::fromManifest(const QJsonArray &manifest, const QString &directory,
                                              const QString &model)
{
    TfjsWeights weights;
    for (const QJsonValue groupValue : manifest) {
        const QJsonObject group = groupValue.toObject();
        QByteArray data;
        for (const QJsonValue shard : group.value(QLatin1String("paths")).toArray()) {
            const QString name = shard.toString();
            if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
                return Result<TfjsWeights>::failure(
                    QCoreApplication::translate("FaceModels", "Model %1 names a bad shard file").arg(model));
            QFile shardFile(directory + QLatin1Char('/') + name);
            if (!shardFile.open(QIODevice::ReadOnly))
                return Result<TfjsWeights>::failure(
                    QCoreApplication::translate("FaceModels", "Model file %1 is missing or unreadable")
                        .arg(shardFile.fileName()));
            data += shardFile.readAll();
        }
        std::int64_t offset = 0;
        for (const QJsonValue entryValue : group.value(QLatin1String("weights")).toArray()) {
            const QJsonObject entry = entryValue.toObject();
            const std::string name = entry.value(QLatin1String("name")).toString().toStdString();
            Tensor tensor;
            std::int64_t count = 1;
            for (const QJsonValue dim : entry.value(QLatin1String("shape")).toArray()) {
                const int d = dim.toInt(-1);
                if (d < 0 || count * std::max(d, 1) > kMaxTensorValues)
                    return Result<TfjsWeights>::failure(
                        QCoreApplication::translate("FaceModels", "Model %1: tensor %2 has a bad shape")
                            .arg(model, QString::fromStdString(name)));
                tensor.shape.push_back(d);
                count *= d;
            }
            const QString dtype = entry.value(QLatin1String("dtype")).toString();
            const QJsonObject quantization = entry.value(QLatin1String("quantization")).toObject();
            const QString storedType =
                quantization.isEmpty() ? dtype : quantization.value(QLatin1String("dtype")).toString();
            // How each stored value is read: decided once per tensor, not per value.
            enum class Stored { Float32, Int32, Float16, Uint16, Uint8 };
            Stored stored = Stored::Uint8;
            int bytesPerValue = 1;
            if (storedType == QLatin1String("float32") || storedType == QLatin1String("int32")) {
                stored = storedType == QLatin1String("float32") ? Stored::Float32 : Stored::Int32;
                bytesPerValue = 4;
            } else if (storedType == QLatin1String("uint16") || storedType == QLatin1String("float16")) {
                stored = storedType == QLatin1String("uint16") ? Stored::Uint16 : Stored::Float16;
                bytesPerValue = 2;
            } else if (storedType != QLatin1String("uint8")) {
                return Result<TfjsWeights>::failure(
                    QCoreApplication::translate("FaceModels", "Model %1: tensor %2 has an unsupported type %3")
                        .arg(model, QString::fromStdString(name), storedType));
            }
            if (offset + count * bytesPerValue > data.size())
                return Result<TfjsWeights>::failure(
                    QCoreApplication::translate(
                        "FaceModels", "Model %1 is truncated (its weights file is shorter than its manifest says)")
                        .arg(model));
            const double scale = quantization.value(QLatin1String("scale")).toDouble(1.0);
            const double min = quantization.value(QLatin1String("min")).toDouble(0.0);
            const bool roundToInt = dtype == QLatin1String("int32");
            tensor.values = cv::Mat(1, int(std::max<std::int64_t>(count, 1)), CV_32F, cv::Scalar(0));
            auto *out = tensor.values.ptr<float>();
            const char *in = data.constData() + offset;
            for (std::int64_t i = 0; i < count; ++i) {
                // Like tfjs: q * scale + min in double precision, stored as float32.
                float v = 0;
                switch (stored) {
                case Stored::Float32: v = readLittle<float>(in + i * 4); break;
                case Stored::Int32: v = float(readLittle<std::int32_t>(in + i * 4)); break;
                case Stored::Float16: v = halfToFloat(readLittle<std::uint16_t>(in + i * 2)); break;
                case Stored::Uint16: v = float(readLittle<std::uint16_t>(in + i * 2) * scale + min); break;
                case Stored::Uint8: v = float(static_cast<unsigned char>(in[i]) * scale + min); break;
                }
                out[i] = roundToInt ? std::round(v) : v;
            }
            offset += count * bytesPerValue;
            weights.m_tensors[name] = std::move(tensor);
        }
    }
    if (weights.m_tensors.empty())
        return Result<TfjsWeights>::failure(
            QCoreApplication::translate("FaceModels", "Model %1 lists no tensors").arg(model));
    return weights;
}

cv::Mat TfjsWeights::tensor(const std::string &name, int expectedSize) const
{
    const auto it = m_tensors.find(name);
    if (it == m_tensors.end())
        return {};
    if (expectedSize >= 0 && int(it->second.values.total()) != expectedSize)
        return {};
    return it->second.values;
}

std::vector<int> TfjsWeights::shape(const std::string &name) const
{
    const auto it = m_tensors.find(name);
    return it == m_tensors.end() ? std::vector<int>{} : it->second.shape;
}

} // namespace tintype
