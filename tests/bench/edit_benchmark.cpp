// Editing benchmark (issue #8): the preview update rate while an exposure
// slider moves on a 2048 px preview, and the export of a 24 MP JPEG with a
// 6-operation stack at full size and at 2048 px, next to libvips doing a
// comparable sharpen + save (full size) and resize + save (2048 px) of the
// same file in the same run. Both exports are timed the same way: a process
// started, run and ended (ours is this program again, `export-once`), so
// start-up, library loading and exit count for both; ours in-process is printed
// beside it. A failed run is reported and left out of its median. Prints
// figures; never fails on speed. See tests/bench/README.md, "Editing benchmark".
//   tintype-bench-edit [--threads N] [--input FILE.jpg]
//   tintype-bench-edit export-once --input FILE.jpg --long-edge N --out DIR
#include "edit/EditExporter.h"
#include "edit/EditPreview.h"
#include "edit/EditSource.h"
#include "metadata/MetadataReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <optional>
#include <random>
#include <vector>

using namespace tintype;

namespace {
QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// A camera-like 6000 × 4000 picture: gradients, shapes and sensor-like noise.
QImage syntheticPhoto()
{
    QImage image(6000, 4000, QImage::Format_RGB32);
    std::mt19937 random(42);
    std::normal_distribution<float> noise(0.0F, 6.0F);
    for (int y = 0; y < image.height(); ++y) {
        auto *row = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const double wave = 40.0 * std::sin(x / 90.0) * std::cos(y / 70.0);
            const int r = std::clamp(int(80 + x / 50 + wave + noise(random)), 0, 255);
            const int g = std::clamp(int(60 + y / 30 + wave / 2 + noise(random)), 0, 255);
            const int b = std::clamp(int(150 - x / 80 + noise(random)), 0, 255);
            row[x] = qRgb(r, g, b);
        }
    }
    return image;
}

EditStack sixOperations()
{
    EditStack stack;
    stack.set(EditOperation::make(OperationType::Crop, 0.05)
                  .set(QStringLiteral("y"), 0.05)
                  .set(QStringLiteral("width"), 0.9)
                  .set(QStringLiteral("height"), 0.9));
    stack.set(OperationType::Exposure, 0.3);
    stack.set(OperationType::Contrast, 0.2);
    stack.set(OperationType::Vibrance, 0.3);
    stack.set(OperationType::Warmth, 0.15);
    stack.set(OperationType::Sharpen, 0.4);
    return stack;
}

// The median of the runs that worked; "failed" when none did.
QString median(std::vector<double> v)
{
    if (v.empty())
        return QStringLiteral("failed");
    std::sort(v.begin(), v.end());
    const double m = v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
    return QString::number(m, 'f', 0) + QStringLiteral(" ms");
}

// Wall time of one run of `program`, process start to exit; nothing when it failed.
std::optional<double> runTool(const QString &program, const QStringList &args)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        const QString why =
            p.error() == QProcess::UnknownError ? QStringLiteral("exit code %1").arg(p.exitCode()) : p.errorString();
        out() << "  " << program << " failed (" << why << "): " << p.readAllStandardError().trimmed() << "\n";
        return std::nullopt;
    }
    return double(t.nsecsElapsed()) / 1e6;
}

void keep(std::vector<double> &times, std::optional<double> run)
{
    if (run)
        times.push_back(*run);
}

// export-once: one export of the six-operation stack, then exit.
int exportOnce(const QStringList &args)
{
    QString input, folder;
    int longEdge = 0;
    for (int i = 0; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--input"))
            input = args.at(++i);
        else if (args.at(i) == QLatin1String("--long-edge"))
            longEdge = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--out"))
            folder = args.at(++i);
    }
    MetadataReader::initialize();
    EditExporter::Options options;
    options.longEdge = longEdge;
    auto outcome = EditExporter::exportFile(input.toStdString(), 0, sixOperations(), folder.toStdString(), options);
    if (!outcome) {
        QTextStream(stderr) << "export failed: " << outcome.error() << "\n";
        return 1;
    }
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (!args.isEmpty() && args.first() == QLatin1String("export-once"))
        return exportOnce(args.mid(1));
    MetadataReader::initialize();
    QString input;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--input") && i + 1 < args.size())
            input = args.at(++i);
    }
    QTemporaryDir dir;
    if (input.isEmpty()) {
        input = dir.filePath(QStringLiteral("photo24mp.jpg"));
        QElapsedTimer t;
        t.start();
        if (!syntheticPhoto().save(input, "JPEG", 92)) {
            out() << "cannot write " << input << "\n";
            return 1;
        }
        out() << "input: synthetic 6000x4000 JPEG (q92) written in " << t.elapsed() << " ms\n";
    }
    out() << "cores: " << QThread::idealThreadCount() << "\n";
    const std::filesystem::path source = input.toStdString();

    // 1. Preview: exposure slider on a 2048 px preview.
    auto preview = EditSource::load(source, 0, 2048);
    if (!preview) {
        out() << input << ": " << preview.error() << "\n";
        return 1;
    }
    EditPreview editor(preview.value());
    EditStack stack = sixOperations();
    for (const bool sharpen : {false, true}) {
        if (!sharpen)
            stack.remove(OperationType::Sharpen);
        else
            stack.set(OperationType::Sharpen, 0.4);
        editor.render(stack); // builds the cached geometry stage
        constexpr int kUpdates = 120;
        QElapsedTimer t;
        t.start();
        const std::clock_t cpuStart = std::clock();
        for (int i = 0; i < kUpdates; ++i) {
            stack.set(OperationType::Exposure, -1.0 + 2.0 * i / kUpdates);
            const QImage frame = editor.render(stack);
            if (frame.isNull())
                return 1;
        }
        const double ms = double(t.nsecsElapsed()) / 1e6 / kUpdates;
        const double cpuMs = 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC / kUpdates;
        out() << QStringLiteral("preview %1x%2, exposure slider (5 ops%3): %4 ms/update wall = %5 updates/s; "
                                "CPU %6 ms/update (all threads)\n")
                     .arg(editor.sourceSize().width())
                     .arg(editor.sourceSize().height())
                     .arg(sharpen ? QStringLiteral(" + sharpen") : QString())
                     .arg(ms, 0, 'f', 1)
                     .arg(1000.0 / ms, 0, 'f', 1)
                     .arg(cpuMs, 0, 'f', 1);
    }

    // 2. Export of the 24 MP file, 6 operations, JPEG q92: full size and 2048 px;
    //    as a process (same footing as vips below) and in this process.
    stack = sixOperations();
    const QString self = QCoreApplication::applicationFilePath();
    for (const int longEdge : {0, 2048}) {
        std::vector<double> process, inProcess;
        for (int run = 0; run < 3; ++run) {
            const QString folder = dir.filePath(QStringLiteral("out-%1-%2").arg(longEdge).arg(run));
            QDir().mkpath(folder + QStringLiteral("/process"));
            keep(process, runTool(self, {QStringLiteral("export-once"), QStringLiteral("--input"), input,
                                         QStringLiteral("--long-edge"), QString::number(longEdge),
                                         QStringLiteral("--out"), folder + QStringLiteral("/process")}));
            EditExporter::Options options;
            options.longEdge = longEdge;
            QElapsedTimer t;
            t.start();
            auto outcome = EditExporter::exportFile(source, 0, stack, folder.toStdString(), options);
            if (!outcome)
                out() << "  in-process export failed: " << outcome.error() << "\n";
            else
                inProcess.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        out() << QStringLiteral("tintype export %1, 6 ops, JPEG q92, process start to exit: %2 (median of %3 of 3 "
                                "runs); in-process %4\n")
                     .arg(longEdge ? QStringLiteral("2048 px") : QStringLiteral("full size"), median(process))
                     .arg(process.size())
                     .arg(median(inProcess));
    }

    // 3. libvips on the same file, also process start to exit: sharpen + save at
    //    full size; thumbnail (resize) + save at 2048 px.
    std::vector<double> full, small;
    for (int run = 0; run < 3; ++run) {
        keep(full, runTool(QStringLiteral("vips"), {QStringLiteral("sharpen"), input,
                                                    dir.filePath(QStringLiteral("vips-%1.jpg[Q=92]").arg(run))}));
        keep(small, runTool(QStringLiteral("vipsthumbnail"),
                            {input, QStringLiteral("-s"), QStringLiteral("2048"), QStringLiteral("-o"),
                             dir.filePath(QStringLiteral("thumb-%1.jpg[Q=92]").arg(run))}));
    }
    out() << QStringLiteral("vips sharpen + save, full size, JPEG q92, process start to exit: %1 (median of %2 of 3 "
                            "runs)\n")
                 .arg(median(full))
                 .arg(full.size());
    out() << QStringLiteral("vipsthumbnail -s 2048 (shrink-on-load + resize + save), JPEG q92, process start to exit: "
                            "%1 (median of %2 of 3 runs)\n")
                 .arg(median(small))
                 .arg(small.size());
    return 0;
}
