#pragma once

#include "catalog/CatalogRecords.h"
#include "common/Result.h"

#include <QCoreApplication>

#include <filesystem>
#include <optional>
#include <vector>

namespace tintype {

class Catalog;

// The user's photo folders (roots) in one catalog: add, list, remove, and
// finding out which are reachable now. A root that cannot be reached is
// offline: its records stay exactly as they are.
class Library {
    Q_DECLARE_TR_FUNCTIONS(Library)

public:
    explicit Library(Catalog &catalog) : m_catalog(catalog) {}

    Result<RootRecord> addRoot(const std::filesystem::path &folder);
    Status removeRoot(std::int64_t rootId); // forgets its files and assets; touches no file on disk
    Result<std::vector<RootRecord>> roots();

    // Checks every root: reachable at its path on the same volume → online; its
    // volume mounted elsewhere → relocated and online; otherwise offline.
    Result<std::vector<RootRecord>> refreshRoots();

    // Forgets files marked missing in online roots (and assets left without files).
    Result<int> purgeMissing();

    // Absolute path of a file, when it is present and its root online (else nullopt: never opened).
    // Its own read transaction.
    Result<std::optional<std::filesystem::path>> availablePath(std::int64_t fileId);

private:
    Catalog &m_catalog;
};

} // namespace tintype
