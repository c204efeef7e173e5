#pragma once

#include "ServicesClient.h"

#include "catalog/TimelineQueries.h"

#include <QAbstractListModel>
#include <QQmlEngine>

#include <optional>
#include <vector>

namespace tintype {

// The Things page: every thing found in the library's photos (core/things), the
// most common first, each with its number of photos and a cover (the photo where
// it scored best); names in the UI language (ThingLabels::displayName). The
// roles are PlaceGrid's (code = the label), so the page shows them the same way.
// Loads on the catalog worker; follows the thing pass (AppServices::thingsChanged)
// and the library.
class ThingListModel : public ServicesListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY loaded)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool modelInstalled READ modelInstalled CONSTANT)

public:
    enum Role { CodeRole = Qt::UserRole + 1, CityRole, NameRole, SubtitleRole, ItemCountRole, CoverRole };
    Q_ENUM(Role)

    struct Tile {
        QString label;
        std::int64_t itemCount = 0;
        std::optional<TimelineEntry> cover;
    };
    static std::vector<Tile> read(Catalog &catalog);

    explicit ThingListModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_tiles.size()); }
    bool loading() const { return m_loading; }
    bool modelInstalled() const;
    Q_INVOKABLE void reload();

signals:
    void loadingChanged();
    void loaded();

private:
    void connectServices(AppServices &services) override;
    void servicesReplaced() override;
    std::vector<Tile> m_tiles;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace tintype
