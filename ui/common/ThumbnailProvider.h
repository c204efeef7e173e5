#pragma once

#include <QQuickAsyncImageProvider>
#include <QThreadPool>

#include <memory>

namespace tintype {

class ThumbnailCache;
class ThumbnailScheduler;
class FileLocator;

// image://thumb/<kind>/<fileId>/<fingerprint hex>/<quarter turns>, kind =
// grid | preview | full | exif. Never blocks the GUI thread: cached entries
// are read and decoded on a small pool; missing ones are made by the
// ThumbnailScheduler (grid at on-screen priority, preview at viewer
// priority) and a request dropped by the view (scrolled away) cancels its
// queued job. "full" decodes the file itself at the requested size (viewer
// zoom); "exif" is the camera's small embedded thumbnail (instant placeholder).
class ThumbnailProvider : public QQuickAsyncImageProvider {
public:
    ThumbnailProvider(const QString &catalogPath, ThumbnailCache &cache, ThumbnailScheduler &scheduler);
    ~ThumbnailProvider() override;

    QQuickImageResponse *requestImageResponse(const QString &id, const QSize &requestedSize) override;

private:
    ThumbnailCache &m_cache;
    ThumbnailScheduler &m_scheduler;
    std::shared_ptr<FileLocator> m_locator;
    QThreadPool m_pool;
};

} // namespace tintype
