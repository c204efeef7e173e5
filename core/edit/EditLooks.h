#pragma once

#include "edit/EditStack.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tintype {

// Named looks (presets): each is just an edit stack of light and colour
// operations, merged onto the user's stack (EditStack::merge), so geometry
// stays and every slider can still be moved afterwards.
class EditLooks {
public:
    // Stable identifiers: "vivid", "warm", "cool", "matte", "dramatic", "mono".
    static QStringList ids();
    static QString displayName(const QString &id); // translated
    static std::optional<EditStack> stack(const QString &id);
};

} // namespace tintype
