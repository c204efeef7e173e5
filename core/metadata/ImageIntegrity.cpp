#include "metadata/ImageIntegrity.h"

#include "metadata/HeaderBytes.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <system_error>

namespace tintype {

namespace {
// Sequential reads of one file through a window, so walking a JPEG's image
// data costs a few large reads (64 KiB first, up to 1 MiB).
class FileWindow {
public:
    FileWindow(const std::filesystem::path &file, qint64 size) : m_file(file), m_size(size) {}
    qint64 size() const { return m_size; }
    // The byte at `at`, -1 past the end (or when the file cannot be read there).
    int at(qint64 at)
    {
        if (at < 0 || at >= m_size)
            return -1;
        if (at < m_start || at >= m_start + m_bytes.size()) {
            m_start = at;
            m_bytes = detail::readRange(m_file, at, m_window);
            m_window = std::min(m_window * 2, kLargestWindow);
            if (m_bytes.isEmpty())
                return -1;
        }
        return quint8(m_bytes[qsizetype(at - m_start)]);
    }
    // Where the next 0xFF byte at or after `from` is, -1 when there is none.
    qint64 findFF(qint64 from)
    {
        while (at(from) >= 0) {
            const qsizetype offset = qsizetype(from - m_start);
            const void *hit = std::memchr(m_bytes.constData() + offset, 0xFF, std::size_t(m_bytes.size() - offset));
            if (hit)
                return m_start + (static_cast<const char *>(hit) - m_bytes.constData());
            from = m_start + m_bytes.size();
        }
        return -1;
    }
    quint32 be(qint64 from, int count)
    {
        quint32 value = 0;
        for (int i = 0; i < count; ++i) {
            const int byte = at(from + i);
            if (byte < 0)
                return 0;
            value = value << 8 | quint32(byte);
        }
        return value;
    }

private:
    // The first read is about what a header needs (exiv2 reads as much); a
    // walk through image data reads larger and larger pieces.
    static constexpr qint64 kLargestWindow = 1024 * 1024;
    qint64 m_window = 64 * 1024;
    const std::filesystem::path &m_file;
    qint64 m_size;
    qint64 m_start = 0;
    QByteArray m_bytes;
};

QString truncatedJpeg()
{
    return QCoreApplication::translate("ImageIntegrity",
                                       "the file ends before its image data does (Premature end of JPEG file)");
}

// Whether the file ends in EOI, after any zero or 0xFF padding.
bool endsWithEoi(const std::filesystem::path &file, qint64 size)
{
    const QByteArray tail = detail::readRange(file, std::max<qint64>(0, size - 64), 64);
    qsizetype end = tail.size();
    while (end > 0 && (tail[end - 1] == '\0' || quint8(tail[end - 1]) == 0xFF))
        --end;
    return end >= 2 && quint8(tail[end - 2]) == 0xFF && quint8(tail[end - 1]) == 0xD9;
}

QString checkJpeg(const std::filesystem::path &file, qint64 size)
{
    FileWindow w(file, size);
    if (w.at(0) != 0xFF || w.at(1) != 0xD8)
        return {};
    QString extraneous;
    qint64 pos = 2;
    bool tailChecked = false;
    for (;;) {
        // libjpeg's next_marker: bytes other than 0xFF, and FF 00 pairs, are discarded.
        qint64 discarded = 0;
        int c = 0;
        for (;;) {
            c = w.at(pos++);
            while (c >= 0 && c != 0xFF) {
                ++discarded;
                c = w.at(pos++);
            }
            do
                c = w.at(pos++);
            while (c == 0xFF);
            if (c < 0)
                return truncatedJpeg();
            if (c != 0)
                break;
            discarded += 2;
        }
        if (discarded > 0 && extraneous.isEmpty())
            extraneous = QCoreApplication::translate("ImageIntegrity",
                                                     "Corrupt JPEG data: %1 extraneous bytes before marker 0x%2")
                             .arg(discarded)
                             .arg(c, 2, 16, QLatin1Char('0'));
        if (c == 0xD9) // EOI
            return extraneous;
        if (c == 0x01 || (c >= 0xD0 && c <= 0xD7)) // TEM, RSTn: no length
            continue;
        const qint64 length = w.be(pos, 2);
        if (pos + 2 > size)
            return truncatedJpeg();
        if (length < 2)
            return QCoreApplication::translate("ImageIntegrity", "Corrupt JPEG data: bogus length of marker 0x%1")
                .arg(c, 2, 16, QLatin1Char('0'));
        pos += length;
        if (pos > size)
            return truncatedJpeg();
        if (c != 0xDA) // not SOS
            continue;
        if (!tailChecked) {
            tailChecked = true;
            if (endsWithEoi(file, size))
                return extraneous; // the usual file: whole
        }
        // The entropy-coded data, to the next marker (FF 00 is a stuffed byte, FF Dn a restart marker).
        for (;;) {
            pos = w.findFF(pos);
            if (pos < 0)
                return truncatedJpeg();
            int next = w.at(pos + 1);
            while (next == 0xFF)
                next = w.at(++pos + 1);
            if (next < 0)
                return truncatedJpeg();
            if (next != 0 && !(next >= 0xD0 && next <= 0xD7))
                break; // a marker: the outer loop reads it
            pos += 2;
        }
    }
}

QString checkPng(const std::filesystem::path &file, qint64 size)
{
    static const QByteArray iend = QByteArray::fromHex("0000000049454e44ae426082");
    if (detail::readRange(file, std::max<qint64>(0, size - 12), 12) == iend)
        return {};
    FileWindow w(file, size);
    qint64 pos = 8;
    for (;;) {
        if (pos == size)
            return QCoreApplication::translate("ImageIntegrity", "the file ends before its IEND chunk");
        if (pos + 8 > size)
            return QCoreApplication::translate("ImageIntegrity", "the file ends inside a chunk header");
        const qint64 length = w.be(pos, 4);
        char name[5] = {char(w.at(pos + 4)), char(w.at(pos + 5)), char(w.at(pos + 6)), char(w.at(pos + 7)), 0};
        if (length > 0x7FFFFFFF)
            return QCoreApplication::translate("ImageIntegrity", "a chunk declares a length of %1 bytes").arg(length);
        if (pos + 12 + length > size) {
            if (qstrcmp(name, "IDAT") == 0)
                return QCoreApplication::translate("ImageIntegrity",
                                                   "the file ends inside its image data (IDAT chunk)");
            return QCoreApplication::translate("ImageIntegrity", "the file ends inside its %1 chunk")
                .arg(QString::fromLatin1(name).toHtmlEscaped());
        }
        if (qstrcmp(name, "IEND") == 0)
            return {};
        pos += 12 + length;
    }
}

QString checkIsoBoxes(const std::filesystem::path &file, qint64 size)
{
    FileWindow w(file, size);
    qint64 pos = 0;
    while (pos + 8 <= size) {
        quint64 boxSize = w.be(pos, 4);
        if (boxSize == 1)
            boxSize = quint64(w.be(pos + 8, 4)) << 32 | w.be(pos + 12, 4);
        if (boxSize == 0) // to the end of the file
            return {};
        if (boxSize < 8)
            return QCoreApplication::translate("ImageIntegrity", "a box declares a size of %1 bytes").arg(boxSize);
        if (boxSize > quint64(size - pos)) {
            const QString type = QString::fromLatin1(detail::readRange(file, pos + 4, 4));
            const qint64 present = (size - pos) * 100 / qint64(boxSize);
            if (type == QLatin1String("mdat"))
                return QCoreApplication::translate("ImageIntegrity",
                                                   "the file ends %1 % into its image data ('mdat' box)")
                    .arg(present);
            return QCoreApplication::translate("ImageIntegrity", "the file ends %1 % into its '%2' box")
                .arg(present)
                .arg(type);
        }
        pos += qint64(boxSize);
    }
    return {};
}
} // namespace

QString ImageIntegrity::note(const QString &damage)
{
    return QCoreApplication::translate("ImageIntegrity", "damaged data, shown as far as it could be read (%1)")
        .arg(damage);
}

QString ImageIntegrity::check(const std::filesystem::path &file, const QString &format)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec || size == 0)
        return {};
    if (format == QLatin1String("jpeg"))
        return checkJpeg(file, qint64(size));
    if (format == QLatin1String("png"))
        return checkPng(file, qint64(size));
    if (format == QLatin1String("heif") || format == QLatin1String("avif"))
        return checkIsoBoxes(file, qint64(size));
    return {};
}

} // namespace tintype
