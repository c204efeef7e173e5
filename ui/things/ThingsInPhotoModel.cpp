#include "ThingsInPhotoModel.h"

#include "AppServices.h"
#include "CatalogWorker.h"

#include "catalog/Catalog.h"
#include "things/ThingLabels.h"

#include <algorithm>

namespace tintype {

ThingsInPhotoModel::ThingsInPhotoModel(QObject *parent) : ServicesListModel(parent) {}

void ThingsInPhotoModel::setAssetId(qint64 id)
{
    if (m_assetId == id)
        return;
    m_assetId = id;
    emit assetIdChanged();
    reload();
}

int ThingsInPhotoModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_things.size());
}

QHash<int, QByteArray> ThingsInPhotoModel::roleNames() const
{
    return {{LabelRole, "label"}, {NameRole, "name"}, {ScoreRole, "score"}};
}

QVariant ThingsInPhotoModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_things.size()))
        return {};
    const ThingRecord &t = m_things[std::size_t(index.row())];
    switch (role) {
    case LabelRole: return t.label;
    case NameRole: return ThingLabels::displayName(t.label);
    case ScoreRole: return double(t.score);
    default: return {};
    }
}

void ThingsInPhotoModel::connectServices(AppServices &services)
{
    connect(&services, &AppServices::thingsChanged, this, &ThingsInPhotoModel::reload);
}

void ThingsInPhotoModel::servicesReplaced() { reload(); }

void ThingsInPhotoModel::reload()
{
    const int generation = ++m_generation;
    if (!services() || m_assetId <= 0) {
        beginResetModel();
        m_things.clear();
        endResetModel();
        emit loaded();
        return;
    }
    const qint64 id = m_assetId;
    services()->catalog().read<std::vector<ThingRecord>>(
        [id](Catalog &catalog) {
            // One entry per label (the best scored, which ofAsset lists first).
            std::vector<ThingRecord> unique;
            for (ThingRecord &t : ThingRepository(catalog).ofAsset(id))
                if (std::none_of(unique.begin(), unique.end(),
                                 [&](const ThingRecord &u) { return u.label == t.label; }))
                    unique.push_back(std::move(t));
            return unique;
        },
        this,
        [this, generation](Result<std::vector<ThingRecord>> result) {
            if (generation != m_generation)
                return;
            beginResetModel();
            m_things = result ? std::move(result.value()) : std::vector<ThingRecord>{};
            endResetModel();
            emit loaded();
        });
}

void ThingsInPhotoModel::remove(const QString &label)
{
    if (!services() || m_assetId <= 0)
        return;
    const qint64 id = m_assetId;
    services()->catalog().write<bool>(
        [id, label](Catalog &catalog) { return ThingRepository(catalog).removeLabel(id, label); }, this,
        [this](Result<bool> result) {
            if (result && result.value())
                emit services()->thingsChanged();
            reload();
        });
}

} // namespace tintype
