#pragma once

#include <QByteArray>

#include <cstdint>
#include <vector>

namespace tintype {

class Catalog;

// The folders photos sit in, as the disk has them. Methods throw SqlError;
// call them inside Catalog::read.
class FolderQueries {
public:
    explicit FolderQueries(Catalog &catalog) : m_catalog(catalog) {}

    struct FolderCount {
        std::int64_t rootId = 0;
        QByteArray folder;       // '/'-separated native bytes relative to the root; empty = the root itself
        std::int64_t assets = 0; // assets whose primary file sits directly in this folder
    };
    // Every folder holding at least one asset's primary file (missing files
    // not counted; files of offline roots are), sorted by root then folder.
    std::vector<FolderCount> counts();

private:
    Catalog &m_catalog;
};

} // namespace tintype
