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
//   tintype-bench-faces nonfaces SAMPLES
//       false faces: every photo of the labelled person-free set below (shared
//       samples whose content is known: animals, food, plants, objects, cartoons),
//       each as decoded by the face scan and in 4 more variants (turned 90° both
//       ways, mirrored, the centre 60%), analysed with and without FacePlausibility:
//       detections per 100 images. And recall on the labelled faces of the samples
//       (the five group shots, 23 faces, and 9 faces on 11 more photos).
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
// The landmark geometry FacePlausibility looks at, for --features: landmark span
// and eye distance over the clipped box width, mouth drop over the eye distance,
// the embedding's length; and the eye-line frame's nose offset (symmetry).
QString featuresOf(const AnalyzedFace &f, const QImage &image)
{
    const QRectF seen = f.box.intersected(QRectF(0, 0, image.width(), image.height()));
    double left = 1e9, right = -1e9;
    for (const QPointF &p : f.landmarks) {
        left = std::min(left, p.x());
        right = std::max(right, p.x());
    }
    auto centre = [&](int a, int b) {
        QPointF sum;
        for (int i = a; i < b; ++i)
            sum += f.landmarks[std::size_t(i)];
        return sum / double(b - a);
    };
    const QPointF le = centre(36, 42), re = centre(42, 48), mouth = centre(48, 68), nose = f.landmarks[30];
    const QPointF line = re - le;
    const double eyes = std::hypot(line.x(), line.y());
    const QPointF mid = (le + re) / 2;
    const QPointF toMouth = mouth - le, toNose = nose - mid;
    const double drop = (line.x() * toMouth.y() - line.y() * toMouth.x()) / eyes;
    const double noseAcross = (line.x() * toNose.x() + line.y() * toNose.y()) / eyes; // along the eye line
    double norm = 0;
    for (float v : f.embedding)
        norm += double(v) * v;
    return QStringLiteral("span %1 eyes %2 drop %3 nose-off %4 norm %5 sharp %6")
        .arg((right - left) / seen.width(), 0, 'f', 2)
        .arg(eyes / seen.width(), 0, 'f', 2)
        .arg(drop / eyes, 0, 'f', 2)
        .arg(noseAcross / eyes, 0, 'f', 2)
        .arg(std::sqrt(norm), 0, 'f', 2)
        .arg(double(f.sharpness), 0, 'f', 0);
}

// iBUG 68-point index of each point's mirror image.
std::array<int, 68> mirrorIndex()
{
    std::array<int, 68> m{};
    for (int i = 0; i < 68; ++i)
        m[std::size_t(i)] = i;
    auto pair = [&](int a, int b) {
        m[std::size_t(a)] = b;
        m[std::size_t(b)] = a;
    };
    for (int i = 0; i <= 7; ++i)
        pair(i, 16 - i);
    for (int i = 0; i < 5; ++i)
        pair(17 + i, 26 - i);
    pair(31, 35);
    pair(32, 34);
    pair(36, 45);
    pair(37, 44);
    pair(38, 43);
    pair(39, 42);
    pair(40, 47);
    pair(41, 46);
    pair(48, 54);
    pair(49, 53);
    pair(50, 52);
    pair(55, 59);
    pair(56, 58);
    pair(60, 64);
    pair(61, 63);
    pair(65, 67);
    return m;
}

// How far the landmarks of the same detection in the mirrored image, mirrored
// back, lie from the original ones (mean, over the eye distance); -1 when the
// mirrored image has no matching detection.
double mirrorDisagreement(const AnalyzedFace &f, const std::vector<AnalyzedFace> &mirrored, int width)
{
    static const std::array<int, 68> mirror = mirrorIndex();
    const QPointF le = f.landmarks[36], re = f.landmarks[45];
    const double eyes = std::hypot(re.x() - le.x(), re.y() - le.y());
    for (const AnalyzedFace &g : mirrored) {
        const QRectF back(width - g.box.right(), g.box.top(), g.box.width(), g.box.height());
        const QRectF both = back.intersected(f.box);
        if (both.width() * both.height() < 0.5 * f.box.width() * f.box.height())
            continue;
        double sum = 0;
        for (int i = 0; i < 68; ++i) {
            const QPointF p = g.landmarks[std::size_t(mirror[std::size_t(i)])];
            const QPointF q(width - p.x(), p.y());
            sum += std::hypot(q.x() - f.landmarks[std::size_t(i)].x(), q.y() - f.landmarks[std::size_t(i)].y());
        }
        return sum / 68 / std::max(eyes, 1.0);
    }
    return -1;
}

// The person-free set (content known from the file names and by eye; see
// core/faces/README.md "False faces"), relative to shared/data.
QStringList nonFacePhotos(const QString &samples)
{
    QStringList files;
    const QString examples = QStringLiteral("photoprism-testdata/assets/examples/");
    for (const char *name : {"beach_colorfilter.jpg",
                             "beach_sand.jpg",
                             "beach_wood.jpg",
                             "bitcoin_gold.jpg",
                             "building_mono.jpg",
                             "cash_register_gold.jpg",
                             "cat_black.jpg",
                             "cat_brown.jpg",
                             "cat_yellow_grey.jpg",
                             "chameleon_lime.jpg",
                             "clock_purple.jpg",
                             "coin_gold.jpg",
                             "dog_created_1919.jpg",
                             "dog_orange.jpg",
                             "dog_toshi_red.jpg",
                             "dog_toshi_yellow.jpg",
                             "door_cyan.jpg",
                             "elephant_mono.jpg",
                             "elephants.jpg",
                             "ephedra_green_lime.jpg",
                             "fern_green.jpg",
                             "ferriswheel_colorful.jpg",
                             "fish_anthias_magenta.jpg",
                             "giraffe_green_brown.jpg",
                             "instrument_gold.jpg",
                             "jellyfish_blue.jpg",
                             "leaves_gold.jpg",
                             "limes.jpg",
                             "ocean_cyan.jpg",
                             "orange_square.jpg",
                             "palms_beach.jpg",
                             "peacock_blue.jpg",
                             "pillar_cyan.jpg",
                             "pineapple_white.jpg",
                             "robot_magenta.jpg",
                             "rope_blue_cyan.jpg",
                             "sharks_blue.jpg",
                             "snake_lime_brown.jpg",
                             "table_white.jpg",
                             "tree_white.jpg",
                             "turtle_brown_blue.jpg",
                             "zebra_green_brown.jpg"})
        files << examples + QLatin1String(name);
    files << QStringLiteral("photoprism-testdata/internal/meta/testdata/iptc-fields-500.jpg") // strawberries
          << QStringLiteral("exif-samples-ianare/jpg/exif-org/sony-powershota5.jpg")          // carved pumpkin
          << QStringLiteral("exif-samples-ianare/jpg/exif-org/fujifilm-finepix40i.jpg")       // dog
          << QStringLiteral("exif-samples-ianare/heic/IMG_5195.HEIC");                        // flower
    const QString gophers =
        QStringLiteral("takeout-immich-go/internal/e2e/client/DATA/fromGooglePhotos/gophers/Google Photos/gophers/");
    for (const QString &name : QDir(samples + QLatin1Char('/') + gophers).entryList({QStringLiteral("*.jpg")}))
        files << gophers + name;
    return files;
}

int runNonFaces(QStringList args)
{
    const bool features = args.removeAll(QStringLiteral("--features")) > 0;
    if (args.isEmpty()) {
        std::fprintf(stderr, "nonfaces: SAMPLES (shared/data) needed\n");
        return 2;
    }
    const QString samples = args.first();
    auto analyzer = FaceAnalyzer::load(modelDirectory());
    if (!analyzer) {
        std::fprintf(stderr, "%s\n", qPrintable(analyzer.error()));
        return 1;
    }
    FaceDetectionSettings checked, unchecked;
    unchecked.rejectNonFaces = false;
    auto decode = [&](const QString &file) {
        auto decoded = ImageDecoder::decode({(samples + QLatin1Char('/') + file).toStdString(), checked.analysisSize});
        return decoded ? decoded->image : QImage();
    };
    int images = 0, fired = 0, accepted = 0;
    for (const QString &file : nonFacePhotos(samples)) {
        const QImage image = decode(file);
        if (image.isNull()) {
            std::fprintf(stderr, "%s: unreadable\n", qPrintable(file));
            continue;
        }
        const QRect centre(image.width() / 5, image.height() / 5, image.width() * 3 / 5, image.height() * 3 / 5);
        const QImage variants[] = {image, image.transformed(QTransform().rotate(90)),
                                   image.transformed(QTransform().rotate(-90)), image.mirrored(true, false),
                                   image.copy(centre)};
        const char *names[] = {"", " (turned right)", " (turned left)", " (mirrored)", " (centre)"};
        for (std::size_t v = 0; v < std::size(variants); ++v) {
            auto all = analyzer.value()->analyze(variants[v], unchecked);
            std::vector<AnalyzedFace> mirroredFaces;
            if (features && all && !all->empty())
                if (auto m = analyzer.value()->analyze(variants[v].mirrored(true, false), unchecked))
                    mirroredFaces = std::move(m.value());
            auto kept = analyzer.value()->analyze(variants[v], checked);
            ++images;
            fired += all ? int(all->size()) : 0;
            accepted += kept ? int(kept->size()) : 0;
            if (all)
                for (const AnalyzedFace &f : all.value())
                    std::printf("  detector fired: %s%s score %.2f, %.0f px, %s mirror %.2f%s\n", qPrintable(file),
                                names[v], double(f.score), f.box.width(), qPrintable(featuresOf(f, variants[v])),
                                mirrorDisagreement(f, mirroredFaces, variants[v].width()),
                                kept && std::any_of(kept->begin(), kept->end(),
                                                    [&](const AnalyzedFace &k) { return k.box == f.box; })
                                    ? "  ACCEPTED"
                                    : "");
        }
    }
    std::printf("nonfaces: %d person-free images (%lld photos x 5 variants): detector %d (%.1f per 100 images), "
                "accepted %d (%.1f per 100 images)\n",
                images, static_cast<long long>(images / 5), fired, 100.0 * fired / std::max(images, 1), accepted,
                100.0 * accepted / std::max(images, 1));

    // Recall on the labelled faces of the samples (counts: NOTES.md of the set, and by eye).
    const QString bbt = QStringLiteral("faces-faceapi-bbt/examples/images/");
    const QString photoprism = QStringLiteral("photoprism-testdata/");
    const std::pair<QString, int> faces[] = {
        {bbt + QStringLiteral("bbt1.jpg"), -1}, // the five group shots: 23 faces in all
        {bbt + QStringLiteral("bbt2.jpg"), -1},
        {bbt + QStringLiteral("bbt3.jpg"), -1},
        {bbt + QStringLiteral("bbt4.jpg"), -1},
        {bbt + QStringLiteral("bbt5.jpg"), -1},
        {bbt + QStringLiteral("angry.jpg"), 1},
        {bbt + QStringLiteral("disgusted.jpg"), 1},
        {bbt + QStringLiteral("fearful.jpg"), 1},
        {bbt + QStringLiteral("happy.jpg"), 1},
        {bbt + QStringLiteral("neutral.jpg"), 1},
        {bbt + QStringLiteral("sad.jpg"), 1},
        {bbt + QStringLiteral("surprised.jpg"), 1},
        {photoprism + QStringLiteral("internal/ai/face/testdata/17.jpg"), 2},
        {photoprism + QStringLiteral("internal/ai/face/testdata/overlap/1.jpg"), 2},
        {photoprism + QStringLiteral("assets/examples/clowns_colorful.jpg"), 3},
        {QStringLiteral("exif-samples-ianare/jpg/exif-org/canon-ixus.jpg"), 2},
    };
    int expected = 23, found = 0, groupFound = 0;
    for (const auto &[file, count] : faces) {
        const QImage image = decode(file);
        auto kept = analyzer.value()->analyze(image, checked);
        auto all = analyzer.value()->analyze(image, unchecked);
        const int k = kept ? int(kept->size()) : 0;
        if (features && all) {
            std::vector<AnalyzedFace> mirroredFaces;
            if (auto m = analyzer.value()->analyze(image.mirrored(true, false), unchecked))
                mirroredFaces = std::move(m.value());
            for (const AnalyzedFace &f : all.value())
                std::printf("  face: %s score %.2f, %.0f px, %s mirror %.2f\n", qPrintable(file), double(f.score),
                            f.box.width(), qPrintable(featuresOf(f, image)),
                            mirrorDisagreement(f, mirroredFaces, image.width()));
        }
        if (count < 0) {
            groupFound += k;
        } else {
            expected += count;
            found += std::min(k, count);
        }
    }
    found += std::min(groupFound, 23);
    std::printf("recall: %d of %d labelled faces accepted (%.3f); group shots %d of 23\n", found, expected,
                double(found) / expected, groupFound);
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
    if (mode == QLatin1String("nonfaces"))
        return runNonFaces(args);
    std::fprintf(stderr, "Usage: tintype-bench-faces stages [--size PX] [--repeat N] PHOTO...\n"
                         "       tintype-bench-faces cluster [--faces N] [--identities K] [--spread S] [--seed S]\n"
                         "       tintype-bench-faces photos --out DIR [--copies N] [--megapixels MP] PHOTO...\n"
                         "       tintype-bench-faces nonfaces SAMPLES\n");
    return 2;
}
