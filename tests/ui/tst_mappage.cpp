// The Map page as a user meets it (a QQuickView over MapPage.qml and a real
// catalog): the photos with a position show as clusters; dragging pans,
// the wheel and a double click zoom about the pointer; a click on a cluster
// opens its photos as a timeline, and a Shift+drag rectangle opens the
// photos inside it.
#include "AppServices.h"
#include "MapView.h"
#include "TimelineModel.h"
#include "UiFixture.h"

#include "catalog/SqlStatement.h"
#include "geo/GeoTestIndex.h"
#include "geo/ReverseGeocoder.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(TintypePlugin)

using namespace tintype;

class TestMapPage : public QObject {
    Q_OBJECT

    static void wheel(QWindow *window, QPointF at, int delta)
    {
        QWheelEvent event(at, window->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(window, &event);
    }
    static QPoint screenOf(MapView *map, double lat, double lon)
    {
        const double size = map->worldSize();
        const double x = (lon + 180.0) / 360.0 * size - map->originX();
        const double l = lat * M_PI / 180.0;
        const double y = (1.0 - std::log(std::tan(l) + 1.0 / std::cos(l)) / M_PI) / 2.0 * size - map->originY();
        return map->mapToScene(QPointF(x, y)).toPoint();
    }

private slots:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        // ReverseGeocoder::shared() opens $TINTYPE_PLACES_INDEX.
        qputenv("TINTYPE_PLACES_INDEX", test::placesIndexPath().toUtf8());
    }

    // Country labels are the short names of the places index in the UI
    // language, not the official ones ("RUSSIAN FEDERATION").
    void countryLabelsAreShortNames()
    {
        if (!ReverseGeocoder::shared())
            QSKIP("places index not installed");
        MapView map;
        QCOMPARE(map.countryLabel(QStringLiteral("RU"), QStringLiteral("en_GB")), QStringLiteral("Russia"));
        QCOMPARE(map.countryLabel(QStringLiteral("RU"), QStringLiteral("fr_FR")), QStringLiteral("Russie"));
        QCOMPARE(map.countryLabel(QStringLiteral("IR"), QStringLiteral("en_US")), QStringLiteral("Iran"));
        QCOMPARE(map.countryLabel(QStringLiteral("CN"), QStringLiteral("en_US")), QStringLiteral("China"));
        QCOMPARE(map.countryLabel(QStringLiteral("CN"), QStringLiteral("fr_FR")), QStringLiteral("Chine"));
    }

    void panZoomAndOpenPhotos()
    {
        test::UiCatalog c;
        const auto root = c.addRoot(QStringLiteral("/photos"));
        const auto day = [](int d) { return QDateTime(QDate(2022, 5, d), QTime(12, 0)); };
        const auto paris1 = c.addPhoto(root, "p1.jpg", day(1), 120);
        const auto paris2 = c.addPhoto(root, "p2.jpg", day(2), 120);
        const auto rome = c.addPhoto(root, "r.jpg", day(3), 120);
        c.addPhoto(root, "nowhere.jpg", day(4), 120); // no position: not on the map
        QVERIFY(c.catalog().write([&] {
            SqlStatement q(c.catalog().handle(), "UPDATE asset SET latitude = ?, longitude = ? WHERE id = ?");
            q.bind(1, 48.8566).bind(2, 2.3522).bind(3, paris1).exec();
            q.bind(1, 48.8606).bind(2, 2.3376).bind(3, paris2).exec();
            q.bind(1, 41.9028).bind(2, 12.4964).bind(3, rome).exec();
        }));
        QTemporaryDir cache;
        AppServices services(c.path(), cache.path().toStdString());

        QQuickView view;
        view.engine()->addImportPath(QStringLiteral("qrc:/"));
        view.setInitialProperties({{QStringLiteral("services"), QVariant::fromValue(&services)}});
        view.setResizeMode(QQuickView::SizeRootObjectToView);
        view.resize(1000, 700);
        view.setSource(QUrl(QStringLiteral("qrc:/Tintype/MapPage.qml")));
        QQuickItem *page = view.rootObject();
        QVERIFY2(page, qPrintable(view.errors().isEmpty() ? QString() : view.errors().first().toString()));
        auto *map = page->property("map").value<MapView *>();
        QVERIFY(map);
        auto *clusters = page->property("clusters").value<QAbstractItemModel *>();
        QTRY_COMPARE(clusters->property("photoCount").toInt(), 3);
        // Fitted to the photos: Paris and Rome both on screen, apart.
        QTRY_VERIFY(page->property("fitted").toBool());
        QCOMPARE(clusters->rowCount(), 2);

        // Drag: the map follows the pointer.
        const double longitude = map->centerLongitude();
        const QPoint from(500, 400);
        QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, from);
        for (int step = 1; step <= 5; ++step)
            QTest::mouseMove(&view, from + QPoint(20 * step, 0));
        QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, from + QPoint(100, 0));
        QVERIFY2(map->centerLongitude() < longitude, "dragging right shows what is west");
        QVERIFY(!page->property("photosOpen").toBool()); // a drag is not a click

        // Wheel: zooms in about the pointer (the point under it stays).
        const double zoom = map->zoom();
        const QPointF under(300, 300);
        const QPointF local = map->mapFromScene(under);
        const QPointF before = map->worldAt(local.x(), local.y());
        wheel(&view, under, 120);
        QVERIFY(map->zoom() > zoom);
        const QPointF after = map->worldAt(local.x(), local.y());
        QVERIFY(std::abs(before.x() - after.x()) < 1e-9 && std::abs(before.y() - after.y()) < 1e-9);
        wheel(&view, under, -120);
        QVERIFY(std::abs(map->zoom() - zoom) < 1e-9);
        // Double click: one level in.
        QTest::mouseDClick(&view, Qt::LeftButton, Qt::NoModifier, QPoint(200, 600));
        QVERIFY(std::abs(map->zoom() - (zoom + 1)) < 1e-9);

        // Zoomed out to Europe: Paris's two photos are one cluster; a click on it opens them.
        map->centerOn(45, 7, 4);
        QTRY_COMPARE(clusters->rowCount(), 2);
        QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, screenOf(map, 48.858, 2.345));
        QTRY_VERIFY(page->property("photosOpen").toBool());
        auto *timeline = page->property("timeline").value<QQuickItem *>()->property("model").value<TimelineModel *>();
        QTRY_COMPARE(timeline->photoCount(), 2);
        QCOMPARE(timeline->assetIdAt(0), paris2); // newest first
        QCOMPARE(timeline->assetIdAt(1), paris1);
        QMetaObject::invokeMethod(page, "back");
        QVERIFY(!page->property("photosOpen").toBool());

        // A click on the sea opens nothing.
        QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, screenOf(map, 40, -20));
        QVERIFY(!page->property("photosOpen").toBool());

        // Shift+drag around Rome: Rome's photo only.
        const QPoint a = screenOf(map, 44, 10), b = screenOf(map, 40, 15);
        QTest::mousePress(&view, Qt::LeftButton, Qt::ShiftModifier, a);
        QTest::mouseMove(&view, (a + b) / 2);
        QTest::mouseMove(&view, b);
        QVERIFY(!map->selection().isEmpty());
        QTest::mouseRelease(&view, Qt::LeftButton, Qt::ShiftModifier, b);
        QVERIFY(map->selection().isEmpty());
        QTRY_VERIFY(page->property("photosOpen").toBool());
        QTRY_COMPARE(timeline->photoCount(), 1);
        QCOMPARE(timeline->assetIdAt(0), rome);
    }
};

QTEST_MAIN(TestMapPage)
#include "tst_mappage.moc"
