#pragma once

#include "common/Result.h"
#include "stories/ReelRenderer.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <atomic>
#include <filesystem>
#include <functional>
#include <vector>

namespace tintype {

// Exports a highlight reel (ReelRenderer: cross-fades, slow zoom and pan) as
// an H.264 MP4 through the video plugin's libavcodec encoder, 1920×1080 at 30
// frames a second by default. Photos are decoded at screen size; a video plays
// a few seconds of itself (Timing::clipSeconds, silent), read forward through
// the video plugin. Files that cannot be read are left out and counted.
// Reports progress (0..1) and stops when `cancel` is set, removing the
// partial file. Blocking: run it off the GUI thread.
class ReelExporter {
    Q_DECLARE_TR_FUNCTIONS(ReelExporter)

public:
    struct Settings {
        QSize frameSize{1920, 1080};
        int fps = 30;
        ReelRenderer::Timing timing;
    };
    struct Source {
        std::filesystem::path path;
        bool video = false;
    };
    struct Outcome {
        int photos = 0;     // shown (videos too)
        int videos = 0;     // of them, videos played as clips
        int unreadable = 0; // left out
        double seconds = 0; // of video
    };
    static Result<Outcome> run(const std::vector<std::filesystem::path> &photos, const std::filesystem::path &out,
                               const Settings &settings, const std::function<void(double)> &progress = {},
                               const std::atomic<bool> *cancel = nullptr);
    static Result<Outcome> run(const std::vector<Source> &sources, const std::filesystem::path &out,
                               const Settings &settings, const std::function<void(double)> &progress = {},
                               const std::atomic<bool> *cancel = nullptr);
};

} // namespace tintype
