#pragma once

#include <QDate>
#include <QString>

#include <cstdint>
#include <map>

namespace tintype {
class Catalog;
}

namespace tintype::test {

// A small library for search tests, written through the repositories: people
// (Anna Schmidt, Tom Weber, a Takeout hint "Maria"), places in six countries,
// albums ("Weekend in Rome" holds a Florence photo too), cameras (iPhone, X-T3,
// D750, Pixel), a video, a RAW, a screenshot, a panorama, favourites, the
// midnight cases (23:30 +01:00 on 31 Dec 2019; 00:30 +09:00 on 1 Jan 2020), an
// archived photo and one whose file is missing (never found). Returns asset ids
// by file name ("IMG_0001.JPG").
std::map<QString, std::int64_t> writeSearchLibrary(Catalog &catalog);

// The day the library's relative dates ("yesterday", "last summer") count from.
inline QDate searchLibraryToday() { return QDate(2026, 12, 7); }

} // namespace tintype::test
