// tintype-bench-search: the search box over a synthetic library of N photos
// (default 100,000; written through the repositories, no files): the vocabulary
// load (after each change), suggestions as one types (every prefix of 40
// names), results of 1-3 term queries, each timed many times with p50/p95;
// the FTS index's size; and what the index costs per 1,000 new photos (the same
// inserts into a catalog of the schema before it).
//
//   tintype-bench-search [--count 100000] [--dir DIR]
#include "catalog/AlbumRepository.h"
#include "catalog/AssetRepository.h"
#include "catalog/Catalog.h"
#include "catalog/FaceRepository.h"
#include "catalog/FileRepository.h"
#include "catalog/PersonRepository.h"
#include "catalog/PlaceRepository.h"
#include "catalog/RootRepository.h"
#include "catalog/SearchRepository.h"
#include "catalog/TimelineQueries.h"
#include "search/Search.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <random>

#ifdef Q_OS_UNIX
#include <time.h>
#endif

using namespace tintype;

namespace {
struct Town {
    const char *country, *region, *city;
};
const Town kTowns[] = {
    {"FR", "Île-de-France", "Paris"},    {"IT", "Lazio", "Rome"},     {"IT", "Tuscany", "Florence"},
    {"DE", "Berlin", "Berlin"},          {"DE", "Bavaria", "Munich"}, {"ES", "Catalonia", "Barcelona"},
    {"US", "New York", "New York City"}, {"JP", "Tokyo", "Tokyo"},    {"GB", "England", "London"},
    {"CH", "Zurich", "Zürich"},          {"PT", "Lisbon", "Lisbon"},  {"NL", "North Holland", "Amsterdam"},
};
const char *const kCameras[][3] = {
    {"Apple", "iPhone 12 Pro", ""},
    {"Apple", "iPhone 8", ""},
    {"Google", "Pixel 7", ""},
    {"FUJIFILM", "X-T3", "XF18-55mmF2.8-4 R LM OIS"},
    {"NIKON CORPORATION", "NIKON D750", ""},
    {"Canon", "Canon EOS 5D Mark IV", "EF24-105mm f/4L IS USM"},
    {"SONY", "ILCE-7M3", "FE 24-70mm F2.8 GM"},
    {"samsung", "SM-G991B", ""},
};
const char *const kPeople[] = {"Anna Schmidt", "Tom Weber",      "Maria Rossi",  "Jonas Berg", "Lea Martin",
                               "Paul Meyer",   "Sophie Laurent", "Luca Bianchi", "Emma Jones", "Noah Smith"};
const char *const kWords[] = {"beach",  "sunset", "birthday", "hiking", "wedding", "garden", "snow", "concert",
                              "museum", "market", "harbour",  "picnic", "bridge",  "castle", "lake", "forest"};

// This thread's CPU time: what the work costs whatever else the machine runs
// (the 2-core build machine runs at a load average of 10-16).
double threadCpuMs()
{
#ifdef Q_OS_UNIX
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
#else
    return 0;
#endif
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5))];
}

// `count` photos from `first`: dates 2005-2026 with offsets, towns, cameras, keywords, folders.
void writePhotos(Catalog &catalog, int first, int count, std::mt19937 &rng, bool people)
{
    const Status written = catalog.write([&] {
        RootRepository roots(catalog);
        std::int64_t rootId = 0;
        const auto all = roots.all();
        if (all.empty()) {
            RootRecord root;
            root.path = "/bench/photos";
            root.volumeId = QStringLiteral("bench");
            root.volumePath = "photos";
            rootId = roots.insert(root);
        } else {
            rootId = all.front().id;
        }
        AssetRepository assets(catalog);
        FileRepository files(catalog);
        PlaceRepository places(catalog);
        FaceRepository faces(catalog);
        PersonRepository persons(catalog);
        std::vector<std::int64_t> personIds;
        if (people)
            for (const char *name : kPeople)
                personIds.push_back(persons.create(QString::fromUtf8(name), 1));
        const qint64 start = QDateTime(QDate(2005, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        const qint64 span = QDateTime(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() - start;
        std::uniform_int_distribution<qint64> when(0, span - 1); // rng() alone spans 49 days of ms
        for (int i = first; i < first + count; ++i) {
            MediaMetadata m;
            m.kind = i % 25 == 0 ? MediaKind::Video : MediaKind::Photo;
            m.format = m.kind == MediaKind::Video ? QStringLiteral("mp4") : QStringLiteral("jpeg");
            m.captureTime.utc = QDateTime::fromMSecsSinceEpoch(start + when(rng), QTimeZone::utc());
            m.captureTime.offsetMinutes = int(rng() % 25) * 60 - 720;
            m.captureTime.source = CaptureTimeSource::ExifOriginal;
            const auto &camera = kCameras[rng() % std::size(kCameras)];
            m.make = QString::fromLatin1(camera[0]);
            m.model = QString::fromLatin1(camera[1]);
            m.lens = QString::fromLatin1(camera[2]);
            m.width = 4000;
            m.height = i % 97 == 0 ? 1500 : 3000;
            if (rng() % 3 == 0)
                m.keywords << QString::fromLatin1(kWords[rng() % std::size(kWords)]);
            const Town &town = kTowns[rng() % std::size(kTowns)];
            const bool placed = rng() % 4 != 0;
            if (placed) {
                m.latitude = 10;
                m.longitude = 10;
            }
            const std::int64_t id = assets.insert(m, 1);
            FileRecord f;
            f.rootId = rootId;
            const QDate day = m.captureTime.utc.date();
            f.relPath = QStringLiteral("%1/%2 %3/IMG_%4.JPG")
                            .arg(day.year())
                            .arg(day.toString(QStringLiteral("MM")), QString::fromUtf8(town.city))
                            .arg(i, 6, 10, QLatin1Char('0'))
                            .toUtf8();
            f.assetId = id;
            f.size = 1;
            f.mtimeNs = 1;
            files.insert(f);
            if (placed)
                places.set(
                    {id, 10, 10},
                    {QString::fromLatin1(town.country), QString::fromUtf8(town.region), QString::fromUtf8(town.city)},
                    1);
            if (people || !personIds.empty()) {
                if (rng() % 5 == 0 && !personIds.empty()) {
                    std::vector<FaceRecord> found(1);
                    found[0].assetId = id;
                    found[0].box = QRectF(0.1, 0.1, 0.2, 0.2);
                    found[0].personId = personIds[rng() % personIds.size()];
                    faces.recordPass(id, QStringLiteral("bench"), found, QString(), 1);
                    faces.assign(found[0].id, found[0].personId, true);
                }
            }
        }
        if (people) {
            AlbumRepository albums(catalog);
            for (int a = 0; a < 50; ++a) {
                const std::int64_t album = albums.create(QStringLiteral("Trip %1").arg(a), QString(), 1);
                for (int k = 0; k < 100; ++k)
                    albums.addItem(album, first + std::int64_t(rng() % quint32(count)));
            }
        }
    });
    if (!written)
        qFatal("%s", qPrintable(written.error()));
}

struct Timings {
    std::vector<double> wall, cpu; // ms
    QString slowest;               // the input of the most CPU
    QString text() const
    {
        return QStringLiteral("p50 %1 ms, p95 %2 ms, max %3 ms wall; CPU p50 %4 ms, p95 %5 ms")
                   .arg(percentile(wall, 0.5), 0, 'f', 2)
                   .arg(percentile(wall, 0.95), 0, 'f', 2)
                   .arg(percentile(wall, 1.0), 0, 'f', 2)
                   .arg(percentile(cpu, 0.5), 0, 'f', 2)
                   .arg(percentile(cpu, 0.95), 0, 'f', 2) +
               QStringLiteral(" (slowest: \"%1\")").arg(slowest);
    }
};

template <typename F>
Timings timeEach(const QStringList &inputs, int rounds, F work)
{
    Timings t;
    QElapsedTimer clock;
    for (int r = 0; r < rounds; ++r)
        for (const QString &input : inputs) {
            const double cpu = threadCpuMs();
            clock.start();
            work(input);
            t.wall.push_back(double(clock.nsecsElapsed()) / 1e6);
            t.cpu.push_back(threadCpuMs() - cpu);
            if (t.cpu.back() >= *std::max_element(t.cpu.begin(), t.cpu.end()))
                t.slowest = input;
        }
    return t;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int count = 100000;
    QString dirPath;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--count"))
            count = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--dir"))
            dirPath = args[i + 1];
    }
    QTemporaryDir temporary;
    const QString dir = dirPath.isEmpty() ? temporary.path() : dirPath;
    const QString path = dir + QStringLiteral("/search-bench.sqlite");
    const bool reuse = !dirPath.isEmpty() && QFileInfo::exists(path); // --dir: a library written before is reused
    std::mt19937 rng(7);
    auto opened = Catalog::open(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    Catalog &catalog = *opened.value();
    QElapsedTimer clock;
    clock.start();
    if (!reuse) {
        writePhotos(catalog, 1, count, rng, true);
        out << "library: " << count << " photos written in " << clock.elapsed() << " ms\n";
    } else {
        std::int64_t n = 0;
        catalog.read([&] { n = AssetRepository(catalog).count(); });
        count = int(n);
        out << "library: " << count << " photos (reused " << path << ")\n";
    }
    out.flush();

    Search search(catalog, {QStringLiteral("en"), QDate(2026, 12, 7)});
    clock.start();
    if (!search.reload())
        qFatal("reload failed");
    out << "vocabulary load (after a change): " << clock.elapsed() << " ms\n";
    out.flush();

    QStringList names = {QStringLiteral("anna schmidt"), QStringLiteral("paris"),     QStringLiteral("new york"),
                         QStringLiteral("june 2019"),    QStringLiteral("iphone"),    QStringLiteral("x-t3"),
                         QStringLiteral("videos"),       QStringLiteral("trip 12"),   QStringLiteral("beach"),
                         QStringLiteral("tuscany"),      QStringLiteral("germany"),   QStringLiteral("2019"),
                         QStringLiteral("tom weber"),    QStringLiteral("barcelona"), QStringLiteral("summer"),
                         QStringLiteral("canon"),        QStringLiteral("sunset"),    QStringLiteral("maria rossi"),
                         QStringLiteral("london"),       QStringLiteral("favourites")};
    QStringList prefixes;
    for (const QString &name : names)
        for (int n = 1; n <= name.size(); ++n)
            prefixes << name.left(n);
    const auto suggestMs = timeEach(prefixes, 3, [&](const QString &p) { search.suggest(p); });
    out << QStringLiteral("suggestions: %1 prefixes x3: %2\n").arg(prefixes.size()).arg(suggestMs.text());
    out.flush();

    const QStringList queries[3] = {
        {QStringLiteral("anna"), QStringLiteral("paris"), QStringLiteral("2019"), QStringLiteral("iphone"),
         QStringLiteral("videos"), QStringLiteral("beach"), QStringLiteral("june"), QStringLiteral("june 2019"),
         QStringLiteral("germany"), QStringLiteral("trip 12"), QStringLiteral("img_0123"),
         QStringLiteral("last summer")},
        {QStringLiteral("anna paris"), QStringLiteral("paris 2019"), QStringLiteral("iphone germany"),
         QStringLiteral("tom beach"), QStringLiteral("videos 2020"), QStringLiteral("rome florence"),
         QStringLiteral("x-t3 june"), QStringLiteral("sunset tokyo")},
        {QStringLiteral("anna paris 2019"), QStringLiteral("tom italy summer"), QStringLiteral("iphone beach 2018"),
         QStringLiteral("maria rome june"), QStringLiteral("canon videos london"), QStringLiteral("paris rome 2019")},
    };
    for (int terms = 1; terms <= 3; ++terms) {
        std::int64_t found = 0;
        const auto resultMs = timeEach(queries[terms - 1], 5, [&](const QString &q) {
            const auto matches = search.run(search.plan(q));
            found += matches ? std::int64_t(matches.value().size()) : 0;
        });
        out << QStringLiteral("results, %1 term(s): %2 queries x5: %3 (%4 matches each on average)\n")
                   .arg(terms)
                   .arg(queries[terms - 1].size())
                   .arg(resultMs.text())
                   .arg(found / std::int64_t(resultMs.wall.size()));
        out.flush();
    }

    // What the Photos page adds: the matches as timeline entries (TimelineQueries::byIds).
    const auto timelineMs = timeEach(queries[0], 3, [&](const QString &q) {
        const auto matches = search.run(search.plan(q));
        std::vector<std::int64_t> ids;
        for (const auto &m : matches.value())
            ids.push_back(m.assetId);
        catalog.read([&] { TimelineQueries(catalog).byIds(ids); });
    });
    out << QStringLiteral("results + timeline entries, 1 term: %1\n").arg(timelineMs.text());
    out.flush();

    std::int64_t indexBytes = 0;
    if (!catalog.read([&] { indexBytes = SearchRepository(catalog).indexBytes(); }))
        qFatal("size failed");
    out << QStringLiteral("index: %1 MB of %2 MB catalog (%3 bytes per photo)\n")
               .arg(double(indexBytes) / 1e6, 0, 'f', 1)
               .arg(double(QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) / 1e6, 0, 'f', 1)
               .arg(indexBytes / std::max(count, 1));

    // 1,000 new photos with the index (its triggers) and into the schema before it
    // (thread CPU time: the machine's load does not count).
    double cpu = threadCpuMs();
    writePhotos(catalog, count + 1, 1000, rng, false);
    const double withIndex = threadCpuMs() - cpu;
    const QString oldPath = dir + QStringLiteral("/search-bench-old.sqlite");
    QFile::remove(oldPath);
    auto old = Catalog::openAtVersion(oldPath, 16); // the version before the search index (17)
    if (!old)
        qFatal("%s", qPrintable(old.error()));
    writePhotos(*old.value(), 1, 1000, rng, false); // warm-up: the root
    cpu = threadCpuMs();
    writePhotos(*old.value(), 1001, 1000, rng, false);
    const double without = threadCpuMs() - cpu;
    out << QStringLiteral("1,000 new photos (CPU): %1 ms with the index, %2 ms without (index +%3 ms)\n")
               .arg(withIndex, 0, 'f', 0)
               .arg(without, 0, 'f', 0)
               .arg(withIndex - without, 0, 'f', 0);
    return 0;
}
