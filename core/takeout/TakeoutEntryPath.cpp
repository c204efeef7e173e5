#include "takeout/TakeoutEntryPath.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>

namespace tintype {

namespace {

// Bytes 0x80..0xFF of the IBM PC code page 437 (the zip format's default for names).
constexpr std::array<char16_t, 128> cp437High = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE,
    0x00EC, 0x00C4, 0x00C5, 0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9, 0x00FF, 0x00D6,
    0x00DC, 0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192, 0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA,
    0x00BA, 0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB, 0x2591, 0x2592, 0x2593, 0x2502,
    0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557, 0x255D, 0x255C, 0x255B, 0x2510, 0x2514,
    0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F, 0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550,
    0x256C, 0x2567, 0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256B, 0x256A, 0x2518, 0x250C,
    0x2588, 0x2584, 0x258C, 0x2590, 0x2580, 0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4,
    0x03A6, 0x0398, 0x03A9, 0x03B4, 0x221E, 0x03C6, 0x03B5, 0x2229, 0x2261, 0x00B1, 0x2265, 0x2264, 0x2320,
    0x2321, 0x00F7, 0x2248, 0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0};

// Bytes 0x80..0x9F of Windows-1252; its five unassigned bytes keep their Latin-1 (C1) value.
constexpr std::array<char16_t, 32> windows1252C1 = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                                    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                                    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Length of the valid UTF-8 sequence at data[0..n) and its code point; 0 when invalid
// (bad lead or continuation byte, overlong form, surrogate, beyond U+10FFFF, cut short).
int utf8Sequence(const unsigned char *data, qsizetype n, char32_t &codePoint)
{
    const unsigned char lead = data[0];
    int length = 0;
    char32_t minimum = 0;
    if (lead < 0x80) {
        codePoint = lead;
        return 1;
    }
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        codePoint = lead & 0x1Fu;
        minimum = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        codePoint = lead & 0x0Fu;
        minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        codePoint = lead & 0x07u;
        minimum = 0x10000;
    } else {
        return 0;
    }
    if (n < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        if ((data[i] & 0xC0u) != 0x80u)
            return 0;
        codePoint = (codePoint << 6) | (data[i] & 0x3Fu);
    }
    if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return 0;
    return length;
}

bool isValidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    for (qsizetype i = 0; i < bytes.size();) {
        char32_t codePoint = 0;
        const int length = utf8Sequence(data + i, bytes.size() - i, codePoint);
        if (length == 0)
            return false;
        i += length;
    }
    return true;
}

bool isControl(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

QString hexByte(unsigned value)
{
    return QStringLiteral("\\x") + QString::number(value, 16).toUpper().rightJustified(2, QLatin1Char('0'));
}

bool startsWithDriveLetter(const QString &name)
{
    return name.size() >= 2 && name.at(1) == QLatin1Char(':') && name.at(0).unicode() < 0x80 && name.at(0).isLetter();
}

} // namespace

TakeoutEntryPath::Decoded TakeoutEntryPath::decode(const QByteArray &stored, LegacyCharset legacy)
{
    if (isValidUtf8(stored))
        return {QString::fromUtf8(stored), false};
    QString text;
    text.reserve(stored.size());
    for (const char byte : stored) {
        const auto b = static_cast<unsigned char>(byte);
        if (legacy == LegacyCharset::Cp437)
            text.append(b < 0x80 ? QChar(char16_t(b)) : QChar(cp437High[b - 0x80]));
        else // Windows-1252: ASCII and Latin-1 as they are, 0x80..0x9F from its table
            text.append(b >= 0x80 && b < 0xA0 ? QChar(windows1252C1[b - 0x80]) : QChar(char16_t(b)));
    }
    return {text, true};
}

QString TakeoutEntryPath::display(const QByteArray &stored)
{
    QString text;
    text.reserve(stored.size());
    const auto *data = reinterpret_cast<const unsigned char *>(stored.constData());
    for (qsizetype i = 0; i < stored.size();) {
        char32_t codePoint = 0;
        const int length = utf8Sequence(data + i, stored.size() - i, codePoint);
        if (length == 0) {
            text += hexByte(data[i]);
            i += 1;
            continue;
        }
        if (isControl(codePoint))
            text += length == 1 ? hexByte(codePoint)
                                : QStringLiteral("\\u") +
                                      QString::number(unsigned(codePoint), 16).rightJustified(4, QLatin1Char('0'));
        else
            text += QString::fromUcs4(&codePoint, 1);
        i += length;
    }
    return text;
}

Result<QString> TakeoutEntryPath::sanitize(const QString &name)
{
    using R = Result<QString>;
    if (name.isEmpty())
        return R::failure(QCoreApplication::translate("TakeoutEntryPath", "the entry has an empty name"));
    for (const QChar c : name) {
        if (c.unicode() == 0)
            return R::failure(QCoreApplication::translate("TakeoutEntryPath", "the name contains a NUL character"));
        if (isControl(c.unicode()))
            return R::failure(QCoreApplication::translate("TakeoutEntryPath", "the name contains control characters"));
        if (c == QLatin1Char('\\'))
            return R::failure(QCoreApplication::translate(
                "TakeoutEntryPath", "the name contains a backslash (a Windows path separator), which could "
                                    "place the file elsewhere"));
    }
    if (name.startsWith(QLatin1Char('/')))
        return R::failure(QCoreApplication::translate("TakeoutEntryPath", "the name is an absolute path"));
    if (startsWithDriveLetter(name))
        return R::failure(
            QCoreApplication::translate("TakeoutEntryPath", "the name starts with a Windows drive letter"));

    QStringList kept;
    for (const QString &component : name.split(QLatin1Char('/'))) {
        if (component.isEmpty() || component == QLatin1String("."))
            continue;
        if (component == QLatin1String(".."))
            return R::failure(QCoreApplication::translate(
                "TakeoutEntryPath", "the name contains \"..\", which would place the file outside the Takeout"));
        kept.append(component);
    }
    if (kept.isEmpty())
        return R::failure(QCoreApplication::translate("TakeoutEntryPath", "the entry has an empty name"));
    return kept.join(QLatin1Char('/')).normalized(QString::NormalizationForm_C);
}

} // namespace tintype
