#include "TimelineLayout.h"

#include "JustifiedLayout.h"

#include <QDateTime>
#include <QTimeZone>

namespace tintype {

namespace {
// What groups photos under one header at this density.
QDate sectionKey(const QDate &day, TimelineDensity density)
{
    if (!day.isValid())
        return {};
    switch (density) {
    case TimelineDensity::Day: return day;
    case TimelineDensity::Month: return QDate(day.year(), day.month(), 1);
    case TimelineDensity::Year: return QDate(day.year(), 1, 1);
    }
    return day;
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
    if (!entry.dated)
        return {};
    // localMs is already on the photo's own clock: read it as UTC, never in the machine's zone.
    return QDateTime::fromMSecsSinceEpoch(entry.localMs, QTimeZone::utc()).date();
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

std::vector<TimelineLayout::Row> TimelineLayout::build(const std::vector<TimelineEntry> &entries,
                                                       const Options &options)
{
    std::vector<Row> rows;
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
    int first = 0;
    QDate previousMonth;
    bool firstSection = true;
    std::vector<double> aspects;
    while (first < n) {
        const QDate key = sectionKey(localDate(entries[first]), options.density);
        int end = first + 1;
        while (end < n && sectionKey(localDate(entries[end]), options.density) == key)
            ++end;
        const int count = end - first;
        if (options.density == TimelineDensity::Day) {
            const QDate month = key.isValid() ? QDate(key.year(), key.month(), 1) : QDate();
            if (firstSection || month != previousMonth) {
                int monthCount = count, k = end;
                while (k < n && (month.isValid() ? sectionKey(localDate(entries[k]), TimelineDensity::Month) == month
                                                 : !entries[k].dated))
                    ++k, ++monthCount;
                addHeader(Row::Kind::MajorHeader, month, first, monthCount);
            }
            previousMonth = month;
            if (key.isValid())
                addHeader(Row::Kind::MinorHeader, key, first, count);
        } else {
            addHeader(Row::Kind::MajorHeader, key, first, count);
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
            r.x.assign(jr.x.begin(), jr.x.end());
            r.width.assign(jr.width.begin(), jr.width.end());
            y += r.height;
            rows.push_back(std::move(r));
        }
        first = end;
    }
    return rows;
}

} // namespace tintype
