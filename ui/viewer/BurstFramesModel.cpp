#include "BurstFramesModel.h"

#include "AssetActions.h"
#include "CatalogWorker.h"
#include "TimelineModel.h"

#include "catalog/AssetRepository.h"
#include "catalog/Catalog.h"

namespace tintype {

BurstFramesModel::BurstFramesModel(QObject *parent) : ServicesListModel(parent) {}

int BurstFramesModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : count(); }

QHash<int, QByteArray> BurstFramesModel::roleNames() const
{
    return {{AssetIdRole, "assetId"}, {SourceRole, "source"}, {TopRole, "isTop"}, {DamagedRole, "damaged"}};
}

QVariant BurstFramesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= count())
        return {};
    const TimelineEntry &e = m_frames[size_t(index.row())];
    switch (role) {
    case AssetIdRole: return qint64(e.assetId);
    case SourceRole: return TimelineModel::thumbnailSource(e, "grid");
    case TopRole: return e.assetId == m_top;
    case DamagedRole: return e.damaged;
    default: return {};
    }
}

QVariantMap BurstFramesModel::entry(int row) const
{
    if (row < 0 || row >= count())
        return {};
    return TimelineModel::entryMap(m_frames[size_t(row)], -1);
}

int BurstFramesModel::rowOfAsset(qint64 assetId) const
{
    for (size_t i = 0; i < m_frames.size(); ++i)
        if (m_frames[i].assetId == assetId)
            return int(i);
    return -1;
}

void BurstFramesModel::setAssetId(qint64 assetId)
{
    if (assetId == m_assetId)
        return;
    m_assetId = assetId;
    emit assetIdChanged();
    if (rowOfAsset(assetId) < 0) // another burst (or none): the strip empties until it loads
        reload();
}

bool BurstFramesModel::holds(const QList<qint64> &assetIds) const
{
    for (const qint64 id : assetIds)
        if (rowOfAsset(id) >= 0 || id == m_assetId)
            return true;
    return false;
}

void BurstFramesModel::connectServices(AppServices &services)
{
    connect(&services, &AppServices::libraryChanged, this, &BurstFramesModel::reload);
    connect(&services, &AppServices::assetsChanged, this, [this](const QList<qint64> &ids) {
        if (holds(ids))
            reload();
    });
    connect(&services, &AppServices::assetsRemoved, this, [this](const QList<qint64> &ids) {
        if (holds(ids))
            reload();
    });
}

void BurstFramesModel::servicesReplaced() { reload(); }

void BurstFramesModel::reload()
{
    const int generation = ++m_generation;
    if (!services() || m_assetId == 0) {
        beginResetModel();
        m_frames.clear();
        m_top = 0;
        endResetModel();
        emit loaded();
        return;
    }
    using Frames = TimelineQueries::BurstFrames;
    const std::int64_t assetId = m_assetId;
    services()->catalog().read<Frames>([assetId](Catalog &c) { return TimelineQueries(c).burstFrames(assetId); }, this,
                                       [this, generation](Result<Frames> result) {
                                           if (generation != m_generation)
                                               return; // a newer request is on its way
                                           beginResetModel();
                                           m_frames = result ? std::move(result->frames) : std::vector<TimelineEntry>{};
                                           m_top = result ? result->top : 0;
                                           endResetModel();
                                           emit loaded();
                                       });
}

void BurstFramesModel::choose(qint64 assetId)
{
    if (!services() || rowOfAsset(assetId) < 0)
        return;
    using Frames = std::vector<std::int64_t>;
    services()->catalog().write<Frames>(
        [assetId](Catalog &c) { return AssetRepository(c).chooseBurstFrame(assetId); }, this,
        [this](Result<Frames> frames) {
            if (frames && !frames->empty() && services())
                emit services()->assetsChanged(QList<qint64>(frames->begin(), frames->end())); // the grid's tile
        });
}

void BurstFramesModel::keepOnly(qint64 assetId)
{
    if (!services() || rowOfAsset(assetId) < 0)
        return;
    QList<qint64> others;
    for (const TimelineEntry &e : m_frames)
        if (e.assetId != assetId)
            others.append(e.assetId);
    if (others.isEmpty())
        return;
    choose(assetId); // it stands for the burst again should the Undo bring the others back
    services()->actions()->moveToTrash(others);
}

} // namespace tintype
