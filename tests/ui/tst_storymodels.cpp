#include "AlbumActions.h"
#include "AppServices.h"
#include "CatalogWorker.h"
#include "HomeSettings.h"
#include "MemoryListModel.h"
#include "TripListModel.h"

#include "catalog/Catalog.h"
#include "stories/ReelExporter.h"
#include "support/GeneratedLife.h"

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

// The app's trips (Albums page) and memories (top of Photos) over a generated
// life: newest trip first; hide, show hidden, rename, open as album; a day's
// memories, dismissed for good; a trip opened on its own (TripView) and back;
// home in Settings, named and corrected (trips follow); a video in the
// slideshow plays as a clip.
class TestStoryModels : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir, m_cache;
    QString catalogPath() const { return m_dir.filePath(QStringLiteral("catalog.sqlite")); }

    static QVariant at(QAbstractListModel &m, int row, int role) { return m.data(m.index(row), role); }
    static bool reloaded(QSignalSpy &spy) { return spy.wait(10000); }

private slots:
    std::unique_ptr<QQuickView> load(const QString &qml, const QVariantMap &properties)
    {
        auto view = std::make_unique<QQuickView>();
        view->engine()->addImportPath(QStringLiteral("qrc:/"));
        view->setInitialProperties(properties);
        view->setResizeMode(QQuickView::SizeRootObjectToView);
        view->resize(1000, 700);
        view->setSource(QUrl(QStringLiteral("qrc:/Tintype/") + qml));
        if (!view->rootObject())
            qWarning() << view->errors();
        return view;
    }

    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        qputenv("QT_MEDIA_BACKEND", "ffmpeg"); // as the app (AppStart): GStreamer's plugins may be missing
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

    void tripOpensOnItsOwn()
    {
        AppServices services(catalogPath(), m_cache.path().toStdString());
        AlbumActions albumActions;
        albumActions.setServices(&services);
        const auto view = load(QStringLiteral("AlbumsPage.qml"),
                               {{QStringLiteral("services"), QVariant::fromValue(&services)},
                                {QStringLiteral("albumActions"), QVariant::fromValue(&albumActions)}});
        QQuickItem *page = view->rootObject();
        QVERIFY(page);
        auto *trips = page->property("trips").value<TripListModel *>();
        QVERIFY(trips);
        QTRY_VERIFY_WITH_TIMEOUT(trips->rowCount() >= 4, 10000);
        const int row = 0; // the newest: New York (Paris was hidden above, Italy made an album)
        const QString key = at(*trips, row, TripListModel::KeyRole).toString();
        const QString title = at(*trips, row, TripListModel::TitleRole).toString();
        const int count = at(*trips, row, TripListModel::ItemCountRole).toInt();

        QMetaObject::invokeMethod(page, "openTrip", Q_ARG(QVariant, key));
        QVERIFY(page->property("tripOpen").toBool());
        auto *tripView = page->property("tripView").value<QQuickItem *>();
        QVERIFY(tripView->isVisible());
        QCOMPARE(tripView->findChild<QQuickItem *>(QStringLiteral("tripTitle"))->property("text").toString(), title);
        const QString subtitle =
            tripView->findChild<QQuickItem *>(QStringLiteral("tripSubtitle"))->property("text").toString();
        QVERIFY2(subtitle.contains(QStringLiteral("New York")) &&
                     subtitle.contains(at(*trips, row, TripListModel::DatesRole).toString()),
                 qPrintable(subtitle));
        auto *photos = tripView->property("photos").value<QQuickItem *>();
        auto *model = photos->property("model").value<QObject *>();
        QTRY_COMPARE_WITH_TIMEOUT(model->property("photoCount").toInt(), count, 10000);
        QVERIFY(tripView->findChild<QQuickItem *>(QStringLiteral("tripPlay"))->isEnabled());

        // "Save as album": an album with its photos; the trip stays open, the button opens the album.
        QSignalSpy albumReady(trips, &TripListModel::albumReady);
        auto *save = tripView->findChild<QQuickItem *>(QStringLiteral("tripSave"));
        QMetaObject::invokeMethod(save, "clicked");
        QVERIFY(albumReady.wait(10000));
        QTRY_VERIFY(tripView->property("saved").toBool());
        QVERIFY(page->property("tripOpen").toBool());
        QVERIFY(!page->property("albumOpen").toBool());
        QMetaObject::invokeMethod(save, "clicked"); // "Open album"
        QCOMPARE(page->property("openAlbumId").toLongLong(), albumReady.first().at(0).toLongLong());
        QVERIFY(!tripView->isVisible());
        QMetaObject::invokeMethod(page, "back"); // from the album back to the trip
        QVERIFY(tripView->isVisible());

        QMetaObject::invokeMethod(tripView->findChild<QQuickItem *>(QStringLiteral("tripBack")), "clicked");
        QVERIFY(!page->property("tripOpen").toBool()); // back to the albums and trips
        QVERIFY(!tripView->isVisible());
    }

    void homeInSettings()
    {
        AppServices services(catalogPath(), m_cache.path().toStdString());
        HomeSettings home;
        QSignalSpy loaded(&home, &HomeSettings::loaded);
        QSignalSpy homesChanged(&services, &AppServices::homesChanged);
        home.setServices(&services);
        QVERIFY(reloaded(loaded));
        QCOMPARE(home.periods().size(), 2);
        QCOMPARE(home.periods()[0].toMap()[QStringLiteral("place")].toString(), QStringLiteral("Berlin"));
        const QVariantMap munich = home.periods()[1].toMap();
        QCOMPARE(munich[QStringLiteral("place")].toString(), QStringLiteral("Munich"));
        QVERIFY(munich[QStringLiteral("dates")].toString().startsWith(QStringLiteral("Since ")));
        QCOMPARE(home.places()[0].toMap()[QStringLiteral("name")].toString(), QStringLiteral("Berlin"));

        TripListModel trips;
        QSignalSpy tripsLoaded(&trips, &TripListModel::loaded);
        trips.setShowHidden(true);
        trips.setServices(&services);
        QVERIFY(reloaded(tripsLoaded));
        const int found = trips.rowCount();

        // "I have no fixed home" since the move: the trips since then go, at once.
        home.chooseNoHome(munich[QStringLiteral("firstDay")].toLongLong());
        QVERIFY(reloaded(loaded));
        QCOMPARE(homesChanged.size(), 1);
        QVERIFY(home.periods()[1].toMap()[QStringLiteral("noHome")].toBool());
        QVERIFY(home.periods()[1].toMap()[QStringLiteral("corrected")].toBool());
        QVERIFY(reloaded(tripsLoaded));
        QVERIFY(trips.rowCount() < found);

        // Home was Berlin all along (places[0]), then back to the home found.
        home.choosePlace(munich[QStringLiteral("firstDay")].toLongLong(), 0);
        QVERIFY(reloaded(loaded));
        QCOMPARE(home.periods()[1].toMap()[QStringLiteral("place")].toString(), QStringLiteral("Berlin"));
        home.reset(munich[QStringLiteral("firstDay")].toLongLong());
        QVERIFY(reloaded(loaded));
        QVERIFY(!home.periods()[1].toMap()[QStringLiteral("corrected")].toBool());
        QTRY_COMPARE_WITH_TIMEOUT(trips.rowCount(), found, 10000);
    }

    void slideshowPlaysAVideoClip()
    {
        // A three-second video (three colours) beside a photo.
        QTemporaryDir dir;
        std::vector<std::filesystem::path> stills;
        for (const QColor &colour : {QColor(Qt::red), QColor(Qt::green), QColor(Qt::blue)}) {
            QImage image(320, 180, QImage::Format_RGB32);
            image.fill(colour);
            const QString path = dir.filePath(colour.name().mid(1) + QStringLiteral(".png"));
            QVERIFY(image.save(path));
            stills.push_back(path.toStdString());
        }
        ReelExporter::Settings settings;
        settings.frameSize = QSize(320, 180);
        settings.timing = {1.0, 0.0, 4.0};
        const QString video = dir.filePath(QStringLiteral("clip.mp4"));
        const auto written = ReelExporter::run(stills, video.toStdString(), settings);
        QVERIFY2(written, qPrintable(written.error()));

        const auto view = load(QStringLiteral("Slideshow.qml"), {});
        QQuickItem *show = view->rootObject();
        QVERIFY(show);
        const QString url = QUrl::fromLocalFile(video).toString();
        const QVariantList slides{
            QVariantMap{{QStringLiteral("image"), QString()}, {QStringLiteral("video"), url}},
            QVariantMap{{QStringLiteral("image"), QString()}, {QStringLiteral("video"), QString()}}};
        QMetaObject::invokeMethod(show, "play", Q_ARG(QVariant, slides), Q_ARG(QVariant, QStringLiteral("Trip")),
                                  Q_ARG(QVariant, QVariantList{}));
        QVERIFY(show->property("showingVideo").toBool());
        auto *front = show->property("front").value<QQuickItem *>();
        QObject *clip = nullptr;
        QTRY_VERIFY((clip = front->property("clipItem").value<QObject *>()));
        auto *player = clip->property("player").value<QObject *>();
        QVERIFY(player);
        QTRY_COMPARE(player->property("source").toUrl(), QUrl(url));
        QTRY_COMPARE(player->property("playbackState").toInt(), 1); // MediaPlayer.PlayingState
        // It plays on (the picture changes with time), silent: no audio output.
        QTRY_VERIFY_WITH_TIMEOUT(player->property("position").toLongLong() > 500, 5000);
        QVERIFY(!player->property("audioOutput").value<QObject *>());
        // Paused with the show.
        QMetaObject::invokeMethod(show, "forceActiveFocus");
        show->setProperty("playing", false);
        QTRY_COMPARE(player->property("playbackState").toInt(), 2); // PausedState
        show->setProperty("playing", true);
        // After the clip, the next slide (a photo): no player.
        QTRY_COMPARE_WITH_TIMEOUT(show->property("index").toInt(), 1, 8000);
        QVERIFY(!show->property("showingVideo").toBool());
    }
};

QTEST_MAIN(TestStoryModels)
#include "tst_storymodels.moc"
