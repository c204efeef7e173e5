// The "Set location…" dialog keeps one size while a place is typed, its
// matches listed and one picked: its buttons stay where the pointer is (they
// moved up under it when the list closed after a pick).
#include "geo/GeoTestIndex.h"
#include "geo/ReverseGeocoder.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickView>
#include <QTest>

Q_IMPORT_QML_PLUGIN(TintypePlugin)

using namespace tintype;

class TestSetLocationDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        qputenv("TINTYPE_PLACES_INDEX", test::placesIndexPath().toUtf8());
    }

    void keepsItsSizeWhenAPlaceIsPicked()
    {
        if (!ReverseGeocoder::shared())
            QSKIP(qPrintable(ReverseGeocoder::installHint(test::placesIndexPath())));
        QQuickView view;
        view.engine()->addImportPath(QStringLiteral("qrc:/"));
        view.resize(1000, 760);
        QQmlComponent component(view.engine());
        component.setData("import QtQuick; import Tintype\n"
                          "Item { width: 1000; height: 760; property alias dialog: d\n"
                          "  SetLocationDialog { id: d; assetIds: [1, 2] }\n}",
                          QUrl(QStringLiteral("qrc:/tst_setlocationdialog.qml")));
        std::unique_ptr<QQuickItem> root(qobject_cast<QQuickItem *>(component.create()));
        QVERIFY2(root, qPrintable(component.errorString()));
        root->setParentItem(view.contentItem());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QObject *dialog = root->property("dialog").value<QObject *>();
        QVERIFY(QMetaObject::invokeMethod(dialog, "open"));
        QTRY_VERIFY(dialog->property("opened").toBool());
        auto *button = dialog->findChild<QQuickItem *>(QStringLiteral("setLocationButton"));
        auto *field = dialog->findChild<QQuickItem *>(QStringLiteral("placeField"));
        auto *results = dialog->findChild<QQuickItem *>(QStringLiteral("placeResults"));
        QVERIFY(button && field && results);
        const auto where = [&] { return button->mapToScene(QPointF(button->width() / 2, button->height() / 2)); };
        const double height = dialog->property("height").toDouble();
        const QPointF buttonAt = where();
        QVERIFY(!button->isEnabled());

        // Typed: the matches show, over the map; the dialog keeps its size.
        field->setProperty("text", QStringLiteral("versail"));
        QTRY_VERIFY(results->isVisible());
        QVERIFY(results->property("count").toInt() > 0);
        QTest::qWait(200); // layouts settle at the next frames
        QCOMPARE(dialog->property("height").toDouble(), height);
        QCOMPARE(where(), buttonAt);

        // Picked with a click: the list closes, the buttons stay put.
        QQuickItem *first = nullptr;
        QVERIFY(QMetaObject::invokeMethod(results, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, first), Q_ARG(int, 0)));
        QVERIFY(first);
        const QPoint click = first->mapToScene(QPointF(first->width() / 2, first->height() / 2)).toPoint();
        QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, click);
        QTRY_VERIFY(dialog->property("chosen").toBool());
        QCOMPARE(dialog->property("chosenName").toString(), QStringLiteral("Versailles"));
        QTRY_VERIFY(!results->isVisible());
        QTest::qWait(200);
        QCOMPARE(dialog->property("height").toDouble(), height);
        QCOMPARE(where(), buttonAt);
        QVERIFY(button->isEnabled());
    }
};

QTEST_MAIN(TestSetLocationDialog)
#include "tst_setlocationdialog.moc"
