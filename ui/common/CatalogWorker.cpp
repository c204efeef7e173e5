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

Status CatalogWorker::execute(Mode mode, const std::function<void(Catalog &)> &work)
{
    if (!m_catalog) {
        auto opened = Catalog::open(m_path);
        if (!opened)
            return Status::failure(opened.error());
        m_catalog = std::move(opened.value());
    }
    Catalog &catalog = *m_catalog;
    try {
        switch (mode) {
        case Mode::Read: return catalog.read([&] { work(catalog); });
        case Mode::Write: return catalog.write([&] { work(catalog); });
        case Mode::Own: work(catalog); return {};
        }
        return {};
    } catch (const std::exception &e) {
        return Status::failure(QString::fromUtf8(e.what()));
    }
}

} // namespace tintype
