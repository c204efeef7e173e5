// The viewer after the timeline lays its rows out again (an edit saved, a
// favourite, a rotation, new photos): ←/→ and the next button must still move
// to the next photo, and the photo shown must follow. Before the fix the
// viewer's entry was assigned once on relayout, which broke its binding to the
// index: every photo opened afterwards showed the edited one.
#include "AppServices.h"
#include "TimelineModel.h"
#include "UiFixture.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickView>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(TintypePlugin)

using namespace tintype;

class TestViewerAfterRelayout : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Material")); }

    void arrowsFollowAfterRelayout()
    {
        test::UiCatalog c;
        const auto root = c.addRoot(QStringLiteral("/photos"));
        std::vector<TimelineEntry> entries;
        for (int i = 0; i < 3; ++i) {
            TimelineEntry e;
            e.assetId = c.addPhoto(root, QByteArray("p") + QByteArray::number(i) + ".jpg",
                                   QDateTime(QDate(2020, 1, 3 - i), QTime(12, 0), Qt::UTC), 0);
            e.fileId = e.assetId;
            e.dated = true;
            e.width = 400;
            e.height = 300;
            entries.push_back(e);
        }
        QTemporaryDir cache;
        AppServices services(c.path(), cache.path().toStdString());
        TimelineModel timeline;
        timeline.setViewWidth(800);
        timeline.setEntries(entries);

        QQuickView view;
        view.engine()->addImportPath(QStringLiteral("qrc:/"));
        view.setInitialProperties({{QStringLiteral("services"), QVariant::fromValue(&services)}});
        view.setResizeMode(QQuickView::SizeRootObjectToView);
        view.resize(1000, 700);
        view.setSource(QUrl(QStringLiteral("qrc:/Tintype/Viewer.qml")));
        QQuickItem *viewer = view.rootObject();
        QVERIFY2(viewer, qPrintable(view.errors().isEmpty() ? QString() : view.errors().first().toString()));
        viewer->setProperty("timeline", QVariant::fromValue(&timeline));
        QMetaObject::invokeMethod(viewer, "open", Q_ARG(QVariant, 0));
        const auto shownAsset = [&] {
            return viewer->property("entry").toMap().value(QStringLiteral("assetId")).toLongLong();
        };
        QCOMPARE(shownAsset(), entries[0].assetId);

        // What saving an edit does: the same photos laid out again.
        entries[0].editedAspect = 1.0;
        timeline.setEntries(entries);
        QCOMPARE(shownAsset(), entries[0].assetId);

        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(viewer->property("index").toInt(), 1);
        QCOMPARE(shownAsset(), entries[1].assetId);
        QMetaObject::invokeMethod(viewer, "open", Q_ARG(QVariant, 2));
        QCOMPARE(shownAsset(), entries[2].assetId);

        // New photos arrive before the one shown: it stays on screen.
        TimelineEntry newer = entries[0];
        newer.assetId = c.addPhoto(root, "new.jpg", QDateTime(QDate(2021, 1, 1), QTime(12, 0), Qt::UTC), 0);
        newer.fileId = newer.assetId;
        entries.insert(entries.begin(), newer);
        timeline.setEntries(entries);
        QCOMPARE(shownAsset(), entries[3].assetId);
        QCOMPARE(viewer->property("index").toInt(), 3);
    }
};

QTEST_MAIN(TestViewerAfterRelayout)
#include "tst_viewerrelayout.moc"
