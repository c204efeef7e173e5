#pragma once

#include <QByteArray>
#include <QSize>

#include <optional>

namespace tintype {

class EditStack;

// The shape an edited photo shows at (a crop, a straighten change it): one
// answer for the timeline's tiles, the viewer's size and the thumbnails.
namespace editedshape {

// The size an edit renders from an upright source of `upright` pixels (before any long-edge limit).
QSize shownSize(QSize upright, const EditStack &stack);

// The size a catalogued photo shows at: its stored `pixels` turned by the user's
// `quarterTurns`, then through the edit stack `stackJson`. nullopt when there is
// no edit, it cannot be read, or the photo has no size.
std::optional<QSize> shownSize(QSize pixels, int quarterTurns, const QByteArray &stackJson);

} // namespace editedshape
} // namespace tintype
