// tintype-bench-app-library: writes a catalog of N assets with cached grid
// thumbnails for the desktop app benchmark (app_benchmark.sh), fast: rows go
// straight through the catalog repositories and every thumbnail is a tiny
// JPEG, so 100,000 photos take well under a minute and no real file is
// scanned. The photos' root does not exist (an offline drive): the app shows
// everything from the catalog and the cache, as it would for an unplugged disk.
#include "catalog/AssetRepository.h"
#include "catalog/Catalog.h"
#include "catalog/FileRepository.h"
#include "catalog/PlaceRepository.h"
#include "catalog/RootRepository.h"
#include "thumbs/ThumbnailCache.h"
#include "thumbs/Thumbnailer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTextStream>
#include <QTimeZone>

#include <random>

using namespace tintype;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tintype")); // same cache folder as the app
    QTextStream out(stdout), err(stderr);
    QString catalogPath;
    int count = 100000;
    bool places = false;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--catalog") && i + 1 < args.size())
            catalogPath = args[++i];
        else if (args[i] == QLatin1String("--count") && i + 1 < args.size())
            count = args[++i].toInt();
        else if (args[i] == QLatin1String("--places"))
            places = true;
    }
    if (catalogPath.isEmpty() || count <= 0) {
        err << "Usage: tintype-bench-app-library --catalog PATH [--count N]\n";
        return 2;
    }
    if (QFile::exists(catalogPath)) {
        err << catalogPath << " exists; remove it first\n";
        return 2;
    }
    QElapsedTimer clock;
    clock.start();
    auto opened = Catalog::open(catalogPath);
    if (!opened) {
        err << opened.error() << "\n";
        return 3;
    }
    Catalog &catalog = *opened.value();
    ThumbnailCache cache(ThumbnailCache::defaultDirectory(catalogPath));

    // A few small thumbnails (landscape and portrait, several colours), reused.
    std::vector<QByteArray> landscape, portrait;
    for (int i = 0; i < 12; ++i) {
        for (bool tall : {false, true}) {
            QImage image(tall ? QSize(96, 128) : QSize(128, 96), QImage::Format_RGB32);
            image.fill(QColor::fromHsv((i * 30) % 360, 90, 200));
            QPainter p(&image);
            p.fillRect(QRect(0, image.height() * 2 / 3, image.width(), image.height() / 3),
                       QColor::fromHsv((i * 30 + 120) % 360, 120, 120));
            p.end();
            auto jpeg = Thumbnailer::encodeJpeg(image, 70);
            (tall ? portrait : landscape).push_back(jpeg ? jpeg.value() : QByteArray());
        }
    }

    std::mt19937 random(42);
    std::int64_t rootId = 0;
    const Status rootStatus = catalog.write([&] {
        RootRecord root;
        root.path = "/nonexistent/tintype-bench/photos";
        root.volumeId = QStringLiteral("bench");
        root.volumePath = root.path;
        root.online = false;
        root.addedAt = 1;
        rootId = RootRepository(catalog).insert(root);
    });
    if (!rootStatus) {
        err << rootStatus.error() << "\n";
        return 3;
    }
    // ~15 years back from 2024, about 18 photos a day on the days with photos.
    const QDateTime newest(QDate(2024, 6, 30), QTime(18, 0), QTimeZone::utc());
    // --places: 70% of the photos have a position near the day's town (a few
    // towns a day) and its place row, as after the place stage.
    struct TownOfDay {
        const char *country, *region, *city;
        double lat, lon;
    };
    static const TownOfDay towns[] = {
        {"FR", "Île-de-France", "Paris", 48.8566, 2.3522},
        {"FR", "Île-de-France", "Versailles", 48.8049, 2.1204},
        {"IT", "Lazio", "Rome", 41.9028, 12.4964},
        {"IT", "Tuscany", "Florence", 43.7696, 11.2558},
        {"ES", "Catalonia", "Barcelona", 41.3874, 2.1686},
        {"DE", "Berlin", "Berlin", 52.52, 13.405},
        {"GB", "England", "London", 51.5072, -0.1276},
        {"US", "New York", "New York City", 40.7128, -74.006},
        {"JP", "Tokyo", "Tokyo", 35.6762, 139.6503},
        {"AU", "New South Wales", "Sydney", -33.8688, 151.2093},
        {"PT", "Lisbon", "Lisbon", 38.7223, -9.1393},
        {"NL", "North Holland", "Amsterdam", 52.3676, 4.9041},
        {"CH", "Zurich", "Zürich", 47.3769, 8.5417},
        {"AT", "Vienna", "Vienna", 48.2082, 16.3738},
        {"GR", "Attica", "Athens", 37.9838, 23.7275},
        {"BR", "Rio de Janeiro", "Rio de Janeiro", -22.9068, -43.1729},
    };
    const int batch = 5000;
    for (int first = 0; first < count; first += batch) {
        const Status s = catalog.write([&] {
            AssetRepository assets(catalog);
            FileRepository files(catalog);
            for (int i = first; i < std::min(count, first + batch); ++i) {
                const bool tall = random() % 4 == 0;
                MediaMetadata m;
                m.kind = MediaKind::Photo;
                m.format = QStringLiteral("jpeg");
                m.width = tall ? 3000 : 4000;
                m.height = tall ? 4000 : 3000;
                m.captureTime.utc = newest.addSecs(-qint64(i) * 4800 - qint64(random() % 600));
                m.captureTime.offsetMinutes = 60;
                m.captureTime.source = CaptureTimeSource::ExifOriginal;
                m.make = QStringLiteral("Canon");
                m.model = QStringLiteral("Canon EOS R6");
                const TownOfDay &town = towns[size_t((i / 18 + (i % 18) / 7) % int(std::size(towns)))];
                const bool placed = places && random() % 10 < 7;
                if (placed) {
                    m.latitude = town.lat + (int(random() % 2000) - 1000) / 20000.0; // ±0.05°
                    m.longitude = town.lon + (int(random() % 2000) - 1000) / 20000.0;
                }
                const std::int64_t assetId = assets.insert(m, 1);
                if (placed)
                    PlaceRepository(catalog).set(
                        {assetId, *m.latitude, *m.longitude},
                        {QString::fromUtf8(town.country), QString::fromUtf8(town.region), QString::fromUtf8(town.city)},
                        1);
                FileRecord f;
                f.rootId = rootId;
                const QDate day = m.captureTime.utc.date();
                f.relPath =
                    QStringLiteral("%1/%2/IMG_%3.JPG").arg(day.year()).arg(day.toString(Qt::ISODate)).arg(i).toUtf8();
                f.assetId = assetId;
                f.size = 2'600'000;
                f.mtimeNs = 1;
                f.fingerprint = QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Md5); // 16 bytes
                files.insert(f);
                const auto &pool = tall ? portrait : landscape;
                cache.put({f.fingerprint, ThumbnailSize::Grid}, pool[size_t(i) % pool.size()]);
            }
        });
        if (!s) {
            err << s.error() << "\n";
            return 3;
        }
    }
    out << "wrote " << count << " assets with grid thumbnails in " << clock.elapsed() / 1000.0 << " s: " << catalogPath
        << "\n";
    return 0;
}
