#include "catalog/StoryChoiceRepository.h"

#include "catalog/Catalog.h"
#include "catalog/SqlStatement.h"

#include <QDateTime>

namespace tintype {

std::map<QString, TripChoice> StoryChoiceRepository::tripChoices()
{
    SqlStatement q(m_catalog.handle(), "SELECT trip_key, title, hidden, merged_into, album_id FROM trip_choice");
    std::map<QString, TripChoice> out;
    while (q.next()) {
        TripChoice &c = out[q.text(0)];
        c.title = q.isNull(1) ? QString() : q.text(1);
        c.hidden = q.integer(2) != 0;
        c.mergedInto = q.isNull(3) ? QString() : q.text(3);
        c.albumId = q.isNull(4) ? 0 : q.int64(4);
    }
    return out;
}

void StoryChoiceRepository::setTripChoice(const QString &tripKey, const TripChoice &choice)
{
    SqlStatement q(m_catalog.handle(),
                   "INSERT OR REPLACE INTO trip_choice (trip_key, title, hidden, merged_into, album_id, updated_at) "
                   "VALUES (?, ?, ?, ?, ?, ?)");
    q.bind(1, tripKey)
        .bind(2, choice.title.isEmpty() ? QString() : choice.title)
        .bind(3, choice.hidden ? 1 : 0)
        .bind(4, choice.mergedInto.isEmpty() ? QString() : choice.mergedInto)
        .bind(5, choice.albumId ? std::optional<std::int64_t>(choice.albumId) : std::nullopt)
        .bind(6, std::int64_t(QDateTime::currentSecsSinceEpoch()))
        .exec();
}

std::set<QString> StoryChoiceRepository::dismissedMemories()
{
    SqlStatement q(m_catalog.handle(), "SELECT memory_key FROM memory_dismissal");
    std::set<QString> out;
    while (q.next())
        out.insert(q.text(0));
    return out;
}

void StoryChoiceRepository::dismissMemory(const QString &memoryKey)
{
    SqlStatement q(m_catalog.handle(),
                   "INSERT OR REPLACE INTO memory_dismissal (memory_key, dismissed_at) VALUES (?, ?)");
    q.bind(1, memoryKey).bind(2, std::int64_t(QDateTime::currentSecsSinceEpoch())).exec();
}

std::vector<HomeChoice> StoryChoiceRepository::homeChoices()
{
    SqlStatement q(m_catalog.handle(),
                   "SELECT first_day, last_day, latitude, longitude, place FROM home_choice ORDER BY first_day");
    std::vector<HomeChoice> out;
    while (q.next()) {
        HomeChoice &c = out.emplace_back();
        c.firstDay = q.int64(0);
        c.lastDay = q.int64(1);
        if (!q.isNull(2) && !q.isNull(3)) {
            c.latitude = q.real(2);
            c.longitude = q.real(3);
        }
        c.place = q.isNull(4) ? QString() : q.text(4);
    }
    return out;
}

void StoryChoiceRepository::setHomeChoice(const HomeChoice &choice)
{
    SqlStatement q(m_catalog.handle(), "INSERT OR REPLACE INTO home_choice (first_day, last_day, latitude, longitude, "
                                       "place, updated_at) VALUES (?, ?, ?, ?, ?, ?)");
    q.bind(1, choice.firstDay)
        .bind(2, choice.lastDay)
        .bind(3, choice.latitude)
        .bind(4, choice.longitude)
        .bind(5, choice.place)
        .bind(6, std::int64_t(QDateTime::currentSecsSinceEpoch()))
        .exec();
}

void StoryChoiceRepository::removeHomeChoice(std::int64_t firstDay)
{
    SqlStatement q(m_catalog.handle(), "DELETE FROM home_choice WHERE first_day = ?");
    q.bind(1, firstDay).exec();
}

} // namespace tintype
