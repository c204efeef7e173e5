#include "TimelineLayout.h"

#include "JustifiedLayout.h"

#include <cstdint>

namespace tintype {

namespace {
constexpr std::int64_t kMsPerDay = 86'400'000;
constexpr std::int64_t kJulianDayOfUnixEpoch = 2'440'588;

// The photo's own calendar day as a Julian day number, without a QDateTime:
// localMs is already on the photo's clock (ms since the epoch read as UTC).
std::int64_t julianDay(const TimelineEntry &entry)
{
    const std::int64_t days =
        entry.localMs >= 0 ? entry.localMs / kMsPerDay : -((-entry.localMs + kMsPerDay - 1) / kMsPerDay);
    return kJulianDayOfUnixEpoch + days;
}

// What groups photos under one header at this density, as a number (and the
// header's date): the day, the month or the year. Undated entries share -1.
struct SectionKey {
    std::int64_t key = -1;
    QDate date;
};
SectionKey sectionKey(const TimelineEntry &entry, TimelineDensity density)
{
    if (!entry.dated)
        return {};
    const std::int64_t jd = julianDay(entry);
    if (density == TimelineDensity::Day)
        return {jd, QDate::fromJulianDay(jd)};
    const QDate day = QDate::fromJulianDay(jd);
    if (density == TimelineDensity::Month)
        return {std::int64_t(day.year()) * 12 + day.month(), QDate(day.year(), day.month(), 1)};
    return {day.year(), QDate(day.year(), 1, 1)};
}
} // namespace

double TimelineLayout::targetRowHeight(TimelineDensity density)
{
    switch (density) {
    case TimelineDensity::Day: return 200;
    case TimelineDensity::Month: return 110;
    case TimelineDensity::Year: return 56;
    }
    return 200;
}

QDate TimelineLayout::localDate(const TimelineEntry &entry)
{
    // localMs is already on the photo's own clock: read it as UTC, never in the machine's zone.
    return entry.dated ? QDate::fromJulianDay(julianDay(entry)) : QDate();
}

double TimelineLayout::shownAspect(const TimelineEntry &entry)
{
    if (entry.editedAspect > 0)
        return entry.editedAspect; // a crop or straighten changed the shape
    if (entry.width <= 0 || entry.height <= 0)
        return 1.0;
    const double aspect = double(entry.width) / double(entry.height);
    return (entry.userRotation & 1) ? 1.0 / aspect : aspect;
}

TimelineLayout::Result TimelineLayout::build(const std::vector<TimelineEntry> &entries, const Options &options)
{
    Result result;
    std::vector<Row> &rows = result.rows;
    result.x.resize(entries.size());
    result.width.resize(entries.size());
    const double target = targetRowHeight(options.density);
    const bool square = options.density == TimelineDensity::Year;
    double y = 0;
    auto addHeader = [&](Row::Kind kind, const QDate &date, int first, int count) {
        Row h;
        h.kind = kind;
        h.date = date;
        h.first = first;
        h.count = count;
        h.y = y;
        h.height = kind == Row::Kind::MajorHeader ? options.majorHeaderHeight : options.minorHeaderHeight;
        y += h.height;
        rows.push_back(std::move(h));
    };

    const int n = int(entries.size());
    // Each entry's section once (day, and month for the day density's month headers).
    std::vector<SectionKey> sections(entries.size()), months;
    for (int i = 0; i < n; ++i)
        sections[size_t(i)] = sectionKey(entries[size_t(i)], options.density);
    if (options.density == TimelineDensity::Day) {
        months.resize(entries.size());
        for (int i = 0; i < n; ++i)
            months[size_t(i)] = sectionKey(entries[size_t(i)], TimelineDensity::Month);
    }
    int first = 0;
    std::int64_t previousMonth = 0;
    bool firstSection = true;
    std::vector<double> aspects;
    while (first < n) {
        const SectionKey &key = sections[size_t(first)];
        int end = first + 1;
        while (end < n && sections[size_t(end)].key == key.key)
            ++end;
        const int count = end - first;
        if (options.density == TimelineDensity::Day) {
            const SectionKey &month = months[size_t(first)];
            if (firstSection || month.key != previousMonth) {
                int k = end;
                while (k < n && months[size_t(k)].key == month.key)
                    ++k;
                addHeader(Row::Kind::MajorHeader, month.date, first, k - first);
            }
            previousMonth = month.key;
            if (key.date.isValid())
                addHeader(Row::Kind::MinorHeader, key.date, first, count);
        } else {
            addHeader(Row::Kind::MajorHeader, key.date, first, count);
        }
        firstSection = false;

        aspects.clear();
        for (int i = first; i < end; ++i)
            aspects.push_back(square ? 1.0 : shownAspect(entries[i]));
        for (const JustifiedLayout::Row &jr : JustifiedLayout::rows(aspects, options.width, target, options.spacing)) {
            Row r;
            r.kind = Row::Kind::Photos;
            r.first = first + jr.first;
            r.count = jr.count;
            r.y = y;
            r.height = jr.height + options.spacing;
            std::copy(jr.x.begin(), jr.x.end(), result.x.begin() + r.first);
            std::copy(jr.width.begin(), jr.width.end(), result.width.begin() + r.first);
            y += r.height;
            rows.push_back(std::move(r));
        }
        first = end;
    }
    return result;
}

} // namespace tintype
