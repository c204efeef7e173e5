#include "FileLocator.h"

#include "catalog/Catalog.h"
#include "library/Library.h"

namespace tintype {

FileLocator::FileLocator(QString catalogPath) : m_catalogPath(std::move(catalogPath)) {}

FileLocator::~FileLocator() = default;

bool FileLocator::open()
{
    if (!m_catalog) {
        auto opened = Catalog::open(m_catalogPath);
        if (!opened)
            return false;
        m_catalog = std::move(opened.value());
    }
    return true;
}

template <typename T>
std::optional<T> FileLocator::read(const std::function<std::optional<T>(Catalog &)> &query)
{
    std::lock_guard lock(m_mutex);
    if (!open())
        return std::nullopt;
    std::optional<T> value;
    const Status status = m_catalog->read([&] { value = query(*m_catalog); });
    return status ? value : std::nullopt;
}

std::optional<std::filesystem::path> FileLocator::availablePath(std::int64_t fileId)
{
    std::lock_guard lock(m_mutex);
    if (!open())
        return std::nullopt;
    auto path = Library(*m_catalog).availablePath(fileId); // its own read transaction
    return path ? path.value() : std::nullopt;
}

std::optional<ThumbnailSources::Source> FileLocator::thumbnailSource(std::int64_t fileId)
{
    return read<ThumbnailSources::Source>([fileId](Catalog &c) { return ThumbnailSources(c).ofFile(fileId); });
}

} // namespace tintype
