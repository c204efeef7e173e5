#pragma once

#include "metadata/MediaMetadata.h"

#include <QByteArray>

#include <optional>

namespace tintype {

// MediaMetadata as bytes and back, every field: how a tintype-worker process
// hands what it read to the scanner (WorkerMetadataReader). Not a storage
// format: both ends are the same build.
namespace metadatastream {
QByteArray write(const MediaMetadata &metadata);
std::optional<MediaMetadata> read(const QByteArray &bytes); // empty when the bytes are not one
} // namespace metadatastream

} // namespace tintype
