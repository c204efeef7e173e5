#pragma once

#include <QJsonObject>
#include <QString>

#include <map>
#include <optional>

namespace tintype {

// The operations an edit stack can hold. The renderer applies them in this
// order (geometry, then light and colour, then detail), whatever the order in
// the stack, so a stack is a set of settings, one operation of each kind.
enum class OperationType {
    Rotate,         // quarterTurns: 0..3 clockwise
    Flip,           // horizontal, vertical: 0 or 1
    Straighten,     // angle: degrees, -45..45 clockwise, auto-cropped to the original aspect
    Crop,           // x, y, width, height: 0..1 of the image after rotate/flip/straighten; aspect: 0 free, else w/h
    NoiseReduction, // amount: 0..1
    Exposure,       // stops: -4..4 (linear light)
    Warmth,         // amount: -1..1 (linear light, blue ↔ amber)
    Tint,           // amount: -1..1 (green ↔ magenta)
    Blacks,         // amount: -1..1
    Whites,         // amount: -1..1
    Shadows,        // amount: -1..1
    Highlights,     // amount: -1..1
    Contrast,       // amount: -1..1
    Saturation,     // amount: -1..1 (-1: black and white)
    Vibrance,       // amount: -1..1 (muted colours more than vivid ones)
    Vignette,       // amount: -1..1 (negative darkens the corners), midpoint: 0..1
    Sharpen,        // amount: 0..1
};

// One operation with its parameters in the current parameter version. Every
// kind has its own version number (EditOperation::currentVersion): when the
// meaning of a kind's parameters changes, its version goes up and
// fromJson() converts what older versions wrote, so an old stack renders as it
// did. Parameters are numbers; a missing one has its neutral default.
struct EditOperation {
    OperationType type = OperationType::Exposure;
    std::map<QString, double> params;

    double value(const QString &key) const;
    EditOperation &set(const QString &key, double v);
    // True when it changes nothing (e.g. exposure 0, crop of the whole image).
    bool isNeutral() const;
    bool operator==(const EditOperation &other) const = default;

    static EditOperation make(OperationType type, double amount); // the kind's main parameter
    static int currentVersion(OperationType type);
    static QString name(OperationType type); // "exposure", "noise-reduction", ... (the JSON "op")
    static std::optional<OperationType> typeForName(const QString &name);
    static double defaultValue(OperationType type, const QString &key);
    // The kind's main parameter ("amount", "stops", "angle", "quarterTurns", ...).
    static QString mainKey(OperationType type);

    // {"op": name, "v": version, "params": {...}}, always in the current version.
    QJsonObject toJson() const;
    // Reads any version up to the current one; newer versions, unknown kinds
    // and values outside the ranges above are failures with a readable reason.
    static std::optional<EditOperation> fromJson(const QJsonObject &json, QString *error);
};

} // namespace tintype
