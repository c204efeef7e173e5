#pragma once

#include "ServicesClient.h"

#include "catalog/PlaceRepository.h"
#include "catalog/TimelineQueries.h"

#include <QAbstractListModel>
#include <QQmlEngine>

#include <optional>
#include <vector>

namespace tintype {

// The Places page: the countries of the library's photos (most photos first),
// or with `country` set, that country's towns, each with its number of photos
// and a cover (the newest photo of its biggest town, of the town). Country
// names follow the UI language (ReverseGeocoder::countryName). Loads on the
// catalog worker; follows scans (AppServices::placesChanged) and the library.
class PlaceListModel : public ServicesListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString country READ country WRITE setCountry NOTIFY countryChanged)
    Q_PROPERTY(QString countryName READ countryName NOTIFY countryChanged)
    Q_PROPERTY(int count READ count NOTIFY loaded)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool indexInstalled READ indexInstalled CONSTANT)

public:
    enum Role { CodeRole = Qt::UserRole + 1, CityRole, NameRole, SubtitleRole, ItemCountRole, CoverRole, TownsRole };
    Q_ENUM(Role)

    struct Tile {
        QString countryCode;
        QString city;   // towns only; empty: photos of the country outside any town
        QString region; // towns only
        std::int64_t itemCount = 0;
        int towns = 0; // countries only
        std::optional<TimelineEntry> cover;
    };
    // Runs on the worker: the countries (country empty) or one country's towns.
    static std::vector<Tile> read(Catalog &catalog, const QString &country);
    static QString nameOfCountry(const QString &code);

    explicit PlaceListModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString country() const { return m_country; }
    void setCountry(const QString &code);
    QString countryName() const { return nameOfCountry(m_country); }
    int count() const { return int(m_tiles.size()); }
    bool loading() const { return m_loading; }
    bool indexInstalled() const;
    Q_INVOKABLE void reload();
    const std::vector<Tile> &tiles() const { return m_tiles; }

signals:
    void countryChanged();
    void loadingChanged();
    void loaded();

private:
    void connectServices(AppServices &services) override;
    void servicesReplaced() override;
    QString m_country;
    std::vector<Tile> m_tiles;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace tintype
