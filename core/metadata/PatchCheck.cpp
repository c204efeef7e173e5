// A patch checked before it is written, and the written values checked by
// reading them back the way MetadataReader does.
#include "metadata/CaptureTimeParser.h"
#include "metadata/Exiv2Fields.h"
#include "metadata/Exiv2Patch.h"
#include "metadata/TextDecoding.h"

#include <QCoreApplication>

#include <cmath>

namespace tintype::detail {

namespace {

QString cleaned(const QString &text) { return textdecoding::decode(text.toStdString()); }

QStringList cleanedList(const QStringList &items)
{
    QStringList out;
    for (const QString &item : items) {
        const QString c = cleaned(item);
        if (!c.isEmpty() && !out.contains(c))
            out << c;
    }
    return out;
}

constexpr double kMaxAltitude = 100000; // metres; the reader drops anything beyond

Status checkPosition(const MetadataPatch &p)
{
    if (p.latitude.has_value() != p.longitude.has_value())
        return Status::failure(
            QCoreApplication::translate("MetadataWriter", "a position needs both latitude and longitude"));
    if (p.altitude && !p.latitude)
        return Status::failure(QCoreApplication::translate("MetadataWriter", "an altitude needs a position"));
    if (p.latitude && (!std::isfinite(*p.latitude) || !std::isfinite(*p.longitude) || std::abs(*p.latitude) > 90 ||
                       std::abs(*p.longitude) > 180))
        return Status::failure(QCoreApplication::translate("MetadataWriter", "position out of range (%1, %2)")
                                   .arg(*p.latitude)
                                   .arg(*p.longitude));
    if (p.altitude && (!std::isfinite(*p.altitude) || std::abs(*p.altitude) > kMaxAltitude))
        return Status::failure(
            QCoreApplication::translate("MetadataWriter", "altitude out of range (%1 m)").arg(*p.altitude));
    return {};
}

} // namespace

Result<MetadataPatch> normalisedPatch(const MetadataPatch &patch)
{
    MetadataPatch p = patch;
    if (p.captureTime) {
        if (!p.captureTime->isValid())
            return Result<MetadataPatch>::failure(
                QCoreApplication::translate("MetadataWriter", "the capture time is not a valid date"));
        const QDateTime wall(p.captureTime->date(), p.captureTime->time(), Qt::UTC);
        if (!capturetimeparser::isPlausible(wall))
            return Result<MetadataPatch>::failure(
                QCoreApplication::translate("MetadataWriter", "the capture time %1 is outside the years %2–%3")
                    .arg(wall.toString(Qt::ISODate))
                    .arg(capturetimeparser::kMinYear)
                    .arg(capturetimeparser::kMaxYear));
        if (const auto offset = p.captureOffsetMinutes(); offset && std::abs(*offset) > 14 * 60)
            return Result<MetadataPatch>::failure(
                QCoreApplication::translate("MetadataWriter", "the time zone offset is beyond ±14 hours"));
    }
    if (const Status position = checkPosition(p); !position)
        return Result<MetadataPatch>::failure(position.error());
    if (p.latitude && *p.latitude == 0 && *p.longitude == 0) { // "no position"
        p.latitude.reset();
        p.longitude.reset();
        p.altitude.reset();
    }
    if (p.title)
        p.title = cleaned(*p.title);
    if (p.description)
        p.description = cleaned(*p.description);
    if (p.rating && (*p.rating < -1 || *p.rating > 5))
        return Result<MetadataPatch>::failure(
            QCoreApplication::translate("MetadataWriter", "rating %1 is not 0–5 (or -1 for rejected)").arg(*p.rating));
    p.keywords = cleanedList(p.keywords);
    p.people = cleanedList(p.people);
    return p;
}

MediaMetadata metadataIn(const Exiv2::ExifData *exif, const Exiv2::XmpData &xmp, const Exiv2::IptcData *iptc)
{
    // The order of Exiv2Backend's extractAll: the same choices as a read.
    Extraction out;
    if (exif)
        extractExifCamera(*exif, out);
    extractXmpCamera(xmp, out);
    extractXmpDescriptive(xmp, out);
    if (iptc)
        extractIptcDescriptive(*iptc, out);
    if (exif)
        extractExifDescriptive(*exif, out);
    finish(out);
    return std::move(out.meta);
}

QStringList valuesNotReadBack(const MetadataPatch &patch, const MediaMetadata &after, const Exiv2::XmpData &xmpAfter)
{
    QStringList missing;
    if (patch.captureTime) {
        // A floating time may come back with an offset the reader inferred from
        // the GPS time; the clock digits must be ours.
        const QDateTime wall = after.captureTime.wallClock();
        const auto offset = patch.captureOffsetMinutes();
        if (!wall.isValid() || wall.date() != patch.captureTime->date() || wall.time() != patch.captureTime->time() ||
            (offset && after.captureTime.offsetMinutes != offset))
            missing << QCoreApplication::translate("MetadataWriter", "capture time");
    }
    if (patch.latitude && patch.longitude) {
        if (!after.latitude || !after.longitude || std::abs(*after.latitude - *patch.latitude) > 1e-6 ||
            std::abs(*after.longitude - *patch.longitude) > 1e-6)
            missing << QCoreApplication::translate("MetadataWriter", "GPS position");
        else if (patch.altitude && (!after.altitude || std::abs(*after.altitude - *patch.altitude) > 1e-3))
            missing << QCoreApplication::translate("MetadataWriter", "altitude");
    }
    if (patch.title && after.title != *patch.title)
        missing << QCoreApplication::translate("MetadataWriter", "title");
    // Text cameras write on their own ("SONY DSC", "Photo") is not read as a
    // description: such a description cannot be checked.
    if (patch.description && after.description != *patch.description &&
        !textdecoding::isCameraPlaceholder(*patch.description))
        missing << QCoreApplication::translate("MetadataWriter", "description");
    if (patch.rating && after.rating != patch.rating)
        missing << QCoreApplication::translate("MetadataWriter", "rating");
    for (const QString &k : patch.keywords) {
        if (!after.keywords.contains(k)) {
            missing << QCoreApplication::translate("MetadataWriter", "keywords");
            break;
        }
    }
    const QStringList people = xmpItems(xmpAfter, "Xmp.iptcExt.PersonInImage");
    for (const QString &person : patch.people) {
        if (!people.contains(person)) {
            missing << QCoreApplication::translate("MetadataWriter", "people");
            break;
        }
    }
    return missing;
}

} // namespace tintype::detail
