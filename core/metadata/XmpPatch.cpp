// MetadataPatch → XMP (the properties MWG 2.0 and Lightroom/digiKam/darktable
// read: exif:, photoshop:DateCreated, xmp:, dc:, Iptc4xmpExt:PersonInImage).
#include "metadata/Exiv2Patch.h"

#include <cmath>

namespace tintype::detail {

namespace {

void erase(Exiv2::XmpData &xmp, const char *key)
{
    const auto it = xmp.findKey(Exiv2::XmpKey(key));
    if (it != xmp.end())
        xmp.erase(it);
}

// Set through value_, not read(): read() takes a leading "type=..." as a type.
void setText(Exiv2::XmpData &xmp, const char *key, const QString &text)
{
    erase(xmp, key);
    Exiv2::XmpTextValue value;
    value.value_ = text.toStdString();
    xmp.add(Exiv2::XmpKey(key), &value);
}

// A lang-alt with the default language only: an edit replaces the text in
// every language (older translations would contradict it).
void setLangAlt(Exiv2::XmpData &xmp, const char *key, const QString &text)
{
    erase(xmp, key);
    if (text.isEmpty())
        return;
    Exiv2::LangAltValue value;
    value.value_["x-default"] = text.toStdString();
    xmp.add(Exiv2::XmpKey(key), &value);
}

void addToBag(Exiv2::XmpData &xmp, const char *key, const QStringList &items)
{
    QStringList all = xmpItems(xmp, key);
    const qsizetype before = all.size();
    for (const QString &item : items) {
        if (!all.contains(item))
            all << item;
    }
    if (all.size() == before)
        return;
    erase(xmp, key);
    Exiv2::XmpArrayValue value(Exiv2::xmpBag);
    for (const QString &item : std::as_const(all))
        value.read(item.toStdString());
    xmp.add(Exiv2::XmpKey(key), &value);
}

QString xmpDate(const QDateTime &t, std::optional<int> offsetMinutes)
{
    QString text = t.toString(t.time().msec() != 0 ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")
                                                   : QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (offsetMinutes)
        text += utcOffsetText(*offsetMinutes);
    return text;
}

// XMP's GPSCoordinate "DDD,MM.mmmmmmk" (k = N/S/E/W); 1e-6 minute is 2 mm.
QString xmpCoordinate(double signedDegrees, char positive, char negative)
{
    const double degrees = std::abs(signedDegrees);
    auto d = qint64(std::floor(degrees));
    double minutes = std::round((degrees - double(d)) * 60 * 1e6) / 1e6;
    if (minutes >= 60) {
        minutes -= 60;
        ++d;
    }
    return QStringLiteral("%1,%2%3")
        .arg(d)
        .arg(QString::number(minutes, 'f', 6))
        .arg(QLatin1Char(signedDegrees < 0 ? negative : positive));
}

void writePosition(Exiv2::XmpData &xmp, const MetadataPatch &patch)
{
    setText(xmp, "Xmp.exif.GPSVersionID", QStringLiteral("2.3.0.0"));
    setText(xmp, "Xmp.exif.GPSLatitude", xmpCoordinate(*patch.latitude, 'N', 'S'));
    setText(xmp, "Xmp.exif.GPSLongitude", xmpCoordinate(*patch.longitude, 'E', 'W'));
    if (patch.altitude) {
        setText(xmp, "Xmp.exif.GPSAltitudeRef", *patch.altitude < 0 ? QStringLiteral("1") : QStringLiteral("0"));
        setText(xmp, "Xmp.exif.GPSAltitude",
                QStringLiteral("%1/1000").arg(std::llround(std::abs(*patch.altitude) * 1000)));
    } else {
        erase(xmp, "Xmp.exif.GPSAltitudeRef");
        erase(xmp, "Xmp.exif.GPSAltitude");
    }
    if (xmp.findKey(Exiv2::XmpKey("Xmp.exif.GPSMapDatum")) == xmp.end())
        setText(xmp, "Xmp.exif.GPSMapDatum", QStringLiteral("WGS-84"));
}

} // namespace

QStringList xmpItems(const Exiv2::XmpData &xmp, const char *key)
{
    QStringList out;
    const auto it = xmp.findKey(Exiv2::XmpKey(key));
    if (it == xmp.end())
        return out;
    if (const auto *alt = dynamic_cast<const Exiv2::LangAltValue *>(&it->value())) {
        const auto def = alt->value_.find("x-default");
        if (def != alt->value_.end())
            out << QString::fromStdString(def->second);
        return out;
    }
    const long n = long(it->count());
    if (n > 1 || dynamic_cast<const Exiv2::XmpArrayValue *>(&it->value())) {
        for (long i = 0; i < n; ++i)
            out << QString::fromStdString(it->toString(i));
    } else if (n == 1) {
        out << QString::fromStdString(it->toString());
    }
    return out;
}

void writeToXmp(Exiv2::XmpData &xmp, const MetadataPatch &patch)
{
    if (patch.captureTime) {
        const QString date = xmpDate(*patch.captureTime, patch.captureOffsetMinutes());
        for (const char *key : {"Xmp.exif.DateTimeOriginal", "Xmp.photoshop.DateCreated", "Xmp.xmp.CreateDate"})
            setText(xmp, key, date);
    }
    if (patch.latitude && patch.longitude)
        writePosition(xmp, patch);
    if (patch.title)
        setLangAlt(xmp, "Xmp.dc.title", *patch.title);
    if (patch.description)
        setLangAlt(xmp, "Xmp.dc.description", *patch.description);
    if (patch.rating)
        setText(xmp, "Xmp.xmp.Rating", QString::number(*patch.rating));
    if (!patch.keywords.isEmpty())
        addToBag(xmp, "Xmp.dc.subject", patch.keywords);
    if (!patch.people.isEmpty())
        addToBag(xmp, "Xmp.iptcExt.PersonInImage", patch.people);
}

} // namespace tintype::detail
