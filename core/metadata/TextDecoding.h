#pragma once

#include <QString>
#include <QStringView>

#include <string_view>

namespace tintype::textdecoding {

// Bytes from a file's metadata as text: UTF-8 when they are valid UTF-8,
// otherwise Latin-1 (what old cameras and Windows tools wrote). Never fails;
// control characters and trailing NULs/blanks are dropped.
QString decode(std::string_view bytes);

// UTF-16LE text (Windows XP* tags), lossy.
QString decodeUtf16Le(std::string_view bytes);

// Text that cameras put into ImageDescription without the user writing it:
// "OLYMPUS DIGITAL CAMERA", "SONY DSC", "Exif_JPEG_PICTURE", blanks, ...
bool isCameraPlaceholder(QStringView text);

} // namespace tintype::textdecoding
