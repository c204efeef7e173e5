#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <set>
#include <vector>

namespace tintype {
class Catalog;
}

namespace tintype::test {

// A life in photos written into a catalog (assets, primary files, places), for
// core/stories' tests and benchmark: years at home in Berlin, a move to Munich
// on 2022-07-01, days out 25 km and 150 km away (no trips), and five trips of
// 2 to 12 days through one to three towns in other countries and time zones,
// with a day without photos and photos without a position (another camera) on
// the way. Deterministic.
struct GeneratedLife {
    struct ExpectedTrip {
        QString start, end, title; // local days, YYYY-MM-DD
        QStringList places;
        std::set<std::int64_t> assetIds;
    };
    std::vector<ExpectedTrip> trips;
    std::set<std::int64_t> screenshots; // favourites named Screenshot_…: never a best photo
    std::int64_t assetCount = 0;
};

// `photosPerHomeDay` photos on every day at home (2: ~5,000 assets; 40: ~100,000).
GeneratedLife writeGeneratedLife(Catalog &catalog, int photosPerHomeDay = 2);

} // namespace tintype::test
