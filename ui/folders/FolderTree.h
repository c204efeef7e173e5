#pragma once

#include "catalog/CatalogRecords.h"
#include "catalog/FolderQueries.h"

#include <QString>

#include <vector>

namespace tintype {

// The folders of the library as the disk has them: one node per root, then
// every folder on the way to a folder holding photos, with the photos directly
// in it and in it and below. Pure (built from catalog rows).
struct FolderTree {
    struct Node {
        std::int64_t rootId = 0;
        QByteArray folder; // relative to the root; empty for the root node
        QString name;      // for display (the root's full path, else the last folder name)
        int depth = 0;
        std::int64_t direct = 0, total = 0;
        bool online = true;
        std::vector<int> children; // indexes into nodes
        int parent = -1;
    };
    std::vector<Node> nodes; // depth-first, children sorted by name
    std::vector<int> roots;  // indexes of root nodes

    static FolderTree build(const std::vector<RootRecord> &roots,
                            const std::vector<FolderQueries::FolderCount> &counts);
};

} // namespace tintype
