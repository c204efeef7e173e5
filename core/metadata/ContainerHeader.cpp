// What a video container's header declares — duration, picture size, creation
// time — for the files FFmpeg cannot open or opens without finding them (a
// truncated AVI has no index and no frames to count; a header-only Matroska or
// ASF file ends before FFmpeg's probe is satisfied).
//
// Why not exiv2's own video parsers (0.27 with EXV_ENABLE_VIDEO): checked on
// mutated copies of the sample AVI and WMV files, they loop forever or corrupt
// the heap (double free) within a few hundred inputs, and the files that reach
// this fallback are exactly the damaged ones. So: a few fixed header fields,
// read bounds-checked from the first megabyte, nothing more.

#include "metadata/ContainerHeader.h"

#include "metadata/CaptureTimeParser.h"
#include "metadata/HeaderBytes.h"
#include "metadata/MetadataBackends.h"

#include <QDateTime>

#include <cmath>
#include <cstring>

namespace tintype::detail {

namespace {

constexpr qint64 kHeaderBytes = 1 << 20;

QDateTime utcEpoch(int year) { return QDateTime(QDate(year, 1, 1), QTime(0, 0), Qt::UTC); }

bool plausibleSize(qint64 w, qint64 h) { return w > 0 && h > 0 && w <= (1 << 16) && h <= (1 << 16); }

// --- AVI (RIFF): LIST hdrl > avih (main header), LIST strl > strh (stream), IDIT (date).
void readAvi(const QByteArray &data, ContainerHeader &out)
{
    const Bytes b{data};
    const auto walk = [&](auto &&self, qint64 start, qint64 end, int depth) -> void {
        for (qint64 o = start; o + 8 <= end && depth < 4;) {
            const QByteArray id = b.tag(o);
            const qint64 size = b.le32(o + 4);
            const qint64 body = o + 8, bodyEnd = std::min(end, body + size);
            if (id == "LIST" && (b.tag(body) == "hdrl" || b.tag(body) == "strl")) {
                self(self, body + 4, bodyEnd, depth + 1);
            } else if (id == "avih" && b.has(body, 40)) {
                // dwMicroSecPerFrame x dwTotalFrames; dwWidth, dwHeight.
                const double us = b.le32(body), frames = b.le32(body + 16);
                if (us > 0 && frames > 0)
                    out.durationSeconds = us * frames / 1e6;
                if (plausibleSize(b.le32(body + 32), b.le32(body + 36)))
                    out.size = QSize(int(b.le32(body + 32)), int(b.le32(body + 36)));
            } else if (id == "IDIT") {
                // The camera's clock as text, no time zone: "Mon Mar 10 15:04:43 2003".
                const QString text =
                    QString::fromLatin1(data.mid(qsizetype(body), qsizetype(bodyEnd - body))).simplified();
                QDateTime wall = QDateTime::fromString(text, QStringLiteral("ddd MMM d HH:mm:ss yyyy"));
                wall.setTimeSpec(Qt::UTC);
                if (!wall.isValid()) {
                    if (const auto exif = capturetimeparser::parseExifDateTime(
                            QString(text).replace(QLatin1Char('/'), QLatin1Char(':'))))
                        wall = *exif;
                }
                if (wall.isValid() && capturetimeparser::isPlausible(wall))
                    out.wallClockTime = capturetimeparser::make(wall, std::nullopt, CaptureTimeSource::QuickTime);
            }
            if (size < 0 || bodyEnd <= o)
                break;
            o = body + size + (size & 1); // chunks are padded to an even size
        }
    };
    if (b.tag(0) == "RIFF" && b.tag(8) == "AVI ")
        walk(walk, 12, data.size(), 0);
}

// --- Matroska/WebM (EBML): Segment > Info (TimecodeScale, Duration, DateUTC),
// Segment > Tracks > TrackEntry (TrackType 1 = video) > Video (PixelWidth/Height).
void readMatroska(const QByteArray &data, ContainerHeader &out)
{
    const Bytes b{data};
    // A variable-length integer: the leading zeros of the first byte give its length.
    const auto vint = [&b](qint64 &o, bool isId) -> std::optional<quint64> {
        const quint32 first = b.u8(o);
        int length = 1;
        while (length <= 8 && !(first & (0x80u >> (length - 1))))
            ++length;
        if (length > 8 || !b.has(o, length))
            return std::nullopt;
        quint64 v = isId ? first : (first & (0xFFu >> length));
        bool allOnes = v == (0xFFu >> length);
        for (int i = 1; i < length; ++i) {
            v = (v << 8) | b.u8(o + i);
            allOnes = allOnes && b.u8(o + i) == 0xFF;
        }
        o += length;
        return isId || !allOnes ? v : ~quint64(0); // all ones: unknown size
    };
    const auto uint = [&b](qint64 o, qint64 end) {
        quint64 v = 0;
        for (qint64 i = o; i < end && i < o + 8; ++i)
            v = (v << 8) | b.u8(i);
        return v;
    };
    const auto real = [&](qint64 o, qint64 end) -> double {
        const quint64 bits = uint(o, end);
        if (end - o == 4) {
            float f;
            const quint32 b32 = quint32(bits);
            std::memcpy(&f, &b32, 4);
            return f;
        }
        double d = 0;
        if (end - o == 8)
            std::memcpy(&d, &bits, 8);
        return d;
    };
    constexpr quint64 kSegment = 0x18538067, kInfo = 0x1549A966, kTracks = 0x1654AE6B, kTrackEntry = 0xAE,
                      kVideo = 0xE0, kCluster = 0x1F43B675;
    quint64 timecodeScale = 1000000; // ns per Duration unit, the default
    double duration = 0;
    // Returns the pixel size found directly inside this element (a Video element).
    const auto walk = [&](auto &&self, qint64 start, qint64 end, int depth) -> QSize {
        qint64 width = 0, height = 0, trackType = 0;
        QSize video;
        for (qint64 o = start; o < end && depth < 5;) {
            const auto id = vint(o, true);
            const auto size = vint(o, false);
            if (!id || !size || *id == kCluster)
                break; // media data follows: the header is over
            const qint64 bodyEnd = *size > quint64(end - o) ? end : o + qint64(*size); // unknown size: to the end
            if (*id == kSegment || *id == kInfo || *id == kTracks || *id == kTrackEntry || *id == kVideo) {
                const QSize inner = self(self, o, bodyEnd, depth + 1);
                if (*id == kVideo)
                    video = inner;
            } else if (*id == 0x2AD7B1) {
                timecodeScale = uint(o, bodyEnd);
            } else if (*id == 0x4489) {
                duration = real(o, bodyEnd);
            } else if (*id == 0x4461 && bodyEnd - o == 8) { // DateUTC: ns since 2001-01-01 UTC
                const qint64 ns = qint64(uint(o, bodyEnd));
                out.creationUtc = utcEpoch(2001).addMSecs(ns / 1000000);
            } else if (*id == 0xB0 || *id == 0xBA || *id == 0x83) { // PixelWidth, PixelHeight, TrackType
                (*id == 0xB0 ? width : *id == 0xBA ? height : trackType) = qint64(uint(o, bodyEnd));
            }
            o = bodyEnd;
        }
        if (trackType == 1 && video.isValid() && !out.size.isValid())
            out.size = video; // the first video track
        return plausibleSize(width, height) ? QSize(int(width), int(height)) : QSize();
    };
    walk(walk, 0, data.size(), 0);
    const double seconds = duration * double(timecodeScale) / 1e9;
    if (std::isfinite(seconds) && seconds > 0)
        out.durationSeconds = seconds;
}

// --- ASF (WMV): Header Object > File Properties (play duration, preroll,
// creation date) and Stream Properties of the video stream (encoded size).
void readAsf(const QByteArray &data, ContainerHeader &out)
{
    static const QByteArray fileProperties = QByteArray::fromHex("a1dcab8c47a9cf118ee400c00c205365");
    static const QByteArray streamProperties = QByteArray::fromHex("9107dcb7b7a9cf118ee600c00c205365");
    static const QByteArray videoStream = QByteArray::fromHex("c0ef19bc4d5bcf11a8fd00805f5c442b");
    const Bytes b{data};
    const qint64 end = std::min<qint64>(data.size(), qint64(b.le64(16)));
    for (qint64 o = 30; b.has(o, 24) && o < end;) {
        const QByteArray guid = data.mid(qsizetype(o), 16);
        const quint64 size = b.le64(o + 16);
        if (guid == fileProperties && b.has(o + 24, 80)) {
            const qint64 p = o + 24;
            if (const quint64 created = b.le64(p + 24); created > 0) // FILETIME: 100 ns since 1601 (UTC)
                out.creationUtc = utcEpoch(1601).addMSecs(qint64(created / 10000));
            // Play duration (100 ns) includes the preroll (ms); invalid for broadcasts.
            const double seconds = double(b.le64(p + 40)) / 1e7 - double(b.le64(p + 56)) / 1e3;
            if (!(b.le32(p + 64) & 1) && seconds > 0)
                out.durationSeconds = seconds;
        } else if (guid == streamProperties && b.has(o + 24, 62) && data.mid(qsizetype(o + 24), 16) == videoStream &&
                   !out.size.isValid()) {
            if (plausibleSize(b.le32(o + 78), b.le32(o + 82)))
                out.size = QSize(int(b.le32(o + 78)), int(b.le32(o + 82)));
        }
        if (size < 24 || size > quint64(end - o))
            break;
        o += qint64(size);
    }
}

} // namespace

ContainerHeader readContainerHeader(const std::filesystem::path &file, const QString &format)
{
    ContainerHeader out;
    const QByteArray data = readRange(file, 0, kHeaderBytes);
    if (format == QLatin1String("avi"))
        readAvi(data, out);
    else if (format == QLatin1String("mkv") || format == QLatin1String("webm"))
        readMatroska(data, out);
    else if (format == QLatin1String("wmv"))
        readAsf(data, out);
    return out;
}

namespace {

bool isEpochPlaceholder(const QDateTime &utc)
{
    // Cameras without a set clock write 0 seconds after the QuickTime or Unix epoch.
    return utc == QDateTime(QDate(1904, 1, 1), QTime(0, 0), Qt::UTC) ||
           utc == QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
}

} // namespace

bool fillFromContainerHeader(const std::filesystem::path &file, const QString &format, MediaMetadata &m)
{
    const ContainerHeader header = readContainerHeader(file, format);
    bool filled = false;
    if (!m.durationSeconds && header.durationSeconds) {
        m.durationSeconds = header.durationSeconds;
        filled = true;
    }
    if ((m.width <= 0 || m.height <= 0) && header.size.isValid()) {
        const bool swap = m.orientation >= 5;
        m.width = swap ? header.size.height() : header.size.width();
        m.height = swap ? header.size.width() : header.size.height();
        filled = true;
    }
    if (!m.captureTime.isValid()) {
        const CaptureTime t = header.creationUtc ? containerCreationTime(*header.creationUtc) : header.wallClockTime;
        if (t.isValid() && capturetimeparser::isPlausible(t.wallClock())) {
            m.captureTime = t;
            filled = true;
        }
    }
    return filled;
}

CaptureTime containerCreationTime(const QDateTime &utc)
{
    if (!utc.isValid() || isEpochPlaceholder(utc))
        return {};
    // QuickTime/MP4 creation times are UTC by specification. The offset where the
    // clip was shot is unknown; the machine's local offset at that instant is our
    // guess for the wall clock (documented in README.md).
    const int localOffset = utc.toLocalTime().offsetFromUtc() / 60;
    return capturetimeparser::fromUtc(utc, localOffset, CaptureTimeSource::QuickTime);
}

} // namespace tintype::detail
