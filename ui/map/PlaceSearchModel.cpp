#include "PlaceSearchModel.h"

#include <QLocale>

namespace tintype {

PlaceSearchModel::PlaceSearchModel(QObject *parent) : QAbstractListModel(parent), m_geocoder(ReverseGeocoder::shared())
{}

int PlaceSearchModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : count(); }

QHash<int, QByteArray> PlaceSearchModel::roleNames() const
{
    return {{NameRole, "name"}, {DetailRole, "detail"}, {LatitudeRole, "latitude"}, {LongitudeRole, "longitude"}};
}

QVariant PlaceSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= count())
        return {};
    const Town &t = m_towns[size_t(index.row())];
    switch (role) {
    case NameRole: return t.name;
    case DetailRole: {
        QStringList parts{t.region, m_geocoder->countryName(t.countryCode, QLocale().name())};
        parts.removeAll(QString());
        return parts.join(QStringLiteral(", "));
    }
    case LatitudeRole: return t.latitude;
    case LongitudeRole: return t.longitude;
    default: return {};
    }
}

void PlaceSearchModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    beginResetModel();
    m_towns = m_geocoder ? m_geocoder->searchTowns(query, 12) : std::vector<Town>();
    endResetModel();
    emit queryChanged();
}

QVariantMap PlaceSearchModel::get(int row) const
{
    if (row < 0 || row >= count())
        return {};
    const QModelIndex i = index(row);
    return {{QStringLiteral("name"), data(i, NameRole)},
            {QStringLiteral("detail"), data(i, DetailRole)},
            {QStringLiteral("latitude"), data(i, LatitudeRole)},
            {QStringLiteral("longitude"), data(i, LongitudeRole)}};
}

} // namespace tintype
