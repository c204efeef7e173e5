// core/imaging's side of the video plugin: loads libtintype-video on the first
// video frame and forwards to it. VideoFrameDecoder.cpp is the plugin's side.
#include "common/PluginLibrary.h"
#include "imaging/DecoderBackends.h"

#include <QCoreApplication>

namespace tintype {

Result<StagedImage> decodeVideo(const DecodeRequest &request)
{
    static QString failure;
    static const VideoFramePlugin *const plugin =
        pluginTable<VideoFramePlugin>("tintype-video", "tintype_video_frame", &failure);
    if (!plugin)
        return Result<StagedImage>::failure(
            QCoreApplication::translate("ImageDecoder", "video frames cannot be read: %1").arg(failure));
    return plugin->decode(request);
}

} // namespace tintype
