#include "metadata/AppleMakerNote.h"
#include "metadata/Exiv2Fields.h"
#include "metadata/Exiv2Guard.h"
#include "metadata/HeaderBytes.h"
#include "metadata/HeaderImageSize.h"
#include "metadata/HeifMetadataBlocks.h"
#include "metadata/HeifTransforms.h"
#include "metadata/MetadataBackends.h"
#include "metadata/TextDecoding.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <mutex>

namespace tintype::detail {

namespace {

// exiv2 reports problems through a global log handler; each worker thread
// points it at the warnings of the file it is reading. Nothing reaches stderr.
thread_local QStringList *tlsWarnings = nullptr;
constexpr int kMaxLibraryWarnings = 5;
constexpr size_t kMaxScanBytes = 64u << 20;

void logToWarnings(int level, const char *message)
{
    if (!tlsWarnings || level < Exiv2::LogMsg::warn || !message)
        return;
    if (tlsWarnings->size() >= kMaxLibraryWarnings)
        return;
    QString text = textdecoding::decode(message).simplified();
    if (!text.isEmpty())
        *tlsWarnings << QStringLiteral("exiv2: %1").arg(text);
}

struct WarningScope {
    explicit WarningScope(QStringList *w) { tlsWarnings = w; }
    ~WarningScope() { tlsWarnings = nullptr; }
};

std::mutex xmpToolkitMutex;
void lockXmpToolkit(void *, bool lock)
{
    if (lock)
        xmpToolkitMutex.lock();
    else
        xmpToolkitMutex.unlock();
}

// Formats exiv2 cannot open at all: still media, just without metadata.
bool exiv2LacksSupport(const QString &format)
{
    static const QStringList none = {QStringLiteral("x3f"), QStringLiteral("jxl"), QStringLiteral("bmp")};
    return none.contains(format);
}

// Formats whose XMP exiv2 0.27 does not read although the files carry it.
bool exiv2SkipsXmp(const QString &format) { return format == QLatin1String("gif") || format == QLatin1String("crw"); }

// Apple's maker note: the Live Photo identifier and the burst.
void extractAppleMakerNote(const Exiv2::ExifData &exif, Extraction &out)
{
    const auto it = exif.findKey(Exiv2::ExifKey("Exif.Photo.MakerNote"));
    if (it == exif.end() || it->size() < 16 || it->size() > (1u << 20))
        return;
    QByteArray bytes(qsizetype(it->size()), '\0');
    it->copy(reinterpret_cast<Exiv2::byte *>(bytes.data()), Exiv2::bigEndian);
    const AppleMakerNote note = readAppleMakerNote(bytes);
    if (out.meta.contentIdentifier.isEmpty())
        out.meta.contentIdentifier = note.contentIdentifier;
    if (out.meta.burstId.isEmpty())
        out.meta.burstId = note.burstUuid;
}

void extractAll(const Exiv2::ExifData &exif, const Exiv2::XmpData &xmp, const Exiv2::IptcData &iptc, Extraction &out)
{
    extractAppleMakerNote(exif, out);
    extractExifCamera(exif, out);
    extractXmpCamera(xmp, out);
    extractXmpDescriptive(xmp, out);
    extractIptcDescriptive(iptc, out);
    extractExifDescriptive(exif, out);
    extractMotionPhotoHints(xmp, out.motion);
}

// Finds an Exif block ("Exif\0\0" + TIFF header, as in an embedded JPEG preview)
// and an XMP packet anywhere in the file and decodes them with exiv2. False
// only when the file cannot be read at all.
bool scanEmbeddedPackets(const std::filesystem::path &file, Exiv2::ExifData *exif, Exiv2::XmpData *xmp)
{
    std::error_code ec;
    const auto fileSize = std::filesystem::file_size(file, ec);
    if (ec)
        return false;
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return false;
    std::string bytes;
    bytes.resize(std::min<size_t>(fileSize, kMaxScanBytes));
    in.read(bytes.data(), std::streamsize(bytes.size()));
    bytes.resize(size_t(in.gcount()));
    if (xmp) {
        const size_t begin = bytes.find("<x:xmpmeta");
        const size_t end = begin == std::string::npos ? begin : bytes.find("</x:xmpmeta>", begin);
        if (end != std::string::npos && Exiv2::XmpParser::decode(*xmp, bytes.substr(begin, end + 12 - begin)) != 0)
            xmp->clear();
    }
    if (exif) {
        for (size_t at = bytes.find(std::string("Exif\0\0", 6)); at != std::string::npos;
             at = bytes.find(std::string("Exif\0\0", 6), at + 6)) {
            const char *tiff = bytes.data() + at + 6;
            const size_t size = bytes.size() - at - 6;
            if (size < 8 || (std::memcmp(tiff, "II*\0", 4) != 0 && std::memcmp(tiff, "MM\0*", 4) != 0))
                continue;
            Exiv2::ExifParser::decode(*exif, reinterpret_cast<const Exiv2::byte *>(tiff),
                                      uint32_t(std::min<size_t>(size, 65536)));
            break;
        }
    }
    return true;
}

// Panasonic RW2: the sensor borders give the image area people see.
void panasonicCrop(const Exiv2::ExifData &exif, Extraction &out)
{
    const auto value = [&exif](const char *key) -> long long {
        const Exiv2::ExifKey k(key);
        for (const auto &d : exif) {
            if (d.tag() == k.tag() && d.ifdId() == k.ifdId())
                return d.count() == 0 ? -1 : toInteger(d.value(), 0);
        }
        return -1;
    };
    const long long top = value("Exif.PanasonicRaw.SensorTopBorder"),
                    left = value("Exif.PanasonicRaw.SensorLeftBorder");
    const long long bottom = value("Exif.PanasonicRaw.ImageHeight"), right = value("Exif.PanasonicRaw.ImageWidth");
    if (top >= 0 && left >= 0 && bottom > top && right > left) {
        out.pixelWidth = int(right - left);
        out.pixelHeight = int(bottom - top);
    }
}

QString errorText(const std::exception &e)
{
    const QString what = textdecoding::decode(e.what()).simplified();
    return QStringLiteral("exiv2: %1").arg(what.isEmpty() ? QStringLiteral("unreadable metadata") : what);
}

// Opens and parses the file with exiv2. What exiv2 decoded before an error stays
// in its containers and is extracted all the same. Returns why exiv2 gave up,
// empty when it read the file; `decoded` tells whether any metadata came out.
QString readWithImageFactory(const std::filesystem::path &file, const QString &format, Extraction &out, bool &decoded,
                             bool &exifRead)
{
    decoded = false;
    exifRead = false;
    decltype(Exiv2::ImageFactory::open(std::string())) image; // no AutoPtr/UniquePtr names: 0.27 and 0.28
    try {
        // The native bytes of the path: non-UTF-8 names open fine.
        image = Exiv2::ImageFactory::open(file.string());
    } catch (const std::exception &e) {
        return errorText(e);
    } catch (...) {
        return QStringLiteral("exiv2: unexpected error");
    }
    if (!image.get())
        return QStringLiteral("exiv2: unknown image type");
    if (isExiv2VideoParser(image->imageType()))
        return QStringLiteral("exiv2: video content in a photo file; not read with exiv2");
    QString problem;
    try {
        image->readMetadata();
    } catch (const std::exception &e) {
        problem = errorText(e);
    } catch (...) {
        problem = QStringLiteral("exiv2: unexpected error");
    }
    try {
        out.pixelWidth = int(std::clamp<long long>(image->pixelWidth(), -1, 1LL << 30));
        out.pixelHeight = int(std::clamp<long long>(image->pixelHeight(), -1, 1LL << 30));
        decoded = !image->exifData().empty() || !image->xmpData().empty() || !image->iptcData().empty();
        exifRead = !image->exifData().empty();
        if (exiv2SkipsXmp(format) && image->xmpData().empty()) {
            Exiv2::XmpData xmp;
            scanEmbeddedPackets(file, nullptr, &xmp);
            extractAll(image->exifData(), xmp, image->iptcData(), out);
        } else {
            extractAll(image->exifData(), image->xmpData(), image->iptcData(), out);
        }
        if (format == QLatin1String("rw2"))
            panasonicCrop(image->exifData(), out);
    } catch (const std::exception &e) {
        if (problem.isEmpty())
            problem = errorText(e);
    } catch (...) {
        if (problem.isEmpty())
            problem = QStringLiteral("exiv2: unexpected error");
    }
    return problem;
}

bool isHeifFamily(const QString &format) { return format == QLatin1String("heif") || format == QLatin1String("avif"); }

// The Exif and XMP items of a HEIF through libheif, decoded by exiv2's parsers
// on the raw bytes: for what exiv2's own BMFF reader dropped. True when either
// gave anything.
bool readHeifItems(const std::filesystem::path &file, Extraction &out)
{
    const auto blocks = readHeifMetadataBlocks(file);
    if (!blocks)
        return false;
    Exiv2::ExifData exif;
    Exiv2::XmpData xmp;
    try {
        if (!blocks->exifTiff.isEmpty())
            Exiv2::ExifParser::decode(exif, reinterpret_cast<const Exiv2::byte *>(blocks->exifTiff.constData()),
                                      uint32_t(blocks->exifTiff.size()));
    } catch (...) {
        exif.clear(); // a damaged block: nothing from it
    }
    try {
        if (!blocks->xmp.isEmpty() && Exiv2::XmpParser::decode(xmp, blocks->xmp.toStdString()) != 0)
            xmp.clear();
    } catch (...) {
        xmp.clear();
    }
    if (exif.empty() && xmp.empty())
        return false;
    extractAll(exif, xmp, Exiv2::IptcData(), out);
    return true;
}

} // namespace

void initializeExiv2()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::warn);
        Exiv2::LogMsg::setHandler(logToWarnings);
        Exiv2::XmpParser::initialize(lockXmpToolkit, nullptr);
        Exiv2::enableBMFF(true);
    });
}

// Index as far as possible (README.md): a file whose bytes are a known format
// but that exiv2 cannot open or parse (truncated, stripped, corrupt, a variant it
// does not know) is still a photo. What exiv2 decoded before it gave up is kept;
// when that is nothing, the Exif block and XMP packet the bytes embed are read,
// as for the formats exiv2 does not support. A failure only when the file cannot
// be read at all.
Result<MediaMetadata> readWithExiv2(const std::filesystem::path &file, const QString &format)
{
    Extraction out;
    WarningScope scope(&out.meta.warnings);
    const bool supported = !exiv2LacksSupport(format);
    bool decoded = false, exifRead = false;
    const QString problem = supported ? readWithImageFactory(file, format, out, decoded, exifRead) : QString();
    // exiv2 0.27 drops a HEIF's whole Exif when its ICC profile fails its check
    // (Samsung Galaxy): libheif hands over the items instead.
    const bool heifItems = isHeifFamily(format) && !exifRead && readHeifItems(file, out);
    decoded = decoded || heifItems;
    if (!supported || (!problem.isEmpty() && !decoded)) {
        // Still media: whatever Exif/XMP the file embeds, and the header's size.
        Exiv2::ExifData exif;
        Exiv2::XmpData xmp;
        try {
            if (!scanEmbeddedPackets(file, &exif, &xmp))
                return Result<MediaMetadata>::failure(QStringLiteral("cannot read file"));
            decoded = !exif.empty() || !xmp.empty();
            extractAll(exif, xmp, Exiv2::IptcData(), out);
        } catch (...) {
            // A damaged embedded block: nothing more to read.
        }
    }
    if (!problem.isEmpty())
        out.meta.warnings.prepend(
            heifItems ? QStringLiteral("%1 — Exif and XMP read through libheif").arg(problem)
            : decoded ? QStringLiteral("%1 — indexed with the metadata read before the error").arg(problem)
                      : QStringLiteral("%1 — indexed without camera metadata").arg(problem));
    if (const auto size = headerImageSize(file, format)) {
        out.pixelWidth = size->width();
        out.pixelHeight = size->height();
    }
    // A HEIF turns upright by its irot/imir when it has them (what libheif
    // shows), by its Exif orientation only when it has none (Samsung).
    if (isHeifFamily(format))
        if (const auto transforms = heiftransforms::primaryOrientation(readRange(file, 0, 4 << 20)))
            out.orientation = *transforms;
    finish(out);
    if (format == QLatin1String("jpeg") || isHeifFamily(format))
        out.meta.motionClip = locateMotionClip(file, out.motion, out.meta.warnings);
    return std::move(out.meta);
}

Result<MediaMetadata> readXmpFile(const std::filesystem::path &file)
{
    Extraction out;
    WarningScope scope(&out.meta.warnings);
    // The packet is parsed as XMP and nothing else: ImageFactory would pick a
    // parser by content, and a ".xmp" holding Matroska bytes reached exiv2's
    // video parser, which asserts (found by fuzz_metadata_reader).
    constexpr std::uintmax_t kMaxSidecarBytes = 16u << 20;
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(file, ec);
    if (ec)
        return Result<MediaMetadata>::failure(QStringLiteral("cannot read the sidecar"));
    if (size > kMaxSidecarBytes)
        return Result<MediaMetadata>::failure(QStringLiteral("sidecar larger than 16 MB: not XMP"));
    std::string packet(std::size_t(size), '\0');
    std::ifstream in(file, std::ios::binary);
    if (!in.read(packet.data(), std::streamsize(size)))
        return Result<MediaMetadata>::failure(QStringLiteral("cannot read the sidecar"));
    try {
        Exiv2::XmpData xmp;
        if (Exiv2::XmpParser::decode(xmp, packet) != 0)
            return Result<MediaMetadata>::failure(QStringLiteral("exiv2: the sidecar is not valid XMP"));
        extractXmpCamera(xmp, out);
        extractXmpDescriptive(xmp, out);
    } catch (const std::exception &e) {
        return Result<MediaMetadata>::failure(errorText(e));
    } catch (...) {
        return Result<MediaMetadata>::failure(QStringLiteral("exiv2: unexpected error"));
    }
    finish(out);
    return std::move(out.meta);
}

} // namespace tintype::detail
