// The Albums page as a Google Photos user meets it: "New album" asks for a
// name, makes an empty album and opens it on the photo chooser; in the
// chooser a click picks a photo (it does not open the viewer) and Add puts
// the picked photos in the album.
#include "AlbumActions.h"
#include "AppServices.h"
#include "UiFixture.h"

#include "catalog/AlbumRepository.h"

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

class TestAlbumsPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Material")); }

    void newAlbumThenAddPhotos()
    {
        test::UiCatalog c;
        const auto root = c.addRoot(QStringLiteral("/photos"));
        const auto older = c.addPhoto(root, "a.jpg", QDateTime(QDate(2020, 1, 1), QTime(12, 0)), 0);
        const auto newer = c.addPhoto(root, "b.jpg", QDateTime(QDate(2021, 1, 1), QTime(12, 0)), 0);
        QTemporaryDir cache;
        AppServices services(c.path(), cache.path().toStdString());
        AlbumActions albumActions;
        albumActions.setServices(&services);
        QSignalSpy created(&albumActions, &AlbumActions::albumCreated);
        QSignalSpy finished(&albumActions, &AlbumActions::finished);

        QQuickView view;
        view.engine()->addImportPath(QStringLiteral("qrc:/"));
        view.setInitialProperties({{QStringLiteral("services"), QVariant::fromValue(&services)},
                                   {QStringLiteral("albumActions"), QVariant::fromValue(&albumActions)}});
        view.setResizeMode(QQuickView::SizeRootObjectToView);
        view.resize(1000, 700);
        view.setSource(QUrl(QStringLiteral("qrc:/Tintype/AlbumsPage.qml")));
        QQuickItem *page = view.rootObject();
        QVERIFY2(page, qPrintable(view.errors().isEmpty() ? QString() : view.errors().first().toString()));
        // Not shown (as duplicatespage_keys): the offscreen software renderer of a
        // shown window leaves Qt-internal allocations that LeakSanitizer reports.

        QMetaObject::invokeMethod(page, "newAlbum");
        auto *nameDialog = page->property("nameDialog").value<QObject *>();
        QTRY_VERIFY(nameDialog->property("opened").toBool());
        nameDialog->setProperty("name", QStringLiteral("  Picnic "));
        QMetaObject::invokeMethod(nameDialog, "accept");
        QTRY_COMPARE(created.count(), 1);
        const qint64 album = created[0][0].toLongLong();
        std::vector<std::int64_t> items;
        c.catalog().read([&] { items = AlbumRepository(c.catalog()).items(album); });
        QVERIFY(items.empty());
        QCOMPARE(page->property("openAlbumId").toLongLong(), album);
        QCOMPARE(page->property("openAlbumName").toString(), QStringLiteral("Picnic"));

        auto *chooser = page->property("chooser").value<QObject *>();
        QTRY_VERIFY(chooser->property("opened").toBool());
        auto *photos = chooser->property("timeline").value<QQuickItem *>();
        auto *model = photos->property("model").value<QObject *>();
        QTRY_COMPARE(model->property("photoCount").toInt(), 2);
        auto *selection = photos->property("selection").value<QObject *>();
        // A click on the second photo (the older one) picks it.
        QMetaObject::invokeMethod(photos, "openAsset", Q_ARG(int, 1));
        QCOMPARE(selection->property("count").toInt(), 1);

        auto *footer = chooser->property("footer").value<QQuickItem *>();
        auto *add = footer->findChild<QQuickItem *>(QStringLiteral("addChosen"));
        QVERIFY(add && add->isEnabled());
        QMetaObject::invokeMethod(add, "clicked"); // the button pressed
        QTRY_COMPARE(finished.count(), 2);
        c.catalog().read([&] { items = AlbumRepository(c.catalog()).items(album); });
        QCOMPARE(items, (std::vector<std::int64_t>{older}));
        QTRY_VERIFY(!chooser->property("visible").toBool());
        Q_UNUSED(newer);
    }
};

QTEST_MAIN(TestAlbumsPage)
#include "tst_albumspage.moc"
