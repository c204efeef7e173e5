#include "FileLocator.h"

#include "catalog/Catalog.h"
#include "catalog/TimelineQueries.h"

namespace tintype {

FileLocator::FileLocator(QString catalogPath) : m_catalogPath(std::move(catalogPath)) {}

FileLocator::~FileLocator() = default;

template <typename T>
std::optional<T> FileLocator::read(const std::function<std::optional<T>(Catalog &)> &query)
{
    std::lock_guard lock(m_mutex);
    if (!m_catalog) {
        auto opened = Catalog::open(m_catalogPath);
        if (!opened)
            return std::nullopt;
        m_catalog = std::move(opened.value());
    }
    std::optional<T> value;
    const Status status = m_catalog->read([&] { value = query(*m_catalog); });
    return status ? value : std::nullopt;
}

std::optional<std::filesystem::path> FileLocator::availablePath(std::int64_t fileId)
{
    return read<std::filesystem::path>([fileId](Catalog &c) { return TimelineQueries(c).availablePath(fileId); });
}

std::optional<ThumbnailSources::Source> FileLocator::thumbnailSource(std::int64_t fileId)
{
    return read<ThumbnailSources::Source>([fileId](Catalog &c) { return ThumbnailSources(c).ofFile(fileId); });
}

} // namespace tintype
