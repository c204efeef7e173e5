#include "PersonFacesModel.h"

#include "catalog/Catalog.h"
#include "catalog/FaceRepository.h"
#include "catalog/PersonRepository.h"
#include "faces/People.h"

#include <stdexcept>

namespace tintype {

namespace {
std::vector<std::int64_t> toIds(const QVariantList &list)
{
    std::vector<std::int64_t> ids;
    for (const QVariant &id : list)
        ids.push_back(id.toLongLong());
    return ids;
}

QVariantMap faceRow(std::int64_t faceId, std::int64_t assetId, bool confirmed)
{
    return {{QStringLiteral("faceId"), qint64(faceId)},
            {QStringLiteral("assetId"), qint64(assetId)},
            {QStringLiteral("confirmed"), confirmed}};
}
} // namespace

PersonFacesModel::PersonFacesModel(QObject *parent)
    : FaceRowsModel({QStringLiteral("faceId"), QStringLiteral("assetId"), QStringLiteral("confirmed")}, parent)
{}

void PersonFacesModel::setPersonId(qint64 id)
{
    if (m_personId == id)
        return;
    m_personId = id;
    emit personChanged();
    reload();
}

void PersonFacesModel::setSuggestions(bool suggestions)
{
    if (m_suggestions == suggestions)
        return;
    m_suggestions = suggestions;
    emit personChanged();
    reload();
}

FaceRowsModel::Loader PersonFacesModel::loader() const
{
    if (m_personId <= 0)
        return {};
    return [personId = m_personId, suggestions = m_suggestions](Catalog &catalog) {
        Loaded loaded;
        const auto person = PersonRepository(catalog).byId(personId);
        if (!person)
            return loaded;
        loaded.extra = {{QStringLiteral("name"), person->name}, {QStringLiteral("hidden"), person->hidden}};
        if (suggestions) {
            auto found = People(catalog).suggestions(personId);
            if (!found)
                throw std::runtime_error(found.error().toStdString());
            for (const People::Suggestion &s : found.value())
                loaded.rows.append(faceRow(s.faceId, s.assetId, false));
            return loaded;
        }
        for (const FaceRecord &f : FaceRepository(catalog).ofPerson(personId))
            loaded.rows.append(faceRow(f.id, f.assetId, f.confirmed));
        return loaded;
    };
}

void PersonFacesModel::loadedExtra(const QVariantMap &extra)
{
    m_exists = !extra.isEmpty();
    m_name = extra.value(QStringLiteral("name")).toString();
    m_hidden = extra.value(QStringLiteral("hidden")).toBool();
}

void PersonFacesModel::moveToNewPerson(const QVariantList &faceIds, const QString &name)
{
    act([ids = toIds(faceIds), name](Catalog &catalog) -> Result<qint64> {
        auto created = People(catalog).split(ids, name);
        return created ? Result<qint64>(created.value()) : Result<qint64>::failure(created.error());
    });
}

void PersonFacesModel::notThisPerson(const QVariantList &faceIds)
{
    act([ids = toIds(faceIds), personId = m_personId](Catalog &catalog) -> Result<qint64> {
        People people(catalog);
        for (std::int64_t id : ids)
            if (const Status removed = people.removeFace(id); !removed)
                return Result<qint64>::failure(removed.error());
        return Result<qint64>(personId);
    });
}

void PersonFacesModel::confirm(qint64 faceId)
{
    act([faceId, personId = m_personId](Catalog &catalog) -> Result<qint64> {
        const Status done = People(catalog).confirmFace(faceId, personId);
        return done ? Result<qint64>(personId) : Result<qint64>::failure(done.error());
    });
}

void PersonFacesModel::reject(qint64 faceId)
{
    act([faceId, personId = m_personId](Catalog &catalog) -> Result<qint64> {
        // The face stays where it is (another person or none) and is never offered as this person again.
        const Status done = catalog.write([&] {
            FaceRepository(catalog).reject(faceId, personId);
            PersonRepository(catalog).removeEmptyClusters();
        });
        return done ? Result<qint64>(personId) : Result<qint64>::failure(done.error());
    });
}

} // namespace tintype
