#pragma once

#include "ServicesClient.h"

#include <QAbstractListModel>
#include <QDate>
#include <QQmlEngine>

#include <vector>

namespace tintype {

// Today's memories (core/stories) for the strip on top of Photos: "N years
// ago", trip anniversaries, the best of last month, each with its cover and
// best photos; dismissing one hides it for good (kept in the catalog).
class MemoryListModel : public ServicesListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY loaded)
    Q_PROPERTY(QDate date READ date WRITE setDate NOTIFY dateChanged) // today unless set

public:
    enum Role { KeyRole = Qt::UserRole + 1, TitleRole, KindRole, CoverRole, ItemCountRole, AssetIdsRole, SlidesRole };
    Q_ENUM(Role)

    struct Row {
        QString key, title, kind, cover;
        QVariantList assetIds;
        QVariantList slides; // its photos and a few videos, for the slideshow (slideshowSlides)
    };

    explicit MemoryListModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    QDate date() const { return m_date; }
    void setDate(QDate date);

    Q_INVOKABLE void reload();
    Q_INVOKABLE void dismiss(const QString &key);

signals:
    void loaded();
    void dateChanged();

private:
    void connectServices(AppServices &services) override;
    void servicesReplaced() override;
    std::vector<Row> m_rows;
    QDate m_date = QDate::currentDate();
    int m_generation = 0;
};

} // namespace tintype
