#include "catalog/InboxRepository.h"

#include "catalog/Catalog.h"
#include "catalog/SqlStatement.h"

namespace tintype {

void InboxRepository::markNew(std::int64_t assetId)
{
    SqlStatement q(m_catalog.handle(), "UPDATE asset SET inbox_new = 1 WHERE id = ?");
    q.bind(1, assetId);
    q.exec();
}

void InboxRepository::markSeen(const std::vector<std::int64_t> &assetIds)
{
    SqlStatement q(m_catalog.handle(), "UPDATE asset SET inbox_new = 0 WHERE id = ? AND inbox_new = 1");
    for (std::int64_t id : assetIds) {
        q.bind(1, id);
        q.exec();
    }
}

void InboxRepository::markAllSeen()
{
    SqlStatement q(m_catalog.handle(), "UPDATE asset SET inbox_new = 0 WHERE inbox_new = 1");
    q.exec();
}

std::int64_t InboxRepository::newCount()
{
    SqlStatement q(m_catalog.handle(), "SELECT count(*) FROM asset WHERE inbox_new = 1");
    return q.next() ? q.int64(0) : 0;
}

bool InboxRepository::isNew(std::int64_t assetId)
{
    SqlStatement q(m_catalog.handle(), "SELECT inbox_new FROM asset WHERE id = ?");
    q.bind(1, assetId);
    return q.next() && q.int64(0) != 0;
}

} // namespace tintype
