#pragma once

#include "faces/FaceScanJob.h"
#include "library/LibraryStage.h"

#include <QCoreApplication>

#include <atomic>
#include <filesystem>
#include <mutex>

namespace tintype {

// The face stage of the app's LibraryUpdate: FaceScanJob (every photo without
// a face pass, so an interrupted run resumes and new photos are picked up;
// then incremental clustering) at low thread priority, leaving a core to the
// window. Without the model files it does nothing and says why (skipped).
class FaceScanStage : public LibraryStage {
    Q_DECLARE_TR_FUNCTIONS(FaceScanStage)

public:
    explicit FaceScanStage(std::filesystem::path cropDirectory);

    void setDetection(const FaceDetectionSettings &detection); // for the next run; any thread
    QString name() const override { return tr("Finding faces"); }
    Outcome run(Context &context) override;

    // Of the current or last run.
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }

private:
    std::filesystem::path m_cropDirectory;
    mutable std::mutex m_mutex;
    FaceDetectionSettings m_detection; // guarded by m_mutex
    std::atomic<qint64> m_done{0}, m_total{0};
};

} // namespace tintype
