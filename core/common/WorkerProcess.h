#pragma once

#include "common/Result.h"
#include "common/SharedBuffer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QDeadlineTimer;
class QProcess;

namespace tintype {

// A tintype-worker process (app/worker) that parses untrusted files for this
// one: a decoder that crashes or hangs on a file (past `timeoutMs`) takes down
// only the worker. The call fails with the reason ("the decoder crashed on this
// file" / "timed out") and the next call starts a new worker. One request at a
// time; each thread that decodes owns one (the thumbnail scheduler's threads,
// the scanner's), so those threads are the pool. A QProcess: use it on the
// thread that made it.
//
// Messages both ways are a header line "KIND <length> <length> ...\n" and then
// the blobs of those lengths (frame()). Answers are "OK" or "ERR" + reason.
class WorkerProcess {
    Q_DECLARE_TR_FUNCTIONS(WorkerProcess)

public:
    struct Options {
        QString path;          // the tintype-worker executable (findWorker())
        int timeoutMs = 20000; // per request
    };
    explicit WorkerProcess(Options options);
    ~WorkerProcess();
    WorkerProcess(const WorkerProcess &) = delete;
    WorkerProcess &operator=(const WorkerProcess &) = delete;

    // The "OK" answer's blobs; an "ERR" answer's reason, or why the worker
    // could not answer, as the failure. `timeoutMs` < 0: the options' limit.
    Result<QList<QByteArray>> call(const QByteArray &kind, const QList<QByteArray> &blobs, int timeoutMs = -1);
    // Memory this process shares with the running worker (pixel buffers),
    // null when there is none (SharedBuffer::isAvailable()). The worker finds
    // its name in $TINTYPE_WORKER_SHM.
    SharedBuffer *shared() const { return m_shared.get(); }

    int restarts() const { return m_restarts; }        // workers started after one died or hung
    bool startFailed() const { return m_startFailed; } // the last call found no worker to start

    // The tintype-worker for this program (findWorkerFrom its folder), or
    // $TINTYPE_WORKER; empty when there is none or TINTYPE_WORKER=off (decode
    // in this process).
    static QString findWorker();
    // The tintype-worker for a program in `programFolder`: beside it, in
    // <folder>/../libexec/tintype (installed: /usr/bin and /usr/libexec/tintype)
    // or in the build tree (app/gui, app/cli beside app/worker); empty if none.
    static QString findWorkerFrom(const QString &programFolder);
    static QString crashedReason();
    static QString timedOutReason();
    static QByteArray frame(const QByteArray &kind, const QList<QByteArray> &blobs);
    // A header line's kind and blob lengths; false when it is not one.
    static bool parseHeader(const QByteArray &line, QByteArray *kind, QList<qsizetype> *lengths);

private:
    bool ensureRunning(QString *error);
    bool readAnswer(QByteArray *kind, QList<QByteArray> *blobs, const QDeadlineTimer &deadline);
    void stop();

    Options m_options;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<SharedBuffer> m_shared;
    int m_started = 0;
    int m_restarts = 0;
    bool m_startFailed = false;
};

} // namespace tintype
