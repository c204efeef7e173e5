#include "metadata/CaptureTimeParser.h"
#include "metadata/Exiv2Fields.h"
#include "metadata/TextDecoding.h"

#include <QRegularExpression>

#include <cmath>

namespace tintype::detail {

namespace {

const Exiv2::Xmpdatum *find(const Exiv2::XmpData &xmp, const char *key)
{
    const auto it = xmp.findKey(Exiv2::XmpKey(key));
    return it == xmp.end() ? nullptr : &*it;
}

// Every item of a bag/seq, the default language of a lang-alt, or the text.
QStringList items(const Exiv2::Xmpdatum &d)
{
    QStringList out;
    if (const auto *alt = dynamic_cast<const Exiv2::LangAltValue *>(&d.value())) {
        const auto def = alt->value_.find("x-default");
        if (def != alt->value_.end())
            out << textdecoding::decode(def->second);
        else if (!alt->value_.empty())
            out << textdecoding::decode(alt->value_.begin()->second);
        return out;
    }
    const long n = long(d.count());
    if (n > 1 || dynamic_cast<const Exiv2::XmpArrayValue *>(&d.value())) {
        for (long i = 0; i < n; ++i)
            out << textdecoding::decode(d.toString(i));
    } else if (n == 1) {
        out << textdecoding::decode(d.toString());
    }
    return out;
}

QString first(const Exiv2::XmpData &xmp, const char *key)
{
    const auto *d = find(xmp, key);
    if (!d)
        return {};
    const QStringList list = items(*d);
    return list.isEmpty() ? QString() : list.first();
}

// "28/10", "2.8", "1/125"
std::optional<double> rational(const QString &s)
{
    const QString t = s.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int slash = t.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        const double v = t.toDouble(&ok);
        return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
    }
    bool ok2 = false;
    const double num = t.left(slash).toDouble(&ok);
    const double den = t.mid(slash + 1).toDouble(&ok2);
    if (!ok || !ok2 || den == 0)
        return std::nullopt;
    return num / den;
}

// XMP GPS coordinate "DDD,MM,SSk" or "DDD,MM.mmk" (k = N/S/E/W), or a decimal.
std::optional<double> coordinate(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*(\d+(?:\.\d+)?)(?:,(\d+(?:\.\d+)?))?(?:,(\d+(?:\.\d+)?))?\s*([NSEWnsew])\s*$)"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return rational(s);
    double v = m.captured(1).toDouble() + m.captured(2).toDouble() / 60 + m.captured(3).toDouble() / 3600;
    const QChar ref = m.captured(4).at(0).toUpper();
    return ref == QLatin1Char('S') || ref == QLatin1Char('W') ? -v : v;
}

void addXmpTime(const Exiv2::XmpData &xmp, const char *key, Extraction &out)
{
    const QString raw = first(xmp, key);
    if (raw.isEmpty())
        return;
    const auto parsed = capturetimeparser::parseIsoDateTime(raw);
    if (!parsed) {
        out.meta.warnings << QStringLiteral("invalid %1 \"%2\" ignored").arg(QLatin1String(key + 4), raw.left(40));
        return;
    }
    out.times << capturetimeparser::make(parsed->wallClock, parsed->offsetMinutes, CaptureTimeSource::Xmp);
}

} // namespace

void extractXmpCamera(const Exiv2::XmpData &xmp, Extraction &out)
{
    if (xmp.empty())
        return;
    MediaMetadata &m = out.meta;
    if (m.make.isEmpty())
        m.make = first(xmp, "Xmp.tiff.Make");
    if (m.model.isEmpty())
        m.model = first(xmp, "Xmp.tiff.Model");
    if (m.lens.isEmpty())
        m.lens = first(xmp, "Xmp.exifEX.LensModel");
    if (m.lens.isEmpty())
        m.lens = first(xmp, "Xmp.aux.Lens");
    if (!m.iso) {
        const auto iso = rational(first(xmp, "Xmp.exif.ISOSpeedRatings"));
        if (iso && *iso > 0)
            m.iso = int(*iso);
    }
    if (!m.fNumber) {
        if (const auto f = rational(first(xmp, "Xmp.exif.FNumber")); f && *f > 0)
            m.fNumber = *f;
    }
    if (!m.exposureTime) {
        if (const auto t = rational(first(xmp, "Xmp.exif.ExposureTime")); t && *t > 0)
            m.exposureTime = *t;
    }
    if (!m.focalLength) {
        if (const auto fl = rational(first(xmp, "Xmp.exif.FocalLength")); fl && *fl > 0)
            m.focalLength = *fl;
    }
    if (!out.orientation) {
        bool ok = false;
        const int o = first(xmp, "Xmp.tiff.Orientation").toInt(&ok);
        if (ok)
            out.orientation = o;
    }
    if (!m.latitude && !m.longitude) {
        const auto lat = coordinate(first(xmp, "Xmp.exif.GPSLatitude"));
        const auto lon = coordinate(first(xmp, "Xmp.exif.GPSLongitude"));
        if (lat && lon) {
            m.latitude = lat;
            m.longitude = lon;
            if (const auto alt = rational(first(xmp, "Xmp.exif.GPSAltitude")))
                m.altitude = first(xmp, "Xmp.exif.GPSAltitudeRef").trimmed() == QLatin1String("1") ? -*alt : *alt;
        }
    }
    addXmpTime(xmp, "Xmp.photoshop.DateCreated", out);
    addXmpTime(xmp, "Xmp.xmp.CreateDate", out);
    addXmpTime(xmp, "Xmp.exif.DateTimeOriginal", out);
}

void extractXmpDescriptive(const Exiv2::XmpData &xmp, Extraction &out)
{
    if (xmp.empty())
        return;
    MediaMetadata &m = out.meta;
    if (m.title.isEmpty())
        m.title = first(xmp, "Xmp.dc.title");
    if (m.description.isEmpty()) {
        const QString d = first(xmp, "Xmp.dc.description");
        if (!textdecoding::isCameraPlaceholder(d))
            m.description = d;
    }
    if (!m.rating) {
        const QString r = first(xmp, "Xmp.xmp.Rating");
        bool ok = false;
        const double v = r.toDouble(&ok);
        if (ok && v >= -1 && v <= 5)
            m.rating = int(std::lround(v));
        else if (!r.isEmpty())
            m.warnings << QStringLiteral("invalid xmp:Rating \"%1\" ignored").arg(r.left(20));
    }
    for (const char *key : {"Xmp.dc.subject", "Xmp.digiKam.TagsList", "Xmp.lr.hierarchicalSubject"}) {
        if (const auto *d = find(xmp, key)) {
            for (const QString &k : items(*d))
                addKeyword(m.keywords, k);
        }
    }
}

} // namespace tintype::detail
