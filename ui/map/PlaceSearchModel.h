#pragma once

#include "geo/ReverseGeocoder.h"

#include <QAbstractListModel>
#include <QQmlEngine>

#include <vector>

namespace tintype {

// Offline place search for "Set location…": the towns of the place index
// whose name starts with what is typed ("zur" → Zürich), most populous first.
class PlaceSearchModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ count NOTIFY queryChanged)
    Q_PROPERTY(bool available READ available CONSTANT) // the place index is installed

public:
    enum Role { NameRole = Qt::UserRole + 1, DetailRole, LatitudeRole, LongitudeRole };
    Q_ENUM(Role)

    explicit PlaceSearchModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    int count() const { return int(m_towns.size()); }
    bool available() const { return m_geocoder != nullptr; }
    Q_INVOKABLE QVariantMap get(int row) const;

signals:
    void queryChanged();

private:
    const ReverseGeocoder *m_geocoder;
    QString m_query;
    std::vector<Town> m_towns;
};

} // namespace tintype
