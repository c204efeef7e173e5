// tintype-bench-map: the Map page's work at 100,000 photos — grouping the
// photos into clusters at every zoom level (PhotoClusters::update, done when
// the map crosses a level), and the frames of a pan and zoom session
// (MapView::paint into a 1280×800 image: tiles, country and town names,
// marker; plus the regrouping when a level is crossed), p50/p95/max, with
// the basemap tiles already drawn (they are drawn on the pool, off the GUI
// thread: their own time per tile is printed too).
//
//   tintype-bench-map [--photos 100000] [--scale 1.5]
// Needs map.bin and places.bin (packaging/fetch-models.sh; $TINTYPE_MAP_DATA, $TINTYPE_PLACES_INDEX).
#include "MapProjection.h"
#include "MapTileRenderer.h"
#include "MapView.h"
#include "PhotoClusters.h"

#include "geo/WorldMap.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <functional>

#include <time.h>

using namespace tintype;

namespace {
struct Stats {
    double p50, p95, max;
};
Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms[std::min(ms.size() - 1, size_t(q * double(ms.size())))]; };
    return {at(0.5), at(0.95), ms.back()};
}
QString fmt(double ms) { return QString::number(ms, 'f', 2); }
// This thread's CPU time: what the work costs whatever else the machine runs
// (wall times on a loaded 2-core machine are mostly waiting).
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    QTextStream out(stdout), err(stderr);
    int count = 100000;
    double scale = 1.0;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--photos"))
            count = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--scale"))
            scale = args[i + 1].toDouble();
    }
    if (!WorldMap::shared()) {
        err << WorldMap::open(WorldMap::defaultPath()).error() << "\n";
        return 1;
    }

    // 80% of the photos near 60 towns, 20% anywhere.
    QRandomGenerator random(7);
    const auto uniform = [&](double low, double high) { return low + random.generateDouble() * (high - low); };
    std::vector<QPointF> towns, photos;
    for (int t = 0; t < 60; ++t)
        towns.push_back({uniform(-50.0, 60.0), uniform(-120.0, 150.0)});
    for (int i = 0; i < count; ++i) {
        if (random.bounded(10) < 8) {
            const QPointF &t = towns[size_t(random.bounded(60))];
            photos.push_back(mapprojection::toWorld(t.x() + uniform(-0.2, 0.2), t.y() + uniform(-0.2, 0.2)));
        } else {
            photos.push_back(mapprojection::toWorld(uniform(-60.0, 70.0), uniform(-180.0, 180.0)));
        }
    }
    PhotoClusters clusters;
    QElapsedTimer clock;
    clock.start();
    clusters.setPhotos(photos);
    out << "photos: " << count << " (setPhotos " << fmt(clock.nsecsElapsed() / 1e6) << " ms)\n";
    std::vector<double> updates, updatesCpu;
    for (int round = 0; round < 3; ++round) {
        for (int level = 1; level <= 17; ++level) {
            clusters.update(0); // force a regroup
            clock.start();
            const double cpu = threadCpuMs();
            clusters.update(level);
            updates.push_back(clock.nsecsElapsed() / 1e6);
            updatesCpu.push_back(threadCpuMs() - cpu);
        }
    }
    const Stats u = stats(updates), uc = stats(updatesCpu);
    out << "cluster update, levels 1-17 x3: wall p50 " << fmt(u.p50) << " ms, p95 " << fmt(u.p95) << " ms, max "
        << fmt(u.max) << " ms; CPU p50 " << fmt(uc.p50) << " ms, p95 " << fmt(uc.p95) << " ms, max " << fmt(uc.max)
        << " ms (target < 50)\n";

    // Tiles: drawn once each on the pool; their own cost.
    std::vector<double> tileMs;
    for (int z : {2, 4, 6, 8}) {
        for (int k = 0; k < 8; ++k) {
            const int n = 1 << z;
            const QPointF w = photos[size_t(random.bounded(count))];
            clock.start();
            (void)MapTileRenderer::render(WorldMap::shared(), z, std::min(n - 1, int(w.x() * n)),
                                          std::min(n - 1, int(w.y() * n)), scale, MapTileRenderer::Colors::light());
            tileMs.push_back(clock.nsecsElapsed() / 1e6);
        }
    }
    const Stats t = stats(tileMs);
    out << "basemap tile (256 px at scale " << scale << ", on the pool): p50 " << fmt(t.p50) << " ms, p95 "
        << fmt(t.p95) << " ms, max " << fmt(t.max) << " ms\n";

    // A session: pan across Europe, zoom in to a city, pan, zoom out. Each
    // frame: the move, the regroup when a level is crossed, the paint.
    MapView map;
    map.setSize(QSizeF(1280, 800));
    map.setSynchronousTiles(true);
    QImage frame(QSize(int(1280 * scale), int(800 * scale)), QImage::Format_RGB32);
    frame.setDevicePixelRatio(scale);
    const auto session = [&](const std::function<void(double)> &measure) {
        map.centerOn(48, 5, 4);
        for (int f = 0; f < 60; ++f) // pan east
            measure(0), map.panBy(-12, 3);
        for (int f = 0; f < 120; ++f) // zoom in smoothly (a wheel or pinch: a tenth of a level a frame)
            map.zoomAt(640, 400, 0.1), measure(0);
        for (int f = 0; f < 60; ++f)
            map.panBy(10, -8), measure(0);
        for (int f = 0; f < 120; ++f)
            map.zoomAt(300, 500, -0.1), measure(0);
    };
    // Warm-up pass: every tile the session shows is drawn (on the pool in the app).
    session([&](double) {
        QPainter p(&frame);
        map.paint(&p);
    });
    // Measured: as in the app, a tile not drawn yet is asked of the pool and
    // the frame shows its parent meanwhile (the pool's threads share the 2 cores).
    map.setSynchronousTiles(false);
    std::vector<double> frames, framesCpu;
    session([&](double) {
        clock.start();
        const double cpu = threadCpuMs();
        clusters.update(map.zoomLevel());
        QPainter p(&frame);
        map.paint(&p);
        p.end();
        frames.push_back(clock.nsecsElapsed() / 1e6);
        framesCpu.push_back(threadCpuMs() - cpu);
    });
    const Stats f = stats(frames), fc = stats(framesCpu);
    out << "pan/zoom frames (" << frames.size() << ", 1280x800 at scale " << scale << ", regroup + paint): wall p50 "
        << fmt(f.p50) << " ms, p95 " << fmt(f.p95) << " ms, max " << fmt(f.max) << " ms; CPU p50 " << fmt(fc.p50)
        << " ms, p95 " << fmt(fc.p95) << " ms, max " << fmt(fc.max) << " ms (target p95 < 16)\n";
    double loadAverage[1] = {0};
    if (getloadavg(loadAverage, 1) == 1)
        out << "load average during the run: " << QString::number(loadAverage[0], 'f', 1) << "\n";
    return 0;
}
