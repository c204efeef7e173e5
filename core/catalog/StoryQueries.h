#pragma once

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <vector>

namespace tintype {

class Catalog;

// One dated photo or video as trips and memories (core/stories) need it: when
// (UTC and the camera's offset), where (GPS and its place), and what makes it
// worth showing. Small, so 100,000 of them are cheap.
struct StoryAsset {
    std::int64_t assetId = 0;
    std::int64_t fileId = 0;          // its primary file (ThumbnailSources::ofFile)
    std::int64_t utcMs = 0;           // capture instant (floating: the wall clock read as UTC)
    std::optional<int> offsetMinutes; // the camera's UTC offset; none: floating time
    std::optional<double> latitude;   // both or neither
    std::optional<double> longitude;
    QByteArray countryCode;            // asset_place, ISO 3166-1 alpha-2; empty: none
    QByteArray city;                   // UTF-8; empty: outside towns or no place
    std::optional<std::uint64_t> hash; // the perceptual hash of its primary file (core/similarity)
    QByteArray relPath;                // the primary file, relative to its root (screenshots by name)
    bool video = false;
    bool favorite = false;
    bool namedPeople = false; // a face of a named, shown person

    // The camera's wall clock as ms since the epoch read as UTC.
    std::int64_t localMs() const { return utcMs + std::int64_t(offsetMinutes.value_or(0)) * 60000; }
    bool hasPosition() const { return latitude && longitude; }
};

// Read-only queries for core/stories. Methods throw SqlError; call them inside Catalog::read.
class StoryQueries {
public:
    explicit StoryQueries(Catalog &catalog) : m_catalog(catalog) {}

    // Every dated, not archived asset whose primary file is present, oldest first.
    std::vector<StoryAsset> assets();

private:
    Catalog &m_catalog;
};

} // namespace tintype
