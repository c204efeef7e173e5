// The map from the keyboard, the wheel and two fingers (ZoomableMap.qml over
// MapView, in a QQuickView): a click gives it the keys; + and = zoom in and −
// out about the pointer, the arrows pan, Home goes back to the view the app
// set; Ctrl+wheel zooms like the plain wheel, about the pointer, and a
// sideways scroll pans; a pinch zooms about the point between the fingers.
#include "MapView.h"

#include <QPointingDevice>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickView>
#include <QTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(TintypePlugin)

using namespace tintype;

class TestMapInput : public QObject {
    Q_OBJECT

    std::unique_ptr<QQuickView> m_view;
    std::unique_ptr<QQmlComponent> m_component;
    std::unique_ptr<QQuickItem> m_root;
    MapView *m_map = nullptr;

    static void wheel(QWindow *window, QPointF at, QPoint angle, Qt::KeyboardModifiers modifiers)
    {
        QWheelEvent event(at, window->mapToGlobal(at), QPoint(), angle, Qt::NoButton, modifiers, Qt::NoScrollPhase,
                          false);
        QCoreApplication::sendEvent(window, &event);
    }
    // The world point under the map's local point.
    QPointF under(QPointF local) const { return m_map->worldAt(local.x(), local.y()); }
    static bool same(QPointF a, QPointF b) { return std::abs(a.x() - b.x()) < 1e-7 && std::abs(a.y() - b.y()) < 1e-7; }

private slots:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Material")); }

    void init()
    {
        m_view = std::make_unique<QQuickView>();
        m_view->engine()->addImportPath(QStringLiteral("qrc:/"));
        m_view->resize(800, 600);
        // A field beside the map: focus starts there, as in the Set location dialog.
        m_component = std::make_unique<QQmlComponent>(m_view->engine());
        m_component->setData("import QtQuick; import QtQuick.Controls; import Tintype\n"
                             "Item { width: 800; height: 600; property alias map: map\n"
                             "  TextField { objectName: 'field'; width: 200; focus: true }\n"
                             "  ZoomableMap { id: map; y: 100; width: 800; height: 500; synchronousTiles: true }\n}",
                             QUrl(QStringLiteral("qrc:/tst_mapinput.qml")));
        m_root.reset(qobject_cast<QQuickItem *>(m_component->create()));
        QVERIFY2(m_root, qPrintable(m_component->errorString()));
        m_root->setParentItem(m_view->contentItem());
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        m_map = m_root->property("map").value<MapView *>();
        QVERIFY(m_map);
        m_map->centerOn(48.85, 2.35, 5); // the app's view: Home comes back here
    }

    void cleanup()
    {
        m_root.reset();
        m_component.reset();
        m_view.reset();
    }

    void clickGivesTheMapTheKeys()
    {
        auto *field = m_root->findChild<QQuickItem *>(QStringLiteral("field"));
        QTRY_VERIFY(field->hasActiveFocus());
        const double zoom = m_map->zoom();
        QTest::keyClick(m_view.get(), Qt::Key_Plus);
        QCOMPARE(m_map->zoom(), zoom); // the keys went to the field
        QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, QPoint(400, 350));
        QVERIFY(m_map->hasActiveFocus());
    }

    void keysZoomPanAndGoHome()
    {
        QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, QPoint(400, 350));
        QVERIFY(m_map->hasActiveFocus());
        const double zoom = m_map->zoom();
        const QPointF home = m_map->center();
        // The pointer rests over the map: + zooms about it.
        const QPointF pointer(150, 120); // map-local
        QTest::mouseMove(m_view.get(), m_map->mapToScene(pointer).toPoint());
        const QPointF before = under(pointer);
        QTest::keyClick(m_view.get(), Qt::Key_Plus);
        QCOMPARE(m_map->zoom(), zoom + 1);
        QVERIFY(same(under(pointer), before));
        QTest::keyClick(m_view.get(), Qt::Key_Equal);
        QCOMPARE(m_map->zoom(), zoom + 2);
        QTest::keyClick(m_view.get(), Qt::Key_Minus);
        QCOMPARE(m_map->zoom(), zoom + 1);
        QVERIFY(same(under(pointer), before));

        // The arrows: Left shows what is west, Up what is north.
        double longitude = m_map->centerLongitude(), latitude = m_map->centerLatitude();
        QTest::keyClick(m_view.get(), Qt::Key_Left);
        QVERIFY(m_map->centerLongitude() < longitude);
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QVERIFY(std::abs(m_map->centerLongitude() - longitude) < 1e-9);
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QVERIFY(m_map->centerLongitude() > longitude);
        QTest::keyClick(m_view.get(), Qt::Key_Up);
        QVERIFY(m_map->centerLatitude() > latitude);
        latitude = m_map->centerLatitude();
        QTest::keyClick(m_view.get(), Qt::Key_Down);
        QVERIFY(m_map->centerLatitude() < latitude);

        // Home: the view the app set.
        QTest::keyClick(m_view.get(), Qt::Key_Home);
        QCOMPARE(m_map->zoom(), zoom);
        QVERIFY(same(m_map->center(), home));

        // The pointer off the map: the keys zoom about its middle.
        QTest::mouseMove(m_view.get(), QPoint(700, 40));
        const QPointF middle(m_map->width() / 2, m_map->height() / 2);
        const QPointF atMiddle = under(middle);
        QTest::keyClick(m_view.get(), Qt::Key_Plus);
        QVERIFY(same(under(middle), atMiddle));
    }

    void wheelPlainAndWithCtrl()
    {
        const QPointF pointer(600, 400); // map-local
        const QPointF scene = m_map->mapToScene(pointer);
        const QPointF before = under(pointer);
        const double zoom = m_map->zoom();
        wheel(m_view.get(), scene, QPoint(0, 120), Qt::ControlModifier);
        QCOMPARE(m_map->zoom(), zoom + 0.5);
        QVERIFY(same(under(pointer), before));
        wheel(m_view.get(), scene, QPoint(0, 120), Qt::NoModifier);
        QCOMPARE(m_map->zoom(), zoom + 1);
        QVERIFY(same(under(pointer), before));
        wheel(m_view.get(), scene, QPoint(0, -240), Qt::ControlModifier);
        QCOMPARE(m_map->zoom(), zoom);
        // Sideways: pans, no zoom.
        const double longitude = m_map->centerLongitude();
        wheel(m_view.get(), scene, QPoint(120, 0), Qt::NoModifier);
        QCOMPARE(m_map->zoom(), zoom);
        QVERIFY(m_map->centerLongitude() < longitude);
    }

    void pinchZoomsAboutTheFingers()
    {
        // QTest makes the device and leaves it to the caller (deleting it unregisters it).
        const std::unique_ptr<QPointingDevice> device(QTest::createTouchDevice());
        QPointingDevice *screen = device.get();
        const double zoom = m_map->zoom();
        // Two fingers about (150, 120) of the map, far from its middle, move apart to twice their distance.
        const QPointF centre(150, 120);
        const QPointF before = under(centre);
        const QPoint c = m_map->mapToScene(centre).toPoint();
        QTest::touchEvent(m_view.get(), screen).press(0, c - QPoint(40, 0)).press(1, c + QPoint(40, 0));
        for (int step = 1; step <= 8; ++step) {
            const int d = 40 + 5 * step;
            QTest::touchEvent(m_view.get(), screen).move(0, c - QPoint(d, 0)).move(1, c + QPoint(d, 0));
            QTest::qWait(20); // Qt Quick delivers touch moves with the next frame
        }
        QTest::touchEvent(m_view.get(), screen).release(0, c - QPoint(80, 0)).release(1, c + QPoint(80, 0));
        // Twice as far apart: a level in, less what the fingers moved before the handler took over (its
        // drag threshold: from 110 px apart on, log2(160 / 110) = 0.54).
        QVERIFY2(m_map->zoom() > zoom + 0.45 && m_map->zoom() < zoom + 1.01,
                 qPrintable(QString::number(m_map->zoom())));
        // The point between the fingers stays under them, but for the few pixels the first finger dragged the
        // map before the second made it a pinch (zooming about the middle would move it by 120 pixels).
        const QPointF after = under(centre);
        const double pixels = std::hypot(after.x() - before.x(), after.y() - before.y()) * m_map->worldSize();
        QVERIFY2(pixels < 30, qPrintable(QString::number(pixels)));
        QVERIFY(m_map->hasActiveFocus());
    }
};

QTEST_MAIN(TestMapInput)
#include "tst_mapinput.moc"
