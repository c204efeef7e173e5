#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace tintype {

class Catalog;

// A named person or an unnamed cluster of faces.
struct PersonRecord {
    std::int64_t id = 0;
    QString name; // empty: an unnamed cluster
    bool hidden = false;
    std::int64_t faceCount = 0;
    std::int64_t confirmedCount = 0;
    std::optional<std::int64_t> coverFaceId; // the chosen cover, else the sharpest big face
    std::int64_t createdAt = 0;
};

// People (table person). Methods throw SqlError; call them inside Catalog::write/read.
class PersonRepository {
public:
    explicit PersonRepository(Catalog &catalog) : m_catalog(catalog) {}

    std::int64_t create(const QString &name, std::int64_t createdAt);
    std::optional<PersonRecord> byId(std::int64_t id);
    // Named people first (by name), then unnamed clusters by size; hidden ones only when asked.
    std::vector<PersonRecord> all(bool includeHidden);
    std::optional<std::int64_t> byName(const QString &name);
    void rename(std::int64_t id, const QString &name);
    void setHidden(std::int64_t id, bool hidden);
    // Every face of `from` moves to `into` (confirmed ones stay confirmed), then `from` is removed.
    void merge(std::int64_t from, std::int64_t into);
    void remove(std::int64_t id); // its faces become unassigned
    // Unnamed clusters without any face left.
    void removeEmptyClusters();

private:
    Catalog &m_catalog;
};

} // namespace tintype
