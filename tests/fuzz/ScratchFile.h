#pragma once

// For fuzz targets whose entry point reads a file: the input's first byte picks
// the file name's extension (so name-based paths are reached too), the rest is
// written to one scratch file per process in the temp folder.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <string>
#include <unistd.h>
#include <vector>

namespace tintype::fuzz {

// The scratch file holding data[1..size), named "<stem>.<extension>"; empty
// path for an empty input.
inline std::filesystem::path writeScratchFile(const std::uint8_t *data, std::size_t size, const char *stem,
                                              std::initializer_list<const char *> extensions)
{
    if (size < 1)
        return {};
    static const std::filesystem::path dir = [] {
        auto d = std::filesystem::temp_directory_path() / ("tintype-fuzz-" + std::to_string(::getpid()));
        std::filesystem::create_directories(d);
        return d;
    }();
    const std::vector<const char *> list(extensions);
    const auto file = dir / (std::string(stem) + "." + list[data[0] % list.size()]);
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char *>(data + 1), std::streamsize(size - 1));
    return file;
}

} // namespace tintype::fuzz
