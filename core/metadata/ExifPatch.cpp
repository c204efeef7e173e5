// MetadataPatch → Exif and IPTC (Exif 2.32 and IPTC IIM as MWG 2.0 keeps them
// in step with XMP).
#include "metadata/Exiv2Patch.h"

#include <algorithm>
#include <cmath>

namespace tintype::detail {

namespace {

void erase(Exiv2::ExifData &exif, const char *key)
{
    const auto it = exif.findKey(Exiv2::ExifKey(key));
    if (it != exif.end())
        exif.erase(it);
}

bool has(const Exiv2::ExifData &exif, const char *key) { return exif.findKey(Exiv2::ExifKey(key)) != exif.end(); }

void setAscii(Exiv2::ExifData &exif, const char *key, const std::string &text)
{
    erase(exif, key);
    Exiv2::AsciiValue value;
    value.read(text); // read() adds the terminating NUL Exif wants; the constructor does not
    exif.add(Exiv2::ExifKey(key), &value);
}

void setBytes(Exiv2::ExifData &exif, const char *key, const std::string &numbers)
{
    erase(exif, key);
    Exiv2::DataValue value(Exiv2::unsignedByte);
    value.read(numbers);
    exif.add(Exiv2::ExifKey(key), &value);
}

void setShort(Exiv2::ExifData &exif, const char *key, uint16_t number)
{
    erase(exif, key);
    Exiv2::UShortValue value;
    value.value_.push_back(number);
    exif.add(Exiv2::ExifKey(key), &value);
}

void setRationals(Exiv2::ExifData &exif, const char *key, const Exiv2::URationalValue &value)
{
    erase(exif, key);
    exif.add(Exiv2::ExifKey(key), &value);
}

// Degrees, minutes and seconds to 1/10000 s (about 3 mm), the way cameras write them.
Exiv2::URationalValue degreesMinutesSeconds(double signedDegrees)
{
    const double degrees = std::abs(signedDegrees);
    auto d = uint32_t(std::floor(degrees));
    const double minutesFull = (degrees - d) * 60;
    auto m = uint32_t(std::floor(minutesFull));
    auto s = uint32_t(std::llround((minutesFull - m) * 60 * 10000));
    if (s >= 60u * 10000) {
        s -= 60u * 10000;
        if (++m == 60) {
            m = 0;
            ++d;
        }
    }
    Exiv2::URationalValue value;
    value.value_.emplace_back(d, 1);
    value.value_.emplace_back(m, 1);
    value.value_.emplace_back(s, 10000);
    return value;
}

QString exifDate(const QDateTime &t) { return t.toString(QStringLiteral("yyyy:MM:dd HH:mm:ss")); }

void writeTime(Exiv2::ExifData &exif, const MetadataPatch &patch)
{
    const QDateTime &t = *patch.captureTime;
    const std::string date = exifDate(t).toStdString();
    const std::string subSec = QStringLiteral("%1").arg(t.time().msec(), 3, 10, QLatin1Char('0')).toStdString();
    const auto offset = patch.captureOffsetMinutes();
    const struct {
        const char *date, *subSec, *offset;
    } tags[] = {{"Exif.Photo.DateTimeOriginal", "Exif.Photo.SubSecTimeOriginal", "Exif.Photo.OffsetTimeOriginal"},
                {"Exif.Photo.DateTimeDigitized", "Exif.Photo.SubSecTimeDigitized", "Exif.Photo.OffsetTimeDigitized"}};
    for (const auto &tag : tags) {
        setAscii(exif, tag.date, date);
        // A stale sub-second or offset would change the time we write.
        if (t.time().msec() != 0)
            setAscii(exif, tag.subSec, subSec);
        else
            erase(exif, tag.subSec);
        if (offset)
            setAscii(exif, tag.offset, utcOffsetText(*offset).toStdString());
        else
            erase(exif, tag.offset);
    }
    // Another DateTimeOriginal in IFD0 (some scanners) would compete with ours.
    erase(exif, "Exif.Image.DateTimeOriginal");
}

void writePosition(Exiv2::ExifData &exif, const MetadataPatch &patch)
{
    setBytes(exif, "Exif.GPSInfo.GPSVersionID", "2 3 0 0");
    setAscii(exif, "Exif.GPSInfo.GPSLatitudeRef", *patch.latitude < 0 ? "S" : "N");
    setRationals(exif, "Exif.GPSInfo.GPSLatitude", degreesMinutesSeconds(*patch.latitude));
    setAscii(exif, "Exif.GPSInfo.GPSLongitudeRef", *patch.longitude < 0 ? "W" : "E");
    setRationals(exif, "Exif.GPSInfo.GPSLongitude", degreesMinutesSeconds(*patch.longitude));
    if (patch.altitude) {
        setBytes(exif, "Exif.GPSInfo.GPSAltitudeRef", *patch.altitude < 0 ? "1" : "0");
        Exiv2::URationalValue altitude;
        altitude.value_.emplace_back(uint32_t(std::llround(std::abs(*patch.altitude) * 1000)), 1000);
        setRationals(exif, "Exif.GPSInfo.GPSAltitude", altitude);
    } else {
        // The old altitude belonged to the old position.
        erase(exif, "Exif.GPSInfo.GPSAltitudeRef");
        erase(exif, "Exif.GPSInfo.GPSAltitude");
    }
    if (!has(exif, "Exif.GPSInfo.GPSMapDatum"))
        setAscii(exif, "Exif.GPSInfo.GPSMapDatum", "WGS-84");
}

// Windows' XP* tags: UTF-16LE with a terminating NUL, in a BYTE array.
void setXpText(Exiv2::ExifData &exif, const char *key, const QString &text)
{
    erase(exif, key);
    QByteArray bytes;
    for (const QChar c : text) {
        bytes += char(c.unicode() & 0xff);
        bytes += char(c.unicode() >> 8);
    }
    bytes += QByteArray(2, '\0');
    Exiv2::DataValue value(Exiv2::unsignedByte);
    value.read(reinterpret_cast<const Exiv2::byte *>(bytes.constData()), bytes.size(), Exiv2::littleEndian);
    exif.add(Exiv2::ExifKey(key), &value);
}

// Windows' star rating as a percentage (what Explorer and Photo Gallery write).
uint16_t ratingPercent(int stars)
{
    static constexpr uint16_t percent[] = {0, 1, 25, 50, 75, 99};
    return percent[std::clamp(stars, 0, 5)];
}

void eraseIptc(Exiv2::IptcData &iptc, const char *key)
{
    const Exiv2::IptcKey k(key);
    for (auto it = iptc.begin(); it != iptc.end();) {
        if (it->tag() == k.tag() && it->record() == k.record())
            it = iptc.erase(it);
        else
            ++it;
    }
}

// Replaces a non-repeatable IPTC text; one longer than IIM allows is removed
// rather than cut (XMP holds it whole).
bool setIptcText(Exiv2::IptcData &iptc, const char *key, const QString &text, int maxBytes)
{
    eraseIptc(iptc, key);
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty() || utf8.size() > maxBytes)
        return false;
    Exiv2::StringValue value(utf8.toStdString());
    iptc.add(Exiv2::IptcKey(key), &value);
    return true;
}

} // namespace

QString utcOffsetText(int minutes)
{
    const int a = std::abs(minutes);
    return QStringLiteral("%1%2:%3")
        .arg(minutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(a / 60, 2, 10, QLatin1Char('0'))
        .arg(a % 60, 2, 10, QLatin1Char('0'));
}

void writeToExif(Exiv2::ExifData &exif, const MetadataPatch &patch)
{
    if (patch.captureTime)
        writeTime(exif, patch);
    if (patch.latitude && patch.longitude)
        writePosition(exif, patch);
    if (patch.description) {
        if (patch.description->isEmpty())
            erase(exif, "Exif.Image.ImageDescription");
        else // UTF-8, as exiftool writes it and every reader of ours expects
            setAscii(exif, "Exif.Image.ImageDescription", patch.description->toStdString());
    }
    if (patch.title && has(exif, "Exif.Image.XPTitle")) { // kept in step, never added
        if (patch.title->isEmpty())
            erase(exif, "Exif.Image.XPTitle");
        else
            setXpText(exif, "Exif.Image.XPTitle", *patch.title);
    }
    if (patch.rating) {
        if (*patch.rating >= 0) {
            setShort(exif, "Exif.Image.Rating", uint16_t(*patch.rating));
            setShort(exif, "Exif.Image.RatingPercent", ratingPercent(*patch.rating));
        } else { // "rejected" has no Exif form
            erase(exif, "Exif.Image.Rating");
            erase(exif, "Exif.Image.RatingPercent");
        }
    }
}

void writeToIptc(Exiv2::IptcData &iptc, const MetadataPatch &patch)
{
    if (iptc.empty())
        return;
    bool wroteText = false;
    if (patch.title)
        wroteText |= setIptcText(iptc, "Iptc.Application2.ObjectName", *patch.title, 64);
    if (patch.description)
        wroteText |= setIptcText(iptc, "Iptc.Application2.Caption", *patch.description, 2000);
    if (!patch.keywords.isEmpty()) {
        const Exiv2::IptcKey key("Iptc.Application2.Keywords");
        QStringList present;
        for (const auto &d : iptc) {
            if (d.tag() == key.tag() && d.record() == key.record())
                present << QString::fromStdString(d.toString());
        }
        for (const QString &keyword : patch.keywords) {
            const QByteArray utf8 = keyword.toUtf8();
            if (present.contains(keyword) || utf8.size() > 64)
                continue;
            Exiv2::StringValue value(utf8.toStdString());
            iptc.add(key, &value);
            wroteText = true;
        }
    }
    if (wroteText && iptc.findKey(Exiv2::IptcKey("Iptc.Envelope.CharacterSet")) == iptc.end()) {
        Exiv2::StringValue utf8("\x1b%G"); // ISO 2022 escape for UTF-8
        iptc.add(Exiv2::IptcKey("Iptc.Envelope.CharacterSet"), &utf8);
    }
}

} // namespace tintype::detail
