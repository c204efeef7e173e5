#pragma once

#include "common/Result.h"
#include "common/WorkerProcess.h"
#include "metadata/MediaMetadata.h"
#include "metadata/MetadataReader.h"

#include <filesystem>

namespace tintype {

// MetadataReader::read in a tintype-worker process (common/WorkerProcess): the
// exiv2, libheif or FFmpeg bug that crashes or hangs on a file costs only that
// file, which gets the reason. One per scanning thread.
class WorkerMetadataReader {
public:
    explicit WorkerMetadataReader(WorkerProcess::Options options) : m_process(std::move(options)) {}

    Result<MediaMetadata> read(const std::filesystem::path &file, const MetadataReader::Options &options);
    bool startFailed() const { return m_process.startFailed(); }
    int restarts() const { return m_process.restarts(); }

    // The request's option flags, as app/worker reads them.
    static QByteArray flags(const MetadataReader::Options &options);
    static MetadataReader::Options options(const QByteArray &flags);

private:
    WorkerProcess m_process;
};

} // namespace tintype
