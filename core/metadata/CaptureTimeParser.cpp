#include "metadata/CaptureTimeParser.h"

#include <QRegularExpression>

#include <cmath>

namespace tintype::capturetimeparser {

namespace {

constexpr int kMaxOffsetMinutes = 14 * 60;

std::optional<QDateTime> wallClockFrom(int y, int mo, int d, int h, int mi, int s, int ms)
{
    const QDate date(y, mo, d);
    const QTime time(h, mi, s, ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    QDateTime dt(date, time, Qt::UTC);
    if (!isPlausible(dt))
        return std::nullopt;
    return dt;
}

} // namespace

bool isPlausible(const QDateTime &wallClock)
{
    if (!wallClock.isValid())
        return false;
    const int year = wallClock.date().year();
    return year >= kMinYear && year <= kMaxYear;
}

std::optional<QDateTime> parseExifDateTime(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*(\d{4})[:\-/.](\d{1,2})[:\-/.](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,](\d+))?)?)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    int ms = 0;
    if (m.hasCaptured(7))
        ms = parseSubSecMs(m.captured(7)).value_or(0);
    return wallClockFrom(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt(),
                         m.captured(5).toInt(), m.captured(6).toInt(), ms);
}

std::optional<int> parseOffset(const QString &text)
{
    const QString t = text.trimmed();
    if (t == QLatin1String("Z"))
        return 0;
    static const QRegularExpression re(QStringLiteral(R"(^([+\-])(\d{2}):?(\d{2})?$)"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const int minutes = m.captured(2).toInt() * 60 + m.captured(3).toInt();
    if (minutes > kMaxOffsetMinutes || m.captured(3).toInt() >= 60)
        return std::nullopt;
    return m.captured(1) == QLatin1String("-") ? -minutes : minutes;
}

std::optional<int> parseSubSecMs(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    for (const QChar c : t) {
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    }
    // Digits are a decimal fraction of a second: "12" = 0.12 s.
    const QString three = (t + QStringLiteral("000")).left(3);
    return three.toInt();
}

std::optional<ParsedTime> parseIsoDateTime(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*(\d{4})(?:[\-:](\d{2})(?:[\-:](\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,](\d+))?\s*(Z|[+\-]\d{2}:?\d{2})?)?)?)?\s*$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int month = m.hasCaptured(2) ? m.captured(2).toInt() : 1;
    const int day = m.hasCaptured(3) ? m.captured(3).toInt() : 1;
    const int ms = m.hasCaptured(7) ? parseSubSecMs(m.captured(7)).value_or(0) : 0;
    const auto wall = wallClockFrom(m.captured(1).toInt(), month, day, m.captured(4).toInt(), m.captured(5).toInt(),
                                    m.captured(6).toInt(), ms);
    if (!wall)
        return std::nullopt;
    ParsedTime parsed{*wall, std::nullopt};
    if (m.hasCaptured(8)) {
        parsed.offsetMinutes = parseOffset(m.captured(8));
        if (!parsed.offsetMinutes)
            return std::nullopt;
    }
    return parsed;
}

CaptureTime make(const QDateTime &wallClock, std::optional<int> offsetMinutes, CaptureTimeSource source)
{
    CaptureTime t;
    t.source = source;
    t.offsetMinutes = offsetMinutes;
    // The wall clock minus the offset is the instant; without an offset the wall
    // clock itself is stored as if it were UTC.
    QDateTime utc = QDateTime(wallClock.date(), wallClock.time(), Qt::UTC);
    if (offsetMinutes)
        utc = utc.addSecs(-qint64(*offsetMinutes) * 60);
    t.utc = utc;
    return t;
}

CaptureTime fromUtc(const QDateTime &utc, std::optional<int> offsetMinutes, CaptureTimeSource source)
{
    CaptureTime t;
    t.utc = utc.toUTC();
    t.offsetMinutes = offsetMinutes;
    t.source = source;
    return t;
}

CaptureTime fromFileName(const QString &fileName)
{
    // Date and optional time, separated by '_', '-', ' ' or nothing; time with
    // optional '.', ':' or '-' separators. Digits must not continue a longer number.
    static const QRegularExpression full(
        QStringLiteral(
            R"((?:^|[^0-9])((?:19|20)\d{2})[\-_.]?(\d{2})[\-_.]?(\d{2})(?:[_\- T]|\s+|_?at_?)(\d{2})[.:\-_]?(\d{2})[.:\-_]?(\d{2})(?:[.:_]?(\d{3}))?(?:\d*)(?:[^0-9]|$))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dateOnly(
        QStringLiteral(R"((?:^|[^0-9])((?:19|20)\d{2})[\-_.]?(\d{2})[\-_.]?(\d{2})(?:[^0-9]|$))"));

    const auto fm = full.match(fileName);
    if (fm.hasMatch()) {
        const int ms = fm.hasCaptured(7) ? fm.captured(7).toInt() : 0;
        if (const auto wall = wallClockFrom(fm.captured(1).toInt(), fm.captured(2).toInt(), fm.captured(3).toInt(),
                                            fm.captured(4).toInt(), fm.captured(5).toInt(), fm.captured(6).toInt(), ms))
            return make(*wall, std::nullopt, CaptureTimeSource::FileName);
    }
    auto it = dateOnly.globalMatch(fileName);
    while (it.hasNext()) {
        const auto dm = it.next();
        if (const auto wall =
                wallClockFrom(dm.captured(1).toInt(), dm.captured(2).toInt(), dm.captured(3).toInt(), 0, 0, 0, 0))
            return make(*wall, std::nullopt, CaptureTimeSource::FileName);
    }
    return {};
}

std::optional<int> offsetFromUtcDifference(const QDateTime &wallClock, const QDateTime &utc)
{
    if (!wallClock.isValid() || !utc.isValid())
        return std::nullopt;
    const QDateTime wallAsUtc(wallClock.date(), wallClock.time(), Qt::UTC);
    const qint64 seconds = utc.secsTo(wallAsUtc);
    const double quarters = double(seconds) / (15 * 60);
    const double rounded = std::round(quarters);
    // GPS time comes from the last fix and camera clocks drift: allow a little.
    if (std::abs(quarters - rounded) * 15 > 3)
        return std::nullopt;
    const int minutes = int(rounded) * 15;
    if (std::abs(minutes) > kMaxOffsetMinutes)
        return std::nullopt;
    return minutes;
}

} // namespace tintype::capturetimeparser
