#include "metadata/MetadataReader.h"

#include "metadata/BurstName.h"
#include "metadata/CaptureTimeParser.h"
#include "metadata/HeaderBytes.h"
#include "metadata/ImageIntegrity.h"
#include "metadata/MediaFormat.h"
#include "metadata/MetadataBackends.h"
#include "metadata/TextDecoding.h"

#include <QDateTime>

#include <chrono>
#include <system_error>

namespace tintype {

namespace fs = std::filesystem;

namespace {

constexpr qsizetype kHeadBytes = 512;

QString extensionOf(const fs::path &file)
{
    const std::string ext = file.extension().string();
    return ext.empty() ? QString() : textdecoding::decode(std::string_view(ext).substr(1));
}

QString hexPreview(const QByteArray &head) { return QString::fromLatin1(head.left(16).toHex(' ')); }

std::optional<QDateTime> modificationTime(const fs::path &file)
{
    std::error_code ec;
    const auto t = fs::last_write_time(file, ec);
    if (ec)
        return std::nullopt;
    const auto sys = std::chrono::file_clock::to_sys(t);
    const qint64 ms = std::chrono::duration_cast<std::chrono::milliseconds>(sys.time_since_epoch()).count();
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// name.ext.xmp (darktable, digiKam) and name.xmp (Lightroom, Capture One), either case.
QList<fs::path> sidecarsBeside(const fs::path &file)
{
    QList<fs::path> found;
    std::error_code ec;
    fs::path stem = file;
    stem.replace_extension();
    for (const fs::path &candidate : {fs::path(stem.native() + ".xmp"), fs::path(stem.native() + ".XMP"),
                                      fs::path(file.native() + ".xmp"), fs::path(file.native() + ".XMP")}) {
        if (candidate != file && fs::is_regular_file(candidate, ec) && !found.contains(candidate))
            found << candidate;
    }
    return found;
}

Result<MediaMetadata> readByFormat(const fs::path &file, const QString &format)
{
    switch (MediaFormat::kindForFormat(format)) {
    case MediaKind::Video: return detail::readVideo(file, format);
    case MediaKind::Sidecar: return detail::readXmpFile(file);
    default: return detail::readWithExiv2(file, format);
    }
}

} // namespace

void MetadataReader::initialize()
{
    detail::initializeExiv2(); // FFmpeg: when the video plugin is loaded, on the first video
}

Result<MediaMetadata> MetadataReader::read(const fs::path &file) { return read(file, Options{}); }

Result<MediaMetadata> MetadataReader::read(const fs::path &file, const Options &options)
{
    initialize(); // cheap after the first call; keeps a forgotten initialize() from crashing

    std::error_code ec;
    const auto status = fs::status(file, ec);
    if (ec || !fs::exists(status))
        return Result<MediaMetadata>::failure(QStringLiteral("file not found"));
    if (!fs::is_regular_file(status))
        return Result<MediaMetadata>::failure(QStringLiteral("not a regular file"));
    // One open and one read for the first bytes; their count also tells an empty file.
    const QByteArray head = detail::readRange(file, 0, kHeadBytes);
    if (head.isEmpty()) {
        const auto size = fs::file_size(file, ec);
        return Result<MediaMetadata>::failure(!ec && size == 0 ? QStringLiteral("empty file")
                                                               : QStringLiteral("cannot open file"));
    }

    const QString extension = extensionOf(file);
    const QString format = MediaFormat::sniff(head, extension);
    if (format.isEmpty())
        return Result<MediaMetadata>::failure(
            QStringLiteral("not a recognised image or video (first bytes: %1)").arg(hexPreview(head)));

    Result<MediaMetadata> result = readByFormat(file, format);
    if (!result)
        return result;
    MediaMetadata &m = result.value();
    m.format = format;
    m.kind = MediaFormat::kindForFormat(format);

    m.damage = ImageIntegrity::check(file, format);
    if (!m.damage.isEmpty())
        m.warnings.prepend(ImageIntegrity::note(m.damage));

    const QString claimed = MediaFormat::formatForExtension(extension);
    if (!claimed.isEmpty() && !MediaFormat::sameFamily(claimed, format))
        m.warnings.prepend(
            QStringLiteral("extension .%1 but content is %2").arg(extension.toLower(), format.toUpper()));

    if (options.lookForSidecar && m.kind != MediaKind::Sidecar) {
        for (const fs::path &sidecar : sidecarsBeside(file)) {
            const Status merged = mergeSidecar(sidecar, m);
            if (!merged)
                m.warnings << QStringLiteral("sidecar %1: %2")
                                  .arg(textdecoding::decode(sidecar.filename().string()), merged.error());
        }
    }

    if (m.burstId.isEmpty())
        if (const auto burst = BurstName::parse(textdecoding::decode(file.filename().string())))
            m.burstId = burst->key;
    if (!m.captureTime.isValid())
        m.captureTime = capturetimeparser::fromFileName(textdecoding::decode(file.filename().string()));
    if (!m.captureTime.isValid() && options.fallBackToFileTime) {
        // A file time is an instant; the wall clock it stands for is this
        // machine's, as with QuickTime times (the best guess there is).
        if (const auto mtime = modificationTime(file); mtime && capturetimeparser::isPlausible(*mtime))
            m.captureTime = capturetimeparser::fromUtc(*mtime, mtime->toLocalTime().offsetFromUtc() / 60,
                                                       CaptureTimeSource::FileTime);
    }
    return result;
}

Status MetadataReader::mergeSidecar(const fs::path &sidecar, MediaMetadata &into)
{
    initialize();
    const Result<MediaMetadata> side = detail::readXmpFile(sidecar);
    if (!side)
        return Status::failure(side.error());
    const MediaMetadata &s = side.value();

    // The sidecar is where people edit: it wins for what they write.
    if (s.rating)
        into.rating = s.rating;
    if (!s.keywords.isEmpty())
        into.keywords = s.keywords;
    if (!s.title.isEmpty())
        into.title = s.title;
    if (!s.description.isEmpty())
        into.description = s.description;

    // Everything else it only fills in.
    if (s.captureTime.isValid() &&
        (!into.captureTime.isValid() || int(s.captureTime.source) < int(into.captureTime.source)))
        into.captureTime = s.captureTime;
    if (!into.latitude && s.latitude) {
        into.latitude = s.latitude;
        into.longitude = s.longitude;
        into.altitude = s.altitude;
    }
    if (into.orientation == 1 && s.orientation != 1) {
        into.orientation = s.orientation;
        if (s.orientation >= 5)
            std::swap(into.width, into.height);
    }
    const auto fill = [](QString &a, const QString &b) {
        if (a.isEmpty())
            a = b;
    };
    fill(into.make, s.make);
    fill(into.model, s.model);
    fill(into.lens, s.lens);
    if (!into.iso)
        into.iso = s.iso;
    if (!into.fNumber)
        into.fNumber = s.fNumber;
    if (!into.exposureTime)
        into.exposureTime = s.exposureTime;
    if (!into.focalLength)
        into.focalLength = s.focalLength;
    for (const QString &w : s.warnings)
        into.warnings << QStringLiteral("sidecar: %1").arg(w);
    return {};
}

bool MetadataReader::isCameraPlaceholder(QStringView text) { return textdecoding::isCameraPlaceholder(text); }

} // namespace tintype
