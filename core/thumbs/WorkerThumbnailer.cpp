#include "thumbs/WorkerThumbnailer.h"

#include "common/NativePath.h"

namespace tintype {

// "THUMB" [grid 0 | preview 1, quarter turns, native path, edit stack JSON, edit fingerprint]
//   -> "OK" [JPEG, UTF-8 damage (empty: whole)]  (app/worker/main.cpp)
Result<QByteArray> WorkerThumbnailer::make(const std::filesystem::path &file, ThumbnailSize size,
                                           const ThumbnailEdit &edit, QString *damage)
{
    auto answer = m_process.call("THUMB", {QByteArray::number(size == ThumbnailSize::Preview ? 1 : 0),
                                           QByteArray::number(edit.quarterTurns), nativepath::toBytes(file), edit.stack,
                                           edit.fingerprint});
    if (!answer)
        return Result<QByteArray>::failure(answer.error());
    if (answer.value().size() != 2)
        return Result<QByteArray>::failure(WorkerProcess::crashedReason());
    if (damage)
        *damage = QString::fromUtf8(answer.value()[1]);
    return answer.value()[0];
}

} // namespace tintype
