#include "search/DateResolver.h"

#include "search/SearchText.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace tintype {

namespace {
constexpr int kFirstYear = 1826, kLastYear = 2200; // the oldest photograph .. far enough

// Languages whose month names are understood whatever the UI language.
const char *const kMonthLanguages[] = {"en", "de", "fr", "es", "it", "nl", "pt", "sv", "da", "nb", "fi", "pl"};

std::int64_t msOf(QDate date) { return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch(); }

bool isYear(int y) { return y >= kFirstYear && y <= kLastYear; }

// A number as typed, "12." (German day) and "12th" included; -1 otherwise.
int numberOf(const QString &word)
{
    static const QRegularExpression ordinal(QStringLiteral("^(\\d{1,4})(?:\\.|st|nd|rd|th|er|e)?$"));
    const auto m = ordinal.match(word);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}
} // namespace

DateResolver::DateResolver(QDate today, const QString &language, std::vector<SearchVocabulary::Month> months)
    : m_today(today.isValid() ? today : QDate::currentDate()),
      m_locale(language),
      m_months(std::move(months))
{
    QStringList languages;
    for (const char *l : kMonthLanguages)
        languages << QLatin1String(l);
    languages.prepend(language);
    for (int i = 0; i < languages.size(); ++i) {
        const QLocale locale(languages[i]);
        const bool primary = i < 2; // the UI language and English: abbreviations too
        for (int m = 1; m <= 12; ++m) {
            QStringList names = {locale.standaloneMonthName(m, QLocale::LongFormat),
                                 locale.monthName(m, QLocale::LongFormat)};
            if (primary || languages[i] == QLatin1String("en"))
                names << locale.standaloneMonthName(m, QLocale::ShortFormat)
                      << locale.monthName(m, QLocale::ShortFormat);
            for (const QString &name : names) {
                const QString key = searchtext::normalized(name);
                if (key.size() >= 3 && !m_monthNames.contains(key))
                    m_monthNames.insert(key, m);
                if (key.size() >= 3 && (i == 0 || languages[i] == QLatin1String("en")))
                    m_suggestedMonths.insert(key, m);
            }
        }
    }
    // Seasons of the northern hemisphere by their first month; "fall" and "autumn".
    const std::pair<QString, int> seasons[] = {
        {QStringLiteral("spring"), 3},
        {QStringLiteral("summer"), 6},
        {QStringLiteral("autumn"), 9},
        {QStringLiteral("fall"), 9},
        {QStringLiteral("winter"), 12},
        {tr("spring"), 3},
        {tr("summer"), 6},
        {tr("autumn"), 9},
        {tr("winter"), 12},
    };
    for (const auto &[name, month] : seasons)
        m_seasonNames.insert(searchtext::normalized(name), month);
    const std::pair<QString, Relative> relatives[] = {
        {QStringLiteral("today"), Relative::Today},
        {QStringLiteral("yesterday"), Relative::Yesterday},
        {QStringLiteral("last week"), Relative::LastWeek},
        {QStringLiteral("this week"), Relative::ThisWeek},
        {QStringLiteral("last month"), Relative::LastMonth},
        {QStringLiteral("this month"), Relative::ThisMonth},
        {QStringLiteral("last year"), Relative::LastYear},
        {QStringLiteral("this year"), Relative::ThisYear},
        {tr("today"), Relative::Today},
        {tr("yesterday"), Relative::Yesterday},
        {tr("last week"), Relative::LastWeek},
        {tr("this week"), Relative::ThisWeek},
        {tr("last month"), Relative::LastMonth},
        {tr("this month"), Relative::ThisMonth},
        {tr("last year"), Relative::LastYear},
        {tr("this year"), Relative::ThisYear},
    };
    for (const auto &[name, r] : relatives)
        m_relative.insert(searchtext::normalized(name), r);
}

QString DateResolver::monthLabel(int month) const { return m_locale.standaloneMonthName(month, QLocale::LongFormat); }

int DateResolver::monthOf(const QString &word) const { return m_monthNames.value(searchtext::normalized(word), 0); }

int DateResolver::seasonOf(const QString &word) const { return m_seasonNames.value(searchtext::normalized(word), 0); }

std::int64_t DateResolver::countIn(QDate from, QDate to) const
{
    std::int64_t n = 0;
    for (const auto &m : m_months) {
        const QDate first(m.year, m.month, 1);
        if (first >= from && first.addMonths(1) <= to)
            n += m.count;
        else if (first < to && first.addMonths(1) > from)
            return -1; // part of a month: not known without counting days
    }
    return n;
}

std::optional<SearchTerm> DateResolver::span(QDate from, QDate to, const QString &label) const
{
    if (!from.isValid() || !to.isValid() || from >= to)
        return std::nullopt;
    SearchTerm t;
    t.kind = TermKind::Date;
    t.label = label;
    t.count = countIn(from, to);
    t.condition.localRanges.push_back({msOf(from), msOf(to)});
    return t;
}

std::optional<SearchTerm> DateResolver::everyYear(const std::vector<int> &months, const QString &label) const
{
    SearchTerm t;
    t.kind = TermKind::Date;
    t.label = label;
    t.count = 0;
    for (const auto &m : m_months)
        if (std::find(months.begin(), months.end(), m.month) != months.end())
            t.count += m.count;
    t.condition.months = months;
    return t;
}

std::optional<SearchTerm> DateResolver::relative(Relative r) const
{
    const QDate d = m_today;
    const QString day = m_locale.toString(d, QLocale::LongFormat);
    switch (r) {
    case Relative::Today:
        return span(d, d.addDays(1), tr("Today (%1)").arg(m_locale.toString(d, QLocale::ShortFormat)));
    case Relative::Yesterday: {
        const QDate y = d.addDays(-1);
        return span(y, d, tr("Yesterday (%1)").arg(m_locale.toString(y, QLocale::ShortFormat)));
    }
    case Relative::ThisWeek:
    case Relative::LastWeek: {
        QDate monday = d.addDays(1 - d.dayOfWeek());
        if (r == Relative::LastWeek)
            monday = monday.addDays(-7);
        return span(monday, monday.addDays(7), tr("Week of %1").arg(m_locale.toString(monday, QLocale::ShortFormat)));
    }
    case Relative::ThisMonth:
    case Relative::LastMonth: {
        QDate first(d.year(), d.month(), 1);
        if (r == Relative::LastMonth)
            first = first.addMonths(-1);
        return span(first, first.addMonths(1), tr("%1 %2").arg(monthLabel(first.month())).arg(first.year()));
    }
    case Relative::ThisYear:
    case Relative::LastYear: {
        const int year = r == Relative::LastYear ? d.year() - 1 : d.year();
        return span(QDate(year, 1, 1), QDate(year + 1, 1, 1), QString::number(year));
    }
    }
    Q_UNUSED(day)
    return std::nullopt;
}

// The latest season of that name that is over (on the northern hemisphere).
std::optional<SearchTerm> DateResolver::lastSeason(int firstMonth) const
{
    for (int year = m_today.year(); year > m_today.year() - 2; --year) {
        const QDate from = firstMonth == 12 ? QDate(year - 1, 12, 1) : QDate(year, firstMonth, 1);
        const QDate to = from.addMonths(3);
        if (to <= m_today)
            return span(from, to,
                        tr("%1 to %2")
                            .arg(m_locale.toString(from, QLocale::ShortFormat),
                                 m_locale.toString(to.addDays(-1), QLocale::ShortFormat)));
    }
    return std::nullopt;
}

std::optional<SearchTerm> DateResolver::oneWord(const QString &w) const
{
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression years(QStringLiteral("^(\\d{4})\\s*(?:-|–|\\.\\.)\\s*(\\d{4})$"));
    static const QRegularExpression isoMonth(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})$"));
    static const QRegularExpression isoDay(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression dottedDay(QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$"));
    if (const auto m = year.match(w); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        if (isYear(y))
            return span(QDate(y, 1, 1), QDate(y + 1, 1, 1), QString::number(y));
        return std::nullopt;
    }
    if (const auto m = years.match(w); m.hasMatch()) {
        int a = m.captured(1).toInt(), b = m.captured(2).toInt();
        if (a > b)
            std::swap(a, b);
        if (isYear(a) && isYear(b))
            return span(QDate(a, 1, 1), QDate(b + 1, 1, 1), QStringLiteral("%1–%2").arg(a).arg(b));
        return std::nullopt;
    }
    if (const auto m = isoMonth.match(w); m.hasMatch()) {
        const int y = m.captured(1).toInt(), mo = m.captured(2).toInt();
        if (isYear(y) && mo >= 1 && mo <= 12)
            return span(QDate(y, mo, 1), QDate(y, mo, 1).addMonths(1), tr("%1 %2").arg(monthLabel(mo)).arg(y));
        return std::nullopt;
    }
    QDate day;
    if (const auto m = isoDay.match(w); m.hasMatch())
        day = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if (const auto m = dottedDay.match(w); m.hasMatch())
        day = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (day.isValid() && isYear(day.year()))
        return span(day, day.addDays(1), m_locale.toString(day, QLocale::LongFormat));
    if (const int mo = monthOf(w))
        return everyYear({mo}, tr("%1 (every year)").arg(monthLabel(mo)));
    if (const int first = seasonOf(w)) {
        const std::vector<int> months = {first, first % 12 + 1, (first + 1) % 12 + 1};
        return everyYear(months, tr("%1 (every year)").arg(w.at(0).toUpper() + w.mid(1)));
    }
    if (const auto r = m_relative.constFind(searchtext::normalized(w)); r != m_relative.constEnd())
        return relative(*r);
    return std::nullopt;
}

std::optional<SearchTerm> DateResolver::twoWords(const QString &a, const QString &b) const
{
    if (const auto r = m_relative.constFind(searchtext::normalized(a + QLatin1Char(' ') + b));
        r != m_relative.constEnd())
        return relative(*r);
    const QString lastWords[] = {QStringLiteral("last"), tr("last")};
    if (std::find(std::begin(lastWords), std::end(lastWords), a) != std::end(lastWords))
        if (const int first = seasonOf(b))
            return lastSeason(first);
    const int yearA = numberOf(a), yearB = numberOf(b);
    // "june 2019", "2019 june"
    if (const int mo = monthOf(a); mo && isYear(yearB) && b.size() == 4)
        return span(QDate(yearB, mo, 1), QDate(yearB, mo, 1).addMonths(1), tr("%1 %2").arg(monthLabel(mo)).arg(yearB));
    if (const int mo = monthOf(b); mo && isYear(yearA) && a.size() == 4)
        return span(QDate(yearA, mo, 1), QDate(yearA, mo, 1).addMonths(1), tr("%1 %2").arg(monthLabel(mo)).arg(yearA));
    // "summer 2019"
    if (const int first = seasonOf(a); first && isYear(yearB) && b.size() == 4) {
        const QDate from = first == 12 ? QDate(yearB - 1, 12, 1) : QDate(yearB, first, 1);
        return span(from, from.addMonths(3), tr("%1 %2").arg(a.at(0).toUpper() + a.mid(1)).arg(yearB));
    }
    return std::nullopt;
}

std::optional<SearchTerm> DateResolver::threeWords(const QString &a, const QString &b, const QString &c) const
{
    const int na = numberOf(a), nb = numberOf(b), nc = numberOf(c);
    if (isYear(na) && isYear(nc) && a.size() == 4 && c.size() == 4 &&
        (b == QLatin1String("-") || b == QLatin1String("–") || b == QLatin1String("to") || b == tr("to")))
        return oneWord(a + QLatin1Char('-') + c);
    QDate day;
    if (const int mo = monthOf(b); mo && na >= 1 && isYear(nc)) // 12 june 2019
        day = QDate(nc, mo, na);
    else if (const int mo = monthOf(a); mo && nb >= 1 && isYear(nc)) // june 12 2019
        day = QDate(nc, mo, nb);
    if (day.isValid() && c.size() == 4)
        return span(day, day.addDays(1), m_locale.toString(day, QLocale::LongFormat));
    return std::nullopt;
}

std::optional<SearchTerm> DateResolver::resolve(const QStringList &typed) const
{
    QStringList w;
    for (const QString &word : typed)
        w << word.toLower();
    std::optional<SearchTerm> term;
    if (w.size() == 1)
        term = oneWord(w[0]);
    else if (w.size() == 2)
        term = twoWords(w[0], w[1]);
    else if (w.size() == 3)
        term = threeWords(w[0], w[1], w[2]);
    if (term)
        term->typed = typed.join(QLatin1Char(' '));
    return term;
}

std::vector<SearchSuggestion> DateResolver::suggest(const QString &typed, int limit) const
{
    std::vector<SearchSuggestion> out;
    const QString prefix = typed.trimmed().toLower();
    if (prefix.isEmpty())
        return out;
    if (prefix.front().isDigit()) { // years with photos, most recent first
        std::vector<std::pair<int, std::int64_t>> years;
        for (const auto &m : m_months) {
            if (!QString::number(m.year).startsWith(prefix))
                continue;
            if (years.empty() || years.back().first != m.year)
                years.emplace_back(m.year, 0);
            years.back().second += m.count;
        }
        std::sort(years.begin(), years.end(), [](auto a, auto b) { return a.first > b.first; });
        for (const auto &[year, count] : years)
            if (int(out.size()) < limit)
                out.push_back({TermKind::Date, QString::number(year), QString::number(year), count, {}});
        return out;
    }
    // A month name being typed: that month in every year, then in the years with the most photos.
    const QString folded = searchtext::normalized(prefix);
    int month = 0;
    for (auto it = m_suggestedMonths.constBegin(); it != m_suggestedMonths.constEnd() && !month; ++it)
        if (folded.size() >= 2 && it.key().startsWith(folded))
            month = it.value();
    if (!month)
        return out;
    const QString name = monthLabel(month);
    if (auto every = everyYear({month}, tr("%1 (every year)").arg(name)))
        out.push_back({TermKind::Date, every->label, name, every->count, {}});
    std::vector<SearchVocabulary::Month> inMonth;
    for (const auto &m : m_months)
        if (m.month == month)
            inMonth.push_back(m);
    std::sort(inMonth.begin(), inMonth.end(), [](const auto &a, const auto &b) { return a.count > b.count; });
    for (const auto &m : inMonth) {
        if (int(out.size()) >= limit)
            break;
        const QString label = tr("%1 %2").arg(name).arg(m.year);
        out.push_back({TermKind::Date, label, label, m.count, {}});
    }
    return out;
}

} // namespace tintype
