#include "FaceScanStage.h"

#include "catalog/Catalog.h"
#include "faces/FaceModels.h"

#include <QThread>

namespace tintype {

FaceScanStage::FaceScanStage(std::filesystem::path cropDirectory) : m_cropDirectory(std::move(cropDirectory)) {}

void FaceScanStage::setDetection(const FaceDetectionSettings &detection)
{
    std::lock_guard lock(m_mutex);
    m_detection = detection;
}

LibraryStage::Outcome FaceScanStage::run(Context &context)
{
    m_done = 0;
    m_total = 0;
    FaceScanJob::Options options;
    options.modelDirectory = FaceModels::directory();
    {
        std::lock_guard lock(m_mutex);
        options.detection = m_detection;
    }
    // One core stays with the GUI and the thumbnails of what is on screen.
    options.jobs = std::max(1, QThread::idealThreadCount() - 1);
    options.cropCache = m_cropDirectory;

    Outcome outcome;
    if (!FaceModels::present(options.modelDirectory)) {
        outcome.summary = FaceModels::installHint(options.modelDirectory);
        outcome.skipped = true;
        return outcome;
    }
    QThread *thread = QThread::currentThread();
    const QThread::Priority priority =
        thread->priority() == QThread::InheritPriority ? QThread::NormalPriority : thread->priority();
    const bool ownThread = QCoreApplication::instance() && thread != QCoreApplication::instance()->thread();
    if (ownThread)
        thread->setPriority(QThread::LowPriority);
    FaceScanJob job(context.catalog, options);
    const auto result = job.run(
        [&](const FaceScanJob::Progress &p) {
            m_done = p.done;
            m_total = p.total;
            if (context.progress)
                context.progress(p.done, p.total);
        },
        context.cancel);
    if (ownThread)
        thread->setPriority(priority);
    if (!result) {
        outcome.error = result.error();
        return outcome;
    }
    outcome.cancelled = result->cancelled;
    outcome.summary = tr("Faces: %1 photos, %2 faces, %3 could not be read")
                          .arg(result->progress.done)
                          .arg(result->progress.faces)
                          .arg(result->progress.failed);
    return outcome;
}

} // namespace tintype
