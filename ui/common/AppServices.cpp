#include "AppServices.h"

#include "AssetActions.h"
#include "BackgroundWork.h"
#include "CatalogWorker.h"
#include "LibrarySettings.h"

#include "catalog/FileRepository.h"
#include "common/WorkerProcess.h"
#include "thumbs/ThumbnailCache.h"
#include "thumbs/ThumbnailScheduler.h"

#include <QThread>

#include <algorithm>

namespace tintype {

AppServices::AppServices(const QString &catalogPath, const std::filesystem::path &cacheDirectory, QObject *parent,
                         std::filesystem::path faceCropDirectory)
    : QObject(parent),
      m_faceCropDirectory(faceCropDirectory.empty() ? cacheDirectory / "faces" : std::move(faceCropDirectory)),
      m_catalog(std::make_unique<CatalogWorker>(catalogPath)),
      m_cache(std::make_unique<ThumbnailCache>(cacheDirectory)),
      // Leave a core to the GUI thread and the scanner.
      m_scheduler(std::make_unique<ThumbnailScheduler>(*m_cache, std::max(1, QThread::idealThreadCount() - 1)))
{
    m_faceSettings = new FaceScanSettings(this);
    m_searchHistory = new SearchHistory(this);
    m_actions = new AssetActions(this, this);
    m_work = new BackgroundWork(this, this);
    m_settings = new LibrarySettings(this, this);
    // Thumbnails and previews are decoded in tintype-worker processes: a file
    // that crashes a decoder costs that file, not the app.
    m_scheduler->setWorker(WorkerProcess::findWorker());
    // Damage only the decoder saw (a thumbnail made, on screen or in the
    // background): noted in the catalog, then the grid's mark and the info
    // panel follow.
    m_scheduler->setDamageListener([this](const ThumbnailRequest &request, const QString &damage) {
        QMetaObject::invokeMethod(
            this, [this, fileId = request.fileId, damage] { noteDecoderDamage(fileId, damage); }, Qt::QueuedConnection);
    });
}

void AppServices::noteDecoderDamage(qint64 fileId, const QString &damage)
{
    using Asset = std::optional<std::int64_t>;
    m_catalog->write<Asset>(
        [fileId, damage](Catalog &c) { return FileRepository(c).noteDecoderDamage(fileId, damage); }, this,
        [this](Result<Asset> noted) {
            if (!noted || !noted.value())
                return;
            emit assetsChanged(QList<qint64>{qint64(*noted.value())});
            emit damageNoted();
        });
}

AppServices::~AppServices()
{
    delete m_work; // stops the scan thread before the catalog goes
    m_work = nullptr;
    m_scheduler.reset();
    m_catalog->waitForIdle();
}

} // namespace tintype
