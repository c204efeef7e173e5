#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPair>
#include <QSize>
#include <QString>

#include <filesystem>

namespace tintype::test {

// Fixtures shaped like what today's phones write, made by the tests themselves.

using MetadataValues = QList<QPair<QString, QString>>;

// An Exif block (TIFF header on, little-endian) holding `values` (exiv2 keys and
// string values, as setMetadata takes them), encoded by exiv2.
QByteArray exifTiff(const MetadataValues &values);

// An ICC profile whose header declares two bytes more than it has, as Samsung
// Galaxy phones write (exiv2 0.27: "Not a valid ICC Profile").
QByteArray samsungLikeIccProfile();

struct HeicParts {
    QByteArray exifItem; // the Exif item's payload after libheif's 4-byte offset: "Exif\0\0" + TIFF, or TIFF alone
    QByteArray xmp;      // an XMP packet, or empty
    QByteArray icc;      // a raw ("prof") colour profile, or empty
    int transform = 1;   // an EXIF orientation code libheif writes as the item's irot/imir (1: none, as Samsung)
};
// A HEIC of `image` encoded with libheif's HEVC encoder. False when there is none.
bool writeHeic(const std::filesystem::path &file, const QImage &image, const HeicParts &parts);

// A short clip (MPEG-4 Part 2 in MP4, or in QuickTime for ".mov") of `frames`
// frames at 10 fps and `size`, encoded with libavcodec; `metadata` goes into the
// container (QuickTime keys such as "com.apple.quicktime.content.identifier" as
// mdta keys); `rotationDegrees` clockwise in the display matrix, as phones
// record a portrait clip. Returns the bytes written, empty on failure.
QByteArray writeClip(const std::filesystem::path &file, int frames = 10, QSize size = QSize(64, 48),
                     const MetadataValues &metadata = {}, int rotationDegrees = 0);

// A 10-bit BT.2020 HDR clip as phones record (FFV1 in Matroska, so every FFmpeg
// build can write it): uniform grey at `signal` (0..1, the transfer function's
// code value), tagged PQ (`hlg` false) or HLG. Empty on failure.
QByteArray writeHdrClip(const std::filesystem::path &file, double signal, bool hlg, QSize size = QSize(64, 48));

// A Google Pixel motion photo (`PXL_…MP.jpg`): `jpeg` with the Motion Photo XMP
// (GCamera:MotionPhoto, Container:Directory with the clip's Length) written by
// exiv2, then `clip` appended. `microVideo`: the older GCamera:MicroVideo +
// MicroVideoOffset form instead.
bool writePixelMotionPhoto(const std::filesystem::path &file, const QByteArray &jpeg, const QByteArray &clip,
                           bool microVideo = false);
// A Samsung motion photo: `jpeg`, then the SEF trailer whose "MotionPhoto_Data"
// record holds `clip` (then "SEFH" directory, its length, "SEFT").
bool writeSamsungMotionPhoto(const std::filesystem::path &file, const QByteArray &jpeg, const QByteArray &clip);
// A Samsung motion photo laid out as a Galaxy S10 (SM-G973F) writes it, after
// the public ExifTool dumps of one (photoprism #439, sview #138): Google's
// MicroVideo XMP whose MicroVideoOffset counts from the end of the file back
// to the clip, the clip's length plus 56 (the 8-byte footer, the 12-byte
// SEFH head and three 12-byte entries); the SEF records Image_UTC_Data
// (0x0a01, the capture instant in ms as text), MCC_Data (0x0aa1, the network's
// country code) and MotionPhoto_Data (0x0a30) last, so the clip ends where
// the directory starts; SEFH version 106.
bool writeGalaxyS10MotionPhoto(const std::filesystem::path &file, const QByteArray &jpeg, const QByteArray &clip);

// Apple's maker note ("Apple iOS" IFD) with a ContentIdentifier (tag 0x0011)
// and/or a BurstUUID (0x000b), and the same bytes as exiv2's string for an
// Undefined value ("65 112 ..."), for setMetadata("Exif.Photo.MakerNote", ...).
QByteArray appleMakerNote(const QString &contentIdentifier, const QString &burstUuid = {});
QString undefinedValue(const QByteArray &bytes);

} // namespace tintype::test
