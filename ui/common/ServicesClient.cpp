#include "ServicesClient.h"

namespace tintype {

namespace {

// Points `current` at `next`, dropping the old services' connections to `client`; false when unchanged.
bool replace(QObject *client, AppServices *&current, AppServices *next)
{
    if (current == next)
        return false;
    if (current)
        QObject::disconnect(current, nullptr, client, nullptr);
    current = next;
    return true;
}

} // namespace

void ServicesClient::setServices(AppServices *services)
{
    if (!replace(this, m_services, services))
        return;
    if (m_services)
        connectServices(*m_services);
    emit servicesChanged();
    servicesReplaced();
}

void ServicesClient::connectServices(AppServices &) {}

void ServicesClient::servicesReplaced() {}

void ServicesListModel::setServices(AppServices *services)
{
    if (!replace(this, m_services, services))
        return;
    if (m_services)
        connectServices(*m_services);
    emit servicesChanged();
    servicesReplaced();
}

void ServicesListModel::connectServices(AppServices &) {}

void ServicesListModel::servicesReplaced() {}

} // namespace tintype
