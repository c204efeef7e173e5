#pragma once

// Private to core/stories: the H.264 MP4 encoder built into the video plugin
// (libtintype-video, ReelEncoder.cpp), reached through ReelEncoderPlugin.cpp,
// so FFmpeg is loaded only when a reel is exported.

#include <QImage>
#include <QString>

namespace tintype {

struct ReelEncoderPlugin {
    // A new MP4 at `path` (UTF-8) of `width`×`height` at `fps`; nullptr with `error` on failure.
    void *(*open)(const char *path, int width, int height, int fps, QString *error);
    // One frame (any QImage format, scaled to the size if needed).
    bool (*write)(void *encoder, const QImage &frame, QString *error);
    // Flushes, writes the index, closes and frees the encoder (also on failure).
    bool (*finish)(void *encoder, QString *error);
    // Closes and frees without finishing (the file is incomplete; the caller removes it).
    void (*discard)(void *encoder);

    // A video's pictures read forward for a reel's clip (ReelClipDecoder.cpp): opens `path` (UTF-8)
    // with its pictures at most `longEdge` on the long side, turned upright; nullptr with `error`.
    void *(*openClip)(const char *path, int longEdge, double *durationSeconds, QString *error);
    // The picture shown `seconds` into the video (decoding on from the last one; an earlier
    // time seeks back); null when none can be decoded.
    QImage (*clipFrame)(void *clip, double seconds);
    void (*closeClip)(void *clip);
};

namespace reelclip { // the plugin's side, ReelClipDecoder.cpp
void *open(const char *path, int longEdge, double *durationSeconds, QString *error);
QImage frame(void *clip, double seconds);
void close(void *clip);
} // namespace reelclip

// The plugin's table, loaded on first use; nullptr with `error` when the plugin cannot be loaded.
const ReelEncoderPlugin *reelEncoderPlugin(QString *error);

} // namespace tintype
