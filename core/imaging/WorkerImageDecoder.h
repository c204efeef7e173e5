#pragma once

#include "common/Result.h"
#include "common/WorkerProcess.h"
#include "imaging/DecodeRequest.h"

namespace tintype {

// ImageDecoder's work in a tintype-worker process (common/WorkerProcess): the
// photo the viewer opens at full size, the editor's source, the pictures the
// face and object stages look at, a reel's frames. A decoder that crashes or
// hangs on a file costs only that file, which gets the reason; the pixels come
// back through shared memory (common/SharedBuffer) where there is some.
//
// ImageDecoder::decode and ::exifThumbnail come here by themselves once
// ImageDecoder::decodeInWorkers() named the worker: each thread that decodes
// gets a worker of its own (forThisThread()), living as long as the thread.
class WorkerImageDecoder {
public:
    explicit WorkerImageDecoder(WorkerProcess::Options options) : m_process(std::move(options)) {}

    Result<DecodedImage> decode(const DecodeRequest &request);
    Result<QImage> exifThumbnail(const std::filesystem::path &file);
    bool startFailed() const { return m_process.startFailed(); }
    int restarts() const { return m_process.restarts(); }
    // How the last picture came back: true through shared memory, false through the pipe.
    bool lastSharedMemory() const { return m_lastShared; }

    // This thread's decoder for the worker ImageDecoder::decodeInWorkers()
    // named; null when decoding in this process.
    static WorkerImageDecoder *forThisThread();
    static void setWorker(const QString &path, int timeoutMs);

    // The worker's side (app/worker): an "OK" answer's blobs for a "DECODE"
    // or "EXIFTHUMB" request, its pixels written to `shared` when there is one.
    static Result<QList<QByteArray>> answer(const QByteArray &kind, const QList<QByteArray> &request,
                                            SharedBuffer *shared);

private:
    Result<DecodedImage> picture(const Result<QList<QByteArray>> &answer);

    WorkerProcess m_process;
    bool m_lastShared = false;
};

} // namespace tintype
