// core/metadata's side of the video plugin: loads libtintype-video on the
// first video and forwards to it. FfmpegBackend.cpp is the plugin's side.
#include "common/PluginLibrary.h"
#include "metadata/MetadataBackends.h"

#include <QCoreApplication>

namespace tintype::detail {

const VideoMetadataPlugin *videoMetadataPlugin(QString *error)
{
    static QString failure;
    static const VideoMetadataPlugin *const table =
        pluginTable<VideoMetadataPlugin>("tintype-video", "tintype_video_metadata", &failure);
    if (!table && error)
        *error = failure;
    return table;
}

Result<MediaMetadata> readVideo(const std::filesystem::path &file, const QString &format)
{
    QString error;
    if (const VideoMetadataPlugin *plugin = videoMetadataPlugin(&error))
        return plugin->read(file, format);
    // Index as far as possible: the container header still tells size, length and date.
    MediaMetadata m;
    fillFromContainerHeader(file, format, m);
    m.warnings << QCoreApplication::translate("MetadataReader", "video metadata not read: %1").arg(error);
    return m;
}

} // namespace tintype::detail
