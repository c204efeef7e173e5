#include "AppServices.h"
#include "AssetActions.h"
#include "AssetDetails.h"
#include "CatalogWorker.h"
#include "TimelineModel.h"
#include "UiFixture.h"
#include "catalog/EditRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tintype;

// The timeline model over a real catalog: loads on the worker (never on the
// GUI thread), lays rows out for the view width and density, follows the
// user's actions.
class TestTimelineModel : public QObject {
    Q_OBJECT

    QTemporaryDir m_cache;

    static void fill(test::UiCatalog &c, int n)
    {
        const auto r = c.addRoot(QStringLiteral("/p"));
        for (int i = 0; i < n; ++i)
            c.addPhoto(r, QByteArray("img") + QByteArray::number(i) + ".jpg",
                       QDateTime(QDate(2015 + i % 4, 1 + i % 12, 1 + i % 27), QTime(10, 0)), 60);
    }

    static void verifyEveryPhotoInOneRow(const TimelineModel &model)
    {
        QVector<int> rowsHolding(model.photoCount(), 0);
        QVector<int> rowHolding(model.photoCount(), -1);
        int largestRow = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QVariantList items = model.data(model.index(row), TimelineModel::ItemsRole).toList();
            largestRow = std::max(largestRow, int(items.size()));
            for (const QVariant &item : items) {
                const int index = item.toMap().value(QStringLiteral("index")).toInt();
                QVERIFY2(index >= 0 && index < model.photoCount(), qPrintable(QString::number(index)));
                ++rowsHolding[index];
                rowHolding[index] = row;
            }
        }
        for (int index = 0; index < model.photoCount(); ++index) {
            QVERIFY2(rowsHolding.at(index) == 1,
                     qPrintable(QStringLiteral("photo %1 is in %2 rows").arg(index).arg(rowsHolding.at(index))));
            QCOMPARE(model.rowOfIndex(index), rowHolding.at(index));
        }
        if (model.density() != TimelineModel::Density::Day)
            QVERIFY2(largestRow > 1, "no row of several photos: the check saw only trivial rows");
    }

private slots:
    void loadsAsynchronouslyAndLaysOut()
    {
        test::UiCatalog c;
        fill(c, 60);
        AppServices services(c.path(), m_cache.path().toStdString());
        TimelineModel model;
        QSignalSpy loaded(&model, &TimelineModel::loaded);
        model.setViewWidth(1000);
        model.setServices(&services);
        QVERIFY(model.loading());
        QCOMPARE(model.rowCount(), 0); // nothing read on this thread
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.photoCount(), 60);
        QVERIFY(model.rowCount() > 10);
        QVERIFY(model.contentHeight() > 0);

        // Years for the scrubber, newest first, with where they start.
        const QVariantList years = model.years();
        QCOMPARE(years.size(), 4);
        QCOMPARE(years.first().toMap().value(QStringLiteral("year")).toInt(), 2018);
        QCOMPARE(years.first().toMap().value(QStringLiteral("fraction")).toDouble(), 0.0);
        const int row2016 = model.rowOfYear(2016);
        QCOMPARE(model.data(model.index(row2016), TimelineModel::KindRole).toString(), QStringLiteral("major"));
        QVERIFY(model.data(model.index(row2016), TimelineModel::TitleRole).toString().contains(QStringLiteral("2016")));

        // Every photo sits in exactly one photo row, and the row rowOfIndex names holds
        // it: in days (here one photo a day), months and years (rows of several).
        for (const auto density :
             {TimelineModel::Density::Day, TimelineModel::Density::Month, TimelineModel::Density::Year}) {
            model.setDensity(density);
            verifyEveryPhotoInOneRow(model);
            if (QTest::currentTestFailed())
                return;
        }
        model.setDensity(TimelineModel::Density::Day);
        QVERIFY(model.entry(5)
                    .value(QStringLiteral("source"))
                    .toString()
                    .startsWith(QStringLiteral("image://thumb/grid/")));
        QCOMPARE(model.rowAtY(0), 0);
    }

    void densitySwitch()
    {
        test::UiCatalog c;
        fill(c, 80);
        AppServices services(c.path(), m_cache.path().toStdString());
        TimelineModel model;
        QSignalSpy loaded(&model, &TimelineModel::loaded);
        model.setViewWidth(1200);
        model.setServices(&services);
        QVERIFY(loaded.wait(5000));
        const int dayRows = model.rowCount();
        const double dayHeight = model.contentHeight();
        model.setDensity(TimelineModel::Density::Month);
        const double monthHeight = model.contentHeight();
        model.setDensity(TimelineModel::Density::Year);
        QVERIFY(model.rowCount() < dayRows);
        QVERIFY(model.contentHeight() < monthHeight);
        QVERIFY(monthHeight < dayHeight);
        QCOMPARE(model.years().size(), 4);
        QCOMPARE(model.data(model.index(0), TimelineModel::TitleRole).toString(), QStringLiteral("2018"));
        model.setViewWidth(0); // not laid out yet: no rows, no crash
        QCOMPARE(model.rowCount(), 0);
    }

    void actionsUpdateTheViewsInPlace()
    {
        test::UiCatalog c;
        fill(c, 10);
        AppServices services(c.path(), m_cache.path().toStdString());
        TimelineModel all, favourites;
        all.setViewWidth(800);
        favourites.setViewWidth(800);
        favourites.setScope(TimelineModel::Scope::Favorites);
        QSignalSpy loadedAll(&all, &TimelineModel::loaded), loadedFav(&favourites, &TimelineModel::loaded);
        all.setServices(&services);
        favourites.setServices(&services);
        QVERIFY(loadedAll.wait(5000));
        if (loadedFav.isEmpty())
            QVERIFY(loadedFav.wait(5000));
        QCOMPARE(favourites.photoCount(), 0);

        const qint64 id = all.assetIdAt(3);
        QSignalSpy reset(&all, &QAbstractItemModel::modelReset);
        QSignalSpy done(services.actions(), &AssetActions::finished);
        services.actions()->setFavorite({id}, true);
        QVERIFY(done.wait(5000));
        QVERIFY(loadedFav.wait(5000));
        QCOMPARE(favourites.photoCount(), 1);
        if (all.loading())
            QVERIFY(loadedAll.wait(5000));
        QVERIFY(all.entry(3).value(QStringLiteral("favorite")).toBool());
        QCOMPARE(reset.count(), 0); // same photos: updated in place, the view keeps its position

        services.actions()->rotate({id}, 1);
        QVERIFY(done.wait(5000));
        QVERIFY(loadedAll.wait(5000));
        QVERIFY(all.entry(3).value(QStringLiteral("source")).toString().endsWith(QStringLiteral("/1")));
        QVERIFY(all.entry(3).value(QStringLiteral("aspect")).toDouble() < 1.0);

        AssetDetails details;
        QSignalSpy detailsChanged(&details, &AssetDetails::changed);
        details.setServices(&services);
        details.setAssetId(id);
        QVERIFY(detailsChanged.wait(5000));
        QVERIFY(details.ready());
        QVERIFY(details.favorite());
        QCOMPARE(details.offsetText(), QStringLiteral("UTC+01:00"));
        details.setDescription(QStringLiteral("Snow"));
        services.catalog().waitForIdle();
        AssetDetails again;
        QSignalSpy againChanged(&again, &AssetDetails::changed);
        again.setServices(&services);
        again.setAssetId(id);
        QVERIFY(againChanged.wait(5000));
        QCOMPARE(again.description(), QStringLiteral("Snow"));
        QCOMPARE(again.pixelWidth(), 3000); // 4000×3000 turned once
        QCOMPARE(again.pixelHeight(), 4000);

        // Edited: the viewer sizes the picture the edit shows (half of each side).
        QVERIFY(c.catalog().write([&] {
            EditRepository(c.catalog())
                .save(id,
                      R"({"format":"tintype-edit","version":1,"operations":[{"op":"crop","v":1,)"
                      R"("params":{"x":0,"y":0,"width":0.5,"height":0.5,"aspect":0}}]})",
                      "ffff");
        }));
        AssetDetails edited;
        QSignalSpy editedChanged(&edited, &AssetDetails::changed);
        edited.setServices(&services);
        edited.setAssetId(id);
        QVERIFY(editedChanged.wait(5000));
        QCOMPARE(edited.pixelWidth(), 1500);
        QCOMPARE(edited.pixelHeight(), 2000);
    }

    void brokenCatalogGivesAMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
        QFile junk(path);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x')); // not a database
        junk.close();
        AppServices services(path, m_cache.path().toStdString());
        TimelineModel model;
        QSignalSpy loaded(&model, &TimelineModel::loaded);
        model.setViewWidth(800);
        model.setServices(&services);
        QVERIFY(loaded.wait(5000));
        QVERIFY(!model.error().isEmpty());
        QCOMPARE(model.photoCount(), 0);
    }
};

QTEST_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
