#include "metadata/WorkerMetadataReader.h"

#include "common/NativePath.h"
#include "metadata/MetadataStream.h"

namespace tintype {

QByteArray WorkerMetadataReader::flags(const MetadataReader::Options &options)
{
    return QByteArray(options.lookForSidecar ? "s" : "") + (options.fallBackToFileTime ? "t" : "");
}

MetadataReader::Options WorkerMetadataReader::options(const QByteArray &flags)
{
    return {flags.contains('s'), flags.contains('t')};
}

// "META" [native path, flags] -> "OK" [metadatastream bytes]  (app/worker/main.cpp)
Result<MediaMetadata> WorkerMetadataReader::read(const std::filesystem::path &file,
                                                 const MetadataReader::Options &options)
{
    auto answer = m_process.call("META", {nativepath::toBytes(file), flags(options)});
    if (!answer)
        return Result<MediaMetadata>::failure(answer.error());
    auto metadata = answer.value().size() == 1 ? metadatastream::read(answer.value()[0]) : std::nullopt;
    if (!metadata)
        return Result<MediaMetadata>::failure(WorkerProcess::crashedReason());
    return std::move(*metadata);
}

} // namespace tintype
