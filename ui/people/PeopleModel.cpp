#include "PeopleModel.h"

#include "catalog/FaceRepository.h"
#include "catalog/PersonRepository.h"
#include "faces/People.h"

namespace tintype {

PeopleModel::PeopleModel(QObject *parent)
    : FaceRowsModel({QStringLiteral("personId"), QStringLiteral("name"), QStringLiteral("photoCount"),
                     QStringLiteral("coverFaceId"), QStringLiteral("hidden")},
                    parent)
{}

void PeopleModel::setShowHidden(bool show)
{
    if (m_showHidden == show)
        return;
    m_showHidden = show;
    emit showHiddenChanged();
    reload();
}

void PeopleModel::setNamedOnly(bool named)
{
    if (m_namedOnly == named)
        return;
    m_namedOnly = named;
    emit showHiddenChanged();
    reload();
}

FaceRowsModel::Loader PeopleModel::loader() const
{
    return [namedOnly = m_namedOnly, showHidden = m_showHidden](Catalog &catalog) {
        const auto counts = FaceRepository(catalog).photoCountsByPerson();
        Loaded loaded;
        int hidden = 0;
        for (const PersonRecord &p : PersonRepository(catalog).all(true)) {
            if (p.hidden)
                ++hidden;
            if ((p.hidden && !showHidden) || (namedOnly && p.name.isEmpty()))
                continue;
            const auto count = counts.find(p.id);
            loaded.rows.append(
                {{QStringLiteral("personId"), qint64(p.id)},
                 {QStringLiteral("name"), p.name},
                 {QStringLiteral("photoCount"), count == counts.end() ? qint64(0) : qint64(count->second)},
                 {QStringLiteral("coverFaceId"), qint64(p.coverFaceId.value_or(0))},
                 {QStringLiteral("hidden"), p.hidden}});
        }
        loaded.extra.insert(QStringLiteral("hidden"), hidden);
        return loaded;
    };
}

void PeopleModel::loadedExtra(const QVariantMap &extra)
{
    m_hiddenCount = extra.value(QStringLiteral("hidden")).toInt();
}

qint64 PeopleModel::personNamed(const QString &name, qint64 exceptId) const
{
    const QString wanted = name.trimmed();
    for (const QVariantMap &r : rows())
        if (r.value(QStringLiteral("personId")).toLongLong() != exceptId &&
            r.value(QStringLiteral("name")).toString().compare(wanted, Qt::CaseInsensitive) == 0 && !wanted.isEmpty())
            return r.value(QStringLiteral("personId")).toLongLong();
    return 0;
}

QVariantMap PeopleModel::person(qint64 personId) const
{
    for (const QVariantMap &r : rows())
        if (r.value(QStringLiteral("personId")).toLongLong() == personId)
            return r;
    return {};
}

void PeopleModel::rename(qint64 personId, const QString &name)
{
    act([personId, name](Catalog &catalog) -> Result<qint64> {
        auto named = People(catalog).name(personId, name);
        return named ? Result<qint64>(named.value()) : Result<qint64>::failure(named.error());
    });
}

void PeopleModel::merge(const QVariantList &personIds)
{
    std::vector<std::int64_t> ids;
    for (const QVariant &id : personIds)
        ids.push_back(id.toLongLong());
    act([ids](Catalog &catalog) -> Result<qint64> {
        auto merged = People(catalog).merge(ids);
        return merged ? Result<qint64>(merged.value()) : Result<qint64>::failure(merged.error());
    });
}

void PeopleModel::setHidden(qint64 personId, bool hidden)
{
    act([personId, hidden](Catalog &catalog) -> Result<qint64> {
        const Status done = People(catalog).setHidden(personId, hidden);
        return done ? Result<qint64>(personId) : Result<qint64>::failure(done.error());
    });
}

} // namespace tintype
