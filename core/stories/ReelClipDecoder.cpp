// The video plugin's side of a reel's video clips (ReelEncoderBackend.h): a
// video's pictures decoded forward through libavcodec, the one on screen at a
// time converted by libswscale to at most the reel's size and turned upright
// by the stream's display matrix. Asking for an earlier time seeks back.
#include "stories/ReelEncoderBackend.h"

#include <QCoreApplication>
#include <QTransform>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/display.h>
#include <libswscale/swscale.h>
}

#include <cmath>
#include <cstdint>

namespace tintype::reelclip {

namespace {
constexpr int kMaxFramesPerStep = 3000; // a broken file does not keep a reel decoding forever

QString ffmpegError(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QCoreApplication::translate("ReelExporter", "video: %1").arg(QString::fromLocal8Bit(text));
}

struct Clip {
    AVFormatContext *ctx = nullptr;
    AVCodecContext *codec = nullptr;
    AVPacket *packet = av_packet_alloc();
    AVFrame *current = av_frame_alloc(); // the last picture at or before the time asked
    AVFrame *next = av_frame_alloc();    // decoded ahead, not yet shown
    SwsContext *sws = nullptr;
    int stream = -1;
    AVRational timeBase{1, 1};
    std::int64_t start = 0;
    int longEdge = 0;
    double rotation = 0; // degrees clockwise
    bool haveCurrent = false, haveNext = false, drained = false;
    double lastAsked = -1;
    QImage shown;

    ~Clip()
    {
        sws_freeContext(sws);
        av_frame_free(&next);
        av_frame_free(&current);
        av_packet_free(&packet);
        avcodec_free_context(&codec);
        avformat_close_input(&ctx);
    }

    double secondsOf(const AVFrame *f) const
    {
        std::int64_t ts = f->best_effort_timestamp != AV_NOPTS_VALUE ? f->best_effort_timestamp : f->pts;
        return ts == AV_NOPTS_VALUE ? 0 : double(ts - start) * av_q2d(timeBase);
    }

    // Decodes the next picture into `next`; false at the end.
    bool decodeNext()
    {
        for (int packets = 0; packets < kMaxFramesPerStep; ++packets) {
            const int rc = avcodec_receive_frame(codec, next);
            if (rc >= 0)
                return true;
            if (rc != AVERROR(EAGAIN) || drained)
                return false;
            if (av_read_frame(ctx, packet) < 0) {
                avcodec_send_packet(codec, nullptr); // drains the decoder's last pictures
                drained = true;
                continue;
            }
            if (packet->stream_index == stream)
                avcodec_send_packet(codec, packet);
            av_packet_unref(packet);
        }
        return false;
    }

    void seek(double seconds)
    {
        const auto target = start + std::int64_t(std::max(0.0, seconds) / av_q2d(timeBase));
        av_seek_frame(ctx, stream, target, AVSEEK_FLAG_BACKWARD);
        avcodec_flush_buffers(codec);
        haveCurrent = haveNext = drained = false;
    }

    QImage convert()
    {
        const AVFrame *f = current;
        const auto format = AVPixelFormat(f->format);
        if (f->width <= 0 || f->height <= 0 || format == AV_PIX_FMT_NONE || !sws_isSupportedInput(format))
            return {};
        double displayWidth = f->width;
        if (f->sample_aspect_ratio.num > 0 && f->sample_aspect_ratio.den > 0)
            displayWidth *= av_q2d(f->sample_aspect_ratio);
        const double scale = std::min(1.0, double(longEdge) / std::max<double>(displayWidth, f->height));
        const int width = std::max(2, int(std::lround(displayWidth * scale)));
        const int height = std::max(2, int(std::lround(f->height * scale)));
        sws = sws_getCachedContext(sws, f->width, f->height, format, width, height, AV_PIX_FMT_RGB32, SWS_BILINEAR,
                                   nullptr, nullptr, nullptr);
        if (!sws)
            return {};
        // libswscale's SIMD writes past a line's end: aligned lines and a spare row, then a copy.
        const int stride = FFALIGN(width * 4, 64);
        QByteArray buffer(qsizetype(stride) * (height + 2) + 64, Qt::Uninitialized);
        auto *base = reinterpret_cast<uint8_t *>(buffer.data());
        base += (64 - reinterpret_cast<std::uintptr_t>(base) % 64) % 64;
        uint8_t *planes[4] = {base, nullptr, nullptr, nullptr};
        int strides[4] = {stride, 0, 0, 0};
        sws_scale(sws, f->data, f->linesize, 0, f->height, planes, strides);
        QImage image = QImage(base, width, height, stride, QImage::Format_RGB32).copy();
        if (rotation != 0)
            image = image.transformed(QTransform().rotate(rotation));
        return image;
    }
};
} // namespace

void *open(const char *path, int longEdge, double *durationSeconds, QString *error)
{
    auto *c = new Clip;
    auto fail = [&](const QString &message) -> void * {
        delete c;
        *error = message;
        return nullptr;
    };
    c->longEdge = std::max(16, longEdge);
    const std::string url = std::string("file:") + path;
    if (const int rc = avformat_open_input(&c->ctx, url.c_str(), nullptr, nullptr); rc < 0) {
        c->ctx = nullptr;
        return fail(ffmpegError(rc));
    }
    if (const int rc = avformat_find_stream_info(c->ctx, nullptr); rc < 0)
        return fail(ffmpegError(rc));
    const AVCodec *decoder = nullptr;
    c->stream = av_find_best_stream(c->ctx, AVMEDIA_TYPE_VIDEO, -1, -1, &decoder, 0);
    if (c->stream < 0 || !decoder)
        return fail(QCoreApplication::translate("ReelExporter", "video: no decodable video stream"));
    const AVStream *stream = c->ctx->streams[c->stream];
    c->timeBase = stream->time_base;
    c->start = stream->start_time == AV_NOPTS_VALUE ? 0 : stream->start_time;
    if (const uint8_t *matrix = av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, nullptr)) {
        const double rotation = -av_display_rotation_get(reinterpret_cast<const int32_t *>(matrix));
        if (std::isfinite(rotation))
            c->rotation = std::fmod(std::round(rotation / 90) * 90 + 360, 360);
    }
    c->codec = avcodec_alloc_context3(decoder);
    if (!c->codec || avcodec_parameters_to_context(c->codec, stream->codecpar) < 0)
        return fail(QCoreApplication::translate("ReelExporter", "video: out of memory"));
    if (const int rc = avcodec_open2(c->codec, decoder, nullptr); rc < 0)
        return fail(ffmpegError(rc));
    *durationSeconds = c->ctx->duration != AV_NOPTS_VALUE   ? double(c->ctx->duration) / AV_TIME_BASE
                       : stream->duration != AV_NOPTS_VALUE ? double(stream->duration) * av_q2d(stream->time_base)
                                                            : 0;
    return c;
}

QImage frame(void *clip, double seconds)
{
    auto *c = static_cast<Clip *>(clip);
    if (seconds < c->lastAsked)
        c->seek(seconds);
    c->lastAsked = seconds;
    bool changed = false;
    for (int frames = 0; frames < kMaxFramesPerStep; ++frames) {
        if (!c->haveNext)
            c->haveNext = c->decodeNext();
        if (!c->haveNext)
            break;
        if (c->haveCurrent && c->secondsOf(c->next) > seconds)
            break;
        av_frame_unref(c->current);
        av_frame_move_ref(c->current, c->next);
        c->haveCurrent = changed = true;
        c->haveNext = false;
    }
    if (changed)
        c->shown = c->convert();
    return c->shown;
}

void close(void *clip) { delete static_cast<Clip *>(clip); }

} // namespace tintype::reelclip
