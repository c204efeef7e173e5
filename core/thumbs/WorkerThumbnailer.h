#pragma once

#include "common/Result.h"
#include "common/WorkerProcess.h"
#include "thumbs/ThumbnailSize.h"

#include <QByteArray>
#include <QString>

#include <filesystem>

namespace tintype {

// Thumbnailer::make in a tintype-worker process (common/WorkerProcess): a
// decoder that crashes or hangs on a file costs only that file, which gets the
// reason. Each ThumbnailScheduler thread owns one. What comes back is the
// encoded thumbnail (tens of kilobytes), so the pipe carries it.
class WorkerThumbnailer {
public:
    explicit WorkerThumbnailer(WorkerProcess::Options options) : m_process(std::move(options)) {}

    Result<QByteArray> make(const std::filesystem::path &file, ThumbnailSize size, const ThumbnailEdit &edit = {},
                            QString *damage = nullptr);
    int restarts() const { return m_process.restarts(); }
    bool startFailed() const { return m_process.startFailed(); }

private:
    WorkerProcess m_process;
};

} // namespace tintype
