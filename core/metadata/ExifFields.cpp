#include "metadata/CaptureTimeParser.h"
#include "metadata/Exiv2Fields.h"
#include "metadata/TextDecoding.h"

#include <QRegularExpression>

#include <cmath>
#include <unordered_map>

namespace tintype::detail {

namespace {

// ExifData::findKey builds a key string for every entry it passes; comparing
// the numeric tag and IFD instead is what keeps a read well under a millisecond.
// Keys are string literals: resolve each once per thread (ExifKey's parsing is
// itself a string search through exiv2's group table).
std::pair<uint16_t, int> resolve(const char *key)
{
    thread_local std::unordered_map<const char *, std::pair<uint16_t, int>> cache;
    const auto it = cache.find(key);
    if (it != cache.end())
        return it->second;
    const Exiv2::ExifKey k(key);
    return cache[key] = {k.tag(), int(k.ifdId())};
}

const Exiv2::Exifdatum *find(const Exiv2::ExifData &exif, const char *key)
{
    const auto [tag, ifd] = resolve(key);
    for (const auto &d : exif) {
        if (d.tag() == tag && int(d.ifdId()) == ifd)
            return d.count() == 0 ? nullptr : &d;
    }
    return nullptr;
}

QString stringOf(const Exiv2::ExifData &exif, const char *key)
{
    const auto *d = find(exif, key);
    if (!d)
        return {};
    if (d->typeId() == Exiv2::asciiString || d->typeId() == Exiv2::string || d->typeId() == Exiv2::undefined ||
        d->typeId() == Exiv2::unsignedByte) {
        std::string bytes(d->size(), '\0');
        d->copy(reinterpret_cast<Exiv2::byte *>(bytes.data()), Exiv2::littleEndian);
        return textdecoding::decode(bytes);
    }
    return textdecoding::decode(d->toString());
}

// Windows XP* tags: UTF-16LE in a BYTE array.
QString xpString(const Exiv2::ExifData &exif, const char *key)
{
    const auto *d = find(exif, key);
    if (!d)
        return {};
    std::string bytes(d->size(), '\0');
    d->copy(reinterpret_cast<Exiv2::byte *>(bytes.data()), Exiv2::littleEndian);
    return textdecoding::decodeUtf16Le(bytes);
}

std::optional<double> rationalAt(const Exiv2::Exifdatum &d, long n)
{
    if (long(d.count()) <= n)
        return std::nullopt;
    switch (d.typeId()) {
    case Exiv2::unsignedRational: { // exiv2 hands these out as signed pairs
        const auto r = d.toRational(n);
        if (r.second == 0)
            return std::nullopt;
        return double(quint32(r.first)) / double(quint32(r.second));
    }
    case Exiv2::signedRational: {
        const auto r = d.toRational(n);
        if (r.second == 0)
            return std::nullopt;
        return double(r.first) / double(r.second);
    }
    case Exiv2::unsignedShort:
    case Exiv2::unsignedLong:
    case Exiv2::signedShort:
    case Exiv2::signedLong:
    case Exiv2::unsignedByte: return double(toInteger(d.value(), n));
    case Exiv2::tiffFloat:
    case Exiv2::tiffDouble: {
        const double v = d.toFloat(n);
        return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
    }
    default: return std::nullopt;
    }
}

std::optional<double> number(const Exiv2::ExifData &exif, const char *key, long n = 0)
{
    const auto *d = find(exif, key);
    return d ? rationalAt(*d, n) : std::nullopt;
}

std::optional<double> dms(const Exiv2::ExifData &exif, const char *key)
{
    const auto *d = find(exif, key);
    if (!d)
        return std::nullopt;
    double value = 0;
    double scale = 1;
    for (long i = 0; i < 3 && i < long(d->count()); ++i, scale *= 60) {
        const auto part = rationalAt(*d, i);
        if (!part)
            return i == 0 ? std::nullopt : std::optional<double>(value);
        value += *part / scale;
    }
    return value;
}

void addTime(Extraction &out, const Exiv2::ExifData &exif, const char *dateKey, const char *subSecKey,
             const char *offsetKey, CaptureTimeSource source, const char *label)
{
    const auto *d = find(exif, dateKey);
    if (!d)
        return;
    const QString raw = textdecoding::decode(d->toString());
    const auto wall = capturetimeparser::parseExifDateTime(raw);
    if (!wall) {
        if (!raw.isEmpty())
            out.meta.warnings << QStringLiteral("invalid %1 \"%2\" ignored").arg(QLatin1String(label), raw.left(40));
        return;
    }
    QDateTime w = *wall;
    if (const auto ms = capturetimeparser::parseSubSecMs(stringOf(exif, subSecKey)))
        w = w.addMSecs(*ms);
    out.times << capturetimeparser::make(w, capturetimeparser::parseOffset(stringOf(exif, offsetKey)), source);
}

void readGps(const Exiv2::ExifData &exif, Extraction &out)
{
    const auto lat = dms(exif, "Exif.GPSInfo.GPSLatitude");
    const auto lon = dms(exif, "Exif.GPSInfo.GPSLongitude");
    if (lat && lon) {
        const QString latRef = stringOf(exif, "Exif.GPSInfo.GPSLatitudeRef").toUpper();
        const QString lonRef = stringOf(exif, "Exif.GPSInfo.GPSLongitudeRef").toUpper();
        out.meta.latitude = latRef.startsWith(QLatin1Char('S')) ? -*lat : *lat;
        out.meta.longitude = lonRef.startsWith(QLatin1Char('W')) ? -*lon : *lon;
        if (const auto alt = number(exif, "Exif.GPSInfo.GPSAltitude")) {
            const auto ref = number(exif, "Exif.GPSInfo.GPSAltitudeRef");
            out.meta.altitude = (ref && *ref == 1) ? -*alt : *alt;
        }
    }
    const auto date = capturetimeparser::parseExifDateTime(stringOf(exif, "Exif.GPSInfo.GPSDateStamp"));
    const auto *time = find(exif, "Exif.GPSInfo.GPSTimeStamp");
    if (date && time && time->count() >= 3) {
        const auto h = rationalAt(*time, 0), m = rationalAt(*time, 1), s = rationalAt(*time, 2);
        if (h && m && s && *h >= 0 && *h < 24 && *m >= 0 && *m < 60 && *s >= 0 && *s < 61) {
            const qint64 ms = qint64(std::llround((*h * 3600 + *m * 60 + *s) * 1000));
            const QDateTime utc = QDateTime(date->date(), QTime(0, 0), Qt::UTC).addMSecs(ms);
            out.gpsUtc = utc;
            out.times << capturetimeparser::fromUtc(utc, 0, CaptureTimeSource::Gps);
        }
    }
}

// A readable lens name from the maker note when LensModel is missing. exiv2
// prints lens IDs through its lens tables; bare numbers mean "unknown ID".
QString makerNoteLens(const Exiv2::ExifData &exif)
{
    const auto it = Exiv2::lensName(exif);
    if (it == exif.end())
        return {};
    QString name = textdecoding::decode(it->print(&exif));
    static const QRegularExpression unknown(QStringLiteral(R"(^[\s(]*[-0-9.,/ ]*[)\s]*$|^\(?unknown|^n/a$|^none$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (name.isEmpty() || unknown.match(name).hasMatch())
        return {};
    return name;
}

} // namespace

void extractExifCamera(const Exiv2::ExifData &exif, Extraction &out)
{
    if (exif.empty())
        return;
    MediaMetadata &m = out.meta;
    m.make = stringOf(exif, "Exif.Image.Make");
    m.model = stringOf(exif, "Exif.Image.Model");
    m.lens = stringOf(exif, "Exif.Photo.LensModel");
    if (m.lens.isEmpty())
        m.lens = makerNoteLens(exif);

    if (const auto iso = number(exif, "Exif.Photo.ISOSpeedRatings"); iso && *iso > 0)
        m.iso = int(*iso);
    else if (const auto ps = number(exif, "Exif.Photo.RecommendedExposureIndex"); ps && *ps > 0)
        m.iso = int(*ps);
    else if (const auto iso0 = number(exif, "Exif.Image.ISOSpeedRatings"); iso0 && *iso0 > 0)
        m.iso = int(*iso0);

    if (const auto f = number(exif, "Exif.Photo.FNumber"); f && *f > 0)
        m.fNumber = *f;
    else if (const auto f0 = number(exif, "Exif.Image.FNumber"); f0 && *f0 > 0)
        m.fNumber = *f0;
    else if (const auto av = number(exif, "Exif.Photo.ApertureValue"); av && *av >= 0 && *av < 40)
        m.fNumber = std::pow(2.0, *av / 2);

    if (const auto t = number(exif, "Exif.Photo.ExposureTime"); t && *t > 0)
        m.exposureTime = *t;
    else if (const auto t0 = number(exif, "Exif.Image.ExposureTime"); t0 && *t0 > 0)
        m.exposureTime = *t0;
    else if (const auto tv = number(exif, "Exif.Photo.ShutterSpeedValue"); tv && std::abs(*tv) < 40)
        m.exposureTime = std::pow(2.0, -*tv);

    if (const auto fl = number(exif, "Exif.Photo.FocalLength"); fl && *fl > 0)
        m.focalLength = *fl;
    else if (const auto fl0 = number(exif, "Exif.Image.FocalLength"); fl0 && *fl0 > 0)
        m.focalLength = *fl0;

    for (const char *key : {"Exif.Image.Orientation", "Exif.PanasonicRaw.Orientation"}) {
        if (const auto *d = find(exif, key); d && !out.orientation) {
            out.orientation = toInteger(d->value(), 0);
        }
    }

    readGps(exif, out);
    addTime(out, exif, "Exif.Photo.DateTimeOriginal", "Exif.Photo.SubSecTimeOriginal", "Exif.Photo.OffsetTimeOriginal",
            CaptureTimeSource::ExifOriginal, "DateTimeOriginal");
    addTime(out, exif, "Exif.Image.DateTimeOriginal", "Exif.Photo.SubSecTimeOriginal", "Exif.Photo.OffsetTimeOriginal",
            CaptureTimeSource::ExifOriginal, "DateTimeOriginal");
    addTime(out, exif, "Exif.Photo.DateTimeDigitized", "Exif.Photo.SubSecTimeDigitized",
            "Exif.Photo.OffsetTimeDigitized", CaptureTimeSource::ExifCreateDate, "DateTimeDigitized");
}

void extractExifDescriptive(const Exiv2::ExifData &exif, Extraction &out)
{
    if (exif.empty())
        return;
    MediaMetadata &m = out.meta;
    if (m.title.isEmpty())
        m.title = xpString(exif, "Exif.Image.XPTitle");
    if (m.description.isEmpty()) {
        const QString d = stringOf(exif, "Exif.Image.ImageDescription");
        if (!textdecoding::isCameraPlaceholder(d))
            m.description = d;
    }
    if (!m.rating) {
        if (const auto r = number(exif, "Exif.Image.Rating"); r && *r >= -1 && *r <= 5)
            m.rating = int(*r);
    }
    const QString xpKeywords = xpString(exif, "Exif.Image.XPKeywords");
    for (const QString &k : xpKeywords.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        addKeyword(m.keywords, k.trimmed());
}

void extractIptcDescriptive(const Exiv2::IptcData &iptc, Extraction &out)
{
    if (iptc.empty())
        return;
    MediaMetadata &m = out.meta;
    // IPTC text is UTF-8 when the envelope says so (ESC % G) and often anyway;
    // textdecoding::decode falls back to Latin-1 for anything else.
    for (const auto &d : iptc) {
        const std::string key = d.key();
        if (key == "Iptc.Application2.Keywords")
            addKeyword(m.keywords, textdecoding::decode(d.toString()));
        else if (key == "Iptc.Application2.ObjectName" && m.title.isEmpty())
            m.title = textdecoding::decode(d.toString());
        else if (key == "Iptc.Application2.Caption" && m.description.isEmpty()) {
            const QString c = textdecoding::decode(d.toString());
            if (!textdecoding::isCameraPlaceholder(c))
                m.description = c;
        }
    }
}

void addKeyword(QStringList &keywords, const QString &keyword)
{
    const QString k = keyword.trimmed();
    if (!k.isEmpty() && !keywords.contains(k))
        keywords << k;
}

} // namespace tintype::detail
