#pragma once

#include "metadata/MediaMetadata.h"

#include <QJsonObject>
#include <QTextStream>

#include <filesystem>

namespace tintype::cli {

QTextStream &out();
QTextStream &err();
bool stderrIsTerminal();

// The JSON object `info --json` and `ls --json` print for one file/asset:
// path, kind, format, capturedAt, captureTimeSource, latitude, ... (null when unknown).
QJsonObject metadataToJson(const std::filesystem::path &path, const MediaMetadata &metadata);
// The same as readable "key: value" lines.
QString metadataToText(const std::filesystem::path &path, const MediaMetadata &metadata);

QString kindName(MediaKind kind);

} // namespace tintype::cli
