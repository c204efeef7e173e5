#pragma once

#include "catalog/TimelineQueries.h"

#include <QDate>
#include <QString>

#include <vector>

namespace tintype {

// How dense the timeline is: justified rows by day, smaller by month, tiny squares by year.
enum class TimelineDensity { Day = 0, Month = 1, Year = 2 };

// Turns the ordered entries into the rows a ListView shows: header rows
// (month or year titles, day titles) and photo rows with each tile's x and
// width. Days are the photo's own calendar day (its own UTC offset; floating
// times as they are); undated photos come last under their own header.
struct TimelineLayout {
    struct Row {
        enum class Kind { MajorHeader, MinorHeader, Photos };
        Kind kind = Kind::Photos;
        QDate date;    // headers: the day/month/year; invalid = undated
        int first = 0; // Photos: first entry index; headers: first entry of the section
        int count = 0; // Photos: tiles in the row; headers: entries in the section
        double y = 0;  // top, in the content
        double height = 0;
    };
    // The rows, and each photo tile's left edge and width in its row, by entry
    // index (one flat pair of arrays: a million photos make no million small
    // allocations).
    struct Result {
        std::vector<Row> rows;
        std::vector<float> x, width;
    };
    struct Options {
        TimelineDensity density = TimelineDensity::Day;
        double width = 800;
        double spacing = 4;
        double majorHeaderHeight = 64;
        double minorHeaderHeight = 40;
    };
    static double targetRowHeight(TimelineDensity density);
    // The photo's own calendar day; invalid for undated entries.
    static QDate localDate(const TimelineEntry &entry);
    // Aspect ratio as shown: the user's quarter turns swap width and height.
    static double shownAspect(const TimelineEntry &entry);

    static Result build(const std::vector<TimelineEntry> &entries, const Options &options);
};

} // namespace tintype
