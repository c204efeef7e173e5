// The photo grid from the keyboard, as Google Photos and Lightroom allow:
// arrows move a focus ring (Up/Down to the nearest photo in the row above or
// below), Home/End/PageUp/PageDown jump, Space selects, Enter opens.
#include "AppServices.h"
#include "SelectionModel.h"
#include "TimelineModel.h"
#include "UiFixture.h"

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

class TestGridKeys : public QObject {
    Q_OBJECT

    QTemporaryDir m_cache;

    static void fill(test::UiCatalog &c, int n)
    {
        const auto root = c.addRoot(QStringLiteral("/p"));
        for (int i = 0; i < n; ++i) // one day, newest first: index i is img<i>
            c.addPhoto(root, QByteArray("img") + QByteArray::number(i) + ".jpg",
                       QDateTime(QDate(2021, 3, 4), QTime(12, 0).addSecs(-60 * i)), 0, i % 3 ? 4000 : 3000,
                       i % 3 ? 3000 : 4000);
    }

private slots:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Material")); }

    void neighboursAboveAndBelow()
    {
        test::UiCatalog c;
        fill(c, 40);
        AppServices services(c.path(), m_cache.path().toStdString());
        TimelineModel timeline;
        timeline.setViewWidth(900);
        timeline.setServices(&services);
        QTRY_COMPARE_WITH_TIMEOUT(timeline.photoCount(), 40, 5000);
        const int firstRow = timeline.rowOfIndex(0);
        const int below = timeline.verticalNeighbour(0, 1);
        QVERIFY(timeline.rowOfIndex(below) > firstRow);
        QCOMPARE(timeline.verticalNeighbour(below, -1), 0); // back to the nearest on the left edge
        QCOMPARE(timeline.verticalNeighbour(0, -1), 0);     // nothing above the first row
        QCOMPARE(timeline.verticalNeighbour(39, 1), 39);    // nor below the last
        const int page = timeline.pageNeighbour(0, 600);
        QVERIFY(timeline.rowOfIndex(page) > timeline.rowOfIndex(below)); // a page is several rows
        QCOMPARE(timeline.pageNeighbour(39, 100000), 39);
    }

    void keysMoveSelectAndOpen()
    {
        test::UiCatalog c;
        fill(c, 40);
        AppServices services(c.path(), m_cache.path().toStdString());
        QQuickView window;
        window.engine()->addImportPath(QStringLiteral("qrc:/"));
        window.setInitialProperties({{QStringLiteral("services"), QVariant::fromValue(&services)}});
        window.setResizeMode(QQuickView::SizeRootObjectToView);
        window.resize(1000, 700);
        window.setSource(QUrl(QStringLiteral("qrc:/Tintype/TimelineView.qml")));
        QQuickItem *view = window.rootObject();
        QVERIFY2(view, qPrintable(window.errors().isEmpty() ? QString() : window.errors().first().toString()));
        auto *timeline = view->property("model").value<TimelineModel *>();
        QTRY_COMPARE_WITH_TIMEOUT(timeline->photoCount(), 40, 5000);
        auto *list = view->property("list").value<QQuickItem *>();
        list->forceActiveFocus();
        QSignalSpy opened(view, SIGNAL(openAsset(int)));
        const auto current = [&] { return view->property("currentIndex").toInt(); };

        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(current(), 0);
        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(current(), 1);
        QTest::keyClick(&window, Qt::Key_Down);
        QCOMPARE(current(), timeline->verticalNeighbour(1, 1));
        QTest::keyClick(&window, Qt::Key_End);
        QCOMPARE(current(), 39);
        QTest::keyClick(&window, Qt::Key_PageUp);
        QVERIFY(current() < 39);
        QTest::keyClick(&window, Qt::Key_Home);
        QCOMPARE(current(), 0);

        auto *selection = view->property("selection").value<SelectionModel *>();
        QTest::keyClick(&window, Qt::Key_Space);
        QCOMPARE(selection->count(), 1);
        QVERIFY(selection->isSelected(timeline->assetIdAt(0)));
        QTest::keyClick(&window, Qt::Key_Right);
        QTest::keyClick(&window, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toInt(), 1);
    }
};

QTEST_MAIN(TestGridKeys)
#include "tst_gridkeys.moc"
