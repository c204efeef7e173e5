#pragma once

#include <QByteArray>

#include <cstdint>
#include <filesystem>
#include <optional>
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
        // The asset's current edit (EditRepository): stack JSON and its
        // fingerprint, both empty when it shows unedited; the catalog's quarter
        // turns, which come before the edit.
        QByteArray editStack, editFingerprint;
        int userQuarterTurns = 0;
    };
    // Newest capture first (the order a timeline shows them).
    std::vector<Source> all();
    // One file (any role), when it is present and its root online.
    std::optional<Source> ofFile(std::int64_t fileId);
    // Every fingerprint of a file the catalog knows, present or missing (a
    // missing file may come back: its thumbnail is kept).
    std::vector<QByteArray> knownFingerprints();

private:
    Catalog &m_catalog;
};

} // namespace tintype
