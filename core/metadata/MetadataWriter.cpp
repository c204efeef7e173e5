#include "metadata/MetadataWriter.h"

#include "common/NativePath.h"
#include "metadata/Exiv2Guard.h"
#include "metadata/Exiv2Patch.h"
#include "metadata/FileReplacement.h"
#include "metadata/HeaderBytes.h"
#include "metadata/MediaFormat.h"
#include "metadata/MetadataReader.h"
#include "metadata/TextDecoding.h"

#include <QCoreApplication>

#include <chrono>
#include <stdexcept>
#include <system_error>

#ifndef _WIN32
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#endif

namespace tintype {

namespace fs = std::filesystem;

namespace {

QString formatOf(const fs::path &path)
{
    const std::string ext = path.extension().string();
    return MediaFormat::sniff(detail::readRange(path, 0, 512),
                              ext.empty() ? QString() : textdecoding::decode(std::string_view(ext).substr(1)));
}

bool embeddableFormat(const QString &format)
{
    return format == QLatin1String("jpeg") || format == QLatin1String("png") || format == QLatin1String("tiff") ||
           format == QLatin1String("webp");
}

QString exiv2Message(const std::exception &e)
{
    const QString what = textdecoding::decode(e.what()).simplified();
    return QStringLiteral("exiv2: %1").arg(what.isEmpty() ? QStringLiteral("unexpected error") : what);
}

// Why `path` cannot take embedded metadata; empty when it can.
QString whyNotEmbeddable(const fs::path &path)
{
    std::error_code ec;
    if (!fs::exists(path, ec))
        return QCoreApplication::translate("MetadataWriter", "file not found");
    if (!fs::is_regular_file(path, ec))
        return QCoreApplication::translate("MetadataWriter", "not a regular file");
    const QString format = formatOf(path);
    if (format.isEmpty())
        return QCoreApplication::translate("MetadataWriter", "not a recognised image; nothing was written");
    if (embeddableFormat(format))
        return {};
    if (MediaFormat::kindForFormat(format) == MediaKind::Video)
        return QCoreApplication::translate("MetadataWriter",
                                           "metadata cannot be written into %1 videos here; use an XMP sidecar")
            .arg(format.toUpper());
    return QCoreApplication::translate("MetadataWriter",
                                       "metadata cannot be written safely into %1 files here; use an XMP sidecar")
        .arg(format.toUpper());
}

using ImageHandle = decltype(Exiv2::ImageFactory::open(std::string())); // 0.27 AutoPtr, 0.28 UniquePtr

// Opens and reads a file with exiv2, refusing its video parsers (Exiv2Guard.h).
// Throws exiv2's exceptions; callers catch.
ImageHandle openAndRead(const fs::path &path)
{
    ImageHandle image = Exiv2::ImageFactory::open(path.string());
    // imageType() is an enum class in exiv2 0.28.
    if (!image.get() || detail::isExiv2VideoParser(int(image->imageType())))
        throw std::runtime_error("video content; videos are not written with exiv2");
    image->readMetadata();
    return image;
}

bool supports(const Exiv2::Image &image, Exiv2::MetadataId id)
{
    const Exiv2::AccessMode mode = Exiv2::ImageFactory::checkMode(image.imageType(), id);
    return mode == Exiv2::amWrite || mode == Exiv2::amReadWrite;
}

void storeInto(Exiv2::Image &image, const Exiv2::ExifData &exif, const Exiv2::XmpData &xmp, const Exiv2::IptcData &iptc)
{
    if (supports(image, Exiv2::mdExif))
        image.setExifData(exif);
    if (supports(image, Exiv2::mdXmp))
        image.setXmpData(xmp);
    if (supports(image, Exiv2::mdIptc))
        image.setIptcData(iptc);
    image.writeMetadata();
}

constexpr std::uintmax_t kMaxSidecarBytes = 16u << 20; // as MetadataReader

// An existing sidecar's XMP; empty for a missing or zero-byte file.
Result<Exiv2::XmpData> readSidecar(const fs::path &xmpPath)
{
    Exiv2::XmpData xmp;
    std::error_code ec;
    if (!fs::exists(xmpPath, ec))
        return xmp;
    const std::uintmax_t size = fs::file_size(xmpPath, ec);
    if (ec)
        return Result<Exiv2::XmpData>::failure(
            QCoreApplication::translate("MetadataWriter", "cannot read the existing sidecar"));
    if (size > kMaxSidecarBytes)
        return Result<Exiv2::XmpData>::failure(QCoreApplication::translate(
            "MetadataWriter", "the existing sidecar is larger than 16 MB; it was left as it is"));
    const QByteArray bytes = detail::readRange(xmpPath, 0, qint64(size));
    if (qint64(bytes.size()) != qint64(size))
        return Result<Exiv2::XmpData>::failure(
            QCoreApplication::translate("MetadataWriter", "cannot read the existing sidecar"));
    if (!bytes.trimmed().isEmpty() && Exiv2::XmpParser::decode(xmp, bytes.toStdString()) != 0)
        return Result<Exiv2::XmpData>::failure(QCoreApplication::translate(
            "MetadataWriter", "the existing sidecar is not valid XMP; it was left as it is"));
    return xmp;
}

Status notReadBack(const QStringList &missing)
{
    return Status::failure(
        QCoreApplication::translate("MetadataWriter", "the written %1 did not read back; the file was not changed")
            .arg(missing.join(QStringLiteral(", "))));
}

// keywordsOfMedia: what the media file embeds. MetadataReader takes a sidecar's
// keywords instead of the file's, so a new keyword list starts with them.
Status writeSidecarFile(const fs::path &xmpPath, const MetadataPatch &patch, const QStringList &keywordsOfMedia)
{
    MetadataReader::initialize();
    const Result<MetadataPatch> normal = detail::normalisedPatch(patch);
    if (!normal)
        return Status::failure(normal.error());
    if (normal->isEmpty())
        return {};
    Result<detail::FileReplacement> replacement =
        detail::FileReplacement::begin(xmpPath, detail::FileReplacement::Start::Empty);
    if (!replacement)
        return Status::failure(replacement.error());

    MetadataPatch p = normal.value();
    QByteArray bytes;
    try {
        Result<Exiv2::XmpData> xmp = readSidecar(replacement->targetPath());
        if (!xmp)
            return Status::failure(xmp.error());
        const MediaMetadata present = detail::metadataIn(nullptr, xmp.value(), nullptr);
        if (p.onlyFillMissing)
            p = p.withoutValuesIn(present);
        if (p.isEmpty())
            return {};
        if (!p.keywords.isEmpty() && present.keywords.isEmpty()) {
            QStringList keywords = keywordsOfMedia;
            for (const QString &k : std::as_const(p.keywords)) {
                if (!keywords.contains(k))
                    keywords << k;
            }
            p.keywords = keywords;
        }
        detail::writeToXmp(xmp.value(), p);
        std::string packet;
        if (Exiv2::XmpParser::encode(packet, xmp.value(), Exiv2::XmpParser::omitPacketWrapper) != 0)
            return Status::failure(
                QCoreApplication::translate("MetadataWriter", "exiv2 could not encode the XMP; nothing was written"));
        bytes = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") + QByteArray::fromStdString(packet);

        Exiv2::XmpData check;
        if (Exiv2::XmpParser::decode(check, packet) != 0)
            return Status::failure(QCoreApplication::translate(
                "MetadataWriter", "exiv2 wrote XMP it cannot read back; nothing was written"));
        const QStringList missing = detail::valuesNotReadBack(p, detail::metadataIn(nullptr, check, nullptr), check);
        if (!missing.isEmpty())
            return notReadBack(missing);
    } catch (const std::exception &e) {
        return Status::failure(
            QCoreApplication::translate("MetadataWriter", "cannot write the sidecar (%1)").arg(exiv2Message(e)));
    } catch (...) {
        return Status::failure(QCoreApplication::translate("MetadataWriter", "cannot write the sidecar"));
    }
    if (Status written = replacement->writeAll(bytes); !written)
        return written;
    return replacement->commit();
}

} // namespace

bool MetadataWriter::canEmbed(const fs::path &path) { return whyNotEmbeddable(path).isEmpty(); }

Status MetadataWriter::embed(const fs::path &path, const MetadataPatch &patch)
{
    MetadataReader::initialize();
    const Result<MetadataPatch> normal = detail::normalisedPatch(patch);
    if (!normal)
        return Status::failure(normal.error());
    if (const QString why = whyNotEmbeddable(path); !why.isEmpty())
        return Status::failure(why);
    if (normal->isEmpty())
        return {};
    Result<detail::FileReplacement> replacement =
        detail::FileReplacement::begin(path, detail::FileReplacement::Start::CopyOfTarget);
    if (!replacement)
        return Status::failure(replacement.error());
    const fs::path &temporary = replacement->temporaryPath();

    MetadataPatch p = normal.value();
    try {
        ImageHandle image = openAndRead(temporary);
        Exiv2::ExifData exif = image->exifData();
        Exiv2::XmpData xmp = image->xmpData();
        Exiv2::IptcData iptc = image->iptcData();
        if (p.onlyFillMissing)
            p = p.withoutValuesIn(detail::metadataIn(&exif, xmp, &iptc));
        if (p.isEmpty())
            return {}; // everything was there already: the file stays as it is
        detail::writeToExif(exif, p);
        detail::writeToXmp(xmp, p);
        detail::writeToIptc(iptc, p);
        storeInto(*image, exif, xmp, iptc);
    } catch (const std::exception &e) {
        return Status::failure(
            QCoreApplication::translate("MetadataWriter",
                                        "cannot write metadata into this file (%1); the file was not changed")
                .arg(exiv2Message(e)));
    } catch (...) {
        return Status::failure(QCoreApplication::translate(
            "MetadataWriter", "cannot write metadata into this file; the file was not changed"));
    }

    // Read back what a scan will read: a format exiv2 writes wrongly or not at
    // all never replaces the original.
    try {
        const ImageHandle check = openAndRead(temporary);
        const MediaMetadata after = detail::metadataIn(&check->exifData(), check->xmpData(), &check->iptcData());
        const QStringList missing = detail::valuesNotReadBack(p, after, check->xmpData());
        if (!missing.isEmpty())
            return notReadBack(missing);
    } catch (const std::exception &e) {
        return Status::failure(
            QCoreApplication::translate("MetadataWriter",
                                        "the written file could not be read back (%1); the file was not changed")
                .arg(exiv2Message(e)));
    } catch (...) {
        return Status::failure(QCoreApplication::translate(
            "MetadataWriter", "the written file could not be read back; the file was not changed"));
    }
    return replacement->commit();
}

Status MetadataWriter::writeSidecarFor(const fs::path &mediaPath, const MetadataPatch &patch)
{
    std::error_code ec;
    if (!fs::exists(mediaPath, ec))
        return Status::failure(QCoreApplication::translate("MetadataWriter", "file not found"));
    MetadataPatch p = patch;
    QStringList keywordsOfMedia;
    if (p.onlyFillMissing || !p.keywords.isEmpty()) {
        MetadataReader::Options options;
        options.lookForSidecar = false; // the sidecar's own values are weighed when it is read
        options.fallBackToFileTime = false;
        if (const Result<MediaMetadata> media = MetadataReader::read(mediaPath, options)) {
            if (p.onlyFillMissing)
                p = p.withoutValuesIn(media.value());
            keywordsOfMedia = media->keywords;
        }
    }
    return writeSidecarFile(sidecarPathFor(mediaPath), p, keywordsOfMedia);
}

Status MetadataWriter::writeSidecar(const fs::path &xmpPath, const MetadataPatch &patch)
{
    return writeSidecarFile(xmpPath, patch, {});
}

fs::path MetadataWriter::sidecarPathFor(const fs::path &mediaPath)
{
    fs::path lower = mediaPath;
    lower += ".xmp";
    fs::path upper = mediaPath;
    upper += ".XMP";
    std::error_code ec;
    if (!fs::exists(lower, ec) && fs::exists(upper, ec))
        return upper;
    return lower;
}

Result<MetadataWriter::Target> MetadataWriter::write(const fs::path &mediaPath, const MetadataPatch &patch,
                                                     Target preferred)
{
    if (preferred == Target::Embedded && canEmbed(mediaPath)) {
        if (const Status s = embed(mediaPath, patch); !s)
            return Result<Target>::failure(s.error());
        return Target::Embedded;
    }
    if (const Status s = writeSidecarFor(mediaPath, patch); !s)
        return Result<Target>::failure(s.error());
    return Target::Sidecar;
}

Status MetadataWriter::setFileTimes(const fs::path &path, const QDateTime &time)
{
    if (!time.isValid())
        return Status::failure(QCoreApplication::translate("MetadataWriter", "no valid time to set"));
    const qint64 ms = time.toMSecsSinceEpoch();
#ifdef _WIN32
    std::error_code ec;
    const auto sys = std::chrono::sys_time<std::chrono::milliseconds>(std::chrono::milliseconds(ms));
    fs::last_write_time(path, std::chrono::clock_cast<std::chrono::file_clock>(sys), ec);
    if (ec)
        return Status::failure(QCoreApplication::translate("MetadataWriter", "cannot set the file time: %1")
                                   .arg(QString::fromLocal8Bit(ec.message().c_str())));
#else
    timespec times[2];
    times[0].tv_sec = time_t(ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000));
    times[0].tv_nsec = long((ms - qint64(times[0].tv_sec) * 1000) * 1000000);
    times[1] = times[0];
    if (::utimensat(AT_FDCWD, path.c_str(), times, 0) != 0)
        return Status::failure(
            QCoreApplication::translate("MetadataWriter", "cannot set the file time: %1")
                .arg(QString::fromLocal8Bit(std::error_code(errno, std::generic_category()).message().c_str())));
#endif
    return {};
}

Status MetadataWriter::copyMetadata(const fs::path &from, const fs::path &to, bool normaliseOrientation,
                                    bool dropLocation)
{
    MetadataReader::initialize();
    std::error_code ec;
    if (!fs::exists(from, ec))
        return Status::failure(QCoreApplication::translate("MetadataWriter", "the original is not found"));
    if (MediaFormat::kindForFormat(formatOf(from)) == MediaKind::Video)
        return Status::failure(QCoreApplication::translate("MetadataWriter", "metadata is not copied from videos"));
    if (const QString why = whyNotEmbeddable(to); !why.isEmpty())
        return Status::failure(why);

    Exiv2::ExifData exif;
    Exiv2::XmpData xmp;
    Exiv2::IptcData iptc;
    try {
        const ImageHandle source = openAndRead(from);
        exif = source->exifData();
        xmp = source->xmpData();
        iptc = source->iptcData();
    } catch (const std::exception &e) {
        return Status::failure(
            QCoreApplication::translate("MetadataWriter", "cannot read the metadata of the original (%1)")
                .arg(exiv2Message(e)));
    } catch (...) {
        return Status::failure(
            QCoreApplication::translate("MetadataWriter", "cannot read the metadata of the original"));
    }

    Result<detail::FileReplacement> replacement =
        detail::FileReplacement::begin(to, detail::FileReplacement::Start::CopyOfTarget);
    if (!replacement)
        return Status::failure(replacement.error());
    try {
        ImageHandle target = openAndRead(replacement->temporaryPath());
        detail::CopyOptions options;
        options.normaliseOrientation = normaliseOrientation;
        options.dropLocation = dropLocation;
        options.width = int(target->pixelWidth());
        options.height = int(target->pixelHeight());
        detail::prepareForCopy(exif, xmp, iptc, options);
        storeInto(*target, exif, xmp, iptc);
        openAndRead(replacement->temporaryPath()); // what was written must parse
    } catch (const std::exception &e) {
        return Status::failure(
            QCoreApplication::translate("MetadataWriter",
                                        "cannot write metadata into this file (%1); the file was not changed")
                .arg(exiv2Message(e)));
    } catch (...) {
        return Status::failure(QCoreApplication::translate(
            "MetadataWriter", "cannot write metadata into this file; the file was not changed"));
    }
    return replacement->commit();
}

// QString paths: as a name the user typed.
bool MetadataWriter::canEmbed(const QString &path) { return canEmbed(nativepath::fromUser(path)); }
Status MetadataWriter::embed(const QString &path, const MetadataPatch &patch)
{
    return embed(nativepath::fromUser(path), patch);
}
Status MetadataWriter::writeSidecar(const QString &xmpPath, const MetadataPatch &patch)
{
    return writeSidecar(nativepath::fromUser(xmpPath), patch);
}
Status MetadataWriter::writeSidecarFor(const QString &mediaPath, const MetadataPatch &patch)
{
    return writeSidecarFor(nativepath::fromUser(mediaPath), patch);
}
QString MetadataWriter::sidecarPathFor(const QString &mediaPath)
{
    return nativepath::display(sidecarPathFor(nativepath::fromUser(mediaPath)));
}
Result<MetadataWriter::Target> MetadataWriter::write(const QString &mediaPath, const MetadataPatch &patch,
                                                     Target preferred)
{
    return write(nativepath::fromUser(mediaPath), patch, preferred);
}
Status MetadataWriter::setFileTimes(const QString &path, const QDateTime &time)
{
    return setFileTimes(nativepath::fromUser(path), time);
}
Status MetadataWriter::copyMetadata(const QString &from, const QString &to, bool normaliseOrientation,
                                    bool dropLocation)
{
    return copyMetadata(nativepath::fromUser(from), nativepath::fromUser(to), normaliseOrientation, dropLocation);
}

} // namespace tintype
