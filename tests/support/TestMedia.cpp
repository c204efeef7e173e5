#include "support/TestMedia.h"

#include "metadata/MetadataReader.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QPainter>

#include <exiv2/exiv2.hpp>

#include <fstream>

namespace tintype::test {
namespace fs = std::filesystem;

namespace {
QImage makeImage(QSize size, int seed)
{
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x)
            line[x] = qRgb((x * 255 / qMax(1, size.width()) + seed * 37) & 0xff,
                           (y * 255 / qMax(1, size.height()) + seed * 11) & 0xff, (seed * 53 + x * y) & 0xff);
    }
    return image;
}

bool writeEncoded(const fs::path &file, QSize size, int seed, const char *format)
{
    return writeImage(file, makeImage(size, seed), format, 90);
}
} // namespace

bool writeImage(const fs::path &file, const QImage &image, const char *format, int quality)
{
    std::error_code error;
    fs::create_directories(file.parent_path(), error);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    return image.save(&buffer, format, quality) && writeBytes(file, bytes);
}

bool writeJpeg(const fs::path &file, QSize size, int seed) { return writeEncoded(file, size, seed, "JPEG"); }
bool writePng(const fs::path &file, QSize size, int seed) { return writeEncoded(file, size, seed, "PNG"); }

bool writeBytes(const fs::path &file, const QByteArray &bytes)
{
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.constData(), bytes.size());
    return bool(out);
}

QByteArray readBytes(const fs::path &file)
{
    std::ifstream in(file, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

namespace {
void addValue(Exiv2::ExifData &exif, Exiv2::IptcData &iptc, Exiv2::XmpData &xmp, const QString &key,
              const QString &value)
{
    const std::string k = key.toStdString();
    const std::string v = value.toStdString();
    if (key.startsWith(QLatin1String("Exif."))) {
        exif[k] = v;
    } else if (key.startsWith(QLatin1String("Iptc."))) {
        Exiv2::IptcKey ik(k);
        auto val = Exiv2::Value::create(Exiv2::IptcDataSets::dataSetType(ik.tag(), ik.record()));
        val->read(v);
        iptc.add(ik, val.get());
    } else if (key.startsWith(QLatin1String("Xmp."))) {
        Exiv2::XmpKey xk(k);
        auto it = xmp.findKey(xk);
        const auto type = Exiv2::XmpProperties::propertyType(xk);
        if (it != xmp.end() && (type == Exiv2::xmpBag || type == Exiv2::xmpSeq)) {
            auto val = it->getValue();
            val->read(v);
            it->setValue(val.get());
        } else {
            xmp[k] = v;
        }
    }
}
} // namespace

bool setMetadata(const fs::path &file, const QList<QPair<QString, QString>> &values)
{
    try {
        auto image = Exiv2::ImageFactory::open(file.string());
        image->readMetadata();
        Exiv2::ExifData exif = image->exifData();
        Exiv2::IptcData iptc = image->iptcData();
        Exiv2::XmpData xmp = image->xmpData();
        for (const auto &[k, v] : values)
            addValue(exif, iptc, xmp, k, v);
        image->setExifData(exif);
        image->setIptcData(iptc);
        image->setXmpData(xmp);
        image->writeMetadata();
        return true;
    } catch (const std::exception &e) {
        qWarning("setMetadata: %s", e.what());
        return false;
    }
}

bool writeXmpSidecar(const fs::path &file, const QList<QPair<QString, QString>> &values)
{
    try {
        Exiv2::ExifData exif;
        Exiv2::IptcData iptc;
        Exiv2::XmpData xmp;
        for (const auto &[k, v] : values)
            addValue(exif, iptc, xmp, k, v);
        std::string packet;
        if (Exiv2::XmpParser::encode(packet, xmp) != 0)
            return false;
        return writeBytes(file, QByteArray::fromStdString(packet));
    } catch (const std::exception &e) {
        qWarning("writeXmpSidecar: %s", e.what());
        return false;
    }
}

QStringList snapshotTree(const fs::path &root)
{
    QStringList lines;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        const auto rel = QByteArray::fromStdString(fs::relative(it->path(), root).string()).toHex();
        if (it->is_directory())
            lines << QStringLiteral("d %1").arg(QString::fromLatin1(rel));
        else
            lines << QStringLiteral("f %1 %2 %3")
                         .arg(QString::fromLatin1(rel))
                         .arg(it->file_size())
                         .arg(QString::fromLatin1(
                             QCryptographicHash::hash(readBytes(it->path()), QCryptographicHash::Sha1).toHex()));
    }
    lines.sort();
    return lines;
}

Result<MediaMetadata> readAlone(const fs::path &file)
{
    MetadataReader::Options options;
    options.lookForSidecar = false;
    options.fallBackToFileTime = false;
    return MetadataReader::read(file, options);
}

} // namespace tintype::test
