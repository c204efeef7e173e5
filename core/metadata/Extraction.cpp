#include "metadata/CaptureTimeParser.h"
#include "metadata/Exiv2Fields.h"

#include <cmath>

namespace tintype::detail {

namespace {

constexpr int kMaxSide = 1 << 20; // no real image is a million pixels on a side

void chooseCaptureTime(Extraction &out)
{
    const CaptureTime *best = nullptr;
    for (const CaptureTime &t : out.times) {
        if (t.isValid() && (!best || int(t.source) < int(best->source)))
            best = &t;
    }
    if (!best)
        return;
    CaptureTime chosen = *best;
    // A floating Exif/XMP time with a GPS time of the same moment: the difference
    // is the time zone the camera clock was set to.
    if (!chosen.offsetMinutes && out.gpsUtc && chosen.source != CaptureTimeSource::Gps) {
        if (const auto offset = capturetimeparser::offsetFromUtcDifference(chosen.wallClock(), *out.gpsUtc))
            chosen = capturetimeparser::make(chosen.wallClock(), offset, chosen.source);
    }
    out.meta.captureTime = chosen;
}

void validateGps(MediaMetadata &m)
{
    if (!m.latitude || !m.longitude) {
        m.latitude.reset();
        m.longitude.reset();
        m.altitude.reset();
        return;
    }
    const double lat = *m.latitude, lon = *m.longitude;
    if (!std::isfinite(lat) || !std::isfinite(lon) || std::abs(lat) > 90 || std::abs(lon) > 180) {
        m.warnings << QStringLiteral("GPS position out of range (%1, %2) ignored").arg(lat).arg(lon);
        m.latitude.reset();
        m.longitude.reset();
        m.altitude.reset();
        return;
    }
    if (lat == 0 && lon == 0) { // "no fix" written as zeros
        m.latitude.reset();
        m.longitude.reset();
        m.altitude.reset();
        return;
    }
    if (m.altitude && (!std::isfinite(*m.altitude) || std::abs(*m.altitude) > 100000)) {
        m.warnings << QStringLiteral("GPS altitude %1 m ignored").arg(*m.altitude);
        m.altitude.reset();
    }
}

} // namespace

void finish(Extraction &out)
{
    MediaMetadata &m = out.meta;
    chooseCaptureTime(out);
    validateGps(m);

    m.orientation = 1;
    if (out.orientation) {
        if (*out.orientation >= 1 && *out.orientation <= 8)
            m.orientation = int(*out.orientation);
        else
            m.warnings << QStringLiteral("invalid orientation %1 read as 1").arg(*out.orientation);
    }

    if (out.pixelWidth < 0 || out.pixelHeight < 0 || out.pixelWidth > kMaxSide || out.pixelHeight > kMaxSide) {
        m.warnings << QStringLiteral("implausible image size %1x%2 ignored").arg(out.pixelWidth).arg(out.pixelHeight);
        out.pixelWidth = out.pixelHeight = 0;
    }
    const bool swap = m.orientation >= 5;
    m.width = swap ? out.pixelHeight : out.pixelWidth;
    m.height = swap ? out.pixelWidth : out.pixelHeight;

    m.make = m.make.simplified();
    m.model = m.model.simplified();
    m.lens = m.lens.simplified();
}

} // namespace tintype::detail
