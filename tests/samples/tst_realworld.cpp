// Reads every real-world sample under $TINTYPE_SAMPLES (see /work/shared/data/README.md)
// and compares each metadata field with exiftool 12.57's output stored in
// exiftool-groundtruth/<set>.exiftool-12.57.json ("SourceFile" is relative to
// the folder <set>/). Skips when TINTYPE_SAMPLES is unset; fails on any mismatch.
//
// Which exiftool tag stands for which field, and the rules where we differ on
// purpose, are written next to each field below. No file is skipped by name.

#include "metadata/CaptureTimeParser.h"
#include "metadata/MediaFormat.h"
#include "metadata/MetadataReader.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

#include <cmath>
#include <filesystem>

using namespace tintype;
namespace fs = std::filesystem;

namespace {

struct Tally {
    int compared = 0;
    int mismatched = 0;
};

QString str(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == std::floor(d) && std::abs(d) < 1e15 ? QString::number(qint64(d)) : QString::number(d, 'g', 15);
    }
    if (v.isArray()) {
        QStringList parts;
        for (const auto &e : v.toArray())
            parts << str(e);
        return parts.join(QLatin1Char(' '));
    }
    return {};
}

QStringList list(const QJsonValue &v)
{
    QStringList out;
    if (v.isArray()) {
        for (const auto &e : v.toArray())
            out << str(e).trimmed();
    } else if (!v.isUndefined() && !v.isNull()) {
        out << str(v).trimmed();
    }
    out.removeAll(QString());
    return out;
}

std::optional<double> num(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().section(QLatin1Char(' '), 0, 0).toDouble(&ok);
        if (ok)
            return d;
    }
    if (v.isArray() && !v.toArray().isEmpty())
        return num(v.toArray().first());
    return std::nullopt;
}

// The first of `keys` that exiftool reported.
QJsonValue firstOf(const QJsonObject &e, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const auto it = e.find(QLatin1String(k));
        if (it != e.end() && !(it->isString() && it->toString().trimmed().isEmpty()))
            return *it;
    }
    return QJsonValue(QJsonValue::Undefined);
}

// exiftool -n dates: "2019:06:12 15:30:12", "...12.054-05:00", "...Z".
std::optional<capturetimeparser::ParsedTime> exiftoolDate(const QString &s)
{
    if (s.isEmpty())
        return std::nullopt;
    return capturetimeparser::parseIsoDateTime(s.trimmed());
}

struct ExpectedTime {
    CaptureTimeSource source = CaptureTimeSource::None;
    QDateTime wallClock;              // for Exif/XMP/Apple sources
    std::optional<int> offsetMinutes; // when exiftool reports one
    QDateTime utc;                    // for GPS and QuickTime UTC sources
    std::optional<QDateTime> gpsUtc;  // to check an offset we derived
};

std::optional<QDateTime> exiftoolGpsUtc(const QJsonObject &e)
{
    const QString composite = str(firstOf(e, {"Composite:GPSDateTime"}));
    if (const auto t = exiftoolDate(composite); t && t->offsetMinutes)
        return t->wallClock.addSecs(-qint64(*t->offsetMinutes) * 60);
    return std::nullopt;
}

// Our priority (MediaMetadata.h): Exif original, XMP, Exif digitized, GPS, QuickTime.
ExpectedTime expectedTime(const QJsonObject &e, bool video)
{
    ExpectedTime x;
    x.gpsUtc = exiftoolGpsUtc(e);
    const auto exifLike = [&](const char *dateKey, const char *subSecKey, const char *offsetKey,
                              CaptureTimeSource src) {
        const auto wall = capturetimeparser::parseExifDateTime(str(firstOf(e, {dateKey})));
        if (!wall)
            return false;
        x.source = src;
        x.wallClock = *wall;
        if (const auto ms = capturetimeparser::parseSubSecMs(str(firstOf(e, {subSecKey}))))
            x.wallClock = x.wallClock.addMSecs(*ms);
        x.offsetMinutes = capturetimeparser::parseOffset(str(firstOf(e, {offsetKey})));
        return true;
    };
    if (!video) {
        if (exifLike("ExifIFD:DateTimeOriginal", "ExifIFD:SubSecTimeOriginal", "ExifIFD:OffsetTimeOriginal",
                     CaptureTimeSource::ExifOriginal) ||
            exifLike("IFD0:DateTimeOriginal", "ExifIFD:SubSecTimeOriginal", "ExifIFD:OffsetTimeOriginal",
                     CaptureTimeSource::ExifOriginal) ||
            exifLike("CanonRaw:DateTimeOriginal", "ExifIFD:SubSecTimeOriginal", "ExifIFD:OffsetTimeOriginal",
                     CaptureTimeSource::ExifOriginal))
            return x;
        for (const char *k : {"XMP-photoshop:DateCreated", "XMP-xmp:CreateDate", "XMP-exif:DateTimeOriginal"}) {
            if (const auto t = exiftoolDate(str(firstOf(e, {k})))) {
                x.source = CaptureTimeSource::Xmp;
                x.wallClock = t->wallClock;
                x.offsetMinutes = t->offsetMinutes;
                return x;
            }
        }
        if (exifLike("ExifIFD:CreateDate", "ExifIFD:SubSecTimeDigitized", "ExifIFD:OffsetTimeDigitized",
                     CaptureTimeSource::ExifCreateDate))
            return x;
        if (x.gpsUtc) {
            x.source = CaptureTimeSource::Gps;
            x.utc = *x.gpsUtc;
        }
        return x;
    }
    if (const auto apple = exiftoolDate(str(firstOf(e, {"Keys:CreationDate"})))) {
        x.source = CaptureTimeSource::QuickTime;
        x.wallClock = apple->wallClock;
        x.offsetMinutes = apple->offsetMinutes;
        return x;
    }
    // QuickTime:CreateDate is UTC by specification; we compare the instant.
    if (const auto qt = exiftoolDate(str(firstOf(e, {"QuickTime:CreateDate"})))) {
        const QDateTime utc = qt->wallClock;
        const bool epoch = utc == QDateTime(QDate(1904, 1, 1), QTime(0, 0), Qt::UTC) ||
                           utc == QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
        if (!epoch) {
            x.source = CaptureTimeSource::QuickTime;
            x.utc = utc;
        }
    }
    return x;
}

class RealWorld : public QObject {
    Q_OBJECT

    QString m_root;
    QMap<QString, QJsonObject> m_truth; // absolute path -> exiftool record
    QMap<QString, Tally> m_tally;
    QStringList m_mismatches;

    void check(const QString &field, const QString &file, bool equal, const QString &ours, const QString &theirs)
    {
        Tally &t = m_tally[field];
        ++t.compared;
        if (!equal) {
            ++t.mismatched;
            m_mismatches << QStringLiteral("%1: %2: ours=[%3] exiftool=[%4]").arg(field, file, ours, theirs);
        }
    }

    static bool close(double a, double b, double absTol, double relTol)
    {
        return std::abs(a - b) <= absTol || std::abs(a - b) <= relTol * std::max(std::abs(a), std::abs(b));
    }

    // zeroIsUnknown: an ISO, f-number, exposure or focal length of 0 means "not
    // recorded"; we leave the field empty where exiftool prints the 0.
    // `derived`: where exiftool has no value under `theirs`, ours may still be one
    // of these (the APEX ApertureValue / ShutterSpeedValue, exiftool's composites).
    void compareNumber(const QString &field, const QString &file, const std::optional<double> &ours,
                       const QJsonValue &theirs, double absTol, double relTol, bool zeroIsUnknown = false,
                       const QList<QJsonValue> &derived = {})
    {
        auto t = num(theirs);
        if (!t) { // two-sided: a value exiftool does not see is one we invented
            bool derivedMatch = false;
            for (const QJsonValue &d : derived)
                derivedMatch |= ours && num(d) && close(*ours, *num(d), absTol, relTol);
            check(field, file, !ours || derivedMatch, ours ? QString::number(*ours, 'g', 10) : QString(),
                  derived.isEmpty() ? QStringLiteral("none") : QStringLiteral("none, nor derived"));
            return;
        }
        if (zeroIsUnknown && *t == 0) {
            check(field, file, !ours, QString::number(ours.value_or(0)), QStringLiteral("0 = unknown"));
            return;
        }
        check(field, file, ours && close(*ours, *t, absTol, relTol), ours ? QString::number(*ours, 'g', 10) : QString(),
              QString::number(*t, 'g', 10));
    }

    void compare(const QString &file, const MediaMetadata &m, const QJsonObject &e);

private slots:
    void initTestCase();
    void readEverySample();
};

void RealWorld::initTestCase()
{
    m_root = QDir::cleanPath(qEnvironmentVariable("TINTYPE_SAMPLES"));
    if (qEnvironmentVariable("TINTYPE_SAMPLES").isEmpty())
        QSKIP("TINTYPE_SAMPLES is not set: point it at the shared real-world sample folder (e.g. /work/shared/data) "
              "to compare our metadata with exiftool's");
    QVERIFY2(QFileInfo(m_root).isDir(), qPrintable(QStringLiteral("TINTYPE_SAMPLES=%1 is not a folder").arg(m_root)));
    MetadataReader::initialize();

    const QDir truthDir(m_root + QStringLiteral("/exiftool-groundtruth"));
    const QStringList jsons = truthDir.entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY2(!jsons.isEmpty(), "no exiftool-groundtruth/*.json under TINTYPE_SAMPLES");
    for (const QString &name : jsons) {
        QFile f(truthDir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray records = QJsonDocument::fromJson(f.readAll()).array();
        // "<set>.exiftool-12.57.json" describes the folder <set>/; SourceFile is relative to it.
        const QString set = name.section(QStringLiteral(".exiftool-"), 0, 0);
        for (const auto &r : records) {
            const QJsonObject o = r.toObject();
            const QString path = QDir::cleanPath(m_root + QLatin1Char('/') + set + QLatin1Char('/') +
                                                 o.value(QStringLiteral("SourceFile")).toString());
            m_truth.insert(path, o);
        }
    }
    QVERIFY2(m_truth.size() > 100, "ground truth looks empty");
}

void RealWorld::compare(const QString &file, const MediaMetadata &m, const QJsonObject &e)
{
    const bool video = m.kind == MediaKind::Video;

    // Capture time: exiftool's tags taken in our priority order, with the same
    // validity rules (CaptureTimeParser). File-name and file-time sources have
    // no exiftool counterpart (exiftool's FileModifyDate is of its own copy).
    const ExpectedTime x = expectedTime(e, video);
    if (x.source != CaptureTimeSource::None) {
        const CaptureTime &t = m.captureTime;
        bool ok = t.source == x.source;
        QString theirs;
        if (x.utc.isValid()) {
            ok = ok && t.utc == x.utc;
            theirs = x.utc.toString(Qt::ISODateWithMs) + QStringLiteral(" (UTC)");
        } else {
            ok = ok && t.wallClock().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) ==
                           x.wallClock.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
            if (x.offsetMinutes) {
                ok = ok && t.offsetMinutes == x.offsetMinutes;
            } else if (t.offsetMinutes) {
                // exiftool gives no offset; ours may only come from the GPS time.
                ok = ok && x.gpsUtc &&
                     capturetimeparser::offsetFromUtcDifference(x.wallClock, *x.gpsUtc) == t.offsetMinutes;
            }
            theirs = x.wallClock.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
                     (x.offsetMinutes ? QStringLiteral(" %1 min").arg(*x.offsetMinutes) : QString());
        }
        check(QStringLiteral("captureTime"), file, ok,
              t.toIsoString() + QLatin1Char(' ') + captureTimeSourceName(t.source),
              theirs + QLatin1Char(' ') + captureTimeSourceName(x.source));
    } else {
        // Two-sided: no time exiftool reports under the tags above, so ours comes
        // from what exiftool does not read (the file name, the file's time) or is
        // none — or, for a video, from the container's own date (AVI, ASF,
        // Matroska, AVCHD), which FFmpeg reads as its creation time: the same day.
        const CaptureTimeSource s = m.captureTime.source;
        bool ok = s == CaptureTimeSource::None || s == CaptureTimeSource::FileName || s == CaptureTimeSource::FileTime;
        QString theirs = QStringLiteral("none");
        if (video && s == CaptureTimeSource::QuickTime) {
            const auto container =
                exiftoolDate(str(firstOf(e, {"RIFF:DateTimeOriginal", "ASF:CreationDate", "Matroska:DateTimeOriginal",
                                             "H264:DateTimeOriginal"})));
            if (container) {
                theirs = container->wallClock.toString(Qt::ISODate) + QStringLiteral(" (container)");
                ok = container->wallClock.date() == m.captureTime.wallClock().date();
            }
        }
        check(QStringLiteral("captureTime"), file, ok,
              m.captureTime.toIsoString() + QLatin1Char(' ') + captureTimeSourceName(s), theirs);
    }

    // GPS: exiftool's Composite tags are signed; videos keep "lat lon alt" in
    // GPSCoordinates. 0/0 and out-of-range positions are "none" for us by design.
    std::optional<double> lat = num(firstOf(e, {"Composite:GPSLatitude", "XMP-exif:GPSLatitude"}));
    std::optional<double> lon = num(firstOf(e, {"Composite:GPSLongitude", "XMP-exif:GPSLongitude"}));
    // Without GPSAltitudeRef exiftool gives no Composite:GPSAltitude; the value is above sea level then.
    std::optional<double> alt = num(firstOf(e, {"Composite:GPSAltitude", "XMP-exif:GPSAltitude", "GPS:GPSAltitude"}));
    if (video) {
        const QStringList c =
            str(firstOf(e, {"Keys:GPSCoordinates", "ItemList:GPSCoordinates", "UserData:GPSCoordinates"}))
                .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (c.size() >= 2) {
            lat = c[0].toDouble();
            lon = c[1].toDouble();
            alt = c.size() >= 3 ? std::optional<double>(c[2].toDouble()) : std::nullopt;
        }
    }
    if (lat && lon) {
        const bool valid = !(*lat == 0 && *lon == 0) && std::abs(*lat) <= 90 && std::abs(*lon) <= 180;
        if (!valid) {
            check(QStringLiteral("gps"), file, !m.latitude && !m.longitude, QString::number(m.latitude.value_or(0)),
                  QStringLiteral("invalid: none"));
        } else {
            compareNumber(QStringLiteral("latitude"), file, m.latitude, *lat, 1e-5, 0);
            compareNumber(QStringLiteral("longitude"), file, m.longitude, *lon, 1e-5, 0);
            // Altitude is kept only with a position (it means nothing alone), and
            // only within +-100 km: more is a broken value (e.g. a negative number
            // written into Exif's unsigned rational), dropped with a warning.
            if (alt && std::abs(*alt) > 100000)
                check(QStringLiteral("altitude"), file, !m.altitude, QString::number(m.altitude.value_or(0)),
                      QStringLiteral("implausible: none"));
            else if (alt)
                compareNumber(QStringLiteral("altitude"), file, m.altitude, *alt, 0.05, 1e-6);
            else
                check(QStringLiteral("altitude"), file, !m.altitude, QString::number(m.altitude.value_or(0)),
                      QStringLiteral("none"));
        }
    } else { // two-sided: no position in exiftool's output, none in ours
        check(QStringLiteral("gps"), file, !m.latitude && !m.longitude && !m.altitude,
              QStringLiteral("%1 %2").arg(m.latitude.value_or(0)).arg(m.longitude.value_or(0)), QStringLiteral("none"));
    }

    // Orientation: IFD0 (then XMP tiff:Orientation); videos: the track's rotation.
    // Values outside 1..8 are read as 1, on purpose.
    int orientation = 1;
    if (video) {
        const int rot = int(num(firstOf(e, {"Composite:Rotation", "QuickTime:Rotation"})).value_or(0));
        orientation = rot == 90 ? 6 : rot == 180 ? 3 : rot == 270 ? 8 : 1;
    } else if (const auto irot = num(firstOf(e, {"QuickTime:Rotation"}))) {
        // A HEIF's irot box (exiftool: degrees anti-clockwise) stands over its
        // Exif orientation, as libheif shows it (HeifTransforms).
        const int rot = int(*irot);
        orientation = rot == 90 ? 8 : rot == 180 ? 3 : rot == 270 ? 6 : 1;
    } else if (const auto o = num(firstOf(e, {"IFD0:Orientation", "XMP-tiff:Orientation"}))) {
        orientation = (*o >= 1 && *o <= 8) ? int(*o) : 1;
    }
    check(QStringLiteral("orientation"), file, m.orientation == orientation, QString::number(m.orientation),
          QString::number(orientation));

    // Size: exiftool's Composite:ImageSize is before orientation; ours after it.
    // For Sigma X3F exiftool's Composite:ImageSize is the embedded preview JPEG's
    // (File:ImageWidth); we report the raw image's size from the X3F header,
    // which exiftool prints as SigmaRaw:ImageWidth/ImageHeight.
    QString sizeText = str(firstOf(e, {"Composite:ImageSize"}));
    if (e.contains(QStringLiteral("SigmaRaw:ImageWidth")))
        sizeText = str(e.value(QStringLiteral("SigmaRaw:ImageWidth"))) + QLatin1Char(' ') +
                   str(e.value(QStringLiteral("SigmaRaw:ImageHeight")));
    const QStringList size = sizeText.split(QRegularExpression(QStringLiteral("[ x]")), Qt::SkipEmptyParts);
    if (size.size() == 2) {
        int w = size[0].toInt(), h = size[1].toInt();
        if (orientation >= 5)
            std::swap(w, h);
        check(QStringLiteral("size"), file, m.width == w && m.height == h,
              QStringLiteral("%1x%2").arg(m.width).arg(m.height), QStringLiteral("%1x%2").arg(w).arg(h));
    }

    const auto compareText = [&](const QString &field, const QString &ours, const QJsonValue &theirs) {
        const QString t = theirs.isUndefined() ? QString() : str(theirs).simplified();
        check(field, file, ours == t, ours, t.isEmpty() ? QStringLiteral("none") : t);
    };
    compareText(
        QStringLiteral("make"), m.make,
        firstOf(e, {"IFD0:Make", "XMP-tiff:Make", "Keys:Make", "UserData:Make", "ItemList:Make", "CanonRaw:Make"}));
    compareText(QStringLiteral("model"), m.model,
                firstOf(e, {"IFD0:Model", "XMP-tiff:Model", "Keys:Model", "UserData:Model", "ItemList:Model",
                            "CanonRaw:Model"}));
    // Lens: only the written lens model is compared. Without it we print the
    // maker-note lens ID through exiv2's lens table, and exiftool uses its own:
    // then ours may be any name, but only where the maker note has a lens.
    const QJsonValue lensModel = firstOf(e, {"ExifIFD:LensModel", "XMP-exifEX:LensModel", "XMP-aux:Lens"});
    bool makerNoteLens = false;
    for (auto it = e.begin(); it != e.end(); ++it)
        makerNoteLens |= it.key() == QLatin1String("Composite:LensID") ||
                         it.key().endsWith(QLatin1String(":LensType")) || it.key().endsWith(QLatin1String(":Lens")) ||
                         it.key().endsWith(QLatin1String(":LensModel"));
    if (lensModel.isUndefined() && makerNoteLens)
        check(QStringLiteral("lens"), file, true, m.lens, QStringLiteral("maker note"));
    else
        compareText(QStringLiteral("lens"), m.lens, lensModel);

    const auto asDouble = [](const std::optional<int> &v) { return v ? std::optional<double>(*v) : std::nullopt; };
    compareNumber(QStringLiteral("iso"), file, asDouble(m.iso), firstOf(e, {"ExifIFD:ISO", "IFD0:ISO", "XMP-exif:ISO"}),
                  0.5, 0, true);
    compareNumber(QStringLiteral("fNumber"), file, m.fNumber,
                  firstOf(e, {"ExifIFD:FNumber", "IFD0:FNumber", "XMP-exif:FNumber"}), 0.01, 0.001, true,
                  {e.value(QStringLiteral("ExifIFD:ApertureValue")), e.value(QStringLiteral("Composite:Aperture"))});
    compareNumber(
        QStringLiteral("exposureTime"), file, m.exposureTime,
        firstOf(e, {"ExifIFD:ExposureTime", "IFD0:ExposureTime", "XMP-exif:ExposureTime"}), 1e-9, 1e-4, true,
        {e.value(QStringLiteral("ExifIFD:ShutterSpeedValue")), e.value(QStringLiteral("Composite:ShutterSpeed"))});
    compareNumber(QStringLiteral("focalLength"), file, m.focalLength,
                  firstOf(e, {"ExifIFD:FocalLength", "IFD0:FocalLength", "XMP-exif:FocalLength"}), 0.01, 0.001, true);
    compareNumber(QStringLiteral("rating"), file, asDouble(m.rating), firstOf(e, {"XMP-xmp:Rating", "IFD0:Rating"}),
                  0.5, 0);
    // Durations of other containers (ASF counts its preroll, AVCHD gives 0 for one
    // frame) are not compared, but ours may exist only where exiftool has one.
    const QJsonValue duration = firstOf(e, {"QuickTime:Duration", "Composite:Duration"});
    const bool otherDuration = !firstOf(e, {"ASF:Duration", "Matroska:Duration", "M2TS:Duration"}).isUndefined();
    if (video && duration.isUndefined() && otherDuration)
        check(QStringLiteral("duration"), file, true, QString::number(m.durationSeconds.value_or(0)),
              QStringLiteral("other container"));
    else if (video)
        compareNumber(QStringLiteral("duration"), file, m.durationSeconds, duration, 0.05, 0.01);
    else
        check(QStringLiteral("duration"), file, !m.durationSeconds, QString::number(m.durationSeconds.value_or(0)),
              QStringLiteral("none: not a video"));

    // Keywords: the union of every keyword tag, hierarchical paths kept whole.
    QStringList keywords;
    for (const char *k : {"XMP-dc:Subject", "IPTC:Keywords", "XMP-digiKam:TagsList", "XMP-lr:HierarchicalSubject"}) {
        for (const QString &kw : list(e.value(QLatin1String(k))))
            if (!keywords.contains(kw))
                keywords << kw;
    }
    for (const QString &kw :
         str(e.value(QStringLiteral("IFD0:XPKeywords"))).split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!keywords.contains(kw.trimmed()))
            keywords << kw.trimmed();
    {
        QStringList a = m.keywords, b = keywords;
        a.sort();
        b.sort();
        check(QStringLiteral("keywords"), file, a == b, a.join(QLatin1Char('|')), b.join(QLatin1Char('|')));
    }

    compareText(QStringLiteral("title"), m.title.simplified(),
                firstOf(e, {"XMP-dc:Title", "IPTC:ObjectName", "IFD0:XPTitle"}));
    // Description: camera placeholders ("OLYMPUS DIGITAL CAMERA") are dropped by
    // design, so a placeholder in exiftool's value means "none" here too.
    QJsonValue description = firstOf(e, {"XMP-dc:Description", "IPTC:Caption-Abstract", "IFD0:ImageDescription"});
    for (const char *k : {"XMP-dc:Description", "IPTC:Caption-Abstract", "IFD0:ImageDescription"}) {
        const QJsonValue v = firstOf(e, {k});
        if (!v.isUndefined() && !MetadataReader::isCameraPlaceholder(str(v))) {
            description = v;
            break;
        }
        description = QJsonValue(QJsonValue::Undefined);
    }
    compareText(QStringLiteral("description"), m.description.simplified(), description);
}

void RealWorld::readEverySample()
{
    int files = 0, read = 0, failed = 0, media = 0, withTruth = 0;
    QDirIterator it(m_root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = QDir::cleanPath(it.next());
        ++files;
        const fs::path native(QFile::encodeName(path).toStdString());
        // The file's own metadata only: exiftool does not merge sidecars either.
        MetadataReader::Options options;
        options.lookForSidecar = false;
        const auto result = MetadataReader::read(native, options); // must not crash or hang, whatever the file
        const bool isMedia = MediaFormat::kindForExtension(QFileInfo(path).suffix()) != MediaKind::Unknown &&
                             MediaFormat::kindForExtension(QFileInfo(path).suffix()) != MediaKind::Sidecar;
        media += isMedia;
        if (!result) {
            ++failed;
            QVERIFY2(!result.error().isEmpty(), qPrintable(path));
            if (isMedia)
                qInfo("not read: %s: %s", qPrintable(path.mid(m_root.size() + 1)), qPrintable(result.error()));
        } else {
            ++read;
        }
        if (!isMedia || !m_truth.contains(path))
            continue;
        ++withTruth;
        const QJsonObject &e = m_truth[path];
        const QString rel = path.mid(m_root.size() + 1);
        // Index as far as possible: what exiftool can read, we read (we may also
        // read what exiftool cannot, e.g. a truncated file we index without metadata).
        const bool exiftoolFailed = e.contains(QStringLiteral("ExifTool:Error"));
        if (!exiftoolFailed)
            check(QStringLiteral("read"), rel, bool(result), result ? QStringLiteral("read") : result.error(),
                  QStringLiteral("readable"));
        if (!result)
            continue;
        compare(rel, result.value(), e);
    }

    qInfo("%d files, %d read, %d failed with a reason; %d media files, %d with exiftool ground truth", files, read,
          failed, media, withTruth);
    int compared = 0, mismatched = 0;
    qInfo("%-14s %9s %10s", "field", "compared", "mismatched");
    for (auto t = m_tally.cbegin(); t != m_tally.cend(); ++t) {
        qInfo("%-14s %9d %10d", qPrintable(t.key()), t->compared, t->mismatched);
        compared += t->compared;
        mismatched += t->mismatched;
    }
    for (const QString &line : std::as_const(m_mismatches))
        qWarning("%s", qPrintable(line));
    QVERIFY2(withTruth > 300, "too few samples had ground truth: is TINTYPE_SAMPLES the right folder?");
    QVERIFY2(compared > 1000, "too few fields compared");
    QCOMPARE(mismatched, 0);
}

} // namespace

QTEST_GUILESS_MAIN(RealWorld)
#include "tst_realworld.moc"
