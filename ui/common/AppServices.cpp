#include "AppServices.h"

#include "AssetActions.h"
#include "BackgroundWork.h"
#include "CatalogWorker.h"
#include "LibrarySettings.h"

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
    m_actions = new AssetActions(this, this);
    m_work = new BackgroundWork(this, this);
    m_settings = new LibrarySettings(this, this);
}

AppServices::~AppServices()
{
    delete m_work; // stops the scan thread before the catalog goes
    m_work = nullptr;
    m_scheduler.reset();
    m_catalog->waitForIdle();
}

} // namespace tintype
