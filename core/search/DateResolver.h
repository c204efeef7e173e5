#pragma once

#include "search/TermResolver.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace tintype {

// Dates on the photo's own clock: years ("2019"), ranges ("2018-2020"),
// months ("june 2019", "juni 2019", "2019-06"), days ("12 june 2019",
// "2019-06-12"), a month or season alone (that month in every year), and
// "today", "yesterday", "last week/month/year", "this year", "last summer".
// Month names in English, the UI language and the languages of Europe's
// larger photo libraries (de, fr, es, it, nl, pt, sv, da, nb, fi, pl).
class DateResolver : public TermResolver {
    Q_DECLARE_TR_FUNCTIONS(DateResolver)

public:
    // `today`: the user's date (tests fix it); `months`: photo counts per year and month.
    DateResolver(QDate today, const QString &language, std::vector<SearchVocabulary::Month> months);

    TermKind kind() const override { return TermKind::Date; }
    std::optional<SearchTerm> resolve(const QStringList &words) const override;
    std::vector<SearchSuggestion> suggest(const QString &prefix, int limit) const override;

private:
    enum class Relative { Today, Yesterday, LastWeek, ThisWeek, LastMonth, ThisMonth, LastYear, ThisYear };
    std::optional<SearchTerm> span(QDate from, QDate to, const QString &label) const; // [from, to)
    std::optional<SearchTerm> everyYear(const std::vector<int> &months, const QString &label) const;
    std::optional<SearchTerm> oneWord(const QString &word) const;
    std::optional<SearchTerm> twoWords(const QString &a, const QString &b) const;
    std::optional<SearchTerm> threeWords(const QString &a, const QString &b, const QString &c) const;
    std::optional<SearchTerm> relative(Relative r) const;
    std::optional<SearchTerm> lastSeason(int firstMonth) const;
    std::int64_t countIn(QDate from, QDate to) const;
    int monthOf(const QString &word) const;  // 0: not a month name
    int seasonOf(const QString &word) const; // its first month; 0: not a season
    QString monthLabel(int month) const;

    QDate m_today;
    QLocale m_locale;
    std::vector<SearchVocabulary::Month> m_months;
    QHash<QString, int> m_monthNames;      // normalized → 1..12
    QHash<QString, int> m_suggestedMonths; // the same, English and the UI language only (suggestions)
    QHash<QString, int> m_seasonNames;     // normalized → first month (northern hemisphere)
    QHash<QString, Relative> m_relative;   // "yesterday", "last week", ...
    QHash<QString, QString> m_monthLabels; // for suggestions: normalized name → label
};

} // namespace tintype
