#pragma once

#include "edit/EditStack.h"

#include <QImage>

namespace tintype {

// One-click correction from the picture's histogram: exposure to bring the
// median tone towards mid-grey, blacks and whites to stretch the tonal range,
// shadows for a dark-heavy picture, contrast for a flat one, vibrance for a
// muted one. The result is ordinary operations (merge them into the stack),
// so it renders the same everywhere and every value can be changed after.
class AutoEnhance {
public:
    // `picture`: what the stack applies to, any size (a preview is enough).
    static EditStack suggest(const QImage &picture);
};

} // namespace tintype
