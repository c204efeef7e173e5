#include "FileLocator.h"

#include "catalog/Catalog.h"
#include "catalog/TimelineQueries.h"

namespace tintype {

FileLocator::FileLocator(QString catalogPath) : m_catalogPath(std::move(catalogPath)) {}

FileLocator::~FileLocator() = default;

std::optional<std::filesystem::path> FileLocator::availablePath(std::int64_t fileId)
{
    std::lock_guard lock(m_mutex);
    if (!m_catalog) {
        auto opened = Catalog::open(m_catalogPath);
        if (!opened)
            return std::nullopt;
        m_catalog = std::move(opened.value());
    }
    std::optional<std::filesystem::path> path;
    const Status status = m_catalog->read([&] { path = TimelineQueries(*m_catalog).availablePath(fileId); });
    return status ? path : std::nullopt;
}

} // namespace tintype
