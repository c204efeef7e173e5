#pragma once

#include "DayPlaces.h"
#include "ServicesClient.h"
#include "TimelineLayout.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace tintype {

class Catalog;

// The rows of a timeline (all photos, favourites, one folder or album, the
// archive, the trash): header rows
// and justified photo rows with each tile's x and width, computed here so a
// ListView recycles a few delegates over any number of photos. Loads on the
// catalog worker; keeps one small TimelineEntry per photo.
class TimelineModel : public ServicesListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Scope scope READ scope WRITE setScope NOTIFY scopeChanged)
    Q_PROPERTY(qint64 folderRootId READ folderRootId WRITE setFolderRootId NOTIFY scopeChanged)
    Q_PROPERTY(QString folderKey READ folderKey WRITE setFolderKey NOTIFY scopeChanged)
    // People scope: photos showing all of these people (person ids).
    Q_PROPERTY(QVariantList personIds READ personIds WRITE setPersonIds NOTIFY scopeChanged)
    Q_PROPERTY(qint64 albumId READ albumId WRITE setAlbumId NOTIFY scopeChanged)
    // Place scope: the photos named in this country (ISO code) and town (empty: outside any town).
    Q_PROPERTY(QString placeCountry READ placeCountry WRITE setPlaceCountry NOTIFY scopeChanged)
    Q_PROPERTY(QString placeCity READ placeCity WRITE setPlaceCity NOTIFY scopeChanged)
    // Thing scope: the photos showing this thing (its English label, ThingLabels).
    Q_PROPERTY(QString thingLabel READ thingLabel WRITE setThingLabel NOTIFY scopeChanged)
    // Search scope: these photos (SearchModel::assetIds); in this order when keepOrder (best matches first).
    Q_PROPERTY(QVariantList searchIds READ searchIds WRITE setSearchIds NOTIFY scopeChanged)
    Q_PROPERTY(bool keepOrder READ keepOrder WRITE setKeepOrder NOTIFY scopeChanged)
    // Assets scope: these photos (the map's cluster or rectangle), by date.
    Q_PROPERTY(QVariantList assetIds READ assetIds WRITE setAssetIds NOTIFY scopeChanged)
    Q_PROPERTY(Density density READ density WRITE setDensity NOTIFY densityChanged)
    Q_PROPERTY(double viewWidth READ viewWidth WRITE setViewWidth NOTIFY viewWidthChanged)
    Q_PROPERTY(int photoCount READ photoCount NOTIFY rowsLaidOut)
    Q_PROPERTY(double contentHeight READ contentHeight NOTIFY rowsLaidOut)
    Q_PROPERTY(QVariantList years READ years NOTIFY rowsLaidOut)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY loadingChanged)

public:
    enum class Scope { All, Favorites, Folder, People, Album, Archive, Trash, Place, Thing, Search, Recent, Assets };
    Q_ENUM(Scope)
    enum class Density { Day = 0, Month = 1, Year = 2 };
    Q_ENUM(Density)
    enum Role { KindRole = Qt::UserRole + 1, TitleRole, SubtitleRole, RowHeightRole, ItemsRole, FirstRole, CountRole };

    explicit TimelineModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Scope scope() const { return m_scope; }
    void setScope(Scope scope);
    qint64 folderRootId() const { return m_folderRootId; }
    void setFolderRootId(qint64 id);
    QString folderKey() const { return m_folderKey; } // hex of the folder's native bytes
    void setFolderKey(const QString &key);
    QVariantList personIds() const;
    void setPersonIds(const QVariantList &ids);
    qint64 albumId() const { return m_albumId; }
    void setAlbumId(qint64 id);
    QString placeCountry() const { return m_placeCountry; }
    void setPlaceCountry(const QString &code);
    QString placeCity() const { return m_placeCity; }
    void setPlaceCity(const QString &city);
    QString thingLabel() const { return m_thingLabel; }
    void setThingLabel(const QString &label);
    QVariantList searchIds() const;
    void setSearchIds(const QVariantList &ids);
    bool keepOrder() const { return m_keepOrder; }
    void setKeepOrder(bool keep);
    QVariantList assetIds() const;
    void setAssetIds(const QVariantList &ids);
    Density density() const { return m_density; }
    void setDensity(Density density);
    double viewWidth() const { return m_width; }
    void setViewWidth(double width);
    int photoCount() const { return int(m_entries.size()); }
    double contentHeight() const;
    QVariantList years() const;
    bool loading() const { return m_loading; }
    QString error() const { return m_error; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE int rowOfIndex(int entryIndex) const;
    Q_INVOKABLE int rowOfYear(int year) const;
    Q_INVOKABLE int rowAtY(double y) const;
    Q_INVOKABLE qint64 assetIdAt(int entryIndex) const;
    // Keyboard moves in the grid: the photo `rows` photo rows below (negative:
    // above) nearest to the centre of `entryIndex`'s tile; a page: the photo
    // row nearest `dy` pixels away. The same index when there is none.
    Q_INVOKABLE int verticalNeighbour(int entryIndex, int rows) const;
    Q_INVOKABLE int pageNeighbour(int entryIndex, double dy) const;
    Q_INVOKABLE int indexOfAsset(qint64 assetId) const;
    // For the viewer: assetId, fileId, source (grid), preview, full, video, aspect, available.
    Q_INVOKABLE QVariantMap entry(int entryIndex) const;
    Q_INVOKABLE QString localDateText(int entryIndex) const;

    // For tests and non-QML callers.
    void setEntries(std::vector<TimelineEntry> entries);
    // The day headers' places ("Sat 12 Jun · Paris, Versailles"); reload() loads them after the entries.
    void setDayPlaces(DayPlaces places);
    const std::vector<TimelineEntry> &entries() const { return m_entries; }
    const std::vector<TimelineLayout::Row> &layoutRows() const { return m_rows; }
    static QString thumbnailSource(const TimelineEntry &entry, const char *kind);
    // What entry(i) gives QML for one entry (its thumbnail sources, marks, ...).
    static QVariantMap entryMap(const TimelineEntry &entry, int entryIndex);
    // Sets editedAspect on the entries that show an edit (a crop changes the
    // tile's shape). Call on the catalog's thread.
    static std::vector<TimelineEntry> withEditedShapes(Catalog &catalog, std::vector<TimelineEntry> entries);

signals:
    void scopeChanged();
    void densityChanged();
    void viewWidthChanged();
    void rowsLaidOut();
    void loadingChanged();
    void loaded();

private:
    void connectServices(AppServices &services) override;
    void servicesReplaced() override;
    void relayout();
    void loadDayPlaces(int generation);
    void applyChanged(const QList<qint64> &ids);
    void applyRemoved(const QList<qint64> &ids);
    QString headerTitle(const TimelineLayout::Row &row) const;
    double tileCentre(int entryIndex) const
    {
        return m_tileX[size_t(entryIndex)] + m_tileWidth[size_t(entryIndex)] / 2;
    }
    int nearestInRow(const TimelineLayout::Row &row, double centre) const; // entry index

    Scope m_scope = Scope::All;
    qint64 m_folderRootId = 0;
    QString m_folderKey;
    std::vector<std::int64_t> m_personIds;
    qint64 m_albumId = 0;
    QString m_placeCountry, m_placeCity;
    QString m_thingLabel;
    std::vector<std::int64_t> m_searchIds;
    bool m_keepOrder = false;
    std::vector<std::int64_t> m_assetIds;
    DayPlaces m_dayPlaces;
    Density m_density = Density::Day;
    double m_width = 0;
    bool m_loading = false;
    int m_generation = 0;
    QString m_error;
    std::vector<TimelineEntry> m_entries;
    std::vector<TimelineLayout::Row> m_rows;
    std::vector<float> m_tileX, m_tileWidth; // by entry index (TimelineLayout::Result)
    std::vector<int> m_rowOfEntry;           // entry index -> photo row
};

} // namespace tintype
