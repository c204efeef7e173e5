// The video plugin's H.264 MP4 encoder for reels (ReelEncoderBackend.h):
// libavcodec (libx264 at its ultrafast preset: 2.5x veryfast here, see
// tests/bench stories_benchmark; else FFmpeg's H.264 encoder), frames
// converted to YUV 4:2:0 by libswscale, muxed by libavformat with the index at
// the front (faststart) so players start at once.
#include "stories/ReelEncoderBackend.h"

#include <QCoreApplication>

#include <mutex>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

namespace tintype {

namespace {
QString ffmpegError(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QCoreApplication::translate("ReelExporter", "video encoding: %1").arg(QString::fromLocal8Bit(text));
}

struct Encoder {
    AVFormatContext *format = nullptr;
    AVCodecContext *codec = nullptr;
    AVStream *stream = nullptr;
    AVFrame *frame = nullptr;
    AVPacket *packet = nullptr;
    SwsContext *scaler = nullptr;
    std::int64_t next = 0;
    bool headerWritten = false;

    ~Encoder()
    {
        sws_freeContext(scaler);
        av_packet_free(&packet);
        av_frame_free(&frame);
        avcodec_free_context(&codec);
        if (format && !(format->oformat->flags & AVFMT_NOFILE))
            avio_closep(&format->pb);
        avformat_free_context(format);
    }

    // Sends a frame (nullptr: the end) and writes every packet that comes out.
    int send(AVFrame *input)
    {
        int rc = avcodec_send_frame(codec, input);
        if (rc < 0)
            return rc;
        while ((rc = avcodec_receive_packet(codec, packet)) >= 0) {
            av_packet_rescale_ts(packet, codec->time_base, stream->time_base);
            packet->stream_index = stream->index;
            if ((rc = av_interleaved_write_frame(format, packet)) < 0)
                return rc;
        }
        return rc == AVERROR(EAGAIN) || rc == AVERROR_EOF ? 0 : rc;
    }
};

void *openEncoder(const char *path, int width, int height, int fps, QString *error)
{
    auto fail = [&](Encoder *e, const QString &message) -> void * {
        delete e;
        *error = message;
        return nullptr;
    };
    static std::once_flag quiet; // libx264's statistics are not ours to print
    std::call_once(quiet, [] { av_log_set_level(AV_LOG_QUIET); });
    auto *e = new Encoder;
    int rc = avformat_alloc_output_context2(&e->format, nullptr, "mp4", path);
    if (rc < 0)
        return fail(e, ffmpegError(rc));
    const AVCodec *codec = avcodec_find_encoder_by_name("libx264");
    if (!codec)
        codec = avcodec_find_encoder(AV_CODEC_ID_H264);
    if (!codec)
        return fail(e, QCoreApplication::translate("ReelExporter", "video encoding: this FFmpeg has no H.264 encoder"));
    e->codec = avcodec_alloc_context3(codec);
    e->codec->width = width;
    e->codec->height = height;
    e->codec->time_base = AVRational{1, fps};
    e->codec->framerate = AVRational{fps, 1};
    e->codec->pix_fmt = AV_PIX_FMT_YUV420P;
    e->codec->gop_size = fps * 2;
    if (e->format->oformat->flags & AVFMT_GLOBALHEADER)
        e->codec->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    av_opt_set(e->codec->priv_data, "preset", "ultrafast", 0);
    av_opt_set(e->codec->priv_data, "crf", "21", 0);
    if ((rc = avcodec_open2(e->codec, codec, nullptr)) < 0)
        return fail(e, ffmpegError(rc));
    e->stream = avformat_new_stream(e->format, nullptr);
    avcodec_parameters_from_context(e->stream->codecpar, e->codec);
    e->stream->time_base = e->codec->time_base;
    if ((rc = avio_open(&e->format->pb, path, AVIO_FLAG_WRITE)) < 0)
        return fail(e, ffmpegError(rc));
    AVDictionary *options = nullptr;
    av_dict_set(&options, "movflags", "+faststart", 0);
    rc = avformat_write_header(e->format, &options);
    av_dict_free(&options);
    if (rc < 0)
        return fail(e, ffmpegError(rc));
    e->headerWritten = true;
    e->frame = av_frame_alloc();
    e->frame->format = AV_PIX_FMT_YUV420P;
    e->frame->width = width;
    e->frame->height = height;
    if ((rc = av_frame_get_buffer(e->frame, 0)) < 0)
        return fail(e, ffmpegError(rc));
    e->packet = av_packet_alloc();
    e->scaler = sws_getContext(width, height, AV_PIX_FMT_BGRA, width, height, AV_PIX_FMT_YUV420P, SWS_BICUBIC, nullptr,
                               nullptr, nullptr);
    if (!e->scaler)
        return fail(e,
                    QCoreApplication::translate("ReelExporter", "video encoding: no colour conversion to YUV 4:2:0"));
    return e;
}

bool writeFrame(void *encoder, const QImage &image, QString *error)
{
    auto *e = static_cast<Encoder *>(encoder);
    // B, G, R, A (or X) bytes on little-endian machines: AV_PIX_FMT_BGRA.
    QImage frame = image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32
                       ? image
                       : image.convertToFormat(QImage::Format_RGB32);
    if (frame.width() != e->codec->width || frame.height() != e->codec->height)
        frame = frame.scaled(e->codec->width, e->codec->height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    int rc = av_frame_make_writable(e->frame);
    if (rc >= 0) {
        const uint8_t *source[1] = {frame.constBits()};
        const int stride[1] = {int(frame.bytesPerLine())};
        sws_scale(e->scaler, source, stride, 0, frame.height(), e->frame->data, e->frame->linesize);
        e->frame->pts = e->next++;
        rc = e->send(e->frame);
    }
    if (rc < 0)
        *error = ffmpegError(rc);
    return rc >= 0;
}

bool finishEncoder(void *encoder, QString *error)
{
    auto *e = static_cast<Encoder *>(encoder);
    int rc = e->send(nullptr);
    if (rc >= 0)
        rc = av_write_trailer(e->format);
    delete e;
    if (rc < 0)
        *error = ffmpegError(rc);
    return rc >= 0;
}

void discardEncoder(void *encoder) { delete static_cast<Encoder *>(encoder); }
} // namespace

} // namespace tintype

// The video plugin's entry for core/stories (ReelEncoderPlugin.cpp loads it).
extern "C" Q_DECL_EXPORT const tintype::ReelEncoderPlugin *tintype_video_reel_encoder()
{
    static const tintype::ReelEncoderPlugin table{
        &tintype::openEncoder,    &tintype::writeFrame,      &tintype::finishEncoder,  &tintype::discardEncoder,
        &tintype::reelclip::open, &tintype::reelclip::frame, &tintype::reelclip::close};
    return &table;
}
