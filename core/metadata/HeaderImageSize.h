#pragma once

// Private to core/metadata: pixel sizes read from a format's own header where
// exiv2 0.27 gives none (BMP, JPEG XL, X3F) or not the one people see (HEIF's
// primary item, the cropped area of RAF and Phase One IIQ raw data).

#include <QSize>
#include <QString>

#include <filesystem>
#include <optional>

namespace tintype::detail {

std::optional<QSize> headerImageSize(const std::filesystem::path &file, const QString &format);

} // namespace tintype::detail
