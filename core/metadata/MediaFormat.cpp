#include "metadata/MediaFormat.h"

#include <QHash>

#include <cstring>

namespace tintype {

namespace {

QString normalisedExtension(QStringView extension)
{
    if (extension.startsWith(QLatin1Char('.')))
        extension = extension.mid(1);
    return extension.toString().toLower();
}

// Extension -> the format a file with that name claims to be.
const QHash<QString, QString> &formatByExtension()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        const auto add = [&t](const QString &format, std::initializer_list<const char *> exts) {
            for (const char *e : exts)
                t.insert(QString::fromLatin1(e), format);
        };
        add(QStringLiteral("jpeg"), {"jpg", "jpeg", "jpe", "jfif"});
        add(QStringLiteral("png"), {"png"});
        add(QStringLiteral("webp"), {"webp"});
        add(QStringLiteral("heif"), {"heic", "heif", "hif"});
        add(QStringLiteral("avif"), {"avif"});
        add(QStringLiteral("tiff"), {"tif", "tiff"});
        add(QStringLiteral("gif"), {"gif"});
        add(QStringLiteral("bmp"), {"bmp"});
        add(QStringLiteral("jxl"), {"jxl"});
        add(QStringLiteral("psd"), {"psd"});
        add(QStringLiteral("jp2"), {"jp2"});
        for (const char *raw : {"cr2", "cr3", "crw", "nef", "nrw", "arw", "srf", "sr2", "dng", "orf", "raf", "rw2",
                                "pef", "srw", "x3f", "3fr", "iiq", "erf", "mef", "mos", "mrw", "rwl", "kdc", "dcr"})
            add(QString::fromLatin1(raw), {raw});
        add(QStringLiteral("mp4"), {"mp4", "m4v"});
        add(QStringLiteral("mov"), {"mov"});
        add(QStringLiteral("3gp"), {"3gp", "3g2"});
        add(QStringLiteral("avi"), {"avi"});
        add(QStringLiteral("mkv"), {"mkv"});
        add(QStringLiteral("webm"), {"webm"});
        add(QStringLiteral("mts"), {"mts", "m2ts"});
        add(QStringLiteral("mpg"), {"mpg", "mpeg"});
        add(QStringLiteral("wmv"), {"wmv"});
        add(QStringLiteral("xmp"), {"xmp"});
        return t;
    }();
    return table;
}

// TIFF-based RAW formats: the bytes say "TIFF", the extension says which.
bool isTiffBasedRaw(const QString &ext)
{
    static const QStringList raws = {
        QStringLiteral("cr2"), QStringLiteral("nef"), QStringLiteral("nrw"), QStringLiteral("arw"),
        QStringLiteral("srf"), QStringLiteral("sr2"), QStringLiteral("dng"), QStringLiteral("pef"),
        QStringLiteral("srw"), QStringLiteral("3fr"), QStringLiteral("iiq"), QStringLiteral("erf"),
        QStringLiteral("mef"), QStringLiteral("mos"), QStringLiteral("kdc"), QStringLiteral("dcr"),
        QStringLiteral("orf"), QStringLiteral("rw2"), QStringLiteral("rwl")};
    return raws.contains(ext);
}

bool at(const QByteArray &head, qsizetype offset, const char *magic, qsizetype length = -1)
{
    if (length < 0)
        length = qsizetype(std::strlen(magic));
    return head.size() >= offset + length && std::memcmp(head.constData() + offset, magic, size_t(length)) == 0;
}

quint32 bigEndian32(const QByteArray &head, qsizetype offset)
{
    const auto *p = reinterpret_cast<const uchar *>(head.constData() + offset);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

// ISO base media file format: the `ftyp` box's major and compatible brands.
QString sniffFtyp(const QByteArray &head)
{
    const quint32 boxSize = bigEndian32(head, 0);
    const qsizetype end = qMin<qsizetype>(head.size(), boxSize >= 16 ? qsizetype(boxSize) : 16);
    QList<QByteArray> brands{head.mid(8, 4)};
    for (qsizetype o = 16; o + 4 <= end; o += 4)
        brands << head.mid(o, 4);
    const auto has = [&brands](const char *b) { return brands.contains(QByteArray(b)); };
    const QByteArray major = brands.first();
    if (major == "crx ")
        return QStringLiteral("cr3");
    if (major == "avif" || major == "avis")
        return QStringLiteral("avif");
    for (const char *b : {"heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"}) {
        if (major == b)
            return has("avif") && !has("heic") ? QStringLiteral("avif") : QStringLiteral("heif");
    }
    if (major == "qt  ")
        return QStringLiteral("mov");
    if (major.startsWith("3g"))
        return QStringLiteral("3gp");
    if (has("crx "))
        return QStringLiteral("cr3");
    if (has("heic") || has("mif1"))
        return has("avif") ? QStringLiteral("avif") : QStringLiteral("heif");
    if (has("avif"))
        return QStringLiteral("avif");
    return QStringLiteral("mp4");
}

} // namespace

MediaKind MediaFormat::kindForExtension(QStringView extension)
{
    const auto it = formatByExtension().constFind(normalisedExtension(extension));
    return it == formatByExtension().constEnd() ? MediaKind::Unknown : kindForFormat(*it);
}

QStringList MediaFormat::knownExtensions()
{
    QStringList extensions = formatByExtension().keys();
    extensions.sort();
    return extensions;
}

QString MediaFormat::formatForExtension(QStringView extension)
{
    return formatByExtension().value(normalisedExtension(extension));
}

QString MediaFormat::sniff(const QByteArray &head, QStringView extension)
{
    const QString ext = normalisedExtension(extension);
    if (at(head, 0, "\xFF\xD8\xFF"))
        return QStringLiteral("jpeg");
    if (at(head, 0, "\x89PNG\r\n\x1A\n"))
        return QStringLiteral("png");
    if (at(head, 0, "GIF87a") || at(head, 0, "GIF89a"))
        return QStringLiteral("gif");
    if (at(head, 0, "IIRO") || at(head, 0, "IIRS") || at(head, 0, "MMOR"))
        return QStringLiteral("orf");
    if (at(head, 0, "IIU\0", 4))
        return ext == QLatin1String("rwl") ? ext : QStringLiteral("rw2");
    if (at(head, 0, "II*\0", 4) || at(head, 0, "MM\0*", 4)) {
        if (at(head, 8, "CR\x02", 3))
            return QStringLiteral("cr2");
        return isTiffBasedRaw(ext) ? ext : QStringLiteral("tiff");
    }
    if (at(head, 0, "II+\0", 4) || at(head, 0, "MM\0+", 4))
        return QStringLiteral("tiff"); // BigTIFF
    if (at(head, 0, "II\x1A\0\0\0HEAPCCDR", 14))
        return QStringLiteral("crw");
    if (at(head, 0, "FUJIFILMCCD-RAW"))
        return QStringLiteral("raf");
    if (at(head, 0, "\0MRM", 4))
        return QStringLiteral("mrw");
    if (at(head, 0, "FOVb"))
        return QStringLiteral("x3f");
    if (at(head, 0, "RIFF") && at(head, 8, "WEBP"))
        return QStringLiteral("webp");
    if (at(head, 0, "RIFF") && at(head, 8, "AVI "))
        return QStringLiteral("avi");
    if (at(head, 0, "BM") && head.size() >= 26 && at(head, 6, "\0\0\0\0", 4))
        return QStringLiteral("bmp");
    if (at(head, 0, "8BPS"))
        return QStringLiteral("psd");
    if (at(head, 0, "\0\0\0\x0CjP  \r\n\x87\n", 12) || at(head, 0, "\xFF\x4F\xFF\x51", 4))
        return QStringLiteral("jp2");
    if (at(head, 0, "\0\0\0\x0CJXL \r\n\x87\n", 12) || at(head, 0, "\xFF\x0A", 2))
        return QStringLiteral("jxl");
    if (at(head, 4, "ftyp"))
        return sniffFtyp(head);
    for (const char *atom : {"moov", "mdat", "wide", "free", "skip", "pnot"}) {
        if (at(head, 4, atom))
            return QStringLiteral("mov"); // old QuickTime without `ftyp`
    }
    if (at(head, 0, "\x1A\x45\xDF\xA3", 4))
        return head.left(64).contains("webm") ? QStringLiteral("webm") : QStringLiteral("mkv");
    if (at(head, 0, "\x30\x26\xB2\x75\x8E\x66\xCF\x11", 8))
        return QStringLiteral("wmv");
    if (at(head, 0, "\x47", 1) && at(head, 188, "\x47", 1))
        return QStringLiteral("mts"); // MPEG-TS: 188-byte packets with a sync byte
    if (at(head, 4, "\x47", 1) && at(head, 196, "\x47", 1))
        return QStringLiteral("mts"); // M2TS: 4-byte timestamp before each packet
    if (at(head, 0, "\0\0\x01\xBA", 4) || at(head, 0, "\0\0\x01\xB3", 4))
        return QStringLiteral("mpg");
    const QByteArray start = head.left(256).trimmed();
    if (start.startsWith("<?xpacket") || start.startsWith("<x:xmpmeta") || start.startsWith("<x:xapmeta") ||
        (start.startsWith("<?xml") && (head.contains("<x:xmpmeta") || head.contains("<x:xapmeta"))))
        return QStringLiteral("xmp");
    return {};
}

MediaKind MediaFormat::kindForFormat(const QString &format)
{
    static const QHash<QString, MediaKind> kinds = [] {
        QHash<QString, MediaKind> k;
        for (const char *f : {"jpeg", "png", "webp", "heif", "avif", "tiff", "gif", "bmp", "jxl", "psd", "jp2"})
            k.insert(QString::fromLatin1(f), MediaKind::Photo);
        for (const char *f : {"cr2", "cr3", "crw", "nef", "nrw", "arw", "srf", "sr2", "dng", "orf", "raf", "rw2",
                              "pef", "srw", "x3f", "3fr", "iiq", "erf", "mef", "mos", "mrw", "rwl", "kdc", "dcr"})
            k.insert(QString::fromLatin1(f), MediaKind::Raw);
        for (const char *f : {"mp4", "mov", "3gp", "avi", "mkv", "webm", "mts", "mpg", "wmv"})
            k.insert(QString::fromLatin1(f), MediaKind::Video);
        k.insert(QStringLiteral("xmp"), MediaKind::Sidecar);
        return k;
    }();
    return kinds.value(format, MediaKind::Unknown);
}

bool MediaFormat::sameFamily(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    static const QStringList isoVideo = {QStringLiteral("mp4"), QStringLiteral("mov"), QStringLiteral("3gp")};
    if (isoVideo.contains(a) && isoVideo.contains(b))
        return true; // the brand of an .mp4/.mov says little about how it plays
    static const QStringList matroska = {QStringLiteral("mkv"), QStringLiteral("webm")};
    return matroska.contains(a) && matroska.contains(b);
}

} // namespace tintype
