#pragma once

#include <QString>
#include <QStringList>

namespace tintype {

// Heavy third-party libraries (FFmpeg: ~130 shared libraries) live in a
// Tintype plugin, a shared module loaded on first use, so a process that never
// touches a video does not pay for loading them at start (`tintype-cli
// --version`, a rescan of unchanged files).
//
// resolvePluginSymbol("tintype-video", "tintype_video_metadata") loads
// libtintype-video.so once per process (thread-safe) and returns the symbol, or
// nullptr with `error` saying why. Looked for in pluginSearchFolders().
void *resolvePluginSymbol(const char *plugin, const char *symbol, QString *error);

// Where plugins are looked for, in order, for a program in `executableFolder`:
// $TINTYPE_PLUGIN_DIR, <exe dir>/../lib/tintype (installed), <exe dir>, then
// the build tree's plugin folder — last, so an installed program never loads a
// plugin from a build tree that happens to be on the machine.
QStringList pluginSearchFolders(const QString &executableFolder);

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
