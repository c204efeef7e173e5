#pragma once

#include "ServicesClient.h"

#include "catalog/ThingRepository.h"

#include <QAbstractListModel>
#include <QQmlEngine>

#include <vector>

namespace tintype {

// The things found on one photo, for the viewer's info panel (best score first),
// names in the UI language; remove() takes a wrong one off for good ("not on this
// photo": no later pass adds it back) and tells the Things page.
class ThingsInPhotoModel : public ServicesListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(qint64 assetId READ assetId WRITE setAssetId NOTIFY assetIdChanged)
    Q_PROPERTY(int count READ count NOTIFY loaded)

public:
    enum Role { LabelRole = Qt::UserRole + 1, NameRole, ScoreRole };
    Q_ENUM(Role)

    explicit ThingsInPhotoModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 assetId() const { return m_assetId; }
    void setAssetId(qint64 id);
    int count() const { return int(m_things.size()); }
    Q_INVOKABLE void reload();
    Q_INVOKABLE void remove(const QString &label);

signals:
    void assetIdChanged();
    void loaded();

private:
    void connectServices(AppServices &services) override;
    void servicesReplaced() override;
    qint64 m_assetId = 0;
    std::vector<ThingRecord> m_things; // one per label
    int m_generation = 0;
};

} // namespace tintype
