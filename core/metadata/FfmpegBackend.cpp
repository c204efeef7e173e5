#include "geo/TimeZoneLookup.h"
#include "metadata/CaptureTimeParser.h"
#include "metadata/ContainerHeader.h"
#include "metadata/MetadataBackends.h"
#include "metadata/TextDecoding.h"

#include <QElapsedTimer>
#include <QRegularExpression>

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/display.h>
}

#include <cerrno>
#include <cmath>
#include <mutex>

namespace tintype::detail {

namespace {

constexpr qint64 kTimeoutMs = 15000; // a hostile file must not hang a worker

int interruptWhenLate(void *opaque) { return static_cast<QElapsedTimer *>(opaque)->elapsed() > kTimeoutMs ? 1 : 0; }

struct FormatContext {
    AVFormatContext *ctx = nullptr;
    ~FormatContext()
    {
        if (ctx)
            avformat_close_input(&ctx);
    }
};

QString ffmpegError(int code)
{
    char buffer[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, buffer, sizeof buffer);
    return QStringLiteral("ffmpeg: %1").arg(textdecoding::decode(buffer));
}

QString tag(const AVDictionary *dict, const char *key)
{
    const AVDictionaryEntry *e = av_dict_get(dict, key, nullptr, 0);
    return e && e->value ? textdecoding::decode(e->value) : QString();
}

QString firstTag(const AVFormatContext *ctx, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        QString v = tag(ctx->metadata, k);
        if (!v.isEmpty())
            return v;
    }
    return {};
}

// ISO 6709: "+48.8584+002.2945+035.000/" (degrees) or "+4851.50+00217.67/" (DDMM.mm).
bool parseIso6709(const QString &s, MediaMetadata &m)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*([+\-])(\d+(?:\.\d*)?)([+\-])(\d+(?:\.\d*)?)(?:([+\-]\d+(?:\.\d*)?))?)"));
    const auto match = re.match(s);
    if (!match.hasMatch())
        return false;
    const auto degrees = [](const QString &digits, int degreeDigits) {
        const int intLen = int(digits.indexOf(QLatin1Char('.')) < 0 ? digits.size() : digits.indexOf(QLatin1Char('.')));
        const double v = digits.toDouble();
        if (intLen <= degreeDigits)
            return v;
        if (intLen <= degreeDigits + 2) { // DDMM.mm
            const double d = std::floor(v / 100);
            return d + (v - d * 100) / 60;
        }
        const double d = std::floor(v / 10000); // DDMMSS.ss
        const double rest = v - d * 10000;
        const double mm = std::floor(rest / 100);
        return d + mm / 60 + (rest - mm * 100) / 3600;
    };
    const double lat = degrees(match.captured(2), 2) * (match.captured(1) == QLatin1String("-") ? -1 : 1);
    const double lon = degrees(match.captured(4), 3) * (match.captured(3) == QLatin1String("-") ? -1 : 1);
    if (!std::isfinite(lat) || !std::isfinite(lon))
        return false;
    if (std::abs(lat) > 90 || std::abs(lon) > 180) {
        m.warnings << QStringLiteral("GPS position out of range (%1, %2) ignored").arg(lat).arg(lon);
        return false;
    }
    if (lat == 0 && lon == 0)
        return false;
    m.latitude = lat;
    m.longitude = lon;
    if (match.hasCaptured(5))
        m.altitude = match.captured(5).toDouble();
    return true;
}

// Reads the capture time; true when its offset is only the machine's guess
// (a UTC creation_time), which the clip's own position can then correct.
bool readCaptureTime(const AVFormatContext *ctx, const AVStream *video, MediaMetadata &m)
{
    // Apple's creationdate carries the offset: the best QuickTime source.
    const QString apple = firstTag(ctx, {"com.apple.quicktime.creationdate"});
    if (!apple.isEmpty()) {
        if (const auto parsed = capturetimeparser::parseIsoDateTime(apple)) {
            m.captureTime =
                capturetimeparser::make(parsed->wallClock, parsed->offsetMinutes, CaptureTimeSource::QuickTime);
            return false;
        }
        m.warnings << QStringLiteral("invalid creationdate \"%1\" ignored").arg(apple.left(40));
    }
    QString created = firstTag(ctx, {"creation_time", "date"});
    if (created.isEmpty() && video)
        created = tag(video->metadata, "creation_time");
    if (created.isEmpty())
        return false;
    const auto parsed = capturetimeparser::parseIsoDateTime(created);
    if (!parsed) {
        m.warnings << QStringLiteral("invalid creation time \"%1\" ignored").arg(created.left(40));
        return false;
    }
    const QDateTime wallAsUtc = parsed->wallClock;
    const QDateTime utc = parsed->offsetMinutes ? wallAsUtc.addSecs(-qint64(*parsed->offsetMinutes) * 60) : wallAsUtc;
    const CaptureTime t = containerCreationTime(utc);
    if (!t.isValid()) {
        m.warnings << QStringLiteral("creation time %1 is a placeholder, ignored").arg(created.left(40));
        return false;
    }
    m.captureTime = t;
    return true;
}

// A phone clip (Android writes no offset) shot away from home: the UTC offset
// of the place where it was shot, at that instant, instead of this machine's.
void offsetFromPosition(MediaMetadata &m)
{
    if (!m.latitude || !m.longitude)
        return;
    const auto seconds = TimeZoneLookup::offsetAt(*m.latitude, *m.longitude, m.captureTime.utc.toSecsSinceEpoch());
    if (seconds)
        m.captureTime = capturetimeparser::fromUtc(m.captureTime.utc, *seconds / 60, CaptureTimeSource::QuickTime);
}

int orientationFromDisplayMatrix(const AVStream *video, MediaMetadata &m)
{
    const uint8_t *matrix = av_stream_get_side_data(video, AV_PKT_DATA_DISPLAYMATRIX, nullptr);
    double rotation = 0;
    if (matrix) {
        rotation = -av_display_rotation_get(reinterpret_cast<const int32_t *>(matrix));
    } else {
        bool ok = false;
        rotation = tag(video->metadata, "rotate").toDouble(&ok);
        if (!ok)
            return 1;
    }
    if (!std::isfinite(rotation))
        return 1;
    const int r = ((int(std::lround(rotation)) % 360) + 360) % 360;
    if (r % 90 == 0)
        m.rotationDegrees = r;
    switch (r) {
    case 0: return 1;
    case 90: return 6;
    case 180: return 3;
    case 270: return 8;
    default: m.warnings << QStringLiteral("video rotation of %1 degrees ignored").arg(r); return 1;
    }
}

// Errors that say the file could not be read, as opposed to not understood.
bool isInputOutputError(int code)
{
    return code == AVERROR(EIO) || code == AVERROR(EACCES) || code == AVERROR(EPERM) || code == AVERROR(ENOENT) ||
           code == AVERROR(EISDIR) || code == AVERROR(ENOMEM); // out of memory: try again later, not "unreadable"
}

const AVStream *firstVideoStream(const AVFormatContext *ctx)
{
    for (unsigned i = 0; i < ctx->nb_streams; ++i) {
        const AVStream *s = ctx->streams[i];
        if (s->codecpar->codec_type == AVMEDIA_TYPE_VIDEO && !(s->disposition & AV_DISPOSITION_ATTACHED_PIC))
            return s;
    }
    return nullptr;
}

} // namespace

void initializeFfmpeg()
{
    static std::once_flag once;
    std::call_once(once, [] { av_log_set_level(AV_LOG_QUIET); });
}

Result<MediaMetadata> readWithFfmpeg(const std::filesystem::path &file, const QString &format)
{
    MediaMetadata m;
    FormatContext fc;
    fc.ctx = avformat_alloc_context();
    if (!fc.ctx)
        return Result<MediaMetadata>::failure(QStringLiteral("ffmpeg: out of memory"));
    QElapsedTimer timer;
    timer.start();
    fc.ctx->interrupt_callback.callback = interruptWhenLate;
    fc.ctx->interrupt_callback.opaque = &timer;

    // "file:" keeps names with ':' from being read as protocols; the bytes are the native path.
    const std::string url = "file:" + file.string();
    AVDictionary *options = nullptr;
    av_dict_set(&options, "probesize", "1000000", 0);
    const int rc = avformat_open_input(&fc.ctx, url.c_str(), nullptr, &options);
    av_dict_free(&options);
    if (rc < 0) {
        fc.ctx = nullptr; // freed by avformat_open_input on failure
        // Index as far as possible (README.md): the bytes are a video container,
        // so a file FFmpeg cannot parse is still a video; only I/O is a failure.
        if (isInputOutputError(rc))
            return Result<MediaMetadata>::failure(ffmpegError(rc));
        // The container header may still say what the file is (e.g. a truncated file).
        const bool found = fillFromContainerHeader(file, format, m);
        m.warnings.prepend(
            found ? QStringLiteral("%1 — duration, size or date read from the container header").arg(ffmpegError(rc))
                  : QStringLiteral("%1 — indexed without video metadata").arg(ffmpegError(rc)));
        return m;
    }

    const AVStream *video = firstVideoStream(fc.ctx);
    const bool isoMedia =
        format == QLatin1String("mp4") || format == QLatin1String("mov") || format == QLatin1String("3gp");
    // MP4/MOV headers already hold sizes and durations; other containers (TS, PS,
    // AVI, Matroska) may need a look at the first packets. That is slow, so only then.
    const bool needProbe = !video || video->codecpar->width <= 0 || fc.ctx->duration == AV_NOPTS_VALUE;
    if (needProbe && !isoMedia) {
        fc.ctx->max_analyze_duration = 2 * AV_TIME_BASE;
        if (avformat_find_stream_info(fc.ctx, nullptr) < 0)
            m.warnings << QStringLiteral("ffmpeg: could not analyse the streams");
        video = firstVideoStream(fc.ctx);
    }

    // MP4/MOV: the movie header's duration. Other containers: the video stream's
    // own length (an AVI's audio may run longer than its pictures).
    const bool videoHasDuration = video && video->duration != AV_NOPTS_VALUE && video->duration > 0;
    const bool containerHasDuration = fc.ctx->duration != AV_NOPTS_VALUE && fc.ctx->duration > 0;
    if (videoHasDuration && (!isoMedia || !containerHasDuration))
        m.durationSeconds = double(video->duration) * av_q2d(video->time_base);
    else if (containerHasDuration)
        m.durationSeconds = double(fc.ctx->duration) / AV_TIME_BASE;

    const bool offsetGuessed = readCaptureTime(fc.ctx, video, m);

    m.make = firstTag(fc.ctx, {"com.apple.quicktime.make", "make", "com.android.manufacturer"}).simplified();
    m.model = firstTag(fc.ctx, {"com.apple.quicktime.model", "model", "com.android.model"}).simplified();
    // A Live Photo's clip: the identifier its still's maker note repeats.
    m.contentIdentifier = firstTag(fc.ctx, {"com.apple.quicktime.content.identifier"}).trimmed().left(64);
    const QString location = firstTag(fc.ctx, {"com.apple.quicktime.location.ISO6709", "location", "location-eng"});
    if (!location.isEmpty() && !parseIso6709(location, m) && m.warnings.isEmpty())
        m.warnings << QStringLiteral("unreadable location \"%1\" ignored").arg(location.left(40));
    if (offsetGuessed)
        offsetFromPosition(m);

    if (video) {
        m.orientation = orientationFromDisplayMatrix(video, m);
        const int w = qMax(0, video->codecpar->width), h = qMax(0, video->codecpar->height);
        const bool swap = m.orientation >= 5;
        m.width = swap ? h : w;
        m.height = swap ? w : h;
    }
    // What FFmpeg only learns from packets (a truncated AVI has no index and no
    // frames to count): what the container header declares.
    if (!m.durationSeconds || m.width <= 0 || m.height <= 0)
        fillFromContainerHeader(file, format, m);
    if (timer.elapsed() > kTimeoutMs)
        m.warnings << QStringLiteral("ffmpeg: gave up reading after %1 s").arg(kTimeoutMs / 1000);
    return m;
}

} // namespace tintype::detail

// The video plugin's entry for core/metadata (VideoMetadataPlugin.cpp loads it).
extern "C" Q_DECL_EXPORT const tintype::detail::VideoMetadataPlugin *tintype_video_metadata()
{
    static const tintype::detail::VideoMetadataPlugin table{
        [](const std::filesystem::path &file, const QString &format) {
            tintype::detail::initializeFfmpeg();
            return tintype::detail::readWithFfmpeg(file, format);
        }};
    return &table;
}
