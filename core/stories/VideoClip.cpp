#include "stories/VideoClip.h"

#include "stories/ReelEncoderBackend.h"

namespace tintype {

Result<std::shared_ptr<VideoClip>> VideoClip::open(const std::filesystem::path &path, int longEdge)
{
    using R = Result<std::shared_ptr<VideoClip>>;
    QString error;
    const ReelEncoderPlugin *plugin = reelEncoderPlugin(&error);
    if (!plugin)
        return R::failure(error);
    double duration = 0;
    void *handle = plugin->openClip(path.string().c_str(), longEdge, &duration, &error);
    if (!handle)
        return R::failure(error);
    return std::shared_ptr<VideoClip>(new VideoClip(handle, duration));
}

VideoClip::~VideoClip() { reelEncoderPlugin(nullptr)->closeClip(m_handle); }

QImage VideoClip::frameAt(double seconds) { return reelEncoderPlugin(nullptr)->clipFrame(m_handle, seconds); }

} // namespace tintype
