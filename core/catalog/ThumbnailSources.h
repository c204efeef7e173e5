#pragma once

#include <QByteArray>

#include <cstdint>
#include <filesystem>
#include <vector>

namespace tintype {

class Catalog;

// The files thumbnails are made of: each asset's present primary file on an
// online root, with the fingerprint that keys its cache entry. Methods throw
// SqlError; call them inside Catalog::read.
class ThumbnailSources {
public:
    explicit ThumbnailSources(Catalog &catalog) : m_catalog(catalog) {}

    struct Source {
        std::int64_t fileId = 0;
        std::filesystem::path path; // absolute
        QByteArray fingerprint;
    };
    // Newest capture first (the order a timeline shows them).
    std::vector<Source> all();
    // Every fingerprint of a file the catalog knows, present or missing (a
    // missing file may come back: its thumbnail is kept).
    std::vector<QByteArray> knownFingerprints();

private:
    Catalog &m_catalog;
};

} // namespace tintype
