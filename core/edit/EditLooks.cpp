#include "edit/EditLooks.h"

#include <QCoreApplication>

#include <array>
#include <utility>
#include <vector>

namespace tintype {

namespace {
struct Look {
    const char *id;
    const char *name;
    std::vector<std::pair<OperationType, double>> operations;
};

const std::array<Look, 6> &looks()
{
    static const std::array<Look, 6> all = {{
        {"vivid",
         QT_TRANSLATE_NOOP("EditLooks", "Vivid"),
         {{OperationType::Contrast, 0.25}, {OperationType::Saturation, 0.2}, {OperationType::Vibrance, 0.3}}},
        {"warm",
         QT_TRANSLATE_NOOP("EditLooks", "Warm"),
         {{OperationType::Warmth, 0.35}, {OperationType::Tint, 0.05}, {OperationType::Vibrance, 0.1}}},
        {"cool",
         QT_TRANSLATE_NOOP("EditLooks", "Cool"),
         {{OperationType::Warmth, -0.35}, {OperationType::Contrast, 0.1}}},
        {"matte",
         QT_TRANSLATE_NOOP("EditLooks", "Matte"),
         {{OperationType::Blacks, 0.5}, {OperationType::Contrast, -0.2}, {OperationType::Saturation, -0.15}}},
        {"dramatic",
         QT_TRANSLATE_NOOP("EditLooks", "Dramatic"),
         {{OperationType::Contrast, 0.45},
          {OperationType::Highlights, -0.3},
          {OperationType::Shadows, 0.2},
          {OperationType::Saturation, -0.1},
          {OperationType::Vignette, -0.4}}},
        {"mono",
         QT_TRANSLATE_NOOP("EditLooks", "Black and white"),
         {{OperationType::Saturation, -1.0}, {OperationType::Contrast, 0.2}}},
    }};
    return all;
}
} // namespace

QStringList EditLooks::ids()
{
    QStringList ids;
    for (const Look &look : looks())
        ids << QString::fromLatin1(look.id);
    return ids;
}

QString EditLooks::displayName(const QString &id)
{
    for (const Look &look : looks())
        if (id == QLatin1String(look.id))
            return QCoreApplication::translate("EditLooks", look.name);
    return {};
}

std::optional<EditStack> EditLooks::stack(const QString &id)
{
    for (const Look &look : looks()) {
        if (id != QLatin1String(look.id))
            continue;
        EditStack stack;
        for (const auto &[type, amount] : look.operations)
            stack.set(type, amount);
        return stack;
    }
    return std::nullopt;
}

} // namespace tintype
