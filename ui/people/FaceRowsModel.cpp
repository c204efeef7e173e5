#include "FaceRowsModel.h"

#include "CatalogWorker.h"
#include "faces/People.h"

namespace tintype {

FaceRowsModel::FaceRowsModel(QStringList roles, QObject *parent) : ServicesListModel(parent), m_roles(std::move(roles))
{}

int FaceRowsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant FaceRowsModel::data(const QModelIndex &index, int role) const
{
    const int key = role - Qt::UserRole - 1;
    if (!index.isValid() || index.row() >= m_rows.size() || key < 0 || key >= m_roles.size())
        return {};
    return m_rows[index.row()].value(m_roles[key]);
}

QHash<int, QByteArray> FaceRowsModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_roles.size(); ++i)
        names.insert(Qt::UserRole + 1 + i, m_roles[i].toUtf8());
    return names;
}

QVariantMap FaceRowsModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows[index] : QVariantMap();
}

void FaceRowsModel::connectServices(AppServices &services)
{
    connect(&services, &AppServices::peopleChanged, this, &FaceRowsModel::reload);
}

void FaceRowsModel::servicesReplaced() { reload(); }

void FaceRowsModel::reload()
{
    const int generation = ++m_generation;
    Loader load = services() ? loader() : Loader();
    if (!load) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
        emit rowsChanged();
        return;
    }
    m_loading = true;
    emit loadingChanged();
    services()->catalog().run<Loaded>(std::move(load), this, [this, generation](Result<Loaded> loaded) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!loaded)
            emit failed(loaded.error());
        beginResetModel();
        m_rows = loaded ? std::move(loaded->rows) : QList<QVariantMap>();
        loadedExtra(loaded ? loaded->extra : QVariantMap());
        endResetModel();
        emit rowsChanged();
        emit loadingChanged();
        emit this->loaded();
    });
}

void FaceRowsModel::notAFace(const QVariantList &faceIds)
{
    std::vector<std::int64_t> ids;
    for (const QVariant &id : faceIds)
        ids.push_back(id.toLongLong());
    act([ids](Catalog &catalog) -> Result<qint64> {
        People people(catalog);
        for (std::int64_t id : ids)
            if (const Status marked = people.markNotAFace(id); !marked)
                return Result<qint64>::failure(marked.error());
        return Result<qint64>(0);
    });
}

void FaceRowsModel::act(std::function<Result<qint64>(Catalog &)> work)
{
    if (!services())
        return;
    AppServices *services = this->services();
    services->catalog().run<Result<qint64>>(
        [work = std::move(work)](Catalog &catalog) { return work(catalog); }, this,
        [this, services](Result<Result<qint64>> outcome) {
            const Result<qint64> result = outcome ? outcome.value() : Result<qint64>::failure(outcome.error());
            if (!result) {
                emit failed(result.error());
                return;
            }
            emit services->peopleChanged();
            emit actionDone(result.value());
        });
}

} // namespace tintype
