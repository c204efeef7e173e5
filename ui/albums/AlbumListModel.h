#pragma once

#include "ServicesClient.h"

#include "catalog/TimelineQueries.h"

#include <QAbstractListModel>
#include <QQmlEngine>

#include <optional>
#include <vector>

namespace tintype {

// The albums (the user's and those a Google Takeout import recreated) for the
// Albums page and the "Add to album" chooser, by name: each with the number
// of its photos that can be shown and a cover (its first photo, else its
// newest). Loads on the catalog worker; follows album and library changes.
class AlbumListModel : public ServicesListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY loaded)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY loadingChanged)

public:
    enum Role { AlbumIdRole = Qt::UserRole + 1, NameRole, ItemCountRole, CoverRole, OriginRole };
    Q_ENUM(Role)

    struct Album {
        std::int64_t id = 0;
        QString name;
        QString origin; // "user", "takeout"
        int itemCount = 0;
        std::optional<TimelineEntry> cover;
    };
    // Runs on the worker: every album with its count and cover.
    static std::vector<Album> read(Catalog &catalog);

    explicit AlbumListModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_albums.size()); }
    bool loading() const { return m_loading; }
    QString error() const { return m_error; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE int rowOfAlbum(qint64 albumId) const;
    Q_INVOKABLE QString nameOf(qint64 albumId) const;
    const std::vector<Album> &albums() const { return m_albums; }

signals:
    void loadingChanged();
    void loaded();

private:
    void connectServices(AppServices &services) override;
    void servicesReplaced() override;
    std::vector<Album> m_albums;
    bool m_loading = false;
    int m_generation = 0;
    QString m_error;
};

} // namespace tintype
