// tintype-bench-generate: writes a realistic camera library for the scan benchmark.
// A few distinct 12 MP JPEGs are encoded once; every output file is one of them
// with its own Exif block (date, GPS, exposure, thumbnail), so all files differ.

#include "CameraExif.h"
#include "DemoExtras.h"
#include "LibraryPlan.h"
#include "SyntheticPhoto.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentMap>

#include <exiv2/exiv2.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <numeric>
#include <stdexcept>
#include <vector>

namespace {
using namespace tintype::bench;

struct Options {
    int count = 10000;
    QString out;
    uint64_t seed = 1;
    double megapixels = 12.0;
    int quality = 92;
    int bases = 8;
    bool demo = false; // a newcomer's demo: a home town and trips away, a few shared copies
};

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "tintype-bench-generate: %s\n", qPrintable(message));
    std::exit(1);
}

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes COUNT camera-like JPEGs (full Exif, GPS, IFD1 thumbnail) into DIR/YYYY/YYYY-MM-DD/."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("count"), QStringLiteral("Number of files (default 10000)."), QStringLiteral("N")},
        {QStringLiteral("out"), QStringLiteral("Output folder; must be empty or missing."), QStringLiteral("DIR")},
        {QStringLiteral("seed"), QStringLiteral("Seed for dates, places and cameras (default 1)."),
         QStringLiteral("S")},
        {QStringLiteral("megapixels"), QStringLiteral("Image size, 4:3 (default 12 = 4000x3000)."),
         QStringLiteral("MP")},
        {QStringLiteral("quality"), QStringLiteral("JPEG quality of the base images (default 92)."),
         QStringLiteral("Q")},
        {QStringLiteral("bases"), QStringLiteral("Distinct base images to encode (default 8)."), QStringLiteral("N")},
        {QStringLiteral("demo"), QStringLiteral("A demo library: three years of days at home in Berlin and three trips "
                                                "away (Paris a year before today, Rome and Florence, Tokyo; a video on "
                                                "each), a few Live Photos (JPEG + clip) "
                                                "and RAW+JPEG pairs, and smaller copies as a messenger saves "
                                                "them (near duplicates).")},
    });
    parser.process(app);

    Options o;
    bool ok = true;
    auto number = [&](const char *name, auto fallback) {
        const QString key = QString::fromLatin1(name);
        if (!parser.isSet(key))
            return fallback;
        const double v = parser.value(key).toDouble(&ok);
        if (!ok)
            fail(QStringLiteral("--%1 wants a number, got '%2'").arg(key, parser.value(key)));
        return decltype(fallback)(v);
    };
    o.count = number("count", o.count);
    o.seed = number("seed", o.seed);
    o.megapixels = number("megapixels", o.megapixels);
    o.quality = number("quality", o.quality);
    o.bases = number("bases", o.bases);
    o.out = parser.value(QStringLiteral("out"));
    o.demo = parser.isSet(QStringLiteral("demo"));
    if (o.demo && !parser.isSet(QStringLiteral("bases")))
        o.bases = std::max(8, o.count / 2);
    if (o.out.isEmpty())
        fail(QStringLiteral("--out DIR is required (see --help)"));
    if (o.count < 1 || o.megapixels < 0.1 || o.megapixels > 100 || o.quality < 1 || o.quality > 100 || o.bases < 1)
        fail(QStringLiteral("--count must be >= 1, --megapixels 0.1..100, --quality 1..100, --bases >= 1"));
    return o;
}

QString humanBytes(double bytes)
{
    return bytes >= 1e9 ? QStringLiteral("%1 GB").arg(bytes / 1e9, 0, 'f', 2)
                        : QStringLiteral("%1 MB").arg(bytes / 1e6, 0, 'f', 1);
}

void checkOutputFolder(const QString &out)
{
    QDir dir(out);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        fail(QStringLiteral("%1 is not empty; give an empty or new folder").arg(out));
    if (!QDir().mkpath(out))
        fail(QStringLiteral("cannot create %1").arg(out));
}

void checkDiskSpace(const QString &out, double needed)
{
    std::error_code ec;
    const auto space = std::filesystem::space(QFile::encodeName(out).toStdString(), ec);
    if (ec)
        fail(QStringLiteral("cannot tell the free space of %1: %2").arg(out, QString::fromStdString(ec.message())));
    const double reserve = 1e9; // leave room for the catalog and for everyone else on this disk
    if (double(space.available) < needed + reserve)
        fail(QStringLiteral("not enough disk space in %1: about %2 needed (+ %3 reserve), %4 available. "
                            "Use fewer files (--count), smaller images (--megapixels) or another --out.")
                 .arg(out, humanBytes(needed), humanBytes(reserve), humanBytes(double(space.available))));
}

void writeFile(const QString &path, const QByteArray &app1, const QByteArray &body, const QDateTime &mtime)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    const bool ok = file.write("\xff\xd8", 2) == 2 && file.write(app1) == app1.size() &&
                    file.write(body) == body.size() && file.flush();
    if (!ok)
        fail(QStringLiteral("writing %1 failed: %2").arg(path, file.errorString()));
    file.setFileTime(mtime, QFileDevice::FileModificationTime);
    file.close();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tintype-bench-generate"));
    const Options o = parseOptions(app);
    Exiv2::LogMsg::setLevel(Exiv2::LogMsg::error);
    const QString out = QDir(o.out).absolutePath();
    checkOutputFolder(out);

    const int width = int(std::lround(std::sqrt(o.megapixels * 1e6 * 4.0 / 3.0) / 16.0)) * 16;
    const QSize size(width, width * 3 / 4);
    QElapsedTimer clock;
    clock.start();

    // Encode the base images first (in parallel) so the size estimate is real.
    std::fprintf(stderr, "encoding %d base images of %dx%d...\n", o.bases, size.width(), size.height());
    std::vector<int> indices(size_t(o.bases));
    std::iota(indices.begin(), indices.end(), 0);
    std::vector<SyntheticPhoto> bases;
    try {
        bases = QtConcurrent::blockingMapped<std::vector<SyntheticPhoto>>(
            indices, [&](int i) { return SyntheticPhoto::make(size, o.seed * 1000003u + uint64_t(i), o.quality); });
    } catch (const std::exception &e) {
        fail(QString::fromLocal8Bit(e.what()));
    }
    double average = 0;
    for (const auto &b : bases)
        average += double(b.body.size() + b.thumbnail.size() + 4000) / double(bases.size());
    std::fprintf(stderr, "base images ready in %.1f s, %.2f MB per file on average\n", double(clock.elapsed()) / 1000,
                 average / 1e6);
    checkDiskSpace(out, average * o.count);

    const std::vector<Shot> shots = o.demo ? planDemoLibrary(o.count, o.seed, o.bases, QDate::currentDate())
                                           : planLibrary(o.count, o.seed, o.bases);
    const auto &cameras = cameraModels();
    QString lastFolder;
    double written = 0;
    qint64 lastReport = 0;
    clock.restart();
    try {
        for (size_t i = 0; i < shots.size(); ++i) {
            const Shot &shot = shots[i];
            const QString path = out + QLatin1Char('/') + shot.relativePath;
            const QString folder = path.left(path.lastIndexOf(QLatin1Char('/')));
            if (folder != lastFolder && !QDir().mkpath(folder))
                fail(QStringLiteral("cannot create %1").arg(folder));
            lastFolder = folder;
            const SyntheticPhoto &base = bases[size_t(shot.baseImageIndex)];
            const QByteArray app1 =
                cameraExifSegment(shot, cameras[size_t(shot.cameraIndex)], base.size, base.thumbnail);
            // Cameras stamp the file with their local clock; store the same instant.
            writeFile(path, app1, base.body,
                      QDateTime::fromSecsSinceEpoch(shot.utcSecondsSinceEpoch(), QTimeZone::utc()));
            written += double(2 + app1.size() + base.body.size());

            const qint64 now = clock.elapsed();
            if (now - lastReport >= 2000 || i + 1 == shots.size()) {
                lastReport = now;
                std::fprintf(stderr, "\r%zu/%zu files, %s, %.0f files/s   ", i + 1, shots.size(),
                             qPrintable(humanBytes(written)),
                             double(i + 1) * 1000.0 / double(std::max<qint64>(1, now)));
            }
        }
    } catch (const std::exception &e) {
        fail(QStringLiteral("\nexiv2: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    if (o.demo) {
        try {
            const DemoExtrasWritten extras = writeDemoExtras(out, shots, bases);
            std::fprintf(stderr,
                         "\ndemo: %d Live Photo clips, %d RAW files beside their JPEGs, %d messenger copies, "
                         "%d trip videos",
                         extras.liveClips, extras.rawFiles, extras.messengerCopies, extras.tripVideos);
        } catch (const std::exception &e) {
            fail(QString::fromLocal8Bit(e.what()));
        }
    }
    std::fprintf(stderr, "\nwrote %zu files (%s) into %s in %.1f s\n", shots.size(), qPrintable(humanBytes(written)),
                 qPrintable(out), double(clock.elapsed()) / 1000);
    return 0;
}
