#pragma once

#include "FaceScanSettings.h"

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
class Scanner;

// The long jobs of the app, visible in the window: a scan of every root (own
// thread and catalog connection), then grid thumbnails of the whole library
// at background priority (on-screen requests overtake them), then faces
// (FaceScanStage: photos without a face pass, then incremental clustering;
// skipped without the models). Pause stops them all (a later resume rescans,
// which reads only what is not indexed yet, skips cached thumbnails and photos
// whose faces are done); cancel stops them for this session.
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
    // The face stage's settings (also AppServices.faceSettings), for the Settings page.
    Q_PROPERTY(tintype::FaceScanSettings *faceSettings READ faceSettings CONSTANT)

public:
    BackgroundWork(AppServices *services, QObject *parent = nullptr);
    ~BackgroundWork() override;

    bool running() const;
    bool paused() const { return m_paused; }
    QString stage() const;
    qint64 done() const;
    qint64 total() const;
    QString lastReport() const { return m_lastReport; }

    Q_INVOKABLE void start(); // scan, then thumbnails, then faces
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume() { start(); }
    Q_INVOKABLE void cancel();
    void waitForScan(); // tests, shutdown
    FaceScanStage &faceStage() { return *m_faces; }
    FaceScanSettings *faceSettings() const;

signals:
    void progressChanged();
    void scanFinished();
    void facesFinished(); // a face stage ended (done, paused or cancelled)

private:
    enum class Stage { Idle, Walking, Reading, Thumbnails, Faces };
    void poll();
    void scanDone(const QString &report, bool cancelled);
    void startThumbnails();
    void stopThumbnails();
    void startFaces();
    void facesDone(const QString &report, bool cancelled, bool modelsMissing);

    AppServices *m_services;
    QThread *m_thread = nullptr;
    std::mutex m_scannerMutex;
    Scanner *m_scanner = nullptr; // while a scan runs, guarded by m_scannerMutex
    std::atomic<int> m_stage{int(Stage::Idle)};
    std::atomic<qint64> m_found{0}, m_toRead{0}, m_read{0};
    std::shared_ptr<std::atomic<qint64>> m_thumbsCounter = std::make_shared<std::atomic<qint64>>(0);
    qint64 m_thumbsDone = 0, m_thumbsTotal = 0;
    qint64 m_readAtLastRefresh = 0;
    bool m_thumbsListed = false; // the thumbnail stage knows its total
    bool m_paused = false;
    bool m_stopRequested = false;
    QString m_lastReport;
    QTimer m_poll;
    FaceScanStage *m_faces = nullptr;
    bool m_facesWanted = false; // restart the face stage once a cancelled run has ended
};

} // namespace tintype
