#include "stories/ReelExporter.h"

#include "imaging/ImageDecoder.h"
#include "stories/ReelEncoderBackend.h"
#include "stories/VideoClip.h"

#include <QtConcurrent/QtConcurrentMap>

#include <system_error>

namespace tintype {

Result<ReelExporter::Outcome> ReelExporter::run(const std::vector<std::filesystem::path> &photos,
                                                const std::filesystem::path &out, const Settings &settings,
                                                const std::function<void(double)> &progress,
                                                const std::atomic<bool> *cancel)
{
    std::vector<Source> sources;
    sources.reserve(photos.size());
    for (const std::filesystem::path &path : photos)
        sources.push_back({path, false});
    return run(sources, out, settings, progress, cancel);
}

Result<ReelExporter::Outcome> ReelExporter::run(const std::vector<Source> &sources, const std::filesystem::path &out,
                                                const Settings &settings, const std::function<void(double)> &progress,
                                                const std::atomic<bool> *cancel)
{
    using R = Result<Outcome>;
    if (settings.frameSize.width() % 2 || settings.frameSize.height() % 2 || settings.fps <= 0 ||
        settings.frameSize.isEmpty())
        return R::failure(tr("A reel needs an even frame size and a positive frame rate."));
    QString error;
    const ReelEncoderPlugin *plugin = reelEncoderPlugin(&error);
    if (!plugin)
        return R::failure(tr("Videos cannot be written: %1").arg(error));

    // Photos decoded at screen size, a few at a time; videos opened, read as the reel plays.
    const int longEdge = std::max(settings.frameSize.width(), settings.frameSize.height());
    const QList<ReelRenderer::Slide> decoded = QtConcurrent::blockingMapped(
        QList<Source>(sources.begin(), sources.end()), [longEdge, &settings](const Source &source) {
            ReelRenderer::Slide slide;
            if (source.video) {
                Result<std::shared_ptr<VideoClip>> clip = VideoClip::open(source.path, longEdge);
                if (clip && !clip.value()->frameAt(0).isNull()) {
                    slide.clip = clip.value();
                    slide.clipStart = ReelRenderer::clipStartOf(slide.clip->durationSeconds(), settings.timing);
                    slide.clip->release(); // opened again when it plays
                }
            } else if (Result<DecodedImage> image = ImageDecoder::decode({source.path, longEdge})) {
                slide.photo = image.value().image;
            }
            return slide;
        });
    Outcome outcome;
    std::vector<ReelRenderer::Slide> shown;
    for (const ReelRenderer::Slide &slide : decoded) {
        if (slide.photo.isNull() && !slide.clip) {
            ++outcome.unreadable;
            continue;
        }
        outcome.videos += slide.clip ? 1 : 0;
        shown.push_back(slide);
    }
    outcome.photos = int(shown.size());
    if (shown.empty())
        return R::failure(tr("None of the photos could be read."));
    if (cancel && *cancel)
        return R::failure(tr("Cancelled."));

    const ReelRenderer renderer(std::move(shown), settings.frameSize, settings.timing);
    outcome.seconds = renderer.durationSeconds();
    const int frames = std::max(1, int(std::lround(outcome.seconds * settings.fps)));
    const std::string path = out.string();
    void *encoder =
        plugin->open(path.c_str(), settings.frameSize.width(), settings.frameSize.height(), settings.fps, &error);
    if (!encoder)
        return R::failure(error);
    auto abandon = [&](const QString &message) {
        plugin->discard(encoder);
        std::error_code ignored;
        std::filesystem::remove(out, ignored);
        return R::failure(message);
    };
    for (int i = 0; i < frames; ++i) {
        if (cancel && *cancel)
            return abandon(tr("Cancelled."));
        if (!plugin->write(encoder, renderer.frameAt(double(i) / settings.fps), &error))
            return abandon(error);
        if (progress)
            progress(double(i + 1) / frames);
    }
    if (!plugin->finish(encoder, &error)) {
        std::error_code ignored;
        std::filesystem::remove(out, ignored);
        return R::failure(error);
    }
    outcome.seconds = double(frames) / settings.fps;
    return outcome;
}

} // namespace tintype
