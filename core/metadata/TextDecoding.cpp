#include "metadata/TextDecoding.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace tintype::textdecoding {

namespace {
QString clean(QString s)
{
    for (QChar &c : s) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    return s.trimmed();
}
} // namespace

QString decode(std::string_view bytes)
{
    while (!bytes.empty() && (bytes.back() == '\0' || bytes.back() == ' '))
        bytes.remove_suffix(1);
    if (const auto nul = bytes.find('\0'); nul != std::string_view::npos)
        bytes = bytes.substr(0, nul);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString s = utf8.decode(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
    if (utf8.hasError())
        s = QString::fromLatin1(bytes.data(), qsizetype(bytes.size()));
    return clean(std::move(s));
}

QString decodeUtf16Le(std::string_view bytes)
{
    QString s;
    s.reserve(qsizetype(bytes.size() / 2));
    for (size_t i = 0; i + 1 < bytes.size(); i += 2) {
        const char16_t unit = char16_t(uchar(bytes[i]) | (uchar(bytes[i + 1]) << 8));
        if (unit == 0)
            break;
        s.append(QChar(unit));
    }
    // Unpaired surrogates become U+FFFD through a UTF-8 round trip.
    return clean(QString::fromUtf8(s.toUtf8()));
}

bool isCameraPlaceholder(QStringView text)
{
    const QString t = text.trimmed().toString();
    if (t.isEmpty())
        return true;
    static const QRegularExpression placeholder(
        QStringLiteral(
            R"(^(?:(?:[A-Z]+(?: [A-Z]+)? )?DIGITAL (?:STILL )?CAMERA|SONY DSC|EXIF_JPEG_PICTURE|DCIM.*|default|)"
            R"(KODAK Digital Still Camera|Camera|Image|Picture|Photo|untitled|<.*>|\?+)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return placeholder.match(t).hasMatch();
}

} // namespace tintype::textdecoding
