#include "DemoExtras.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTimeZone>

#include <stdexcept>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}
#include <tiffio.h>

#include <cmath>
#include <map>
#include <memory>
#include <vector>

namespace tintype::bench {

namespace {

[[noreturn]] void fail(const QString &what) { throw std::runtime_error(what.toStdString()); }

QImage decodeBase(const SyntheticPhoto &base)
{
    QImage picture = QImage::fromData(QByteArray("\xff\xd8", 2) + base.body);
    if (picture.isNull())
        fail(QStringLiteral("cannot decode a base image"));
    return picture;
}

QString companionPath(const QString &out, const Shot &shot, const QString &suffix)
{
    const QString path = out + QLatin1Char('/') + shot.relativePath;
    return path.left(path.lastIndexOf(QLatin1Char('.'))) + suffix;
}

struct EncoderState {
    AVFormatContext *format = nullptr;
    AVCodecContext *codec = nullptr;
    AVStream *stream = nullptr;
    AVFrame *frame = nullptr;
    AVPacket *packet = nullptr;
    SwsContext *scaler = nullptr;
    ~EncoderState()
    {
        sws_freeContext(scaler);
        av_packet_free(&packet);
        av_frame_free(&frame);
        avcodec_free_context(&codec);
        if (format && format->pb)
            avio_closep(&format->pb);
        avformat_free_context(format);
    }
};

void check(int rc, const char *what, const QString &path)
{
    if (rc < 0) {
        char message[AV_ERROR_MAX_STRING_SIZE] = {};
        av_strerror(rc, message, sizeof message);
        fail(QStringLiteral("%1: %2 failed: %3").arg(path, QLatin1String(what), QString::fromLocal8Bit(message)));
    }
}

void drainPackets(EncoderState &s, const QString &path)
{
    for (;;) {
        const int rc = avcodec_receive_packet(s.codec, s.packet);
        if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
            return;
        check(rc, "encoding", path);
        av_packet_rescale_ts(s.packet, s.codec->time_base, s.stream->time_base);
        s.packet->stream_index = s.stream->index;
        check(av_interleaved_write_frame(s.format, s.packet), "writing", path);
    }
}

} // namespace

void writeLiveClip(const QString &path, const QImage &still, qint64 utcSecondsSinceEpoch)
{
    constexpr int kFps = 15, kFrames = 30;
    const int width = 640, height = (640 * still.height() / std::max(1, still.width())) & ~1;
    const QByteArray file = QFile::encodeName(path);
    EncoderState s;
    check(avformat_alloc_output_context2(&s.format, nullptr, "mov", file.constData()), "opening the muxer", path);
    const AVCodec *encoder = avcodec_find_encoder(AV_CODEC_ID_MPEG4);
    if (!encoder)
        fail(QStringLiteral("%1: FFmpeg has no MPEG-4 encoder").arg(path));
    s.stream = avformat_new_stream(s.format, nullptr);
    s.codec = avcodec_alloc_context3(encoder);
    s.frame = av_frame_alloc();
    s.packet = av_packet_alloc();
    if (!s.stream || !s.codec || !s.frame || !s.packet)
        fail(QStringLiteral("%1: out of memory").arg(path));
    s.codec->width = width;
    s.codec->height = height;
    s.codec->pix_fmt = AV_PIX_FMT_YUV420P;
    s.codec->time_base = AVRational{1, kFps};
    s.codec->framerate = AVRational{kFps, 1};
    s.codec->gop_size = kFps;
    s.codec->bit_rate = 2'000'000;
    if (s.format->oformat->flags & AVFMT_GLOBALHEADER)
        s.codec->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    check(avcodec_open2(s.codec, encoder, nullptr), "opening the encoder", path);
    check(avcodec_parameters_from_context(s.stream->codecpar, s.codec), "copying parameters", path);
    s.stream->time_base = s.codec->time_base;
    const QString created = QDateTime::fromSecsSinceEpoch(utcSecondsSinceEpoch, Qt::UTC).toString(Qt::ISODate);
    av_dict_set(&s.format->metadata, "creation_time", created.toLatin1().constData(), 0);
    check(avio_open(&s.format->pb, file.constData(), AVIO_FLAG_WRITE), "creating the file", path);
    check(avformat_write_header(s.format, nullptr), "writing the header", path);

    s.frame->format = s.codec->pix_fmt;
    s.frame->width = width;
    s.frame->height = height;
    check(av_frame_get_buffer(s.frame, 0), "allocating a frame", path);
    s.scaler = sws_getContext(width, height, AV_PIX_FMT_RGB24, width, height, AV_PIX_FMT_YUV420P, SWS_BILINEAR, nullptr,
                              nullptr, nullptr);
    if (!s.scaler)
        fail(QStringLiteral("%1: no colour converter").arg(path));
    const QImage source = still.convertToFormat(QImage::Format_RGB888);
    for (int i = 0; i < kFrames; ++i) {
        // A slow push-in: the moment "moves" like a Live Photo does.
        const double zoom = 1.0 + 0.08 * i / (kFrames - 1);
        const int cw = int(source.width() / zoom), ch = int(source.height() / zoom);
        const QImage picture = source.copy((source.width() - cw) / 2, (source.height() - ch) / 2, cw, ch)
                                   .scaled(width, height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                                   .convertToFormat(QImage::Format_RGB888);
        check(av_frame_make_writable(s.frame), "preparing a frame", path);
        const uint8_t *rows[1] = {picture.constBits()};
        const int strides[1] = {int(picture.bytesPerLine())};
        sws_scale(s.scaler, rows, strides, 0, height, s.frame->data, s.frame->linesize);
        s.frame->pts = i;
        check(avcodec_send_frame(s.codec, s.frame), "encoding", path);
        drainPackets(s, path);
    }
    check(avcodec_send_frame(s.codec, nullptr), "flushing", path);
    drainPackets(s, path);
    check(av_write_trailer(s.format), "finishing the file", path);
}

void writeDng(const QString &path, const QImage &still, const CameraModel &camera, const QString &exifDateTime,
              int orientation)
{
    const QImage rgb = still.convertToFormat(QImage::Format_RGB888);
    const int width = rgb.width() & ~1, height = rgb.height() & ~1;
    std::unique_ptr<TIFF, void (*)(TIFF *)> tif(TIFFOpen(QFile::encodeName(path).constData(), "w"), TIFFClose);
    if (!tif)
        fail(QStringLiteral("cannot write %1").arg(path));
    TIFF *t = tif.get();
    static const uint8_t kDngVersion[4] = {1, 4, 0, 0};
    static const uint8_t kBackwardVersion[4] = {1, 1, 0, 0};
    static const uint16_t kRepeat[2] = {2, 2};
    static const uint8_t kRggb[4] = {0, 1, 1, 2};
    static const uint8_t kPlaneColours[3] = {0, 1, 2};
    // sRGB (D65) to XYZ, inverted: XYZ -> camera = XYZ -> linear sRGB.
    static const float kColorMatrix[9] = {3.2406f, -1.5372f, -0.4986f, -0.9689f, 1.8758f,
                                          0.0415f, 0.0557f,  -0.2040f, 1.0570f};
    static const float kNeutral[3] = {1.0f, 1.0f, 1.0f};
    static const float kBlack[1] = {0.0f};
    static const uint32_t kWhite[1] = {65535};
    const QByteArray uniqueModel = QByteArray(camera.make) + ' ' + camera.model;
    const QByteArray dateTime = exifDateTime.toLatin1();
    bool ok = TIFFSetField(t, TIFFTAG_SUBFILETYPE, 0) && TIFFSetField(t, TIFFTAG_IMAGEWIDTH, uint32_t(width)) &&
              TIFFSetField(t, TIFFTAG_IMAGELENGTH, uint32_t(height)) && TIFFSetField(t, TIFFTAG_BITSPERSAMPLE, 16) &&
              TIFFSetField(t, TIFFTAG_COMPRESSION, COMPRESSION_NONE) &&
              TIFFSetField(t, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_CFA) && TIFFSetField(t, TIFFTAG_SAMPLESPERPIXEL, 1) &&
              TIFFSetField(t, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG) && TIFFSetField(t, TIFFTAG_ROWSPERSTRIP, 16) &&
              TIFFSetField(t, TIFFTAG_ORIENTATION, orientation) && TIFFSetField(t, TIFFTAG_MAKE, camera.make) &&
              TIFFSetField(t, TIFFTAG_MODEL, camera.model) && TIFFSetField(t, TIFFTAG_DATETIME, dateTime.constData()) &&
              TIFFSetField(t, TIFFTAG_DNGVERSION, kDngVersion) &&
              TIFFSetField(t, TIFFTAG_DNGBACKWARDVERSION, kBackwardVersion) &&
              TIFFSetField(t, TIFFTAG_UNIQUECAMERAMODEL, uniqueModel.constData()) &&
              TIFFSetField(t, TIFFTAG_CFAREPEATPATTERNDIM, kRepeat) && TIFFSetField(t, TIFFTAG_CFAPATTERN, 4, kRggb) &&
              TIFFSetField(t, TIFFTAG_CFAPLANECOLOR, 3, kPlaneColours) && TIFFSetField(t, TIFFTAG_CFALAYOUT, 1) &&
              TIFFSetField(t, TIFFTAG_BLACKLEVEL, 1, kBlack) && TIFFSetField(t, TIFFTAG_WHITELEVEL, 1, kWhite) &&
              TIFFSetField(t, TIFFTAG_COLORMATRIX1, 9, kColorMatrix) &&
              TIFFSetField(t, TIFFTAG_CALIBRATIONILLUMINANT1, 21) && // D65
              TIFFSetField(t, TIFFTAG_ASSHOTNEUTRAL, 3, kNeutral);
    if (!ok)
        fail(QStringLiteral("%1: libtiff refused a DNG tag").arg(path));

    // Sensor values are linear light: undo the sRGB curve of the picture.
    uint16_t linear[256];
    for (int v = 0; v < 256; ++v) {
        const double c = v / 255.0;
        const double l = c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
        linear[v] = uint16_t(std::lround(l * 65535.0));
    }
    std::vector<uint16_t> row(static_cast<size_t>(width));
    for (int y = 0; y < height; ++y) {
        const uchar *line = rgb.constScanLine(y);
        for (int x = 0; x < width; ++x) {
            // R G / G B: channel 0 on even rows and columns, 2 on odd rows and columns, else 1.
            const int channel = (y % 2) + (x % 2);
            row[size_t(x)] = linear[line[x * 3 + channel]];
        }
        if (TIFFWriteScanline(t, row.data(), uint32_t(y), 0) < 0)
            fail(QStringLiteral("cannot write %1").arg(path));
    }
}

DemoExtrasWritten writeDemoExtras(const QString &out, const std::vector<Shot> &shots,
                                  const std::vector<SyntheticPhoto> &bases)
{
    constexpr int kEach = 4;
    const auto &cameras = cameraModels();
    DemoExtrasWritten written;
    for (const Shot &shot : shots) {
        const CameraModel &camera = cameras[size_t(shot.cameraIndex)];
        const bool phone = QByteArray(camera.make) == "Apple";
        if (phone ? written.liveClips >= kEach : written.rawFiles >= kEach)
            continue;
        const QImage still = decodeBase(bases[size_t(shot.baseImageIndex)]);
        if (phone) {
            writeLiveClip(companionPath(out, shot, QStringLiteral(".MOV")), still, shot.utcSecondsSinceEpoch());
            ++written.liveClips;
        } else {
            const QDateTime local(QDate(shot.year, shot.month, shot.day), QTime(0, 0).addSecs(shot.secondsOfDay));
            writeDng(companionPath(out, shot, QStringLiteral(".DNG")), still, camera,
                     local.toString(QStringLiteral("yyyy:MM:dd HH:mm:ss")), shot.orientation);
            ++written.rawFiles;
        }
    }

    // A video on each trip, half way through it, two minutes after a photo.
    std::map<int, std::vector<const Shot *>> tripShots;
    for (const Shot &shot : shots)
        if (shot.trip >= 0)
            tripShots[shot.trip].push_back(&shot);
    for (const auto &[trip, taken] : tripShots) {
        const Shot &shot = *taken[taken.size() / 2];
        const QString folder = shot.relativePath.left(shot.relativePath.lastIndexOf(QLatin1Char('/')));
        writeLiveClip(QStringLiteral("%1/%2/MVI_%3.MP4").arg(out, folder).arg(trip + 1, 4, 10, QLatin1Char('0')),
                      decodeBase(bases[size_t(shot.baseImageIndex)]), shot.utcSecondsSinceEpoch() + 120);
        ++written.tripVideos;
    }

    // Copies as a messenger keeps them: smaller, recompressed, no metadata.
    const QString shared = out + QStringLiteral("/WhatsApp Images");
    QDir().mkpath(shared);
    for (size_t i = 3; i < shots.size(); i += std::max<size_t>(4, shots.size() / 6)) {
        const QImage picture = decodeBase(bases[size_t(shots[i].baseImageIndex)]);
        const QString name = QStringLiteral("%1/IMG-%2%3%4-WA%5.jpg")
                                 .arg(shared)
                                 .arg(shots[i].year)
                                 .arg(shots[i].month, 2, 10, QLatin1Char('0'))
                                 .arg(shots[i].day, 2, 10, QLatin1Char('0'))
                                 .arg(int(i), 4, 10, QLatin1Char('0'));
        if (!picture.scaledToWidth(picture.width() / 2, Qt::SmoothTransformation).save(name, "JPEG", 70))
            fail(QStringLiteral("cannot write %1").arg(name));
        ++written.messengerCopies;
    }
    return written;
}

} // namespace tintype::bench
