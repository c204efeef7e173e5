// tintype-bench-faces: figures for the People feature (tests/bench/faces_benchmark.sh).
//
//   tintype-bench-faces stages [--size PX] [--repeat N] PHOTO...
//       per photo, on one thread: decode at the analysis size (ImageDecoder),
//       detect + landmarks + embed (FaceAnalyzer::analyze), and the detector alone
//       (a face-free image of the same size); plus one embedding of a 150 px chip.
//       Prints ms per stage, photos/s and faces/s for one thread.
//   tintype-bench-faces cluster [--faces N] [--identities K] [--spread S] [--seed S]
//       N synthetic 128-D embeddings of K people (dlib-like: centres ~1.0 apart,
//       faces of one person spread around them), clustered by FaceClusterer::cluster
//       (the code `faces cluster --full` runs): seconds, peak RSS, BCubed vs truth.
//
//   tintype-bench-faces photos --out DIR [--copies N] [--megapixels MP] PHOTO...
//       N copies of each photo scaled to MP megapixels (smooth), as JPEGs of
//       quality 85 + copy (every file different bytes): a camera-sized library.
//
// Models: $TINTYPE_FACE_MODELS, else build/models/face-api, else the data folder.

#include "faces/FaceAnalyzer.h"
#include "faces/FaceClusterer.h"
#include "faces/FaceModels.h"
#include "faces/evaluation/FaceClusterEvaluation.h"
#include "imaging/ImageDecoder.h"
#include "metadata/MetadataReader.h"
#include "nn/GemmConv.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QStringList>

#include <opencv2/core/utility.hpp>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

using namespace tintype;

namespace {
long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QString modelDirectory()
{
    if (qEnvironmentVariableIsSet("TINTYPE_FACE_MODELS"))
        return FaceModels::directory();
    const QString buildTree = QStringLiteral(TINTYPE_SOURCE_DIR "/build/models/face-api");
    return FaceModels::present(buildTree) ? buildTree : FaceModels::directory();
}

// The value after `name` in args (removed with it), or `fallback`.
QString option(QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    if (i < 0 || i + 1 >= args.size())
        return fallback;
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}

int runStages(QStringList args)
{
    FaceDetectionSettings settings;
    settings.analysisSize = option(args, QStringLiteral("--size"), QStringLiteral("1024")).toInt();
    const int repeat = std::max(1, option(args, QStringLiteral("--repeat"), QStringLiteral("1")).toInt());
    if (args.isEmpty()) {
        std::fprintf(stderr, "stages: no photos given\n");
        return 2;
    }
    auto analyzer = FaceAnalyzer::load(modelDirectory());
    if (!analyzer) {
        std::fprintf(stderr, "%s\n", qPrintable(analyzer.error()));
        return 1;
    }
    FaceAnalyzer &face = *analyzer.value();
    MetadataReader::initialize();
    // Wall and process CPU time (OpenCV's own threads included) of each stage.
    struct Stage {
        double wallMs = 0, cpuMs = 0;
    };
    Stage decodeStage, analyzeStage, detectStage, embedStage;
    QElapsedTimer timer;
    double cpuStart = 0;
    auto start = [&] {
        timer.start();
        cpuStart = cpuSeconds();
    };
    auto stop = [&](Stage &stage) {
        stage.wallMs += double(timer.nsecsElapsed()) / 1e6;
        stage.cpuMs += (cpuSeconds() - cpuStart) * 1000;
    };
    std::int64_t photos = 0, faces = 0;
    for (int r = 0; r < repeat; ++r) {
        for (const QString &path : args) {
            start();
            auto decoded = ImageDecoder::decode({path.toStdString(), settings.analysisSize});
            stop(decodeStage);
            if (!decoded) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(decoded.error()));
                continue;
            }
            start();
            auto found = face.analyze(decoded->image, settings);
            stop(analyzeStage);
            if (!found) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(found.error()));
                continue;
            }
            QImage blank(decoded->image.size(), QImage::Format_RGB888);
            blank.fill(Qt::gray);
            start();
            (void)face.analyze(blank, settings);
            stop(detectStage);
            ++photos;
            faces += std::int64_t(found->size());
        }
    }
    QImage chip(150, 150, QImage::Format_RGB888);
    chip.fill(Qt::gray);
    (void)face.embedChip(chip);
    const int chips = 20;
    start();
    for (int i = 0; i < chips; ++i)
        (void)face.embedChip(chip);
    stop(embedStage);
    if (photos == 0)
        return 1;
    const auto n = double(photos);
    std::printf("stages: %lld photos, %lld faces (%.1f per photo), analysis size %d, one worker thread"
                " (OPENCV_FOR_THREADS_NUM=%s)\n",
                static_cast<long long>(photos), static_cast<long long>(faces), double(faces) / n, settings.analysisSize,
                qEnvironmentVariable("OPENCV_FOR_THREADS_NUM", QStringLiteral("unset")).toUtf8().constData());
    // Which instruction sets ran: ours (TINTYPE_NN_ISA) and OpenCV's own layers (OPENCV_CPU_DISABLE).
    std::printf("kernels: %s (this CPU: %s); OpenCV layers with AVX-512: %s, AVX2: %s\n",
                tintype::GemmConv::isaName(tintype::GemmConv::isa()),
                tintype::GemmConv::isaName(tintype::GemmConv::nativeIsa()),
                cv::checkHardwareSupport(CV_CPU_AVX_512F) ? "yes" : "no",
                cv::checkHardwareSupport(CV_CPU_AVX2) ? "yes" : "no");
    std::printf("                      wall ms   CPU ms\n");
    std::printf("  decode / photo     %8.1f %8.1f\n", decodeStage.wallMs / n, decodeStage.cpuMs / n);
    std::printf("  detect / photo     %8.1f %8.1f\n", detectStage.wallMs / n, detectStage.cpuMs / n);
    if (faces > 0)
        std::printf("  landmarks+embed / face %4.1f %8.1f\n",
                    (analyzeStage.wallMs - detectStage.wallMs) / double(faces),
                    (analyzeStage.cpuMs - detectStage.cpuMs) / double(faces));
    std::printf("  embed / face       %8.1f %8.1f\n", embedStage.wallMs / chips, embedStage.cpuMs / chips);
    const double wall = decodeStage.wallMs + analyzeStage.wallMs, cpu = decodeStage.cpuMs + analyzeStage.cpuMs;
    std::printf("  total / photo      %8.1f %8.1f\n", wall / n, cpu / n);
    std::printf("  photos/s %.2f, faces/s %.1f (wall, this load); CPU-bound: %.2f photos/s per core\n",
                1000.0 * n / wall, 1000.0 * double(faces) / wall, 1000.0 * n / cpu);
    return 0;
}

int runPhotos(QStringList args)
{
    const QString out = option(args, QStringLiteral("--out"), QString());
    const int copies = std::max(1, option(args, QStringLiteral("--copies"), QStringLiteral("8")).toInt());
    const double megapixels = option(args, QStringLiteral("--megapixels"), QStringLiteral("12")).toDouble();
    if (out.isEmpty() || args.isEmpty() || megapixels <= 0) {
        std::fprintf(stderr, "photos: --out DIR and photos needed\n");
        return 2;
    }
    if (!QDir().mkpath(out))
        return 1;
    for (const QString &path : args) {
        const QImage source(path);
        if (source.isNull()) {
            std::fprintf(stderr, "%s: cannot read\n", qPrintable(path));
            return 1;
        }
        const double scale = std::sqrt(megapixels * 1e6 / (double(source.width()) * source.height()));
        const QImage scaled = source.scaled(QSize(int(source.width() * scale), int(source.height() * scale)),
                                            Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        for (int c = 1; c <= copies; ++c) {
            const QString name = QStringLiteral("%1/%2_%3.jpg").arg(out, QFileInfo(path).completeBaseName()).arg(c);
            if (!scaled.save(name, "JPEG", 84 + c % 10)) {
                std::fprintf(stderr, "%s: cannot write\n", qPrintable(name));
                return 1;
            }
        }
    }
    return 0;
}

int runCluster(QStringList args)
{
    const int faces = option(args, QStringLiteral("--faces"), QStringLiteral("100000")).toInt();
    const int identities = option(args, QStringLiteral("--identities"), QStringLiteral("2000")).toInt();
    const float spread = option(args, QStringLiteral("--spread"), QStringLiteral("0.022")).toFloat();
    const unsigned seed = option(args, QStringLiteral("--seed"), QStringLiteral("1")).toUInt();
    if (faces < 2 || identities < 1 || !args.isEmpty()) {
        std::fprintf(stderr, "cluster: bad arguments\n");
        return 2;
    }
    // dlib-like space: people's centres ~1.0 apart (per-dimension sigma 0.09 → mean
    // distance 0.09·√256 ≈ 1.0), a person's faces `spread` per dimension around the
    // centre (0.022 → ~0.35 between two faces of one person, the spread dlib shows on
    // faces-faceapi-bbt). Sizes follow a long tail, like a real library.
    std::mt19937 random(seed);
    std::normal_distribution<float> centreValue(0, 0.09F), noise(0, spread);
    std::vector<FaceEmbedding> centres(static_cast<std::size_t>(identities));
    for (FaceEmbedding &c : centres)
        for (float &v : c)
            v = centreValue(random);
    std::vector<double> weights(static_cast<std::size_t>(identities));
    for (std::size_t i = 0; i < weights.size(); ++i)
        weights[i] = 1.0 / std::pow(double(i + 1), 0.8);
    std::discrete_distribution<int> person(weights.begin(), weights.end());
    std::vector<FaceEmbedding> embeddings(static_cast<std::size_t>(faces));
    std::vector<int> truth(static_cast<std::size_t>(faces));
    for (std::size_t i = 0; i < embeddings.size(); ++i) {
        truth[i] = person(random);
        embeddings[i] = centres[std::size_t(truth[i])];
        for (float &v : embeddings[i])
            v += noise(random);
    }
    const long rssBefore = peakRssKb();
    const double cpuBefore = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    const std::vector<std::int64_t> labels = FaceClusterer::cluster(embeddings, {}, {}, FaceClusterSettings{});
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    const long rssAfter = peakRssKb();
    std::int64_t unclustered = 0;
    std::vector<std::int64_t> distinct;
    for (const std::int64_t l : labels) {
        if (l < 0)
            ++unclustered;
        else
            distinct.push_back(l);
    }
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    const auto quality = FaceClusterEvaluation::bcubed(truth, labels);
    std::printf("cluster: %d faces of %d people (spread %.3f), FaceClusterer::cluster (full re-cluster)\n", faces,
                identities, double(spread));
    std::printf("  time %.2f s wall, %.2f s CPU; peak RSS %ld MB (%ld MB before clustering, embeddings %.1f MB)\n",
                seconds, cpu, rssAfter / 1024, rssBefore / 1024,
                double(faces) * sizeof(FaceEmbedding) / (1024.0 * 1024.0));
    std::printf("  %zu clusters, %lld faces unclustered; BCubed precision %.4f recall %.4f F1 %.4f\n", distinct.size(),
                static_cast<long long>(unclustered), quality.precision, quality.recall, quality.f1);
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString mode = args.isEmpty() ? QString() : args.takeFirst();
    if (mode == QLatin1String("stages"))
        return runStages(args);
    if (mode == QLatin1String("cluster"))
        return runCluster(args);
    if (mode == QLatin1String("photos"))
        return runPhotos(args);
    std::fprintf(stderr, "Usage: tintype-bench-faces stages [--size PX] [--repeat N] PHOTO...\n"
                         "       tintype-bench-faces cluster [--faces N] [--identities K] [--spread S] [--seed S]\n"
                         "       tintype-bench-faces photos --out DIR [--copies N] [--megapixels MP] PHOTO...\n");
    return 2;
}
