// The base of the view-models that take the services: a swap drops the old
// services' connections, connects the new ones and reloads; null disconnects.
#include "AppServices.h"
#include "ServicesClient.h"
#include "UiFixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;

namespace {

// Reloads on libraryChanged, like the timeline and the folder tree.
class ReloadingModel : public ServicesListModel {
public:
    int reloads = 0;
    int rowCount(const QModelIndex & = {}) const override { return 0; }
    QVariant data(const QModelIndex &, int) const override { return {}; }

protected:
    void connectServices(AppServices &services) override
    {
        connect(&services, &AppServices::libraryChanged, this, [this] { ++reloads; });
    }
    void servicesReplaced() override { ++reloads; }
};

class ReloadingClient : public ServicesClient {
public:
    int reloads = 0;

protected:
    void connectServices(AppServices &services) override
    {
        connect(&services, &AppServices::libraryChanged, this, [this] { ++reloads; });
    }
    void servicesReplaced() override { ++reloads; }
};

} // namespace

class TestServicesClient : public QObject {
    Q_OBJECT

    QTemporaryDir m_cacheA, m_cacheB;

    template <class Client>
    void swapDisconnectsTheOldServices()
    {
        test::UiCatalog c;
        AppServices a(c.path(), m_cacheA.path().toStdString());
        AppServices b(c.path(), m_cacheB.path().toStdString());
        Client client;
        QSignalSpy changed(&client, &Client::servicesChanged);

        client.setServices(&a);
        QCOMPARE(client.services(), &a);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(client.reloads, 1);
        emit a.libraryChanged();
        QCOMPARE(client.reloads, 2);

        client.setServices(&a); // the same: nothing happens
        QCOMPARE(changed.count(), 1);
        QCOMPARE(client.reloads, 2);

        client.setServices(&b);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(client.reloads, 3);
        emit a.libraryChanged(); // the old services no longer reach it
        QCOMPARE(client.reloads, 3);
        emit b.libraryChanged();
        QCOMPARE(client.reloads, 4);

        client.setServices(nullptr); // a page that went inactive
        QCOMPARE(client.services(), nullptr);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(client.reloads, 5);
        emit b.libraryChanged();
        QCOMPARE(client.reloads, 5);
    }

private slots:
    void listModelSwapDisconnectsTheOldServices() { swapDisconnectsTheOldServices<ReloadingModel>(); }
    void objectSwapDisconnectsTheOldServices() { swapDisconnectsTheOldServices<ReloadingClient>(); }

    void servicesIsAQmlProperty()
    {
        test::UiCatalog c;
        AppServices a(c.path(), m_cacheA.path().toStdString());
        ReloadingModel model;
        QVERIFY(model.setProperty("services", QVariant::fromValue(&a)));
        QCOMPARE(model.services(), &a);
        QCOMPARE(model.property("services").value<AppServices *>(), &a);
    }
};

QTEST_MAIN(TestServicesClient)
#include "tst_servicesclient.moc"
