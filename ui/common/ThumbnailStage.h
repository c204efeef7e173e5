#pragma once

#include "library/LibraryStage.h"
#include "thumbs/ThumbnailSize.h"

#include <QCoreApplication>

#include <atomic>

namespace tintype {

class ThumbnailScheduler;

// The thumbnail stage of the app's LibraryUpdate: every asset's grid thumbnail
// through the app's scheduler at background priority, so the thumbnails of
// what is on screen overtake it. A few at a time are queued, so pause and
// cancel take effect at once; a cached thumbnail is reused, not made again.
class ThumbnailStage : public LibraryStage {
    Q_DECLARE_TR_FUNCTIONS(ThumbnailStage)

public:
    explicit ThumbnailStage(ThumbnailScheduler &scheduler, ThumbnailSize size = ThumbnailSize::Grid);
    QString name() const override { return tr("Thumbnails"); }
    Outcome run(Context &context) override;

    // Of the current or last run: thumbnails made, and found in the cache.
    qint64 made() const { return m_made; }
    qint64 reused() const { return m_reused; }

private:
    ThumbnailScheduler &m_scheduler;
    ThumbnailSize m_size;
    std::atomic<qint64> m_made{0}, m_reused{0};
};

} // namespace tintype
