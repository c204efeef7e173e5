#pragma once

#include "AppServices.h"

#include <QAbstractListModel>
#include <QObject>
#include <QQmlEngine>

namespace tintype {

// The `services` property of a view-model (QML sets it; a page that goes
// inactive sets it to null). Setting other services drops every connection
// from the old ones to this object, then calls connectServices(new) when not
// null, emits servicesChanged and calls servicesReplaced() (a reload, usually).
// ServicesClient for plain objects, ServicesListModel for list models.
class ServicesClient : public QObject {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(tintype::AppServices *services READ services WRITE setServices NOTIFY servicesChanged)

public:
    using QObject::QObject;

    AppServices *services() const { return m_services; }
    void setServices(AppServices *services);

signals:
    void servicesChanged();

protected:
    virtual void connectServices(AppServices &services);
    virtual void servicesReplaced();

private:
    AppServices *m_services = nullptr;
};

class ServicesListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(tintype::AppServices *services READ services WRITE setServices NOTIFY servicesChanged)

public:
    using QAbstractListModel::QAbstractListModel;

    AppServices *services() const { return m_services; }
    void setServices(AppServices *services);

signals:
    void servicesChanged();

protected:
    virtual void connectServices(AppServices &services);
    virtual void servicesReplaced();

private:
    AppServices *m_services = nullptr;
};

} // namespace tintype
