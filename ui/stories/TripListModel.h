#pragma once

#include "ServicesClient.h"

#include <QAbstractListModel>
#include <QQmlEngine>

#include <functional>
#include <vector>

namespace tintype {

// The trips (core/stories) for the Albums page's "Trips" heading, oldest last:
// title, local dates, photo count, cover; rename, hide, merge two, turn one
// into an ordinary album. Computed on the catalog worker (its own Stories
// over the worker's connection); the user's choices go to the catalog.
class TripListModel : public ServicesListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY loaded)
    Q_PROPERTY(bool showHidden READ showHidden WRITE setShowHidden NOTIFY showHiddenChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        TitleRole,
        DatesRole,
        ItemCountRole,
        CoverRole,
        HiddenRole,
        AlbumIdRole,
        SlidesRole,
        BestAssetIdsRole,
        PlacesRole,
        AssetIdsRole
    };
    Q_ENUM(Role)

    struct Row {
        QString key, title, dates, cover;
        QString places;            // "Rome, Florence, Venice"
        QVariantList assetIds;     // all its photos and videos
        QVariantList slides;       // its best photos and a few videos, for the slideshow (slideshowSlides)
        QVariantList bestAssetIds; // the same assets (Trip::reelAssetIds), for "Export as video"
        int itemCount = 0;
        bool hidden = false;
        qint64 albumId = 0;
    };

    explicit TripListModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    bool showHidden() const { return m_showHidden; }
    void setShowHidden(bool show);

    Q_INVOKABLE void reload();
    // The trip as a row's roles by name ({key, title, dates, places, itemCount, ...}); empty: no such trip.
    Q_INVOKABLE QVariantMap trip(const QString &key) const;
    Q_INVOKABLE void rename(const QString &key, const QString &title);
    Q_INVOKABLE void setHidden(const QString &key, bool hidden);
    Q_INVOKABLE void merge(const QString &keyA, const QString &keyB);
    // Makes (or finds) the trip's album; albumReady(albumId, name) when done.
    Q_INVOKABLE void toAlbum(const QString &key);

signals:
    void loaded();
    void showHiddenChanged();
    void albumReady(qint64 albumId, const QString &name);
    void failed(const QString &message);

private:
    void connectServices(AppServices &services) override;
    void servicesReplaced() override;
    struct Change {
        QString error;
        qint64 albumId = 0; // toAlbum: the album
        QString albumName;
    };
    void change(std::function<Change(class Stories &)> work, bool albumsChanged = false);
    void show(std::vector<Row> rows);
    std::vector<Row> m_rows;
    bool m_showHidden = false;
    int m_generation = 0;
};

} // namespace tintype
