#pragma once

#include "ServicesClient.h"

#include "catalog/TimelineQueries.h"

#include <QQmlEngine>

#include <vector>

namespace tintype {

// The frames of the burst the viewer shows (issue 24): a burst is one tile in
// the grid; opened, its strip lists every frame as taken, marks the one that
// stands for it, lets the user pick another to stand for it (the grid follows)
// or keep only the best (the other frames go to the trash; the toast's Undo
// brings them back). Loads on the catalog worker; follows changes.
class BurstFramesModel : public ServicesListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(qint64 assetId READ assetId WRITE setAssetId NOTIFY assetIdChanged)
    Q_PROPERTY(int count READ count NOTIFY loaded)
    Q_PROPERTY(qint64 topAssetId READ topAssetId NOTIFY loaded)

public:
    enum Role { AssetIdRole = Qt::UserRole + 1, SourceRole, TopRole, DamagedRole };
    Q_ENUM(Role)

    explicit BurstFramesModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 assetId() const { return m_assetId; }
    void setAssetId(qint64 assetId); // any frame of the burst; 0: none
    int count() const { return int(m_frames.size()); }
    qint64 topAssetId() const { return m_top; }

    // A frame as TimelineModel::entry gives it (the viewer shows it alike).
    Q_INVOKABLE QVariantMap entry(int row) const;
    Q_INVOKABLE int rowOfAsset(qint64 assetId) const;
    // This frame stands for the burst in the grid from now on.
    Q_INVOKABLE void choose(qint64 assetId);
    // Keeps this frame alone: the other frames of the burst to the trash (undoable).
    Q_INVOKABLE void keepOnly(qint64 assetId);

signals:
    void assetIdChanged();
    void loaded();

private:
    void connectServices(AppServices &services) override;
    void servicesReplaced() override;
    void reload();
    bool holds(const QList<qint64> &assetIds) const;

    qint64 m_assetId = 0;
    std::vector<TimelineEntry> m_frames;
    qint64 m_top = 0;
    int m_generation = 0;
};

} // namespace tintype
