#pragma once

#include "AssetActions.h"
#include "BackgroundWork.h"
#include "FaceScanSettings.h"
#include "LibrarySettings.h"
#include "SearchHistory.h"

#include <QObject>
#include <QQmlEngine>

#include <filesystem>
#include <memory>

namespace tintype {

class CatalogWorker;
class ThumbnailCache;
class ThumbnailScheduler;

// What the views share, built once by app/gui/main.cpp and handed to the QML
// root as a required property (no singletons, no context properties).
class AppServices : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("built by the application")
    Q_PROPERTY(tintype::AssetActions *actions READ actions CONSTANT)
    Q_PROPERTY(tintype::BackgroundWork *work READ work CONSTANT)
    Q_PROPERTY(tintype::LibrarySettings *settings READ settings CONSTANT)
    Q_PROPERTY(tintype::FaceScanSettings *faceSettings READ faceSettings CONSTANT)
    Q_PROPERTY(tintype::SearchHistory *searchHistory READ searchHistory CONSTANT)

public:
    // `faceCropDirectory` empty: <cacheDirectory>/faces (the app passes FaceCropCache::defaultDirectory).
    AppServices(const QString &catalogPath, const std::filesystem::path &cacheDirectory, QObject *parent = nullptr,
                std::filesystem::path faceCropDirectory = {});
    ~AppServices() override;

    CatalogWorker &catalog() { return *m_catalog; }
    ThumbnailCache &cache() { return *m_cache; }
    ThumbnailScheduler &scheduler() { return *m_scheduler; }
    AssetActions *actions() const { return m_actions; }
    BackgroundWork *work() const { return m_work; }
    LibrarySettings *settings() const { return m_settings; }
    FaceScanSettings *faceSettings() const { return m_faceSettings; }
    SearchHistory *searchHistory() const { return m_searchHistory; }
    const std::filesystem::path &faceCropDirectory() const { return m_faceCropDirectory; }

signals:
    // Assets came or went (a scan, a root removed): views reload.
    void libraryChanged();
    // The user changed favourite/rotation/rating/description/edit of these assets
    // (an edit saved: emit it, so the timeline shows the new thumbnail).
    void assetsChanged(const QList<qint64> &assetIds);
    // Moved to the trash (hidden) / brought back.
    void assetsRemoved(const QList<qint64> &assetIds);
    // An album was made, renamed or removed, or photos joined or left one (AlbumActions).
    void albumsChanged();
    // Faces or people changed (a face scan, naming, merge, split): the people views reload.
    void peopleChanged();
    // Place names were computed (the places stage of a scan): the Places page reloads.
    void placesChanged();
    // A decoder found damage the scan had not (noteDecoderDamage): Settings' list reloads.
    void damageNoted();
    // Things were found or a label removed (the things stage, the info panel): the Things page reloads.
    void thingsChanged();
    // The user corrected where home was (Settings, HomeSettings): trips and memories are found again.
    void homesChanged();

private:
    void noteDecoderDamage(qint64 fileId, const QString &damage);
    std::filesystem::path m_faceCropDirectory;
    std::unique_ptr<CatalogWorker> m_catalog;
    std::unique_ptr<ThumbnailCache> m_cache;
    std::unique_ptr<ThumbnailScheduler> m_scheduler;
    AssetActions *m_actions = nullptr;
    BackgroundWork *m_work = nullptr;
    LibrarySettings *m_settings = nullptr;
    FaceScanSettings *m_faceSettings = nullptr;
    SearchHistory *m_searchHistory = nullptr;
};

} // namespace tintype
