#include "BackgroundWork.h"

#include "AppServices.h"
#include "CatalogWorker.h"
#include "FaceScanSettings.h"
#include "FaceScanStage.h"
#include "LiveFolderWatch.h"
#include "ThingScanStage.h"
#include "ThumbnailStage.h"

#include "catalog/Catalog.h"
#include "common/WorkerProcess.h"
#include "library/LibraryUpdate.h"
#include "places/PlaceStage.h"
#include "thumbs/ThumbnailCache.h"

#include <QThread>

namespace tintype {

BackgroundWork::BackgroundWork(AppServices *services, QObject *parent)
    : QObject(parent),
      m_services(services),
      m_places(std::make_unique<PlaceStage>()),
      m_thumbnails(std::make_unique<ThumbnailStage>(services->scheduler())),
      m_faces(std::make_unique<FaceScanStage>(services->faceCropDirectory())),
      m_things(std::make_unique<ThingScanStage>(services->cache().directory())),
      m_live(std::make_unique<LiveFolderWatch>())
{
    connect(m_live.get(), &LiveFolderWatch::batchReady, this, &BackgroundWork::scanChanges);
    connect(m_live.get(), &LiveFolderWatch::statesChanged, this, &BackgroundWork::liveFoldersChanged);
    m_poll.setInterval(250);
    connect(&m_poll, &QTimer::timeout, this, &BackgroundWork::poll);
}

BackgroundWork::~BackgroundWork()
{
    {
        std::lock_guard lock(m_updateMutex);
        m_stopRequested = true;
    }
    waitForScan();
}

FaceScanSettings *BackgroundWork::faceSettings() const { return m_services->faceSettings(); }

void BackgroundWork::waitForScan()
{
    if (!m_thread)
        return;
    {
        std::lock_guard lock(m_updateMutex);
        if (m_update && m_stopRequested)
            m_update->cancel();
    }
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

QString BackgroundWork::stage() const
{
    if (m_paused)
        return tr("Paused");
    switch (Stage(m_stage.load())) {
    case Stage::Walking: return tr("Looking for photos");
    case Stage::Reading: return tr("Reading photos");
    case Stage::Places: return tr("Naming places");
    case Stage::Thumbnails: return tr("Thumbnails");
    case Stage::Faces: return tr("Finding faces");
    case Stage::Things: return tr("Finding things");
    case Stage::Hashes: return tr("Reading files for exact copies");
    case Stage::Idle: break;
    }
    return {};
}

QVariantList BackgroundWork::liveFolders() const { return m_live->states(); }

void BackgroundWork::scanChanges(std::shared_ptr<const ScanScope> scope)
{
    if (!m_pendingChanges)
        m_pendingChanges = std::make_shared<ScanScope>();
    m_pendingChanges->merge(*scope);
    m_pendingChanges->hold = scope->hold; // the newest view of the files being written
    if (m_thread || m_paused)
        return; // after the running run (or on resume, which scans everything)
    auto changes = std::move(m_pendingChanges);
    run(std::move(changes));
}

void BackgroundWork::start()
{
    m_pendingChanges.reset(); // a full run takes them too
    run(nullptr);
}

void BackgroundWork::run(std::shared_ptr<const ScanScope> scope)
{
    if (m_thread) {
        // Once the current run has ended, a new one (a folder was added, or resumed
        // while a paused run was ending): it goes on from where this one stops.
        m_restart = true;
        m_paused = false;
        {
            std::lock_guard lock(m_updateMutex);
            if (!m_stopRequested && m_update)
                m_update->cancel();
            m_stopRequested = true;
        }
        emit progressChanged();
        return;
    }
    m_paused = false;
    m_stopRequested = false;
    m_restart = false;
    m_done = m_total = 0;
    m_readAtLastRefresh = 0;
    m_stage = int(Stage::Walking);
    m_faces->setDetection(m_services->faceSettings()->detection());
    const QString path = m_services->catalog().catalogPath();
    m_thread = QThread::create([this, path, scope] {
        auto catalog = Catalog::open(path);
        if (!catalog) {
            const QString &error = catalog.error();
            QMetaObject::invokeMethod(
                this, [this, error] { runDone(error); }, Qt::QueuedConnection);
            return;
        }
        LibraryUpdate::Options options;
        options.scan.scope = scope;
        options.scan.workerPath = WorkerProcess::findWorker(); // a parser that crashes costs one file
        LibraryUpdate update(*catalog.value(), options);
        // A live batch has no thumbnail pass over the library: the timeline
        // asks for the new tiles' thumbnails as they appear.
        std::vector<Stage> stages{Stage::Places};
        update.addStage(*m_places);
        if (!scope) {
            update.addStage(*m_thumbnails);
            stages.push_back(Stage::Thumbnails);
        }
        update.addStage(*m_faces);
        stages.push_back(Stage::Faces);
        update.addStage(*m_things);
        stages.push_back(Stage::Things);
        {
            std::lock_guard lock(m_updateMutex);
            m_update = &update;
            if (m_stopRequested)
                update.cancel();
        }
        LibraryUpdate::Observer observer;
        observer.progress = [this, stages](const LibraryUpdate::Progress &p) {
            switch (p.step) {
            case LibraryUpdate::Step::Roots: break;
            case LibraryUpdate::Step::Scan:
                if (p.scan.phase == ScanProgress::Phase::Walking) {
                    m_done = p.scan.filesFound;
                    m_total = 0; // unknown while walking
                    m_stage = int(Stage::Walking);
                } else {
                    m_done = p.scan.filesRead;
                    m_total = p.scan.filesToRead;
                    m_stage = int(Stage::Reading);
                }
                break;
            case LibraryUpdate::Step::Stage:
                m_done = p.done;
                m_total = p.total;
                m_stage = int(stages.at(p.stage));
                break;
            case LibraryUpdate::Step::Hashes:
                m_done = p.hashes.filesDone;
                m_total = p.hashes.filesTotal;
                m_stage = int(Stage::Hashes);
                break;
            }
        };
        observer.stepFinished = [this, stages, scope](LibraryUpdate::Step step, const LibraryUpdate::Report &r) {
            const Stage stageDone = step == LibraryUpdate::Step::Stage ? stages.at(r.stages.size() - 1) : Stage::Idle;
            if (step == LibraryUpdate::Step::Roots) {
                // Watched before the walk: a photo that arrives during a long first scan is not missed.
                QMetaObject::invokeMethod(
                    this, [this, roots = r.roots] { m_live->setRoots(roots); }, Qt::QueuedConnection);
            } else if (step == LibraryUpdate::Step::Scan) {
                const ScanReport &s = r.scan;
                QString text = s.error;
                if (text.isEmpty() && scope)
                    text = tr("New photos: %1 new, %2 changed, %3 moved, %4 gone")
                               .arg(s.added)
                               .arg(s.changed)
                               .arg(s.moved)
                               .arg(s.missing);
                else if (text.isEmpty())
                    text = tr("%1 files: %2 new, %3 changed, %4 could not be read")
                               .arg(s.filesSeen)
                               .arg(s.added)
                               .arg(s.changed)
                               .arg(qint64(s.failures.size()));
                const bool changed = !scope || s.added || s.changed || s.moved || s.missing || s.restored;
                if (scope && !changed)
                    text.clear(); // nothing to tell
                QMetaObject::invokeMethod(
                    this, [this, text, changed, roots = r.roots] { scanDone(text, changed, roots); },
                    Qt::QueuedConnection);
            } else if (stageDone == Stage::Places) {
                QMetaObject::invokeMethod(
                    this, [this] { emit m_services->placesChanged(); }, Qt::QueuedConnection);
            } else if (stageDone == Stage::Faces) {
                const LibraryStage::Outcome &faces = r.stages.back().outcome;
                const QString text = faces.skipped ? QString() : faces.error.isEmpty() ? faces.summary : faces.error;
                QMetaObject::invokeMethod(
                    this, [this, text] { facesDone(text); }, Qt::QueuedConnection);
            } else if (step == LibraryUpdate::Step::Stage && r.stages.size() == 4) { // the fourth stage: things
                QMetaObject::invokeMethod(
                    this, [this] { emit m_services->thingsChanged(); }, Qt::QueuedConnection);
            }
        };
        const LibraryUpdate::Report report = update.run(observer);
        {
            std::lock_guard lock(m_updateMutex);
            m_update = nullptr;
        }
        QString text = report.error == report.scan.error ? QString() : report.error; // that one is told already
        if (text.isEmpty() && report.hashes && (report.hashes->hashed > 0 || report.hashes->failed > 0))
            text = tr("Exact copies: %1 files read in full, %2 could not be read")
                       .arg(report.hashes->hashed)
                       .arg(report.hashes->failed);
        QMetaObject::invokeMethod(
            this, [this, text] { runDone(text); }, Qt::QueuedConnection);
    });
    m_thread->start();
    m_poll.start();
    emit progressChanged();
}

void BackgroundWork::poll()
{
    // Photos appear while the scan runs: reload the views now and then.
    if (Stage(m_stage.load()) == Stage::Reading && m_done - m_readAtLastRefresh >= 200) {
        m_readAtLastRefresh = m_done;
        emit m_services->libraryChanged();
    }
    emit progressChanged();
}

void BackgroundWork::scanDone(const QString &report, bool libraryChanged, const std::vector<RootRecord> &roots)
{
    if (!report.isEmpty())
        m_lastReport = report;
    if (!roots.empty())
        m_live->setRoots(roots); // roots added, gone offline or back
    if (libraryChanged)
        emit m_services->libraryChanged();
    emit scanFinished();
    emit progressChanged();
}

void BackgroundWork::facesDone(const QString &report)
{
    if (!report.isEmpty())
        m_lastReport = m_lastReport.isEmpty() ? report : m_lastReport + QLatin1Char('\n') + report;
    emit m_services->peopleChanged();
    emit facesFinished();
    emit progressChanged();
}

void BackgroundWork::runDone(const QString &report)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    if (!report.isEmpty())
        m_lastReport = m_lastReport.isEmpty() ? report : m_lastReport + QLatin1Char('\n') + report;
    m_stage = int(Stage::Idle);
    m_done = m_total = 0;
    if (m_restart) { // resumed while the stopped run was ending
        start();
        return;
    }
    if (m_pendingChanges && !m_paused && !m_stopRequested) { // live changes that came meanwhile
        auto changes = std::move(m_pendingChanges);
        run(std::move(changes));
        return;
    }
    m_poll.stop();
    emit finished();
    emit progressChanged();
}

void BackgroundWork::pause()
{
    m_paused = true;
    m_restart = false;
    {
        std::lock_guard lock(m_updateMutex);
        m_stopRequested = true;
        if (m_update)
            m_update->pause();
    }
    m_stage = int(Stage::Idle);
    emit progressChanged();
}

void BackgroundWork::cancel()
{
    pause();
    m_paused = false;
    emit progressChanged();
}

} // namespace tintype
