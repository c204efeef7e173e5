#include "AppServices.h"
#include "CatalogWorker.h"
#include "MemoryListModel.h"
#include "TripListModel.h"

#include "catalog/Catalog.h"
#include "support/GeneratedLife.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;

// The app's trips (Albums page) and memories (top of Photos) over a generated
// life: newest trip first; hide, show hidden, rename, open as album; a day's
// memories, dismissed for good.
class TestStoryModels : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir, m_cache;
    QString catalogPath() const { return m_dir.filePath(QStringLiteral("catalog.sqlite")); }

    static QVariant at(QAbstractListModel &m, int row, int role) { return m.data(m.index(row), role); }
    static bool reloaded(QSignalSpy &spy) { return spy.wait(10000); }

private slots:
    void initTestCase()
    {
        auto catalog = Catalog::open(catalogPath());
        QVERIFY(catalog);
        test::writeGeneratedLife(*catalog.value());
    }

    void tripsOnTheAlbumsPage()
    {
        AppServices services(catalogPath(), m_cache.path().toStdString());
        TripListModel trips;
        QSignalSpy loaded(&trips, &TripListModel::loaded);
        trips.setServices(&services);
        QVERIFY(reloaded(loaded));
        QCOMPARE(trips.rowCount(), 5);
        QCOMPARE(at(trips, 0, TripListModel::TitleRole).toString(), QStringLiteral("New York"));
        QCOMPARE(at(trips, 4, TripListModel::TitleRole).toString(), QStringLiteral("Paris"));
        QCOMPARE(at(trips, 4, TripListModel::ItemCountRole).toInt(), 10);
        const QString paris = at(trips, 4, TripListModel::KeyRole).toString();
        const QString italy = at(trips, 3, TripListModel::KeyRole).toString();

        trips.setHidden(paris, true);
        QVERIFY(reloaded(loaded));
        QCOMPARE(trips.rowCount(), 4);
        trips.setShowHidden(true);
        QVERIFY(reloaded(loaded));
        QCOMPARE(trips.rowCount(), 5);
        QVERIFY(at(trips, 4, TripListModel::HiddenRole).toBool());

        trips.rename(italy, QStringLiteral("Summer in Italy"));
        QVERIFY(reloaded(loaded));
        QCOMPARE(at(trips, 3, TripListModel::TitleRole).toString(), QStringLiteral("Summer in Italy"));

        QSignalSpy albumReady(&trips, &TripListModel::albumReady);
        QSignalSpy albumsChanged(&services, &AppServices::albumsChanged);
        trips.toAlbum(italy);
        QVERIFY(albumReady.wait(10000));
        QVERIFY(albumReady.first().at(0).toLongLong() > 0);
        QCOMPARE(albumReady.first().at(1).toString(), QStringLiteral("Summer in Italy"));
        QCOMPARE(albumsChanged.size(), 1);
    }

    void memoriesOnTopOfPhotos()
    {
        AppServices services(catalogPath(), m_cache.path().toStdString());
        MemoryListModel memories;
        QSignalSpy loaded(&memories, &MemoryListModel::loaded);
        memories.setDate(QDate(2023, 8, 3));
        memories.setServices(&services);
        QVERIFY(reloaded(loaded));
        QCOMPARE(memories.rowCount(), 6);
        QCOMPARE(at(memories, 0, MemoryListModel::KeyRole).toString(), QStringLiteral("years-ago/2022-08-03"));
        QCOMPARE(at(memories, 4, MemoryListModel::KindRole).toString(), QStringLiteral("trip"));
        QVERIFY(at(memories, 0, MemoryListModel::ItemCountRole).toInt() >= 3);

        memories.dismiss(QStringLiteral("years-ago/2022-08-03"));
        QCOMPARE(memories.rowCount(), 5); // at once
        services.catalog().waitForIdle();
        memories.reload();
        QVERIFY(reloaded(loaded));
        QCOMPARE(memories.rowCount(), 5); // and for good
        QCOMPARE(at(memories, 0, MemoryListModel::KeyRole).toString(), QStringLiteral("years-ago/2021-08-03"));
    }
};

QTEST_MAIN(TestStoryModels)
#include "tst_storymodels.moc"
