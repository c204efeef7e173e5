// The Photos page's people filter lists unnamed people too (before, only named
// ones: with nobody named yet the filter did not show at all), and the name
// dialog fits its window at 1024×700 at 150% (683×467 logical pixels).
#include "FaceFixture.h"

#include "AppServices.h"
#include "PeopleModel.h"
#include "TimelineModel.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <set>

Q_IMPORT_QML_PLUGIN(TintypePlugin)

using namespace tintype;

class TestPeopleFilter : public QObject {
    Q_OBJECT

    QTemporaryDir m_cache;

private slots:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Material")); }

    void listsUnnamedPeopleToo()
    {
        test::UiCatalog c;
        const auto root = c.addRoot(QStringLiteral("/p"));
        std::int64_t photos[3]{};
        for (int i = 0; i < 3; ++i)
            photos[i] = c.addPhoto(root, QByteArray("p") + QByteArray::number(i) + ".jpg",
                                   QDateTime(QDate(2020, 1, 1 + i), QTime(8, 0)), 0);
        const auto annFaces = test::addFaces(c, photos[0], {test::makeFace(1)});
        const auto clusterFaces = test::addFaces(c, photos[1], {test::makeFace(3)});
        const auto otherFaces = test::addFaces(c, photos[2], {test::makeFace(5)});
        const std::int64_t ann = test::addPerson(c, QStringLiteral("Ann"), annFaces);
        const std::int64_t cluster = test::addPerson(c, QString(), clusterFaces, false);
        const std::int64_t other = test::addPerson(c, QString(), otherFaces, false);

        AppServices services(c.path(), m_cache.path().toStdString());
        TimelineModel timeline;
        QQuickView view;
        view.engine()->addImportPath(QStringLiteral("qrc:/"));
        view.setInitialProperties({{QStringLiteral("services"), QVariant::fromValue(&services)},
                                   {QStringLiteral("timeline"), QVariant::fromValue(&timeline)}});
        view.setSource(QUrl(QStringLiteral("qrc:/Tintype/PeopleFilter.qml")));
        QQuickItem *filter = view.rootObject();
        QVERIFY2(filter, qPrintable(view.errors().isEmpty() ? QString() : view.errors().first().toString()));
        auto *people = filter->findChild<PeopleModel *>(QStringLiteral("filterPeople"));
        QVERIFY(people);
        QTRY_COMPARE(people->count(), 3);
        std::set<qint64> listed;
        for (const QVariantMap &row : people->rows())
            listed.insert(row.value(QStringLiteral("personId")).toLongLong());
        QCOMPARE(listed, (std::set<qint64>{ann, cluster, other}));
        QVERIFY(filter->property("available").toBool());

        QVariant label;
        QMetaObject::invokeMethod(filter, "label", Q_RETURN_ARG(QVariant, label), Q_ARG(QVariant, QString()));
        QVERIFY(!label.toString().isEmpty());
        // Choosing an unnamed person filters the timeline to them.
        QMetaObject::invokeMethod(filter, "toggle", Q_ARG(QVariant, QVariant::fromValue(qint64(cluster))));
        QCOMPARE(timeline.property("personIds").toList().size(), 1);
        QCOMPARE(timeline.property("personIds").toList().first().toLongLong(), qint64(cluster));
    }

    void nameDialogFitsItsWindow_data()
    {
        QTest::addColumn<QSize>("window");
        QTest::newRow("1024x700 at 150%") << QSize(683, 467);
        QTest::newRow("1024x700") << QSize(1024, 700);
        QTest::newRow("narrow") << QSize(360, 400);
    }

    void nameDialogFitsItsWindow()
    {
        QFETCH(QSize, window);
        QQuickView view;
        view.engine()->addImportPath(QStringLiteral("qrc:/"));
        view.setResizeMode(QQuickView::SizeRootObjectToView);
        QQmlComponent component(view.engine());
        component.setData("import QtQuick\nimport Tintype\nItem {\n"
                          "  property alias dialog: d\n"
                          "  PersonNameDialog { id: d; people: PeopleModel {} }\n}\n",
                          QUrl());
        auto *root = qobject_cast<QQuickItem *>(component.create());
        QVERIFY2(root, qPrintable(component.errorString()));
        root->setParentItem(view.contentItem());
        view.resize(window);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        root->setSize(view.size());

        QObject *names = root->property("dialog").value<QObject *>();
        QMetaObject::invokeMethod(names, "open", Q_ARG(QVariant, 7), Q_ARG(QVariant, QStringLiteral("Ann")));
        auto *dialog = names->findChild<QObject *>(QStringLiteral("nameDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        auto *field = names->findChild<QQuickItem *>(QStringLiteral("nameField"));
        QVERIFY(field);
        // The dialog sits in the window's overlay: its geometry is in window coordinates.
        const QRectF dialogRect(dialog->property("x").toReal(), dialog->property("y").toReal(),
                                dialog->property("width").toReal(), dialog->property("height").toReal());
        const QRectF fieldRect = field->mapRectToScene(QRectF(0, 0, field->width(), field->height()));
        QVERIFY2(QRectF(QPointF(0, 0), QSizeF(window)).contains(dialogRect),
                 qPrintable(QStringLiteral("dialog %1,%2 %3x%4")
                                .arg(dialogRect.x())
                                .arg(dialogRect.y())
                                .arg(dialogRect.width())
                                .arg(dialogRect.height())));
        QVERIFY2(dialogRect.contains(fieldRect), qPrintable(QStringLiteral("field %1..%2 in dialog %3..%4")
                                                                .arg(fieldRect.left())
                                                                .arg(fieldRect.right())
                                                                .arg(dialogRect.left())
                                                                .arg(dialogRect.right())));
        QVERIFY(field->width() >= 200 || window.width() < 400);
        delete root;
    }
};

QTEST_MAIN(TestPeopleFilter)
#include "tst_peoplefilter.moc"
