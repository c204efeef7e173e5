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
    return std::shared_ptr<VideoClip>(new VideoClip(path, longEdge, handle, duration));
}

VideoClip::~VideoClip() { release(); }

void VideoClip::release()
{
    if (m_handle)
        reelEncoderPlugin(nullptr)->closeClip(m_handle);
    m_handle = nullptr;
}

QImage VideoClip::frameAt(double seconds)
{
    const ReelEncoderPlugin *plugin = reelEncoderPlugin(nullptr); // loaded: open() succeeded
    if (!m_handle) {
        double duration = 0;
        QString error;
        m_handle = plugin->openClip(m_path.string().c_str(), m_longEdge, &duration, &error);
        if (!m_handle)
            return {};
    }
    return plugin->clipFrame(m_handle, seconds);
}

} // namespace tintype
