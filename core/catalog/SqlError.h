#pragma once

#include <stdexcept>
#include <string>

struct sqlite3;

namespace tintype {

// Thrown inside core/catalog only; the Catalog's public API turns it into a
// Result/Status before it reaches callers.
class SqlError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
    static SqlError fromDb(sqlite3 *db, const std::string &context);
};

} // namespace tintype
