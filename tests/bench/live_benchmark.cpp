// Live folders: latency from a new photo's last byte to its catalog row, and
// to its grid thumbnail, with `tintype-cli watch` running on a library; then
// the watcher's idle CPU and RSS. See tests/bench/README.md, "Live folders".
//
//   tintype-bench-live --cli PATH [--existing N] [--trials N] [--megapixels MP] [--poll]
#include "catalog/Catalog.h"
#include "catalog/FileRepository.h"
#include "catalog/RootRepository.h"
#include "metadata/MetadataReader.h"
#include "thumbs/Thumbnailer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <vector>

#include <unistd.h>

using namespace tintype;
namespace fs = std::filesystem;

namespace {
QByteArray photoBytes(int seed, int megapixels)
{
    const int w = int(std::sqrt(megapixels * 1e6 * 4 / 3)), h = w * 3 / 4;
    QImage image(w, h, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient g(0, 0, w, h);
    g.setColorAt(0, QColor::fromHsv((seed * 37) % 360, 120, 230));
    g.setColorAt(1, QColor::fromHsv((seed * 91 + 120) % 360, 200, 60));
    p.fillRect(image.rect(), g);
    for (int i = 0; i < 200; ++i)
        p.fillRect((i * 7919 + seed * 104729) % w, (i * 6271 + seed * 15485863) % h, w / 20, h / 30,
                   QColor::fromHsv((i * 13 + seed) % 360, 180, 180));
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 88);
    return bytes;
}

double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(q * double(v.size() - 1) + 0.5))];
}

qint64 cpuTicks(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 12 ? fields[11].toLongLong() + fields[12].toLongLong() : -1; // utime + stime
}

qint64 rssKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').front().toLongLong();
    return -1;
}

void print(const char *what, const std::vector<double> &ms)
{
    std::printf("%-34s median %7.0f ms   p95 %7.0f ms   max %7.0f ms   (n=%zu)\n", what, percentile(ms, 0.5),
                percentile(ms, 0.95), percentile(ms, 1.0), ms.size());
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString cli;
    int existing = 2000, trials = 20, megapixels = 12;
    bool poll = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--cli") && i + 1 < args.size())
            cli = args[++i];
        else if (args[i] == QLatin1String("--existing") && i + 1 < args.size())
            existing = args[++i].toInt();
        else if (args[i] == QLatin1String("--trials") && i + 1 < args.size())
            trials = args[++i].toInt();
        else if (args[i] == QLatin1String("--megapixels") && i + 1 < args.size())
            megapixels = args[++i].toInt();
        else if (args[i] == QLatin1String("--poll"))
            poll = true;
    }
    if (cli.isEmpty()) {
        std::fprintf(stderr,
                     "usage: tintype-bench-live --cli PATH [--existing N] [--trials N] [--megapixels MP] [--poll]\n");
        return 2;
    }
    MetadataReader::initialize();
    QTemporaryDir work;
    const fs::path photos = fs::path(work.path().toStdString()) / "photos";
    const QString home = work.path();
    const QString catalogPath = home + QStringLiteral("/catalog.sqlite");

    // A library already there: small photos in day folders (the watcher's
    // folders to watch, the catalog's rows a batch is compared against).
    std::printf("Writing %d existing photos...\n", existing);
    std::fflush(stdout);
    // Small files (a few KB) so that a 100k library fits on a laptop's disk;
    // the watcher's work depends on folders and catalog rows, not bytes.
    QByteArray small;
    {
        QImage image(160, 120, QImage::Format_RGB32);
        image.fill(QColor(90, 120, 160));
        QBuffer buffer(&small);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG", 85);
    }
    for (int i = 0; i < existing; ++i) {
        const fs::path folder = photos / std::to_string(2000 + i / 2000) / ("day" + std::to_string(i / 150));
        fs::create_directories(folder);
        std::ofstream(folder / ("IMG_" + std::to_string(i) + ".jpg"), std::ios::binary)
            .write(small.constData(), small.size());
    }
    fs::create_directories(photos / "inbox");

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    QProcess roots;
    roots.setProcessEnvironment(env);
    roots.start(cli, {QStringLiteral("--catalog"), catalogPath, QStringLiteral("roots"), QStringLiteral("add"),
                      QString::fromStdString(photos.string())});
    roots.waitForFinished(-1);

    QProcess watch;
    watch.setProcessEnvironment(env);
    watch.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList watchArgs{QStringLiteral("--catalog"), catalogPath, QStringLiteral("watch")};
    if (poll)
        watchArgs << QStringLiteral("--poll") << QStringLiteral("--poll-seconds") << QStringLiteral("1");
    QElapsedTimer startup;
    startup.start();
    watch.start(cli, watchArgs);
    watch.waitForStarted();
    QByteArray output;
    while (!output.contains("Watching for changes") && watch.state() == QProcess::Running) {
        watch.waitForReadyRead(100);
        output += watch.readAllStandardOutput();
    }
    std::printf("watch: first scan of %d photos and watches set up in %.2f s\n", existing,
                double(startup.elapsed()) / 1000);

    auto opened = Catalog::open(catalogPath);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 3;
    }
    Catalog &catalog = *opened.value();
    std::vector<double> toRow, toThumb;
    for (int t = 0; t < trials; ++t) {
        const QByteArray bytes = photoBytes(t + 1, megapixels);
        const QByteArray rel = "inbox/new_" + QByteArray::number(t) + ".jpg";
        const fs::path file = photos / rel.toStdString();
        {
            // Written the way a copy or a sync tool writes: in 1 MiB chunks, then closed.
            std::ofstream out(file, std::ios::binary);
            for (qsizetype at = 0; at < bytes.size(); at += 1 << 20)
                out.write(bytes.constData() + at, std::min<qsizetype>(1 << 20, bytes.size() - at));
        }
        QElapsedTimer sinceLastByte;
        sinceLastByte.start();
        bool found = false;
        while (!found && sinceLastByte.elapsed() < 30000) {
            catalog.read([&] { found = FileRepository(catalog).byPath(1, rel).has_value(); });
            if (!found)
                QThread::msleep(5);
        }
        if (!found) {
            std::printf("trial %d: not in the catalog after 30 s\n", t);
            continue;
        }
        toRow.push_back(double(sinceLastByte.nsecsElapsed()) / 1e6);
        // The open timeline then asks for the tile's thumbnail (ThumbnailProvider → Thumbnailer).
        const auto thumb = Thumbnailer::make(file, ThumbnailSize::Grid);
        toThumb.push_back(double(sinceLastByte.nsecsElapsed()) / 1e6);
        if (!thumb)
            std::printf("trial %d: thumbnail failed: %s\n", t, qPrintable(thumb.error()));
        QThread::msleep(700); // each photo its own batch: the latency of one arrival
    }

    std::printf("\nLive folders (%s), %d existing photos, new %d MP JPEGs written in 1 MiB chunks:\n",
                poll ? "polling every 1 s" : "inotify", existing, megapixels);
    print("last byte -> catalog row", toRow);
    print("last byte -> grid thumbnail", toThumb);

    // Idle: nothing changes for 10 s.
    const qint64 pid = watch.processId();
    const qint64 before = cpuTicks(pid);
    QThread::sleep(10);
    const qint64 after = cpuTicks(pid);
    const double cpuPercent = double(after - before) / double(sysconf(_SC_CLK_TCK)) / 10.0 * 100.0;
    std::printf("watch idle: CPU %.2f %% over 10 s, RSS %.1f MB\n", cpuPercent, double(rssKb(pid)) / 1024.0);

    watch.terminate();
    watch.waitForFinished(10000);
    std::printf("watch stopped by SIGTERM: exit code %d\n", watch.exitCode());
    return 0;
}
