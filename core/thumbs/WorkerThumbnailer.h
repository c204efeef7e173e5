#pragma once

#include "common/Result.h"
#include "thumbs/ThumbnailSize.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <filesystem>
#include <memory>

class QProcess;

namespace tintype {

// Thumbnailer::make in a tintype-worker process: a decoder that crashes or
// hangs on a file (past `timeoutMs`) takes down only that process; the file
// gets the reason ("the decoder crashed on this file" / "timed out") and the
// next request starts a new worker. One worker, one request at a time: a pool
// holds several. First step of issue 19's second half: thumbnails only, bytes
// through the pipe (shared memory for pixel buffers, metadata, edit sources
// and face inputs are still to come).
class WorkerThumbnailer {
    Q_DECLARE_TR_FUNCTIONS(WorkerThumbnailer)

public:
    struct Options {
        QString workerPath;    // the tintype-worker executable
        int timeoutMs = 20000; // per file
    };
    explicit WorkerThumbnailer(Options options);
    ~WorkerThumbnailer();

    Result<QByteArray> make(const std::filesystem::path &file, ThumbnailSize size);
    int restarts() const { return m_restarts; } // workers started after one died or hung

    // The reasons a file gets when its worker dies or hangs on it.
    static QString crashedReason();
    static QString timedOutReason();

private:
    bool ensureRunning(QString *error);
    void stop();

    Options m_options;
    std::unique_ptr<QProcess> m_process;
    int m_started = 0;
    int m_restarts = 0;
};

} // namespace tintype
