#include "FaceScanStage.h"

#include "catalog/Catalog.h"
#include "faces/FaceModels.h"

#include <QCoreApplication>
#include <QThread>

namespace tintype {

FaceScanStage::FaceScanStage(QString catalogPath, std::filesystem::path cropDirectory, QObject *parent)
    : QObject(parent),
      m_catalogPath(std::move(catalogPath)),
      m_cropDirectory(std::move(cropDirectory))
{}

FaceScanStage::~FaceScanStage()
{
    cancel();
    wait();
}

void FaceScanStage::start(const FaceDetectionSettings &detection)
{
    if (m_thread)
        return;
    m_cancel = false;
    m_done = 0;
    m_total = 0;
    FaceScanJob::Options options;
    options.modelDirectory = FaceModels::directory();
    options.detection = detection;
    // One core stays with the GUI and the thumbnails of what is on screen.
    options.jobs = std::max(1, QThread::idealThreadCount() - 1);
    options.cropCache = m_cropDirectory;
    m_thread = QThread::create([this, options] {
        QString report;
        bool cancelled = false;
        const bool missing = !FaceModels::present(options.modelDirectory);
        if (missing) {
            report = FaceModels::installHint(options.modelDirectory);
        } else if (auto catalog = Catalog::open(m_catalogPath); !catalog) {
            report = catalog.error();
        } else {
            FaceScanJob job(*catalog.value(), options);
            const auto result = job.run(
                [this](const FaceScanJob::Progress &p) {
                    m_done = p.done;
                    m_total = p.total;
                },
                m_cancel);
            if (!result) {
                report = result.error();
            } else {
                cancelled = result->cancelled;
                report =
                    QCoreApplication::translate("FaceScanStage", "Faces: %1 photos, %2 faces, %3 could not be read")
                        .arg(result->progress.done)
                        .arg(result->progress.faces)
                        .arg(result->progress.failed);
            }
        }
        QMetaObject::invokeMethod(
            this, [this, report, cancelled, missing] { finish(report, cancelled, missing); }, Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
}

void FaceScanStage::cancel() { m_cancel = true; }

void FaceScanStage::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void FaceScanStage::finish(const QString &report, bool cancelled, bool modelsMissing)
{
    wait();
    emit finished(report, cancelled, modelsMissing);
}

} // namespace tintype
