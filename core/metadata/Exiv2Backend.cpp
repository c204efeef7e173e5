#include "metadata/Exiv2Fields.h"
#include "metadata/MetadataBackends.h"
#include "metadata/TextDecoding.h"

#include <algorithm>
#include <mutex>

namespace tintype::detail {

namespace {

// exiv2 reports problems through a global log handler; each worker thread
// points it at the warnings of the file it is reading. Nothing reaches stderr.
thread_local QStringList *tlsWarnings = nullptr;
constexpr int kMaxLibraryWarnings = 5;

void logToWarnings(int level, const char *message)
{
    if (!tlsWarnings || level < Exiv2::LogMsg::warn || !message)
        return;
    if (tlsWarnings->size() >= kMaxLibraryWarnings)
        return;
    QString text = text::decode(message).simplified();
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

QString errorText(const std::exception &e)
{
    const QString what = text::decode(e.what()).simplified();
    return QStringLiteral("exiv2: %1").arg(what.isEmpty() ? QStringLiteral("unreadable metadata") : what);
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

Result<MediaMetadata> readWithExiv2(const std::filesystem::path &file, const QString &format)
{
    Extraction out;
    WarningScope scope(&out.meta.warnings);
    try {
        // The native bytes of the path: non-UTF-8 names open fine.
        auto image = Exiv2::ImageFactory::open(file.string());
        if (!image.get())
            return Result<MediaMetadata>::failure(QStringLiteral("exiv2: cannot open file"));
        image->readMetadata();
        out.pixelWidth = int(std::clamp<long long>(image->pixelWidth(), -1, 1LL << 30));
        out.pixelHeight = int(std::clamp<long long>(image->pixelHeight(), -1, 1LL << 30));
        const Exiv2::ExifData &exif = image->exifData();
        const Exiv2::XmpData &xmp = image->xmpData();
        const Exiv2::IptcData &iptc = image->iptcData();
        extractExifCamera(exif, out);
        extractXmpCamera(xmp, out);
        extractXmpDescriptive(xmp, out);
        extractIptcDescriptive(iptc, out);
        extractExifDescriptive(exif, out);
    } catch (const std::exception &e) {
        if (exiv2LacksSupport(format)) {
            MediaMetadata m;
            m.warnings << QStringLiteral("no metadata support for %1 files").arg(format.toUpper());
            return m;
        }
        return Result<MediaMetadata>::failure(errorText(e));
    } catch (...) {
        return Result<MediaMetadata>::failure(QStringLiteral("exiv2: unexpected error"));
    }
    finish(out);
    return std::move(out.meta);
}

Result<MediaMetadata> readXmpFile(const std::filesystem::path &file)
{
    Extraction out;
    WarningScope scope(&out.meta.warnings);
    try {
        auto image = Exiv2::ImageFactory::open(file.string());
        if (!image.get())
            return Result<MediaMetadata>::failure(QStringLiteral("exiv2: cannot open sidecar"));
        image->readMetadata();
        extractXmpCamera(image->xmpData(), out);
        extractXmpDescriptive(image->xmpData(), out);
    } catch (const std::exception &e) {
        return Result<MediaMetadata>::failure(errorText(e));
    } catch (...) {
        return Result<MediaMetadata>::failure(QStringLiteral("exiv2: unexpected error"));
    }
    finish(out);
    return std::move(out.meta);
}

} // namespace tintype::detail
