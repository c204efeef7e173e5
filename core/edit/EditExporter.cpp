#include "edit/EditExporter.h"

#include "common/NativePath.h"
#include "edit/EditSource.h"
#include "edit/RenderStages.h"
#include "metadata/MetadataWriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QImageWriter>
#include <QRandomGenerator>

#include <opencv2/imgproc.hpp>

#include <system_error>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace tintype {

namespace {
// Encoded through Qt's image writers (JPEG by libjpeg-turbo, PNG, TIFF with 16
// bits per channel), not OpenCV's imgcodecs: that module drags GDAL, HDF5 and
// dozens more libraries into every process that links core/edit.
Result<QByteArray> encode(const cv::Mat &rgb, const EditExporter::Options &options)
{
    const bool deep = options.format == EditExporter::Format::Tiff16;
    cv::Mat pixels = rgb;
    if (deep && rgb.depth() != CV_16U)
        rgb.convertTo(pixels, CV_16UC3, 257.0);
    else if (!deep && rgb.depth() != CV_8U)
        rgb.convertTo(pixels, CV_8UC3, 1.0 / 257.0);
    const QImage image = renderstages::toQImage(pixels);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, QByteArray());
    switch (options.format) {
    case EditExporter::Format::Jpeg:
        writer.setFormat("jpeg");
        writer.setQuality(std::clamp(options.quality, 1, 100));
        writer.setOptimizedWrite(true);
        break;
    case EditExporter::Format::Png:
        writer.setFormat("png");
        writer.setCompression(6);
        break;
    case EditExporter::Format::Tiff16:
        writer.setFormat("tiff");
        writer.setCompression(1); // LZW
        break;
    }
    if (image.isNull() || !writer.write(image))
        return Result<QByteArray>::failure(
            QCoreApplication::translate("EditExporter", "the picture could not be encoded: %1")
                .arg(writer.errorString()));
    return bytes;
}

Status writeNew(const QByteArray &bytes, const std::filesystem::path &temporary)
{
    QFile file(nativepath::display(temporary));
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Status::failure(QCoreApplication::translate("EditExporter", "cannot create %1: %2")
                                   .arg(nativepath::display(temporary), file.errorString()));
    const bool written = file.write(bytes) == bytes.size() && file.flush();
#ifdef Q_OS_UNIX
    const bool synced = written && ::fsync(file.handle()) == 0;
#else
    const bool synced = written;
#endif
    if (!synced) {
        const QString reason = file.errorString();
        file.remove();
        return Status::failure(QCoreApplication::translate("EditExporter", "cannot write %1: %2")
                                   .arg(nativepath::display(temporary), reason));
    }
    return {};
}

// Moves `temporary` to `target` unless `target` exists (a hard link never replaces a file).
Status moveIntoPlace(const std::filesystem::path &temporary, const std::filesystem::path &target)
{
    std::error_code ec;
    std::filesystem::create_hard_link(temporary, target, ec);
    if (ec && !std::filesystem::exists(target)) { // no hard links here (FAT, some shares)
        ec.clear();
        std::filesystem::rename(temporary, target, ec);
    } else if (!ec) {
        std::filesystem::remove(temporary, ec);
        ec.clear();
    }
    if (ec || !std::filesystem::exists(target))
        return Status::failure(
            QCoreApplication::translate("EditExporter", "cannot create %1").arg(nativepath::display(target)));
    return {};
}

std::filesystem::path temporaryBeside(const std::filesystem::path &target)
{
    const QString name = QStringLiteral(".tintype-export-%1.tmp").arg(QRandomGenerator::global()->generate64(), 0, 16);
    return target.parent_path() / nativepath::fromUser(name);
}
} // namespace

std::optional<EditExporter::Format> EditExporter::parseFormat(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("jpeg") || n == QLatin1String("jpg"))
        return Format::Jpeg;
    if (n == QLatin1String("png"))
        return Format::Png;
    if (n == QLatin1String("tiff16") || n == QLatin1String("tiff") || n == QLatin1String("tif"))
        return Format::Tiff16;
    return std::nullopt;
}

QString EditExporter::extension(Format format)
{
    switch (format) {
    case Format::Png: return QStringLiteral("png");
    case Format::Tiff16: return QStringLiteral("tif");
    case Format::Jpeg: break;
    }
    return QStringLiteral("jpg");
}

std::filesystem::path EditExporter::freeName(const std::filesystem::path &folder, const std::filesystem::path &source,
                                             const QString &extension)
{
    const std::filesystem::path stem = source.stem();
    const std::filesystem::path dot = nativepath::fromUser(QLatin1Char('.') + extension);
    for (int n = 1;; ++n) {
        std::filesystem::path name = stem;
        if (n > 1)
            name += nativepath::fromUser(QStringLiteral("-%1").arg(n));
        name += dot;
        std::error_code ec;
        if (!std::filesystem::exists(folder / name, ec) && !ec)
            return folder / name;
    }
}

Status EditExporter::writeImage(const QImage &image, const std::filesystem::path &path, const Options &options)
{
    if (image.isNull())
        return Status::failure(QCoreApplication::translate("EditExporter", "nothing to write"));
    std::error_code ec;
    if (std::filesystem::exists(path, ec))
        return Status::failure(
            QCoreApplication::translate("EditExporter", "%1 exists already").arg(nativepath::display(path)));
    auto bytes = encode(renderstages::fromQImage(image), options);
    if (!bytes)
        return Status::failure(bytes.error());
    const std::filesystem::path temporary = temporaryBeside(path);
    if (Status written = writeNew(bytes.value(), temporary); !written)
        return written;
    Status moved = moveIntoPlace(temporary, path);
    if (!moved)
        std::filesystem::remove(temporary, ec);
    return moved;
}

Result<EditExporter::Outcome> EditExporter::exportFile(const std::filesystem::path &source, int userQuarterTurns,
                                                       const EditStack &stack, const std::filesystem::path &folder,
                                                       const Options &options)
{
    try {
        std::error_code ec;
        if (!std::filesystem::is_directory(folder, ec))
            return Result<Outcome>::failure(
                QCoreApplication::translate("EditExporter", "%1 is not a folder").arg(nativepath::display(folder)));
        QStringList damage;
        auto picture = EditSource::load(source, userQuarterTurns, 0, &damage);
        if (!picture)
            return Result<Outcome>::failure(picture.error());
        const int depth = options.format == Format::Tiff16 ? CV_16U : CV_8U;
        const cv::Mat rendered =
            renderstages::renderPipeline(renderstages::fromQImage(picture.value()), stack, options.longEdge, depth);
        picture = QImage(); // the full-size decode is no longer needed
        auto bytes = encode(rendered, options);
        if (!bytes)
            return Result<Outcome>::failure(bytes.error());

        Outcome outcome;
        if (!damage.isEmpty()) // exported as far as it could be read: say so, naming the file
            outcome.warning = QCoreApplication::translate("EditExporter",
                                                          "%1: damaged data, exported as far as it could be read (%2)")
                                  .arg(nativepath::display(source.filename()), damage.join(QStringLiteral("; ")));
        outcome.path = freeName(folder, source, extension(options.format));
        const std::filesystem::path temporary = temporaryBeside(outcome.path);
        if (Status written = writeNew(bytes.value(), temporary); !written)
            return Result<Outcome>::failure(written.error());
        // A failed copy leaves the new file as it was: no metadata at all, so no location either.
        if (Status copied = MetadataWriter::copyMetadata(source, temporary, true, options.dropLocation); !copied)
            outcome.warning +=
                (outcome.warning.isEmpty() ? QString() : QStringLiteral("; ")) +
                QCoreApplication::translate("EditExporter", "written without the original's metadata: %1")
                    .arg(copied.error());
        for (int attempt = 0; attempt < 100; ++attempt) { // another program may take the name meanwhile
            if (moveIntoPlace(temporary, outcome.path))
                return outcome;
            outcome.path = freeName(folder, source, extension(options.format));
        }
        std::filesystem::remove(temporary, ec);
        return Result<Outcome>::failure(
            QCoreApplication::translate("EditExporter", "cannot create %1").arg(nativepath::display(outcome.path)));
    } catch (const std::bad_alloc &) {
        return Result<Outcome>::failure(QCoreApplication::translate("EditExporter", "out of memory"));
    } catch (const std::exception &e) {
        return Result<Outcome>::failure(QString::fromLocal8Bit(e.what()));
    }
}

} // namespace tintype
