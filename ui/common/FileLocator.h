#pragma once

#include "catalog/ThumbnailSources.h"

#include <QString>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace tintype {

class Catalog;

// Finds a file's absolute path by catalog id, for image loads that miss the
// thumbnail cache. Thread-safe (one connection behind a mutex, opened on first
// use on the calling worker thread).
class FileLocator {
public:
    explicit FileLocator(QString catalogPath);
    ~FileLocator();
    // The path when the file is present and its root online; nullopt otherwise.
    std::optional<std::filesystem::path> availablePath(std::int64_t fileId);
    // The same file with its asset's current edit (to make an edited thumbnail).
    std::optional<ThumbnailSources::Source> thumbnailSource(std::int64_t fileId);

private:
    bool open(); // with m_mutex held
    template <typename T>
    std::optional<T> read(const std::function<std::optional<T>(Catalog &)> &query);
    QString m_catalogPath;
    std::mutex m_mutex;
    std::unique_ptr<Catalog> m_catalog;
};

} // namespace tintype
