#pragma once

#include <QString>

namespace tintype {

// Heavy third-party libraries (FFmpeg: ~130 shared libraries) live in a
// Tintype plugin, a shared module loaded on first use, so a process that never
// touches a video does not pay for loading them at start (`tintype-cli
// --version`, a rescan of unchanged files).
//
// resolvePluginSymbol("tintype-video", "tintype_video_metadata") loads
// libtintype-video.so once per process (thread-safe) and returns the symbol, or
// nullptr with `error` saying why. Looked for, in order: $TINTYPE_PLUGIN_DIR,
// the build tree's plugin folder, <exe dir>/../lib/tintype, <exe dir>.
void *resolvePluginSymbol(const char *plugin, const char *symbol, QString *error);

// Resolves `symbol` once and calls it for the plugin's table of functions
// (a static struct of function pointers, see e.g. metadata/MetadataBackends.h).
template <typename Table>
const Table *pluginTable(const char *plugin, const char *symbol, QString *error)
{
    using Entry = const Table *(*)();
    auto entry = reinterpret_cast<Entry>(resolvePluginSymbol(plugin, symbol, error));
    return entry ? entry() : nullptr;
}

} // namespace tintype
