#pragma once

#include "takeout/TakeoutSidecarMatcher.h"

#include <QString>

namespace tintype {

// A MatchRule's enumerator name, for the Takeout tests' readable tables.
inline QString matchRuleName(MatchRule rule)
{
    switch (rule) {
    case MatchRule::Exact: return QStringLiteral("Exact");
    case MatchRule::Supplemental: return QStringLiteral("Supplemental");
    case MatchRule::Truncated: return QStringLiteral("Truncated");
    case MatchRule::Numbered: return QStringLiteral("Numbered");
    case MatchRule::Title: return QStringLiteral("Title");
    case MatchRule::Edited: return QStringLiteral("Edited");
    case MatchRule::LivePhotoCompanion: return QStringLiteral("LivePhotoCompanion");
    case MatchRule::ExtensionAdded: return QStringLiteral("ExtensionAdded");
    case MatchRule::ForgottenDuplicate: return QStringLiteral("ForgottenDuplicate");
    }
    return QStringLiteral("?");
}

} // namespace tintype
