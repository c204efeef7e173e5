#include "support/WriterFixtures.h"

#include "support/TestMedia.h"

#include <QBuffer>
#include <QFile>
#include <QImage>

#include <exiv2/exiv2.hpp>

#include <cmath>

namespace tintype::test {
namespace fs = std::filesystem;

namespace {

QStringList itemsOf(const Exiv2::Xmpdatum &d)
{
    if (!dynamic_cast<const Exiv2::XmpArrayValue *>(&d.value()))
        return {QString::fromStdString(d.toString())};
    QStringList out;
    for (long i = 0; i < long(d.count()); ++i)
        out << QString::fromStdString(d.toString(i));
    return out;
}

} // namespace

QString patchDescription() { return QStringLiteral("Café «Zürich» — \"quoted\" 'single' & <tag> 東京\nsecond line"); }

MetadataPatch fullPatch()
{
    MetadataPatch p;
    p.captureTime = QDateTime(QDate(2019, 6, 12), QTime(15, 30, 12, 120), Qt::OffsetFromUTC, -3 * 3600);
    p.latitude = -33.8587654;
    p.longitude = -70.6483210;
    p.altitude = -12.5;
    p.title = QStringLiteral("Lake \"Titicaca\"");
    p.description = patchDescription();
    p.rating = 4;
    p.keywords = QStringList{QStringLiteral("holiday"), QStringLiteral("Chile"), QStringLiteral("holiday")};
    p.people = QStringList{QStringLiteral("Ana María"), QStringLiteral("Zoë")};
    return p;
}

QString fullPatchMismatch(const MediaMetadata &m)
{
    QStringList problems;
    const QString time = m.captureTime.toIsoString();
    if (time != QLatin1String("2019-06-12T15:30:12.120-03:00"))
        problems << QStringLiteral("time %1").arg(time);
    if (!m.latitude || !m.longitude || std::abs(*m.latitude - -33.8587654) > 1e-7 ||
        std::abs(*m.longitude - -70.6483210) > 1e-7)
        problems << QStringLiteral("position");
    if (!m.altitude || std::abs(*m.altitude - -12.5) > 1e-6)
        problems << QStringLiteral("altitude");
    if (m.title != QLatin1String("Lake \"Titicaca\""))
        problems << QStringLiteral("title \"%1\"").arg(m.title);
    if (m.description != patchDescription())
        problems << QStringLiteral("description \"%1\"").arg(m.description);
    if (m.rating != std::optional<int>(4))
        problems << QStringLiteral("rating");
    if (m.keywords != QStringList{QStringLiteral("holiday"), QStringLiteral("Chile")})
        problems << QStringLiteral("keywords %1").arg(m.keywords.join(QLatin1Char(',')));
    return problems.join(QStringLiteral("; "));
}

bool writeImage(const fs::path &file, const char *format)
{
    QImage image(QSize(64, 48), QImage::Format_RGB32);
    image.fill(QColor(30, 90, 160));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    return image.save(&buffer, format, 90) && writeBytes(file, bytes);
}

QStringList exiv2Values(const fs::path &file, const char *key)
{
    QStringList out;
    auto image = Exiv2::ImageFactory::open(file.string());
    image->readMetadata();
    const std::string k = key;
    for (const auto &d : image->exifData())
        if (d.key() == k)
            out << QString::fromStdString(d.toString());
    for (const auto &d : image->iptcData())
        if (d.key() == k)
            out << QString::fromStdString(d.toString());
    for (const auto &d : image->xmpData())
        if (d.key() == k)
            out << itemsOf(d);
    return out;
}

qsizetype exifValueSize(const fs::path &file, const char *key)
{
    auto image = Exiv2::ImageFactory::open(file.string());
    image->readMetadata();
    const auto it = image->exifData().findKey(Exiv2::ExifKey(key));
    return it == image->exifData().end() ? -1 : qsizetype(it->size());
}

QStringList sidecarValues(const fs::path &sidecar, const char *key)
{
    Exiv2::XmpData xmp;
    if (Exiv2::XmpParser::decode(xmp, readBytes(sidecar).toStdString()) != 0)
        return {QStringLiteral("<invalid XMP>")};
    const auto it = xmp.findKey(Exiv2::XmpKey(key));
    return it == xmp.end() ? QStringList() : itemsOf(*it);
}

QStringList leftoverTemporaries(const fs::path &folder)
{
    QStringList found;
    for (const auto &entry : fs::directory_iterator(folder))
        if (entry.path().filename().string().rfind(".tintype-", 0) == 0)
            found << QString::fromStdString(entry.path().filename().string());
    return found;
}

QByteArray tinyMp4()
{
    const auto be32 = [](quint32 v) {
        QByteArray b(4, '\0');
        for (int i = 0; i < 4; ++i)
            b[i] = char((v >> (24 - 8 * i)) & 0xff);
        return b;
    };
    const auto box = [&be32](const char *type, const QByteArray &body) {
        return be32(quint32(body.size() + 8)) + QByteArray(type, 4) + body;
    };
    // version/flags, creation, modification, timescale 1000, duration 1000, rate 1.0, volume 1.0
    QByteArray mvhd = be32(0) + be32(0) + be32(0) + be32(1000) + be32(1000) + be32(0x00010000) +
                      QByteArray("\x01\x00", 2) + QByteArray(10, '\0');
    for (quint32 m : {0x00010000u, 0u, 0u, 0u, 0x00010000u, 0u, 0u, 0u, 0x40000000u}) // unity matrix
        mvhd += be32(m);
    mvhd += QByteArray(24, '\0') + be32(2); // pre_defined, next track ID
    return box("ftyp", QByteArray("isom") + be32(0x200) + "isommp41") + box("moov", box("mvhd", mvhd));
}

fs::path WriterTestBase::path(const QString &name) const
{
    return fs::path(QFile::encodeName(m_dir.filePath(name)).toStdString());
}

fs::path WriterTestBase::image(const QString &name, const char *format, const Values &values) const
{
    const fs::path file = path(name);
    if (!writeImage(file, format) || (!values.isEmpty() && !setMetadata(file, values)))
        qFatal("could not write fixture %s", qPrintable(name));
    return file;
}

MediaMetadata WriterTestBase::readBack(const fs::path &file)
{
    const auto r = readAlone(file);
    if (!r)
        qWarning("read failed: %s", qPrintable(r.error()));
    return r ? r.value() : MediaMetadata{};
}

} // namespace tintype::test
