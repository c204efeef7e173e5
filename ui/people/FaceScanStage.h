#pragma once

#include "faces/FaceScanJob.h"

#include <QObject>

#include <atomic>
#include <filesystem>

class QThread;

namespace tintype {

// The face stage of the app's background work: FaceScanJob (every photo
// without a face pass, so an interrupted run resumes and new photos are picked
// up; then incremental clustering) on its own thread and catalog connection.
// Without the model files it does nothing and says why.
class FaceScanStage : public QObject {
    Q_OBJECT

public:
    FaceScanStage(QString catalogPath, std::filesystem::path cropDirectory, QObject *parent = nullptr);
    ~FaceScanStage() override;

    // Starts a run unless one is running; `finished` follows.
    void start(const FaceDetectionSettings &detection);
    void cancel(); // between photos; `finished` follows with cancelled = true
    void wait();   // tests, shutdown
    bool running() const { return m_thread != nullptr; }
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }

signals:
    // `report` is for the user; `modelsMissing`: nothing was scanned for lack of models.
    void finished(const QString &report, bool cancelled, bool modelsMissing);

private:
    void finish(const QString &report, bool cancelled, bool modelsMissing);

    QString m_catalogPath;
    std::filesystem::path m_cropDirectory;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    std::atomic<qint64> m_done{0}, m_total{0};
};

} // namespace tintype
