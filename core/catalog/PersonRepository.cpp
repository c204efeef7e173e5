#include "catalog/PersonRepository.h"

#include "catalog/Catalog.h"
#include "catalog/SqlStatement.h"

namespace tintype {

namespace {
constexpr const char *kSelect =
    "SELECT p.id, p.name, p.hidden, p.created_at,"
    " (SELECT COUNT(*) FROM face f WHERE f.person_id = p.id),"
    " (SELECT COUNT(*) FROM face f WHERE f.person_id = p.id AND f.confirmed = 1),"
    " COALESCE(p.cover_face_id, (SELECT f.id FROM face f WHERE f.person_id = p.id"
    "   ORDER BY f.confirmed DESC, f.width * f.height * MIN(f.sharpness, 500) DESC LIMIT 1))"
    " FROM person p ";

PersonRecord rowToPerson(const SqlStatement &q)
{
    PersonRecord r;
    r.id = q.int64(0);
    r.name = q.text(1);
    r.hidden = q.integer(2) != 0;
    r.createdAt = q.int64(3);
    r.faceCount = q.int64(4);
    r.confirmedCount = q.int64(5);
    r.coverFaceId = q.optionalInt64(6);
    return r;
}
} // namespace

std::int64_t PersonRepository::create(const QString &name, std::int64_t createdAt)
{
    SqlStatement q(m_catalog.handle(), "INSERT INTO person (name, created_at) VALUES (?, ?) RETURNING id");
    q.bind(1, name.isEmpty() ? QString() : name).bind(2, createdAt);
    q.next();
    return q.int64(0);
}

std::optional<PersonRecord> PersonRepository::byId(std::int64_t id)
{
    SqlStatement q(m_catalog.handle(), std::string(kSelect) + "WHERE p.id = ?");
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    return rowToPerson(q);
}

std::vector<PersonRecord> PersonRepository::all(bool includeHidden)
{
    SqlStatement q(m_catalog.handle(), std::string(kSelect) + (includeHidden ? "" : "WHERE p.hidden = 0 ") +
                                           "ORDER BY p.name IS NULL, p.name COLLATE NOCASE, 5 DESC, p.id");
    std::vector<PersonRecord> people;
    while (q.next())
        people.push_back(rowToPerson(q));
    return people;
}

std::optional<std::int64_t> PersonRepository::byName(const QString &name)
{
    SqlStatement q(m_catalog.handle(), "SELECT id FROM person WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1");
    q.bind(1, name);
    if (!q.next())
        return std::nullopt;
    return q.int64(0);
}

void PersonRepository::rename(std::int64_t id, const QString &name)
{
    SqlStatement q(m_catalog.handle(), "UPDATE person SET name = ? WHERE id = ?");
    q.bind(1, name.isEmpty() ? QString() : name).bind(2, id).exec();
}

void PersonRepository::setHidden(std::int64_t id, bool hidden)
{
    SqlStatement q(m_catalog.handle(), "UPDATE person SET hidden = ? WHERE id = ?");
    q.bind(1, hidden ? 1 : 0).bind(2, id).exec();
}

void PersonRepository::merge(std::int64_t from, std::int64_t into)
{
    if (from == into)
        return;
    SqlStatement faces(m_catalog.handle(), "UPDATE face SET person_id = ? WHERE person_id = ?");
    faces.bind(1, into).bind(2, from).exec();
    SqlStatement rejections(m_catalog.handle(),
                            "UPDATE OR IGNORE face_rejection SET person_id = ? WHERE person_id = ?");
    rejections.bind(1, into).bind(2, from).exec();
    remove(from);
}

void PersonRepository::remove(std::int64_t id)
{
    SqlStatement faces(m_catalog.handle(), "UPDATE face SET person_id = NULL, confirmed = 0 WHERE person_id = ?");
    faces.bind(1, id).exec();
    SqlStatement q(m_catalog.handle(), "DELETE FROM person WHERE id = ?");
    q.bind(1, id).exec();
}

void PersonRepository::removeEmptyClusters()
{
    SqlStatement(m_catalog.handle(), "DELETE FROM person WHERE name IS NULL AND hidden = 0 AND NOT EXISTS"
                                     " (SELECT 1 FROM face f WHERE f.person_id = person.id)")
        .exec();
}

} // namespace tintype
