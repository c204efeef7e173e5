// tintype-bench-timeline: what the Photos page does with a whole library
// before the scrubber and Months/Years work — read every timeline entry from
// the catalog (TimelineQueries::entries) and lay out the rows
// (TimelineLayout::build) at day, month and year density — timed step by step,
// best of --repeat runs, with the process's peak RSS.
//
//   tintype-bench-timeline --catalog PATH [--width 1280] [--repeat 3]
// (a catalog of N photos: tintype-bench-app-library --catalog PATH --count N)
#include "DayPlaces.h"
#include "TimelineLayout.h"
#include "catalog/Catalog.h"
#include "catalog/TimelineQueries.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <limits>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <time.h>
#endif

using namespace tintype;

namespace {
// This thread's CPU time: what the work costs whatever else the machine runs.
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

long peakRssMb()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
#else
    return 0;
#endif
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout), err(stderr);
    QString path;
    double width = 1280;
    int repeat = 3;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--catalog"))
            path = args[i + 1];
        else if (args[i] == QLatin1String("--width"))
            width = args[i + 1].toDouble();
        else if (args[i] == QLatin1String("--repeat"))
            repeat = std::max(1, args[i + 1].toInt());
    }
    if (path.isEmpty()) {
        err << "usage: tintype-bench-timeline --catalog PATH [--width 1280] [--repeat 3]\n";
        return 2;
    }
    auto catalog = Catalog::open(path);
    if (!catalog) {
        err << catalog.error() << "\n";
        return 1;
    }
    QElapsedTimer clock;
    double readMs = std::numeric_limits<double>::max(), readCpuMs = 0;
    std::vector<TimelineEntry> entries;
    for (int r = 0; r < repeat; ++r) {
        entries.clear();
        entries.shrink_to_fit();
        clock.start();
        double cpu = 0;
        const Status read = catalog.value()->read([&] {
            const double start = threadCpuMs(); // the read runs on the catalog's thread
            entries = TimelineQueries(*catalog.value()).entries({});
            cpu = threadCpuMs() - start;
        });
        if (const double wall = double(clock.nsecsElapsed()) / 1e6; wall < readMs) {
            readMs = wall;
            readCpuMs = cpu;
        }
        if (!read) {
            err << read.error() << "\n";
            return 1;
        }
    }
    out << "photos: " << entries.size() << "\n";
    out << "read every entry (TimelineQueries::entries): " << QString::number(readMs, 'f', 1) << " ms ("
        << QString::number(readCpuMs, 'f', 1) << " ms CPU)\n";
    double totalLayoutMs = 0, totalLayoutCpuMs = 0;
    for (const auto &[density, name] :
         {std::pair{TimelineDensity::Day, "day"}, std::pair{TimelineDensity::Month, "month"},
          std::pair{TimelineDensity::Year, "year"}}) {
        double best = std::numeric_limits<double>::max(), bestCpu = 0;
        size_t rows = 0;
        for (int r = 0; r < repeat; ++r) {
            TimelineLayout::Options options;
            options.density = density;
            options.width = width;
            clock.start();
            const double cpu = threadCpuMs();
            rows = TimelineLayout::build(entries, options).rows.size();
            if (const double wall = double(clock.nsecsElapsed()) / 1e6; wall < best) {
                best = wall;
                bestCpu = threadCpuMs() - cpu;
            }
        }
        if (density == TimelineDensity::Day) {
            totalLayoutMs = best;
            totalLayoutCpuMs = bestCpu;
        }
        out << "layout at " << name << " density, " << width << " px: " << QString::number(best, 'f', 1) << " ms ("
            << QString::number(bestCpu, 'f', 1) << " ms CPU), " << rows << " rows\n";
    }
    out << "whole timeline ready (read + day layout): " << QString::number(readMs + totalLayoutMs, 'f', 1) << " ms ("
        << QString::number(readCpuMs + totalLayoutCpuMs, 'f', 1) << " ms CPU; target < 1500 at 1M)\n";
    // The day headers' places: read after the entries (the first screen never
    // waits for them), then each header's text when the view shows it.
    double placesMs = std::numeric_limits<double>::max(), placesCpuMs = 0;
    DayPlaces places;
    for (int r = 0; r < repeat; ++r) {
        clock.start();
        double cpu = 0;
        (void)catalog.value()->read([&] {
            const double start = threadCpuMs();
            places = DayPlaces::load(*catalog.value(), QStringLiteral("en"));
            cpu = threadCpuMs() - start;
        });
        if (const double wall = double(clock.nsecsElapsed()) / 1e6; wall < placesMs) {
            placesMs = wall;
            placesCpuMs = cpu;
        }
    }
    TimelineLayout::Options dayOptions;
    dayOptions.width = width;
    const auto dayRows = TimelineLayout::build(entries, dayOptions);
    clock.start();
    int headers = 0, named = 0;
    for (const auto &row : dayRows.rows) {
        if (row.kind != TimelineLayout::Row::Kind::MinorHeader)
            continue;
        ++headers;
        named += places.text(entries, row.first, row.count).isEmpty() ? 0 : 1;
    }
    const double headerMs = double(clock.nsecsElapsed()) / 1e6;
    out << "day headers' places (DayPlaces::load, after the entries): " << QString::number(placesMs, 'f', 1) << " ms ("
        << QString::number(placesCpuMs, 'f', 1) << " ms CPU)\n";
    out << "place text of every day header: " << headers << " headers (" << named << " named) in "
        << QString::number(headerMs, 'f', 1) << " ms ("
        << QString::number(headers ? headerMs * 1000 / headers : 0, 'f', 2) << " µs each)\n";
    out << "peak RSS: " << peakRssMb() << " MB\n";
    return 0;
}
