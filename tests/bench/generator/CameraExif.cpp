#include "CameraExif.h"

#include "LibraryPlan.h"

#include <exiv2/exiv2.hpp>

#include <QDateTime>
#include <QTimeZone>

#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <string>

namespace tintype::bench {
namespace {

std::string format(const char *fmt, auto... args)
{
    char buffer[128];
    std::snprintf(buffer, sizeof buffer, fmt, args...);
    return buffer;
}

// 48.85661 -> "48/1 51/1 2379/100" (degrees, minutes, hundredths of seconds)
std::string dms(double value)
{
    value = std::fabs(value);
    const int degrees = int(value);
    const double minutesF = (value - degrees) * 60.0;
    const int minutes = int(minutesF);
    const long hundredths = std::lround((minutesF - minutes) * 60.0 * 100.0);
    return format("%d/1 %d/1 %ld/100", degrees, minutes, hundredths);
}

std::string offset(int minutes)
{
    const int a = std::abs(minutes);
    return format("%c%02d:%02d", minutes < 0 ? '-' : '+', a / 60, a % 60);
}

void addMakerNote(Exiv2::ExifData &exif, const Shot &shot, const CameraModel &camera)
{
    switch (camera.makerNote) {
    case CameraModel::MakerNote::Canon:
        exif["Exif.Canon.ImageType"] = std::string("Canon EOS R6");
        exif["Exif.Canon.FirmwareVersion"] = std::string("Firmware Version 1.8.1");
        exif["Exif.Canon.OwnerName"] = std::string("");
        exif["Exif.Canon.ModelID"] = "2147484755";
        exif["Exif.Canon.SerialNumber"] = format("%u", shot.serial);
        exif["Exif.CanonCs.Macro"] = "2";
        exif["Exif.CanonCs.Quality"] = "3";
        exif["Exif.CanonCs.DriveMode"] = "0";
        exif["Exif.CanonCs.FocusMode"] = "3";
        exif["Exif.CanonCs.ImageSize"] = "0";
        exif["Exif.CanonCs.LensType"] = "61182";
        exif["Exif.CanonCs.MaxAperture"] = "128";
        exif["Exif.CanonSi.ISOSpeed"] = format("%d", shot.iso);
        exif["Exif.CanonSi.WhiteBalance"] = "0";
        break;
    case CameraModel::MakerNote::Nikon:
        exif["Exif.Nikon3.Version"] = "48 50 49 49";
        exif["Exif.Nikon3.ISOSpeed"] = format("0 %d", shot.iso);
        exif["Exif.Nikon3.Quality"] = std::string("FINE   ");
        exif["Exif.Nikon3.WhiteBalance"] = std::string("AUTO1       ");
        exif["Exif.Nikon3.Focus"] = std::string("AF-S  ");
        exif["Exif.Nikon3.SerialNumber"] = format("%u", shot.serial);
        exif["Exif.Nikon3.ActiveDLighting"] = "65535";
        exif["Exif.Nikon3.ShutterCount"] = format("%u", 1000u + shot.serial % 50000u);
        break;
    case CameraModel::MakerNote::None: break;
    }
}

} // namespace

QByteArray cameraExifSegment(const Shot &shot, const CameraModel &camera, QSize imageSize, const QByteArray &thumbnail)
{
    const std::string date = format("%04d:%02d:%02d %02d:%02d:%02d", shot.year, shot.month, shot.day,
                                    shot.secondsOfDay / 3600, shot.secondsOfDay / 60 % 60, shot.secondsOfDay % 60);
    const std::string subSec = format("%03d", shot.subSecond);
    const std::string tz = offset(shot.utcOffsetMinutes);

    Exiv2::ExifData exif;
    exif["Exif.Image.Make"] = std::string(camera.make);
    exif["Exif.Image.Model"] = std::string(camera.model);
    exif["Exif.Image.Orientation"] = uint16_t(shot.orientation);
    exif["Exif.Image.XResolution"] = Exiv2::URational(72, 1);
    exif["Exif.Image.YResolution"] = Exiv2::URational(72, 1);
    exif["Exif.Image.ResolutionUnit"] = uint16_t(2);
    exif["Exif.Image.Software"] = std::string(camera.software);
    exif["Exif.Image.DateTime"] = date;
    exif["Exif.Image.Artist"] = std::string("");
    exif["Exif.Image.YCbCrPositioning"] = uint16_t(2);
    exif["Exif.Image.Copyright"] = std::string("");

    exif["Exif.Photo.ExposureTime"] = Exiv2::URational(1, shot.exposureDenominator);
    exif["Exif.Photo.FNumber"] = Exiv2::URational(uint32_t(std::lround(shot.fNumber * 10)), 10);
    exif["Exif.Photo.ExposureProgram"] = uint16_t(2);
    exif["Exif.Photo.ISOSpeedRatings"] = uint16_t(shot.iso);
    exif["Exif.Photo.SensitivityType"] = uint16_t(2);
    exif["Exif.Photo.RecommendedExposureIndex"] = uint32_t(shot.iso);
    exif["Exif.Photo.ExifVersion"] = "48 50 51 50";
    exif["Exif.Photo.DateTimeOriginal"] = date;
    exif["Exif.Photo.DateTimeDigitized"] = date;
    exif["Exif.Photo.OffsetTime"] = tz;
    exif["Exif.Photo.OffsetTimeOriginal"] = tz;
    exif["Exif.Photo.OffsetTimeDigitized"] = tz;
    exif["Exif.Photo.ComponentsConfiguration"] = "1 2 3 0";
    exif["Exif.Photo.ShutterSpeedValue"] =
        Exiv2::Rational(int32_t(std::lround(std::log2(double(shot.exposureDenominator)) * 1000)), 1000);
    exif["Exif.Photo.ApertureValue"] =
        Exiv2::URational(uint32_t(std::lround(2 * std::log2(shot.fNumber) * 1000)), 1000);
    exif["Exif.Photo.ExposureBiasValue"] = Exiv2::Rational(shot.exposureBiasThirds, 3);
    exif["Exif.Photo.MaxApertureValue"] =
        Exiv2::URational(uint32_t(std::lround(2 * std::log2(camera.fNumberMin) * 100)), 100);
    exif["Exif.Photo.MeteringMode"] = uint16_t(5);
    exif["Exif.Photo.Flash"] = uint16_t(shot.flashFired ? 9 : 16);
    exif["Exif.Photo.FocalLength"] = Exiv2::URational(uint32_t(std::lround(shot.focalLength * 10)), 10);
    exif["Exif.Photo.SubSecTime"] = subSec;
    exif["Exif.Photo.SubSecTimeOriginal"] = subSec;
    exif["Exif.Photo.SubSecTimeDigitized"] = subSec;
    exif["Exif.Photo.FlashpixVersion"] = "48 49 48 48";
    exif["Exif.Photo.ColorSpace"] = uint16_t(1);
    exif["Exif.Photo.PixelXDimension"] = uint32_t(imageSize.width());
    exif["Exif.Photo.PixelYDimension"] = uint32_t(imageSize.height());
    exif["Exif.Photo.FocalPlaneXResolution"] = Exiv2::URational(1600000, 1000);
    exif["Exif.Photo.FocalPlaneYResolution"] = Exiv2::URational(1600000, 1000);
    exif["Exif.Photo.FocalPlaneResolutionUnit"] = uint16_t(3);
    exif["Exif.Photo.CustomRendered"] = uint16_t(0);
    exif["Exif.Photo.ExposureMode"] = uint16_t(0);
    exif["Exif.Photo.WhiteBalance"] = uint16_t(0);
    exif["Exif.Photo.FocalLengthIn35mmFilm"] = uint16_t(std::lround(shot.focalLength * camera.focal35Factor10 / 10));
    exif["Exif.Photo.SceneCaptureType"] = uint16_t(0);
    exif["Exif.Photo.BodySerialNumber"] = format("%u", shot.serial);
    exif["Exif.Photo.LensSpecification"] =
        format("%d/10 %d/10 %d/10 %d/10", int(camera.focalMin * 10), int(camera.focalMax * 10),
               int(camera.fNumberMin * 10), int(camera.fNumberMin * 10));
    exif["Exif.Photo.LensMake"] = std::string(camera.lensMake);
    exif["Exif.Photo.LensModel"] = std::string(camera.lens);
    exif["Exif.Iop.InteroperabilityIndex"] = std::string("R98");
    exif["Exif.Iop.InteroperabilityVersion"] = "48 49 48 48";

    if (shot.hasGps) {
        const QDateTime utc = QDateTime::fromSecsSinceEpoch(shot.utcSecondsSinceEpoch(), QTimeZone::utc());
        exif["Exif.GPSInfo.GPSVersionID"] = "2 3 0 0";
        exif["Exif.GPSInfo.GPSLatitudeRef"] = std::string(shot.latitude < 0 ? "S" : "N");
        exif["Exif.GPSInfo.GPSLatitude"] = dms(shot.latitude);
        exif["Exif.GPSInfo.GPSLongitudeRef"] = std::string(shot.longitude < 0 ? "W" : "E");
        exif["Exif.GPSInfo.GPSLongitude"] = dms(shot.longitude);
        exif["Exif.GPSInfo.GPSAltitudeRef"] = "0";
        exif["Exif.GPSInfo.GPSAltitude"] = Exiv2::URational(uint32_t(std::lround(shot.altitude * 10)), 10);
        exif["Exif.GPSInfo.GPSTimeStamp"] =
            format("%d/1 %d/1 %d/1", utc.time().hour(), utc.time().minute(), utc.time().second());
        exif["Exif.GPSInfo.GPSMapDatum"] = std::string("WGS-84");
        exif["Exif.GPSInfo.GPSDateStamp"] = utc.date().toString(QStringLiteral("yyyy:MM:dd")).toStdString();
    }
    addMakerNote(exif, shot, camera);

    Exiv2::ExifThumb thumb(exif);
    thumb.setJpegThumbnail(reinterpret_cast<const Exiv2::byte *>(thumbnail.constData()), long(thumbnail.size()),
                           Exiv2::URational(72, 1), Exiv2::URational(72, 1), 2);

    Exiv2::Blob blob;
    Exiv2::ExifParser::encode(blob, Exiv2::littleEndian, exif);
    const qsizetype payload = 6 + qsizetype(blob.size());
    if (blob.empty() || payload + 2 > 0xffff)
        throw std::runtime_error("Exif block does not fit into one APP1 segment");

    QByteArray segment;
    segment.reserve(payload + 4);
    segment.append(char(0xff)).append(char(0xe1));
    segment.append(char((payload + 2) >> 8)).append(char((payload + 2) & 0xff));
    segment.append("Exif\0\0", 6);
    segment.append(reinterpret_cast<const char *>(blob.data()), qsizetype(blob.size()));
    return segment;
}

} // namespace tintype::bench
