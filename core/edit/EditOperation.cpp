#include "edit/EditOperation.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <array>
#include <cmath>

namespace tintype {

namespace {
struct ParamSpec {
    const char *key;
    double min, max, neutral;
};

struct KindSpec {
    OperationType type;
    const char *name;
    int version;
    std::array<ParamSpec, 5> params; // unused entries have a null key
};

// Version history:
// - light and colour sliders (warmth ... vibrance) v1: {"value": -100..100}
//   (whole percent); v2: {"amount": -1..1}, the same setting as value / 100.
// - every other kind: v1 is the current one.
const std::array<KindSpec, 17> kKinds = {{
    {OperationType::Rotate, "rotate", 1, {{{"quarterTurns", 0, 3, 0}}}},
    {OperationType::Flip, "flip", 1, {{{"horizontal", 0, 1, 0}, {"vertical", 0, 1, 0}}}},
    {OperationType::Straighten, "straighten", 1, {{{"angle", -45, 45, 0}}}},
    {OperationType::Crop,
     "crop",
     1,
     {{{"x", 0, 1, 0}, {"y", 0, 1, 0}, {"width", 0, 1, 1}, {"height", 0, 1, 1}, {"aspect", 0, 100, 0}}}},
    {OperationType::NoiseReduction, "noise-reduction", 1, {{{"amount", 0, 1, 0}}}},
    {OperationType::Exposure, "exposure", 1, {{{"stops", -4, 4, 0}}}},
    {OperationType::Warmth, "warmth", 2, {{{"amount", -1, 1, 0}}}},
    {OperationType::Tint, "tint", 2, {{{"amount", -1, 1, 0}}}},
    {OperationType::Blacks, "blacks", 2, {{{"amount", -1, 1, 0}}}},
    {OperationType::Whites, "whites", 2, {{{"amount", -1, 1, 0}}}},
    {OperationType::Shadows, "shadows", 2, {{{"amount", -1, 1, 0}}}},
    {OperationType::Highlights, "highlights", 2, {{{"amount", -1, 1, 0}}}},
    {OperationType::Contrast, "contrast", 2, {{{"amount", -1, 1, 0}}}},
    {OperationType::Saturation, "saturation", 2, {{{"amount", -1, 1, 0}}}},
    {OperationType::Vibrance, "vibrance", 2, {{{"amount", -1, 1, 0}}}},
    {OperationType::Vignette, "vignette", 1, {{{"amount", -1, 1, 0}, {"midpoint", 0, 1, 0.5}}}},
    {OperationType::Sharpen, "sharpen", 1, {{{"amount", 0, 1, 0}}}},
}};

const KindSpec &spec(OperationType type) { return kKinds.at(std::size_t(type)); }

const ParamSpec *paramSpec(OperationType type, const QString &key)
{
    for (const ParamSpec &p : spec(type).params)
        if (p.key && key == QLatin1String(p.key))
            return &p;
    return nullptr;
}

bool isSlider(OperationType type)
{
    return spec(type).version == 2 && QLatin1String(spec(type).params[0].key) == "amount";
}

// Older parameter versions → the current one.
QJsonObject upgraded(OperationType type, int version, QJsonObject params)
{
    if (version == 1 && isSlider(type) && params.contains(QLatin1String("value"))) {
        const double amount = params.value(QLatin1String("value")).toDouble() / 100.0;
        params.remove(QLatin1String("value"));
        params.insert(QLatin1String("amount"), amount);
    }
    return params;
}
} // namespace

double EditOperation::defaultValue(OperationType type, const QString &key)
{
    const ParamSpec *p = paramSpec(type, key);
    return p ? p->neutral : 0.0;
}

double EditOperation::value(const QString &key) const
{
    const auto it = params.find(key);
    return it != params.end() ? it->second : defaultValue(type, key);
}

EditOperation &EditOperation::set(const QString &key, double v)
{
    params[key] = v;
    return *this;
}

QString EditOperation::mainKey(OperationType type) { return QString::fromLatin1(spec(type).params[0].key); }

EditOperation EditOperation::make(OperationType type, double amount)
{
    EditOperation op;
    op.type = type;
    op.set(mainKey(type), amount);
    return op;
}

bool EditOperation::isNeutral() const
{
    if (type == OperationType::Crop) // the aspect is a hint for the crop tool
        return value(QStringLiteral("x")) <= 0 && value(QStringLiteral("y")) <= 0 &&
               value(QStringLiteral("width")) >= 1 && value(QStringLiteral("height")) >= 1;
    for (const ParamSpec &p : spec(type).params) {
        if (!p.key)
            continue;
        if (type == OperationType::Vignette && QLatin1String(p.key) == "midpoint")
            continue; // shapes a vignette, none without an amount
        if (value(QString::fromLatin1(p.key)) != p.neutral)
            return false;
    }
    return true;
}

int EditOperation::currentVersion(OperationType type) { return spec(type).version; }

QString EditOperation::name(OperationType type) { return QString::fromLatin1(spec(type).name); }

std::optional<OperationType> EditOperation::typeForName(const QString &name)
{
    for (const KindSpec &k : kKinds)
        if (name == QLatin1String(k.name))
            return k.type;
    return std::nullopt;
}

QJsonObject EditOperation::toJson() const
{
    QJsonObject p;
    for (const auto &[key, v] : params)
        p.insert(key, v);
    return {
        {QStringLiteral("op"), name(type)}, {QStringLiteral("v"), currentVersion(type)}, {QStringLiteral("params"), p}};
}

std::optional<EditOperation> EditOperation::fromJson(const QJsonObject &json, QString *error)
{
    const QString opName = json.value(QLatin1String("op")).toString();
    const auto type = typeForName(opName);
    if (!type) {
        *error = QCoreApplication::translate("EditStack", "unknown edit operation '%1'").arg(opName);
        return std::nullopt;
    }
    const int version = json.value(QLatin1String("v")).toInt(1);
    if (version < 1 || version > currentVersion(*type)) {
        *error = QCoreApplication::translate("EditStack",
                                             "the %1 setting was made by a newer version of Tintype (version %2)")
                     .arg(opName)
                     .arg(version);
        return std::nullopt;
    }
    const QJsonObject params = upgraded(*type, version, json.value(QLatin1String("params")).toObject());
    EditOperation op;
    op.type = *type;
    for (auto it = params.begin(); it != params.end(); ++it) {
        const ParamSpec *p = paramSpec(*type, it.key());
        if (!p) {
            *error = QCoreApplication::translate("EditStack", "unknown setting '%1' of %2").arg(it.key(), opName);
            return std::nullopt;
        }
        const double v = it.value().toDouble(std::nan(""));
        if (!std::isfinite(v) || v < p->min || v > p->max) {
            *error = QCoreApplication::translate("EditStack", "%1 of %2 is out of range (%3 to %4)")
                         .arg(it.key(), opName)
                         .arg(p->min)
                         .arg(p->max);
            return std::nullopt;
        }
        op.params[it.key()] = v;
    }
    if (op.type == OperationType::Crop &&
        (op.value(QStringLiteral("width")) <= 0 || op.value(QStringLiteral("height")) <= 0 ||
         op.value(QStringLiteral("x")) + op.value(QStringLiteral("width")) > 1.0 + 1e-9 ||
         op.value(QStringLiteral("y")) + op.value(QStringLiteral("height")) > 1.0 + 1e-9)) {
        *error = QCoreApplication::translate("EditStack", "the crop lies outside the image");
        return std::nullopt;
    }
    return op;
}

} // namespace tintype
