// The map's photo clusters: photos near each other at a zoom level make one
// cluster with their count and newest photo, clusters split as the map zooms
// in and merge as it zooms out, and a click or a rectangle finds the photos.
#include "MapProjection.h"
#include "PhotoClusters.h"

#include <QTest>

using namespace tintype;

class TestPhotoClusters : public QObject {
    Q_OBJECT

    static std::vector<QPointF> points(std::initializer_list<std::pair<double, double>> latLon)
    {
        std::vector<QPointF> out;
        for (const auto &[lat, lon] : latLon)
            out.push_back(mapprojection::toWorld(lat, lon));
        return out;
    }

private slots:
    void mergeWhenOutSplitWhenIn()
    {
        PhotoClusters clusters;
        // Two in Paris 2 km apart, one in Versailles (17 km), one in Rome.
        clusters.setPhotos(points({{48.8566, 2.3522}, {48.87, 2.33}, {48.8049, 2.1204}, {41.9028, 12.4964}}));
        clusters.update(3); // the world 2048 px wide: Paris and Versailles in one cell
        QCOMPARE(int(clusters.clusters().size()), 2);
        const auto &paris = clusters.clusters()[0];
        QCOMPARE(paris.count, 3);
        QCOMPARE(paris.cover, 0); // the first photo (the newest) is the cover
        QCOMPARE(clusters.members(0), (std::vector<int>{0, 1, 2}));
        QCOMPARE(clusters.members(1), (std::vector<int>{3}));
        // The cluster sits at its photos' mean.
        QVERIFY(std::abs(paris.x -
                         (clusters.photos()[0].x() + clusters.photos()[1].x() + clusters.photos()[2].x()) / 3) < 1e-12);

        clusters.update(12); // a city's streets: each photo alone
        QCOMPARE(int(clusters.clusters().size()), 4);
        clusters.update(8); // Paris's two together, Versailles apart
        QCOMPARE(int(clusters.clusters().size()), 3);
        QCOMPARE(clusters.clusters()[0].count, 2);
        clusters.update(0);
        QCOMPARE(int(clusters.clusters().size()), 1);
        QCOMPARE(clusters.clusters()[0].count, 4);
    }

    void clickAndRectangleFindPhotos()
    {
        PhotoClusters clusters;
        clusters.setPhotos(points({{48.8566, 2.3522}, {41.9028, 12.4964}, {-33.8688, 151.2093}}));
        clusters.update(4);
        const QPointF rome = mapprojection::toWorld(41.9, 12.5);
        const int hit = clusters.clusterAt(rome, 0.01);
        QVERIFY(hit >= 0);
        QCOMPARE(clusters.members(hit), std::vector<int>{1});
        QCOMPARE(clusters.clusterAt(mapprojection::toWorld(0, -30), 0.01), -1); // the Atlantic
        // Europe's box: Paris and Rome, not Sydney.
        const QRectF europe(mapprojection::toWorld(55, -5), mapprojection::toWorld(35, 20));
        QCOMPARE(clusters.photosIn(europe), (std::vector<int>{0, 1}));
        QCOMPARE(clusters.members(-1), std::vector<int>{});
        QCOMPARE(clusters.members(99), std::vector<int>{});
    }

    void emptyAndSamePoints()
    {
        PhotoClusters clusters;
        clusters.update(5);
        QVERIFY(clusters.clusters().empty());
        clusters.setPhotos(std::vector<QPointF>(1000, mapprojection::toWorld(10, 10)));
        QCOMPARE(int(clusters.clusters().size()), 1); // the level is kept across new photos
        QCOMPARE(clusters.clusters()[0].count, 1000);
    }
};

QTEST_MAIN(TestPhotoClusters)
#include "tst_photoclusters.moc"
