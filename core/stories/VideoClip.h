#pragma once

#include "common/Result.h"

#include <QImage>

#include <filesystem>
#include <memory>

namespace tintype {

// A video's pictures for a reel (ReelRenderer): read forward through the video
// plugin (ReelClipDecoder.cpp), at most `longEdge` on the long side, upright.
// Asking for the times of a reel in order decodes each picture once; an
// earlier time seeks back. The decoder is opened when a picture is asked for
// and closed by release(), so a reel of many videos holds few open at a time.
// Not thread-safe.
class VideoClip {
public:
    static Result<std::shared_ptr<VideoClip>> open(const std::filesystem::path &path, int longEdge);
    ~VideoClip();
    VideoClip(const VideoClip &) = delete;
    VideoClip &operator=(const VideoClip &) = delete;

    double durationSeconds() const { return m_duration; }
    // The picture on screen `seconds` into the video; null when none could be decoded.
    QImage frameAt(double seconds);
    // Closes the decoder (the next frameAt opens it again).
    void release();

private:
    VideoClip(std::filesystem::path path, int longEdge, void *handle, double duration)
        : m_path(std::move(path)),
          m_longEdge(longEdge),
          m_handle(handle),
          m_duration(duration)
    {}
    std::filesystem::path m_path;
    int m_longEdge;
    void *m_handle; // nullptr: released
    double m_duration;
};

} // namespace tintype
