#include "CatalogWorker.h"

#include "catalog/Catalog.h"

#include <exception>

namespace tintype {

CatalogWorker::CatalogWorker(QString catalogPath, QObject *parent) : QObject(parent), m_path(std::move(catalogPath))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

CatalogWorker::~CatalogWorker()
{
    m_pool.clear();
    m_pool.waitForDone();
}

Status CatalogWorker::execute(bool writes, const std::function<void(Catalog &)> &work)
{
    if (!m_catalog) {
        auto opened = Catalog::open(m_path);
        if (!opened)
            return Status::failure(opened.error());
        m_catalog = std::move(opened.value());
    }
    Catalog &catalog = *m_catalog;
    try {
        return writes ? catalog.write([&] { work(catalog); }) : catalog.read([&] { work(catalog); });
    } catch (const std::exception &e) {
        return Status::failure(QString::fromUtf8(e.what()));
    }
}

} // namespace tintype
