#include "takeout/TakeoutPlacement.h"

#include "geo/TimeZoneLookup.h"
#include "library/FileHasher.h"
#include "metadata/MediaFormat.h"
#include "metadata/MediaMetadata.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimeZone>

#include <system_error>

namespace tintype {

namespace {
QString offsetText(int seconds)
{
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// The usual extension of a format the sniffer names.
QString extensionForFormat(const QString &format)
{
    static const QHash<QString, QString> known = {
        {QStringLiteral("jpeg"), QStringLiteral("jpg")},  {QStringLiteral("png"), QStringLiteral("png")},
        {QStringLiteral("heif"), QStringLiteral("heic")}, {QStringLiteral("avif"), QStringLiteral("avif")},
        {QStringLiteral("webp"), QStringLiteral("webp")}, {QStringLiteral("gif"), QStringLiteral("gif")},
        {QStringLiteral("tiff"), QStringLiteral("tif")},  {QStringLiteral("mp4"), QStringLiteral("mp4")},
        {QStringLiteral("mov"), QStringLiteral("mov")},   {QStringLiteral("bmp"), QStringLiteral("bmp")},
    };
    return known.value(format);
}
} // namespace

TakeoutPlacement::Restored TakeoutPlacement::restore(const std::optional<MediaMetadata> &fromFile,
                                                     const std::optional<TakeoutSidecar> &sidecar, qint64 entryMtime)
{
    Restored r;
    r.patch.onlyFillMissing = true;
    const bool fileHasGps = fromFile && fromFile->latitude && fromFile->longitude;
    std::optional<GeoPosition> position;
    if (fileHasGps)
        position = GeoPosition{*fromFile->latitude, *fromFile->longitude, fromFile->altitude};
    else if (sidecar && sidecar->position)
        position = sidecar->position;

    if (fromFile && fromFile->captureTime.isValid() && isCameraTime(fromFile->captureTime.source)) {
        r.wallClock = fromFile->captureTime.wallClock();
        if (fromFile->captureTime.offsetMinutes)
            r.instant = fromFile->captureTime.utc;
        else
            r.instant = QDateTime(r.wallClock.date(), r.wallClock.time(), Qt::LocalTime).toUTC();
        r.dateSource = DateSource::File;
    } else if (sidecar && sidecar->photoTakenUtc && *sidecar->photoTakenUtc > 0) {
        r.instant = QDateTime::fromSecsSinceEpoch(*sidecar->photoTakenUtc, Qt::UTC);
        std::optional<int> offset;
        if (position)
            offset = TimeZoneLookup::offsetAt(position->latitude, position->longitude, *sidecar->photoTakenUtc);
        const bool fromGps = offset.has_value();
        if (!offset)
            offset = QTimeZone::systemTimeZone().offsetFromUtc(r.instant);
        r.wallClock = r.instant.toOffsetFromUtc(*offset);
        r.patch.captureTime = r.wallClock;
        r.dateSource = DateSource::GoogleJson;
        r.notes << (fromGps ? QCoreApplication::translate("TakeoutPlacement",
                                                          "date from Google's JSON, UTC%1 from the GPS position")
                                  .arg(offsetText(*offset))
                            : QCoreApplication::translate("TakeoutPlacement",
                                                          "date from Google's JSON, UTC%1 of this computer's time zone")
                                  .arg(offsetText(*offset)));
    } else if (fromFile && fromFile->captureTime.isValid()) {
        r.wallClock = fromFile->captureTime.wallClock(); // a date from the file name
        r.instant = QDateTime(r.wallClock.date(), r.wallClock.time(), Qt::LocalTime).toUTC();
        r.dateSource = DateSource::FileName;
        r.notes << QCoreApplication::translate("TakeoutPlacement", "date from the file name");
    } else if (entryMtime > 0) {
        r.instant = QDateTime::fromSecsSinceEpoch(entryMtime, Qt::UTC);
        r.wallClock = r.instant.toLocalTime();
        r.notes << QCoreApplication::translate("TakeoutPlacement",
                                               "no date in the file or its JSON: the archive's file time is used");
        r.dateSource = DateSource::FileTime;
    }

    if (sidecar) {
        if (!fileHasGps && sidecar->position) {
            r.patch.latitude = sidecar->position->latitude;
            r.patch.longitude = sidecar->position->longitude;
            r.patch.altitude = sidecar->position->altitude;
            r.notes << QCoreApplication::translate("TakeoutPlacement", "GPS from Google's JSON");
        }
        if (!sidecar->description.isEmpty() && (!fromFile || fromFile->description.isEmpty())) {
            r.patch.description = sidecar->description;
            r.notes << QCoreApplication::translate("TakeoutPlacement", "description from Google's JSON");
        }
        r.patch.people = sidecar->people;
    }
    return r;
}

QString TakeoutPlacement::correctedName(const QString &name, const QByteArray &head)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    const QString extension = dot > 0 ? name.mid(dot + 1) : QString();
    const QString actual = MediaFormat::sniff(head, extension);
    if (actual.isEmpty())
        return name;
    const QString claimed = MediaFormat::formatForExtension(extension);
    if (!claimed.isEmpty() && MediaFormat::sameFamily(claimed, actual))
        return name;
    const QString better = extensionForFormat(actual);
    if (better.isEmpty())
        return name;
    return (dot > 0 ? name.left(dot) : name) + QLatin1Char('.') + better;
}

QString TakeoutPlacement::folderFor(const QString &pattern, const QDateTime &wallClock, const QString &albumTitle)
{
    if (pattern.compare(QLatin1String("album"), Qt::CaseInsensitive) == 0 && !albumTitle.isEmpty())
        return safeFolderName(albumTitle);
    const QString datePattern = pattern.compare(QLatin1String("album"), Qt::CaseInsensitive) == 0 || pattern.isEmpty()
                                    ? QStringLiteral("YYYY/MM")
                                    : pattern;
    if (!wallClock.isValid())
        return QCoreApplication::translate("TakeoutPlacement", "Undated");
    QString folder = datePattern;
    folder.replace(QLatin1String("YYYY"), QStringLiteral("%1").arg(wallClock.date().year(), 4, 10, QLatin1Char('0')));
    folder.replace(QLatin1String("MM"), QStringLiteral("%1").arg(wallClock.date().month(), 2, 10, QLatin1Char('0')));
    folder.replace(QLatin1String("DD"), QStringLiteral("%1").arg(wallClock.date().day(), 2, 10, QLatin1Char('0')));
    return folder;
}

QString TakeoutPlacement::safeFolderName(const QString &title)
{
    QString name;
    for (const QChar c : title) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c.category() == QChar::Other_Control ||
            QStringLiteral(":*?\"<>|").contains(c))
            name += QLatin1Char('_');
        else
            name += c;
    }
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' ')))
        name.chop(1);
    name = name.trimmed().left(120);
    return name.isEmpty() ? QStringLiteral("Album") : name;
}

std::filesystem::path TakeoutPlacement::freePath(const std::filesystem::path &dir, const QString &name, qint64 size,
                                                 const QByteArray &contentHash, bool *alreadyThere)
{
    *alreadyThere = false;
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    const QString stem = dot > 0 ? name.left(dot) : name;
    const QString extension = dot > 0 ? name.mid(dot) : QString();
    for (int n = 0;; ++n) {
        const QString candidate = n == 0 ? name : QStringLiteral("%1(%2)%3").arg(stem).arg(n).arg(extension);
        std::filesystem::path path = dir / candidate.toStdU16String();
        std::error_code ec;
        if (!std::filesystem::exists(std::filesystem::symlink_status(path, ec)))
            return path;
        if (std::filesystem::is_regular_file(path, ec) && qint64(std::filesystem::file_size(path, ec)) == size) {
            const auto hash = FileHasher::contentHash(path);
            if (hash && hash.value() == contentHash) {
                *alreadyThere = true;
                return path;
            }
        }
    }
}

} // namespace tintype
