#pragma once

#include "similarity/DuplicateGroup.h"

#include <QCoreApplication>

namespace tintype {

// Proposes which copy of a group to keep and says why. Rules, in order: a
// copy whose file is reachable now; the original (a RAW, or a file with its
// camera's metadata) over re-encoded, screenshot and messenger copies; more
// pixels; more bytes at the same pixels; camera capture time and GPS; the
// oldest asset. Fills each member's flags and differences, orders the
// members with the kept one first and writes the explanation.
class BestCopyChooser {
    Q_DECLARE_TR_FUNCTIONS(BestCopyChooser)

public:
    static void propose(DuplicateGroup &group);
    // Member flags from its facts (name patterns, metadata), without choosing.
    static void describe(DuplicateMember &member);
    // Makes members[index] the kept one (the user chose another) and explains it again.
    static void keepInstead(DuplicateGroup &group, int index);
};

} // namespace tintype
