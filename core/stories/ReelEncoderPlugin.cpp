// core/stories' side of the video plugin: loads libtintype-video on the first
// reel and hands out its encoder. ReelEncoder.cpp is the plugin's side.
#include "common/PluginLibrary.h"
#include "stories/ReelEncoderBackend.h"

namespace tintype {

const ReelEncoderPlugin *reelEncoderPlugin(QString *error)
{
    static QString failure;
    static const ReelEncoderPlugin *const plugin =
        pluginTable<ReelEncoderPlugin>("tintype-video", "tintype_video_reel_encoder", &failure);
    if (!plugin && error)
        *error = failure;
    return plugin;
}

} // namespace tintype
