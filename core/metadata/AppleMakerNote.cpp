#include "metadata/AppleMakerNote.h"

#include "metadata/HeaderBytes.h"

namespace tintype::detail {

namespace {
constexpr quint32 kContentIdentifier = 0x0011;
constexpr quint32 kBurstUuid = 0x000b;
constexpr quint32 kAscii = 2;

QString asciiValue(const Bytes &b, qint64 entry)
{
    const quint32 count = b.be32(entry + 4);
    if (b.be16(entry + 2) != kAscii || count < 2 || count > 256)
        return {};
    const qint64 at = count <= 4 ? entry + 8 : qint64(b.be32(entry + 8));
    if (!b.has(at, count))
        return {};
    QByteArray text = b.b.mid(qsizetype(at), qsizetype(count));
    const qsizetype nul = text.indexOf('\0');
    if (nul >= 0)
        text.truncate(nul);
    return QString::fromLatin1(text).trimmed();
}
} // namespace

AppleMakerNote readAppleMakerNote(const QByteArray &note)
{
    AppleMakerNote out;
    const Bytes b{note};
    if (!note.startsWith(QByteArray("Apple iOS\0", 10)) || b.tag(12).left(2) != "MM")
        return out;
    const qint64 ifd = 14;
    const quint32 entries = b.be16(ifd);
    for (quint32 i = 0; i < entries && i < 512; ++i) {
        const qint64 entry = ifd + 2 + qint64(i) * 12;
        if (!b.has(entry, 12))
            break;
        const quint32 tag = b.be16(entry);
        if (tag == kContentIdentifier)
            out.contentIdentifier = asciiValue(b, entry);
        else if (tag == kBurstUuid)
            out.burstUuid = asciiValue(b, entry);
    }
    return out;
}

} // namespace tintype::detail
