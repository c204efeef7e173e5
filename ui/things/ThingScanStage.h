#pragma once

#include "library/LibraryStage.h"

#include <QCoreApplication>

#include <filesystem>

namespace tintype {

// The things stage of the app's LibraryUpdate, after thumbnails and faces:
// ThingScanJob (every photo without a pass of the current model, on its cached
// preview when there is one) at low thread priority, leaving a core to the
// window. Pausing the work cancels the run; resuming runs it again, which goes on
// where it stopped. Without the model files it does nothing and says why (skipped).
class ThingScanStage : public LibraryStage {
    Q_DECLARE_TR_FUNCTIONS(ThingScanStage)

public:
    explicit ThingScanStage(std::filesystem::path thumbnailCache) : m_thumbnailCache(std::move(thumbnailCache)) {}
    QString name() const override { return tr("Finding things"); }
    Outcome run(Context &context) override;

private:
    std::filesystem::path m_thumbnailCache;
};

} // namespace tintype
