#include "metadata/MediaMetadata.h"

#include <QTimeZone>

namespace tintype {

QString captureTimeSourceName(CaptureTimeSource source)
{
    switch (source) {
    case CaptureTimeSource::None: return QStringLiteral("none");
    case CaptureTimeSource::ExifOriginal: return QStringLiteral("exif");
    case CaptureTimeSource::Xmp: return QStringLiteral("xmp");
    case CaptureTimeSource::ExifCreateDate: return QStringLiteral("exif-create-date");
    case CaptureTimeSource::Gps: return QStringLiteral("gps");
    case CaptureTimeSource::QuickTime: return QStringLiteral("quicktime");
    case CaptureTimeSource::FileName: return QStringLiteral("file-name");
    case CaptureTimeSource::FileTime: return QStringLiteral("file-time");
    case CaptureTimeSource::User: return QStringLiteral("user");
    }
    return QStringLiteral("none");
}

bool isCameraTime(CaptureTimeSource source)
{
    switch (source) {
    case CaptureTimeSource::ExifOriginal:
    case CaptureTimeSource::Xmp:
    case CaptureTimeSource::ExifCreateDate:
    case CaptureTimeSource::Gps:
    case CaptureTimeSource::QuickTime: return true;
    case CaptureTimeSource::None:
    case CaptureTimeSource::FileName:
    case CaptureTimeSource::FileTime:
    case CaptureTimeSource::User: return false;
    }
    return false;
}

QDateTime CaptureTime::wallClock() const
{
    if (!utc.isValid())
        return {};
    if (!offsetMinutes)
        return utc.toUTC();
    return utc.toOffsetFromUtc(*offsetMinutes * 60);
}

QString CaptureTime::toIsoString() const
{
    const QDateTime local = wallClock();
    if (!local.isValid())
        return {};
    const bool hasMs = local.time().msec() != 0;
    QString text =
        local.toString(hasMs ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz") : QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (offsetMinutes) {
        const int m = *offsetMinutes;
        const int a = m < 0 ? -m : m;
        text += QStringLiteral("%1%2:%3")
                    .arg(m < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                    .arg(a / 60, 2, 10, QLatin1Char('0'))
                    .arg(a % 60, 2, 10, QLatin1Char('0'));
    }
    return text;
}

} // namespace tintype
