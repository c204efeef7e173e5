#include "metadata/MetadataPatch.h"

namespace tintype {

void MetadataPatch::setCaptureTime(const CaptureTime &time)
{
    if (!time.isValid()) {
        captureTime.reset();
        captureTimeFloating = false;
        return;
    }
    captureTime = time.wallClock();
    captureTimeFloating = !time.offsetMinutes.has_value();
}

std::optional<int> MetadataPatch::captureOffsetMinutes() const
{
    if (!captureTime || captureTimeFloating || captureTime->timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return captureTime->offsetFromUtc() / 60;
}

QDateTime MetadataPatch::captureInstant() const
{
    if (!captureTime || !captureTime->isValid())
        return {};
    if (!captureOffsetMinutes())
        return QDateTime(captureTime->date(), captureTime->time(), Qt::LocalTime);
    return *captureTime;
}

bool MetadataPatch::isEmpty() const
{
    return !captureTime && !latitude && !longitude && !altitude && !title && !description && !rating &&
           keywords.isEmpty() && people.isEmpty();
}

MetadataPatch MetadataPatch::withoutValuesIn(const MediaMetadata &present) const
{
    MetadataPatch p = *this;
    if (present.captureTime.isValid() && isCameraTime(present.captureTime.source)) {
        p.captureTime.reset();
        p.captureTimeFloating = false;
    }
    if (present.latitude && present.longitude) {
        p.latitude.reset();
        p.longitude.reset();
        p.altitude.reset();
    }
    if (!present.title.isEmpty())
        p.title.reset();
    if (!present.description.isEmpty())
        p.description.reset();
    if (present.rating)
        p.rating.reset();
    return p;
}

} // namespace tintype
