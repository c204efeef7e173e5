// Video: a frame about one second in (the first frame for short clips)
// through FFmpeg's libraries, scaled by libswscale, with the stream's display
// matrix turned into an orientation. A deadline keeps broken files from hanging.
#include "imaging/DecoderBackends.h"
#include "imaging/HdrToneMap.h"

#include <QCoreApplication>
#include <QElapsedTimer>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/display.h>
#include <libavutil/imgutils.h>
#include <libswscale/swscale.h>
}

#include <cmath>
#include <cstdint>

namespace tintype {

namespace {
constexpr qint64 kDeadlineMs = 15'000;
constexpr int kMaxDecodedFrames = 400;

QString ffmpegError(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QCoreApplication::translate("ImageDecoder", "video: %1").arg(QString::fromLocal8Bit(text));
}

int interruptWhenLate(void *opaque) { return static_cast<QElapsedTimer *>(opaque)->elapsed() > kDeadlineMs ? 1 : 0; }

struct Input {
    AVFormatContext *ctx = nullptr;
    AVCodecContext *codec = nullptr;
    AVPacket *packet = av_packet_alloc();
    AVFrame *frame = av_frame_alloc();
    SwsContext *sws = nullptr;
    ~Input()
    {
        sws_freeContext(sws);
        av_frame_free(&frame);
        av_packet_free(&packet);
        avcodec_free_context(&codec);
        avformat_close_input(&ctx);
    }
};

int orientationOf(const AVStream *stream)
{
    const uint8_t *matrix = av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, nullptr);
    if (!matrix)
        return 1;
    const double rotation = -av_display_rotation_get(reinterpret_cast<const int32_t *>(matrix));
    if (!std::isfinite(rotation))
        return 1;
    switch (((int(std::lround(rotation)) % 360) + 360) % 360) {
    case 90: return 6;
    case 180: return 3;
    case 270: return 8;
    default: return 1;
    }
}

// Decodes until a frame at or after `target` (stream time base); false at the end.
bool decodeFrame(Input &in, int streamIndex, int64_t target, QElapsedTimer &timer)
{
    bool haveFrame = false;
    for (int frames = 0; frames < kMaxDecodedFrames && timer.elapsed() < kDeadlineMs;) {
        const int read = av_read_frame(in.ctx, in.packet);
        if (read >= 0 && in.packet->stream_index != streamIndex) {
            av_packet_unref(in.packet);
            continue;
        }
        avcodec_send_packet(in.codec, read >= 0 ? in.packet : nullptr); // nullptr drains at the end
        av_packet_unref(in.packet);
        while (avcodec_receive_frame(in.codec, in.frame) >= 0) {
            haveFrame = true;
            ++frames;
            if (in.frame->best_effort_timestamp == AV_NOPTS_VALUE || in.frame->best_effort_timestamp >= target)
                return true;
        }
        if (read < 0)
            return haveFrame;
    }
    return haveFrame;
}
} // namespace

Result<StagedImage> decodeVideoFrame(const DecodeRequest &request)
{
    Input in;
    QElapsedTimer timer;
    timer.start();
    in.ctx = avformat_alloc_context();
    if (!in.ctx || !in.packet || !in.frame)
        return Result<StagedImage>::failure(QCoreApplication::translate("ImageDecoder", "video: out of memory"));
    in.ctx->interrupt_callback.callback = interruptWhenLate;
    in.ctx->interrupt_callback.opaque = &timer;
    const std::string url = "file:" + request.path.string();
    if (const int rc = avformat_open_input(&in.ctx, url.c_str(), nullptr, nullptr); rc < 0) {
        in.ctx = nullptr;
        return Result<StagedImage>::failure(ffmpegError(rc));
    }
    if (const int rc = avformat_find_stream_info(in.ctx, nullptr); rc < 0)
        return Result<StagedImage>::failure(ffmpegError(rc));
    const AVCodec *decoder = nullptr;
    const int index = av_find_best_stream(in.ctx, AVMEDIA_TYPE_VIDEO, -1, -1, &decoder, 0);
    if (index < 0 || !decoder)
        return Result<StagedImage>::failure(
            QCoreApplication::translate("ImageDecoder", "video: no decodable video stream"));
    const AVStream *stream = in.ctx->streams[index];
    StagedImage staged;
    staged.sourceSize = QSize(stream->codecpar->width, stream->codecpar->height);
    if (const QString limit = pixelLimitMessage(staged.sourceSize, request.maxPixels); !limit.isEmpty())
        return Result<StagedImage>::failure(limit);
    in.codec = avcodec_alloc_context3(decoder);
    if (!in.codec || avcodec_parameters_to_context(in.codec, stream->codecpar) < 0)
        return Result<StagedImage>::failure(QCoreApplication::translate("ImageDecoder", "video: out of memory"));
    in.codec->thread_count = 1; // thumbnails already run one per core
    if (const int rc = avcodec_open2(in.codec, decoder, nullptr); rc < 0)
        return Result<StagedImage>::failure(ffmpegError(rc));

    // About one second in, when the clip is longer than two seconds.
    int64_t target = AV_NOPTS_VALUE;
    if (in.ctx->duration != AV_NOPTS_VALUE && in.ctx->duration > 2 * AV_TIME_BASE) {
        target = av_rescale_q(AV_TIME_BASE, AVRational{1, AV_TIME_BASE}, stream->time_base);
        if (stream->start_time != AV_NOPTS_VALUE)
            target += stream->start_time;
        if (av_seek_frame(in.ctx, index, target, AVSEEK_FLAG_BACKWARD) < 0) {
            av_seek_frame(in.ctx, index, stream->start_time == AV_NOPTS_VALUE ? 0 : stream->start_time,
                          AVSEEK_FLAG_BACKWARD);
            target = AV_NOPTS_VALUE;
        }
    }
    if (!decodeFrame(in, index, target == AV_NOPTS_VALUE ? INT64_MIN : target, timer))
        return Result<StagedImage>::failure(
            timer.elapsed() >= kDeadlineMs
                ? QCoreApplication::translate("ImageDecoder", "video: gave up after 15 s")
                : QCoreApplication::translate("ImageDecoder", "video: no frame could be decoded"));

    const AVFrame *f = in.frame;
    // A decoder may hand out an empty frame for broken input; libswscale aborts on one.
    const auto format = AVPixelFormat(f->format);
    if (f->width <= 0 || f->height <= 0 || format == AV_PIX_FMT_NONE || !sws_isSupportedInput(format))
        return Result<StagedImage>::failure(
            QCoreApplication::translate("ImageDecoder", "video: no frame could be decoded"));
    if (const QString limit = pixelLimitMessage(QSize(f->width, f->height), request.maxPixels); !limit.isEmpty())
        return Result<StagedImage>::failure(limit);
    // Display size: sample aspect ratio applied, long edge at most the target.
    double displayWidth = f->width;
    if (f->sample_aspect_ratio.num > 0 && f->sample_aspect_ratio.den > 0)
        displayWidth *= av_q2d(f->sample_aspect_ratio);
    const double scale = std::min(1.0, double(request.targetLongEdge) / std::max<double>(displayWidth, f->height));
    const int outWidth = std::max(1, int(std::lround(displayWidth * scale)));
    const int outHeight = std::max(1, int(std::lround(f->height * scale)));
    // HDR (10-bit BT.2020 PQ/HLG, today's phones): 16-bit R'G'B' tone-mapped
    // here; everything else straight to 8-bit RGB.
    const AVColorTransferCharacteristic trc =
        f->color_trc != AVCOL_TRC_UNSPECIFIED ? f->color_trc : stream->codecpar->color_trc;
    const bool hdr = trc == AVCOL_TRC_SMPTE2084 || trc == AVCOL_TRC_ARIB_STD_B67;
    in.sws = sws_getContext(f->width, f->height, format, outWidth, outHeight, hdr ? AV_PIX_FMT_RGB48 : AV_PIX_FMT_RGB32,
                            SWS_AREA, nullptr, nullptr, nullptr);
    if (!in.sws)
        return Result<StagedImage>::failure(
            QCoreApplication::translate("ImageDecoder", "video: unsupported pixel format"));
    if (hdr) {
        const int *bt2020 = sws_getCoefficients(SWS_CS_BT2020);
        sws_setColorspaceDetails(in.sws, bt2020, f->color_range == AVCOL_RANGE_JPEG ? 1 : 0, bt2020, 1, 0, 1 << 16,
                                 1 << 16);
    }
    // libswscale's SIMD writes past the end of a line and of the last one: give
    // it 64-byte aligned lines and spare rows, then copy out exactly the picture.
    const int stride = FFALIGN(outWidth * (hdr ? 6 : 4), 64);
    QByteArray buffer(qsizetype(stride) * (outHeight + 2) + 64, Qt::Uninitialized);
    auto *base = reinterpret_cast<uint8_t *>(buffer.data());
    base += (64 - reinterpret_cast<std::uintptr_t>(base) % 64) % 64;
    uint8_t *planes[4] = {base, nullptr, nullptr, nullptr};
    int strides[4] = {stride, 0, 0, 0};
    sws_scale(in.sws, f->data, f->linesize, 0, f->height, planes, strides);
    QImage image =
        hdr ? detail::toneMapHdr(reinterpret_cast<const std::uint16_t *>(base), outWidth, outHeight, stride,
                                 trc == AVCOL_TRC_SMPTE2084 ? detail::HdrTransfer::Pq : detail::HdrTransfer::Hlg)
            : QImage(base, outWidth, outHeight, stride, QImage::Format_RGB32).copy();
    if (image.isNull())
        return Result<StagedImage>::failure(QCoreApplication::translate("ImageDecoder", "video: out of memory"));
    staged.image = std::move(image);
    staged.orientation = orientationOf(stream);
    staged.source = hdr ? QStringLiteral("video frame, HDR tone-mapped") : QStringLiteral("video frame");
    return staged;
}

} // namespace tintype

// The video plugin's entry for core/imaging (VideoFramePlugin.cpp loads it).
extern "C" Q_DECL_EXPORT const tintype::VideoFramePlugin *tintype_video_frame()
{
    static const tintype::VideoFramePlugin table{&tintype::decodeVideoFrame};
    return &table;
}
