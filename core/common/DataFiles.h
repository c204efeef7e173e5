#pragma once

#include <QString>

#include <functional>

namespace tintype::datafiles {

// Tintype's read-only data (models, place data) lives in <data folder>/tintype:
// the user's (~/.local/share/tintype, where packaging/fetch-models.sh installs
// it), a system one from $XDG_DATA_DIRS (/usr/local/share, /usr/share: where
// the package installs it), or <exe dir>/../share (a relocated install).
//
// The first of those folders, in that order, whose tintype/<relative> passes
// `complete`; the user's one when none does (for install hints).
QString locate(const QString &relative, const std::function<bool(const QString &path)> &complete);

// The same for a single file: the first one that exists and is not empty.
QString locateFile(const QString &relative);

} // namespace tintype::datafiles
