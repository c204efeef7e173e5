// Reverse geocoding: 100,000 positions through ReverseGeocoder::placeAt, on one
// thread and on two, with the process's resident memory before and after.
// Positions: 80% within ~20 km of 60 cities and resorts around the world (how
// photos cluster), 20% anywhere on the globe (mostly sea). Fixed seed.
//   tintype-bench-places [--count N] [--index FILE]
// Index: --index, else $TINTYPE_PLACES_INDEX, else build/models/places/places.bin,
// else the data folder (packaging/fetch-models.sh installs it).

#include "geo/ReverseGeocoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QtConcurrent>

#include <cstdio>

using namespace tintype;

namespace {

struct Position {
    double latitude;
    double longitude;
};

constexpr Position kCentres[] = {
    {41.89, 12.49},   {41.38, 2.17},    {-33.87, 151.21}, {38.71, -9.14},   {35.68, 139.77},  {40.76, -73.98},
    {48.86, 2.35},    {51.51, -0.13},   {52.52, 13.40},   {52.37, 4.89},    {50.09, 14.42},   {48.21, 16.37},
    {40.42, -3.70},   {-34.60, -58.38}, {-22.97, -43.18}, {-33.92, 18.42},  {30.04, 31.24},   {41.01, 28.98},
    {18.92, 72.83},   {1.28, 103.86},   {22.28, 114.16},  {37.80, -122.39}, {34.05, -118.24}, {19.43, -99.13},
    {43.65, -79.38},  {64.15, -21.94},  {-36.85, 174.76}, {55.75, 37.62},   {37.57, 126.98},  {39.91, 116.40},
    {13.75, 100.49},  {25.20, 55.27},   {45.43, 12.34},   {43.77, 11.26},   {40.55, 14.24},   {37.45, 25.33},
    {43.17, 16.44},   {39.57, 2.65},    {32.67, -16.92},  {21.31, -157.86}, {35.90, 14.51},   {57.63, 18.29},
    {44.46, -110.83}, {36.06, -112.11}, {-50.94, -73.41}, {46.02, 7.75},    {45.92, 6.87},    {47.56, 7.59},
    {50.87, 6.07},    {31.75, -106.48}, {48.58, 7.75},    {42.65, 18.09},   {36.42, 25.43},   {59.33, 18.07},
    {59.91, 10.75},   {60.17, 24.94},   {-37.81, 144.96}, {49.28, -123.12}, {45.50, -73.57},  {-12.05, -77.04},
};

qint64 rssKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(static_cast<qsizetype>(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    int count = 100000;
    QString index;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--count"))
            count = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--index"))
            index = args[i + 1];
    }
    if (index.isEmpty())
        index = qEnvironmentVariable("TINTYPE_PLACES_INDEX");
    if (index.isEmpty() && QFileInfo::exists(QStringLiteral(TINTYPE_SOURCE_DIR "/build/models/places/places.bin")))
        index = QStringLiteral(TINTYPE_SOURCE_DIR "/build/models/places/places.bin");
    if (index.isEmpty())
        index = ReverseGeocoder::defaultPath();

    QRandomGenerator random(20261207);
    QList<Position> positions;
    positions.reserve(count);
    for (int i = 0; i < count; ++i) {
        if (random.bounded(100) < 80) {
            const Position &c = kCentres[random.bounded(static_cast<int>(std::size(kCentres)))];
            positions.append({c.latitude + (random.generateDouble() - 0.5) * 0.36,
                              c.longitude + (random.generateDouble() - 0.5) * 0.5});
        } else {
            positions.append({random.generateDouble() * 180.0 - 90.0, random.generateDouble() * 360.0 - 180.0});
        }
    }

    const qint64 rssBefore = rssKb("VmRSS:");
    QElapsedTimer timer;
    timer.start();
    auto opened = ReverseGeocoder::open(index);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    const ReverseGeocoder &geocoder = *opened.value();
    const qint64 openMs = timer.elapsed();

    timer.restart();
    int withCity = 0;
    int withCountry = 0;
    for (const Position &p : positions) {
        const Place place = geocoder.placeAt(p.latitude, p.longitude);
        withCity += !place.city.isEmpty();
        withCountry += !place.countryCode.isEmpty();
    }
    const qint64 oneThreadMs = timer.elapsed();

    QThreadPool pool;
    pool.setMaxThreadCount(2);
    timer.restart();
    const int half = count / 2;
    auto first = QtConcurrent::run(&pool, [&] {
        for (int i = 0; i < half; ++i)
            geocoder.placeAt(positions[i].latitude, positions[i].longitude);
    });
    for (int i = half; i < count; ++i)
        geocoder.placeAt(positions[i].latitude, positions[i].longitude);
    first.waitForFinished();
    const qint64 twoThreadsMs = timer.elapsed();
    const qint64 rssAfter = rssKb("VmRSS:");

    std::printf("index: %s (%.1f MiB, opened in %lld ms)\n", qPrintable(index), QFileInfo(index).size() / 1048576.0,
                static_cast<long long>(openMs));
    std::printf("positions: %d (%d with a country, %d with a town)\n", count, withCountry, withCity);
    std::printf("geocode, 1 thread: %lld ms (%.2f us each)\n", static_cast<long long>(oneThreadMs),
                1000.0 * oneThreadMs / count);
    std::printf("geocode, 2 threads: %lld ms\n", static_cast<long long>(twoThreadsMs));
    std::printf("RSS: %lld KiB before opening, %lld KiB after (index and lookups: %lld KiB); peak %lld KiB\n",
                static_cast<long long>(rssBefore), static_cast<long long>(rssAfter),
                static_cast<long long>(rssAfter - rssBefore), static_cast<long long>(rssKb("VmHWM:")));
    return 0;
}
