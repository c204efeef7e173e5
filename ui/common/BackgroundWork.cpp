#include "BackgroundWork.h"

#include "AppServices.h"
#include "CatalogWorker.h"
#include "FaceScanSettings.h"
#include "FaceScanStage.h"

#include "catalog/Catalog.h"
#include "catalog/ThumbnailSources.h"
#include "library/Library.h"
#include "library/Scanner.h"
#include "thumbs/ThumbnailScheduler.h"

#include <QThread>

namespace tintype {

BackgroundWork::BackgroundWork(AppServices *services, QObject *parent) : QObject(parent), m_services(services)
{
    m_poll.setInterval(250);
    connect(&m_poll, &QTimer::timeout, this, &BackgroundWork::poll);
    m_faces = new FaceScanStage(services->catalog().catalogPath(), services->faceCropDirectory(), this);
    connect(m_faces, &FaceScanStage::finished, this, &BackgroundWork::facesDone);
}

BackgroundWork::~BackgroundWork()
{
    stopThumbnails();
    m_faces->cancel();
    m_faces->wait();
    waitForScan();
}

FaceScanSettings *BackgroundWork::faceSettings() const { return m_services->faceSettings(); }

bool BackgroundWork::running() const
{
    return m_thread != nullptr || m_thumbsTotal > m_thumbsDone || Stage(m_stage.load()) == Stage::Faces;
}

void BackgroundWork::waitForScan()
{
    if (!m_thread)
        return;
    {
        std::lock_guard lock(m_scannerMutex);
        if (m_scanner && m_stopRequested)
            m_scanner->cancel();
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
    case Stage::Thumbnails: return tr("Thumbnails");
    case Stage::Faces: return tr("Finding faces");
    case Stage::Idle: break;
    }
    return {};
}

qint64 BackgroundWork::done() const
{
    switch (Stage(m_stage.load())) {
    case Stage::Walking: return m_found;
    case Stage::Reading: return m_read;
    case Stage::Thumbnails: return m_thumbsDone;
    case Stage::Faces: return m_faces->done();
    case Stage::Idle: break;
    }
    return 0;
}

qint64 BackgroundWork::total() const
{
    switch (Stage(m_stage.load())) {
    case Stage::Reading: return m_toRead;
    case Stage::Thumbnails: return m_thumbsTotal;
    case Stage::Faces: return m_faces->total();
    default: return 0; // unknown while walking
    }
}

void BackgroundWork::start()
{
    if (m_thread)
        return;
    stopThumbnails();
    m_faces->cancel(); // a face run of an earlier scan: the faces come again after this scan
    m_paused = false;
    m_stopRequested = false;
    m_found = m_toRead = m_read = 0;
    m_readAtLastRefresh = 0;
    m_stage = int(Stage::Walking);
    const QString path = m_services->catalog().catalogPath();
    m_thread = QThread::create([this, path] {
        auto catalog = Catalog::open(path);
        if (!catalog) {
            const QString &error = catalog.error();
            QMetaObject::invokeMethod(
                this, [this, error] { scanDone(error, false); }, Qt::QueuedConnection);
            return;
        }
        Library(*catalog.value()).refreshRoots();
        Scanner scanner(*catalog.value());
        {
            std::lock_guard lock(m_scannerMutex);
            m_scanner = &scanner;
            if (m_stopRequested)
                scanner.cancel();
        }
        const ScanReport report = scanner.run([this](const ScanProgress &p) {
            m_stage = int(p.phase == ScanProgress::Phase::Walking ? Stage::Walking : Stage::Reading);
            m_found = p.filesFound;
            m_toRead = p.filesToRead;
            m_read = p.filesRead;
        });
        {
            std::lock_guard lock(m_scannerMutex);
            m_scanner = nullptr;
        }
        QString text = report.error;
        if (text.isEmpty())
            text = QCoreApplication::translate("BackgroundWork", "%1 files: %2 new, %3 changed, %4 could not be read")
                       .arg(report.filesSeen)
                       .arg(report.added)
                       .arg(report.changed)
                       .arg(qint64(report.failures.size()));
        const bool cancelled = report.cancelled;
        QMetaObject::invokeMethod(
            this, [this, text, cancelled] { scanDone(text, cancelled); }, Qt::QueuedConnection);
    });
    m_thread->start();
    m_poll.start();
    emit progressChanged();
}

void BackgroundWork::poll()
{
    m_thumbsDone = m_thumbsCounter->load();
    // Photos appear while the scan runs: reload the views now and then.
    if (Stage(m_stage.load()) == Stage::Reading && m_read - m_readAtLastRefresh >= 200) {
        m_readAtLastRefresh = m_read;
        emit m_services->libraryChanged();
    }
    if (Stage(m_stage.load()) == Stage::Thumbnails && m_thumbsListed && m_thumbsDone >= m_thumbsTotal)
        startFaces();
    emit progressChanged();
}

void BackgroundWork::scanDone(const QString &report, bool cancelled)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_lastReport = report;
    m_stage = int(Stage::Idle);
    emit m_services->libraryChanged();
    emit scanFinished();
    if (!cancelled && !m_stopRequested)
        startThumbnails();
    else
        m_poll.stop();
    emit progressChanged();
}

void BackgroundWork::startThumbnails()
{
    m_stage = int(Stage::Thumbnails);
    auto counter = std::make_shared<std::atomic<qint64>>(0);
    m_thumbsCounter = counter;
    m_thumbsDone = 0;
    m_thumbsTotal = 0;
    m_thumbsListed = false;
    m_poll.start();
    m_services->catalog().read<std::vector<ThumbnailSources::Source>>(
        [](Catalog &c) { return ThumbnailSources(c).all(); }, this,
        [this, counter](Result<std::vector<ThumbnailSources::Source>> sources) {
            if (m_paused || m_stopRequested || counter != m_thumbsCounter)
                return;
            m_thumbsListed = true;
            if (!sources)
                return; // no thumbnails now; the faces still come
            m_thumbsTotal = qint64(sources->size());
            for (const auto &s : sources.value())
                m_services->scheduler().submit(
                    {s.path, s.fingerprint, ThumbnailSize::Grid, {s.editStack, s.editFingerprint, s.userQuarterTurns}},
                    ThumbnailPriority::Background,
                    [counter](const ThumbnailRequest &, const ThumbnailOutcome &) { ++*counter; });
            poll();
        });
}

void BackgroundWork::startFaces()
{
    m_stage = int(Stage::Faces);
    m_facesWanted = true;
    if (!m_faces->running()) // else a cancelled run is ending: facesDone() starts again
        m_faces->start(m_services->faceSettings()->detection());
}

void BackgroundWork::facesDone(const QString &report, bool cancelled, bool modelsMissing)
{
    if (cancelled && m_facesWanted && Stage(m_stage.load()) == Stage::Faces) {
        m_faces->start(m_services->faceSettings()->detection()); // resumed while the old run was stopping
        return;
    }
    if (!modelsMissing)
        m_lastReport = m_lastReport.isEmpty() ? report : m_lastReport + QLatin1Char('\n') + report;
    if (Stage(m_stage.load()) == Stage::Faces) {
        m_stage = int(Stage::Idle);
        m_poll.stop();
    }
    m_facesWanted = false;
    emit m_services->peopleChanged();
    emit facesFinished();
    emit progressChanged();
}

void BackgroundWork::stopThumbnails()
{
    m_services->scheduler().cancelQueued(ThumbnailPriority::Background);
    m_thumbsTotal = m_thumbsDone = 0;
    m_thumbsCounter = std::make_shared<std::atomic<qint64>>(0);
}

void BackgroundWork::pause()
{
    m_paused = true;
    m_stopRequested = true;
    {
        std::lock_guard lock(m_scannerMutex);
        if (m_scanner)
            m_scanner->cancel();
    }
    stopThumbnails();
    m_facesWanted = false;
    m_faces->cancel();
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
