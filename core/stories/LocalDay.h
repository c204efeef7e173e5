#pragma once

#include <QDate>

#include <cstdint>

namespace tintype::localday {

// Days since 1970-01-01 of a wall-clock time given as ms since the epoch read
// as UTC (StoryAsset::localMs), and back to a date.
inline std::int64_t of(std::int64_t localMs)
{
    constexpr std::int64_t kDay = 86'400'000;
    return localMs >= 0 ? localMs / kDay : -((-localMs + kDay - 1) / kDay);
}
inline QDate toDate(std::int64_t day) { return QDate::fromJulianDay(2440588 + day); }
inline std::int64_t fromDate(QDate date) { return date.toJulianDay() - 2440588; }

} // namespace tintype::localday
