#pragma once

#include <vector>

struct sqlite3;

namespace tintype {

// Numbered forward migrations; the catalog's PRAGMA user_version is the number
// of the last one applied. Never edit a released migration: add a new one.
struct CatalogSchema {
    struct Migration {
        int version;
        const char *sql;
    };
    static const std::vector<Migration> &migrations();
    static int latestVersion();
    // Applies migrations (each in its own transaction) up to `target`. Throws SqlError.
    static void migrate(sqlite3 *db, int target);
};

} // namespace tintype
