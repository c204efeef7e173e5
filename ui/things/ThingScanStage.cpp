#include "ThingScanStage.h"

#include "things/ThingModels.h"
#include "things/ThingScanJob.h"

#include <QThread>

namespace tintype {

LibraryStage::Outcome ThingScanStage::run(Context &context)
{
    ThingScanJob::Options options;
    options.modelDirectory = ThingModels::directory();
    options.thumbnailCache = m_thumbnailCache;
    options.jobs = std::max(1, QThread::idealThreadCount() - 1); // one core stays with the window

    Outcome outcome;
    if (!ThingModels::present(options.modelDirectory)) {
        outcome.summary = ThingModels::installHint(options.modelDirectory);
        outcome.skipped = true;
        return outcome;
    }
    QThread *thread = QThread::currentThread();
    const QThread::Priority priority =
        thread->priority() == QThread::InheritPriority ? QThread::NormalPriority : thread->priority();
    const bool ownThread = QCoreApplication::instance() && thread != QCoreApplication::instance()->thread();
    if (ownThread)
        thread->setPriority(QThread::LowPriority);
    const auto result = ThingScanJob(context.catalog, options)
                            .run(
                                [&](const ThingScanJob::Progress &p) {
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
    outcome.summary = tr("Things: %1 photos, %2 things, %3 could not be read")
                          .arg(result->progress.done)
                          .arg(result->progress.things)
                          .arg(result->progress.failed);
    return outcome;
}

} // namespace tintype
