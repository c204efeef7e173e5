#pragma once

#include "FaceScanSettings.h"

#include "catalog/CatalogRecords.h"
#include "library/ScanScope.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>

#include <atomic>
#include <memory>
#include <mutex>

class QThread;

namespace tintype {

class AppServices;
class FaceScanStage;
class LibraryUpdate;
class LiveFolderWatch;
class PlaceStage;
class ThingScanStage;
class ThumbnailStage;

// The long jobs of the app, visible in the window: one LibraryUpdate (the
// pipeline `tintype-cli scan` drives too) on its own thread and catalog
// connection — a scan of every root, then place names (PlaceStage: offline,
// about 100,000 a second; skipped without the place index), then grid thumbnails of the whole library
// at background priority (ThumbnailStage: on-screen requests overtake them),
// then faces (FaceScanStage; skipped without the models), then things
// (ThingScanStage, on the cached previews; skipped without the model), then the
// full-content hashes exact duplicates and Takeout import need, in the idle
// I/O class. Pause stops it (a later resume runs it again, which reads only
// what is not indexed yet, skips cached thumbnails, photos whose faces are done
// and files already hashed); cancel stops it for this session.
// Live folders (LiveFolderWatch) keep the library current between runs: each
// batch of changes is a run of the same pipeline confined to the folders that
// changed (no thumbnail pass: the open timeline asks for its tiles' thumbnails
// itself), queued behind a running run.
class BackgroundWork : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("reached through AppServices.work")
    Q_PROPERTY(bool running READ running NOTIFY progressChanged)
    Q_PROPERTY(bool paused READ paused NOTIFY progressChanged)
    Q_PROPERTY(QString stage READ stage NOTIFY progressChanged)
    Q_PROPERTY(qint64 done READ done NOTIFY progressChanged)
    Q_PROPERTY(qint64 total READ total NOTIFY progressChanged)
    Q_PROPERTY(QString lastReport READ lastReport NOTIFY progressChanged)
    // Live folders, for Settings: [{rootId, path, polled, reason}] (polled: rescanned
    // every minute instead of watched, `reason` says why).
    Q_PROPERTY(QVariantList liveFolders READ liveFolders NOTIFY liveFoldersChanged)
    // The face stage's settings (also AppServices.faceSettings), for the Settings page.
    Q_PROPERTY(tintype::FaceScanSettings *faceSettings READ faceSettings CONSTANT)

public:
    BackgroundWork(AppServices *services, QObject *parent = nullptr);
    ~BackgroundWork() override;

    bool running() const { return m_thread != nullptr; }
    bool paused() const { return m_paused; }
    QString stage() const;
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }
    QString lastReport() const { return m_lastReport; }

    // Scan, thumbnails, faces, content hashes. While a run runs: stops it and
    // runs again (a folder was added), which goes on from where it stopped.
    Q_INVOKABLE void start();
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume() { start(); }
    Q_INVOKABLE void cancel();
    void waitForScan(); // until the run's thread has ended (tests, shutdown)
    // A batch of live changes: scanned now, or after the run that is running.
    void scanChanges(std::shared_ptr<const ScanScope> scope);
    QVariantList liveFolders() const;
    LiveFolderWatch *liveWatch() const { return m_live.get(); }
    FaceScanStage &faceStage() { return *m_faces; }
    FaceScanSettings *faceSettings() const;

signals:
    void progressChanged();
    void scanFinished();
    void facesFinished(); // a face stage ended (done, paused or cancelled)
    void finished();      // the run ended (done, paused, cancelled or failed)
    void liveFoldersChanged();

private:
    enum class Stage { Idle, Walking, Reading, Places, Thumbnails, Faces, Things, Hashes };
    void run(std::shared_ptr<const ScanScope> scope);
    void poll();
    void scanDone(const QString &report, bool libraryChanged, const std::vector<RootRecord> &roots);
    void facesDone(const QString &report);
    void runDone(const QString &error);

    AppServices *m_services;
    std::unique_ptr<PlaceStage> m_places;
    std::unique_ptr<ThumbnailStage> m_thumbnails;
    std::unique_ptr<FaceScanStage> m_faces;
    std::unique_ptr<ThingScanStage> m_things;
    std::unique_ptr<LiveFolderWatch> m_live;
    std::shared_ptr<ScanScope> m_pendingChanges; // live batches waiting for the running run
    QThread *m_thread = nullptr;
    std::mutex m_updateMutex;
    LibraryUpdate *m_update = nullptr; // while a run runs, guarded by m_updateMutex
    std::atomic<int> m_stage{int(Stage::Idle)};
    std::atomic<qint64> m_done{0}, m_total{0};
    qint64 m_readAtLastRefresh = 0;
    bool m_paused = false;
    bool m_stopRequested = false;
    bool m_restart = false; // start() came while a run was running or ending
    QString m_lastReport;
    QTimer m_poll;
};

} // namespace tintype
