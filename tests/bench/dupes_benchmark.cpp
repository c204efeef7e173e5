// tintype-bench-dupes: duplicate detection at scale and its accuracy.
//
//   grouping --count 100000 [--work DIR]  synthetic catalog (hashes present: 10 % planted
//                                         near copies, 1 % exact copies), then the grouping
//                                         alone in a fresh process: time and peak RSS
//   accuracy --count 10000 [--work DIR]   generated photos, 10 % with a planted copy
//                                         (resized, q50, turned, mirrored, cropped 2 %, PNG)
//                                         and 5 % with a burst frame that must stay apart;
//                                         scan, hash, find: precision and recall of the pairs
//   real --samples DIR [--count N] [--work DIR]
//                                         up to N real photos from the shared samples
//                                         (TINTYPE_SAMPLES), each with generated copies:
//                                         half size, q50, turned, mirrored, and cropped
//                                         1, 2, 3, 4 and 5 %; recall per kind of copy and
//                                         precision of the pairs found
//
// See tests/bench/README.md, "Duplicates benchmark".
#include "catalog/AssetRepository.h"
#include "catalog/Catalog.h"
#include "catalog/FileRepository.h"
#include "catalog/PerceptualHashRepository.h"
#include "catalog/RootRepository.h"
#include "library/ContentHasher.h"
#include "library/Library.h"
#include "library/Scanner.h"
#include "metadata/MetadataReader.h"
#include "similarity/DuplicateFinder.h"
#include "similarity/PerceptualHash.h"
#include "similarity/SimilarityIndexer.h"
#include "thumbs/ThumbnailCache.h"

#include "../similarity/SyntheticScene.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QImageReader>
#include <QProcess>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTransform>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>

using namespace tintype;
namespace fs = std::filesystem;

namespace {
QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

QByteArray bytes16(quint64 a, quint64 b)
{
    QByteArray bytes(16, '\0');
    memcpy(bytes.data(), &a, 8);
    memcpy(bytes.data() + 8, &b, 8);
    return bytes;
}

// --- grouping ---------------------------------------------------------------

int generateCatalog(const QString &path, int count)
{
    QFile::remove(path);
    auto opened = Catalog::open(path);
    if (!opened) {
        out() << opened.error() << "\n";
        return 1;
    }
    Catalog &catalog = *opened.value();
    QRandomGenerator random(1234);
    const Status written = catalog.write([&] {
        RootRecord root;
        root.path = "/bench/photos";
        root.volumeId = QStringLiteral("bench");
        root.volumePath = "photos";
        const std::int64_t rootId = RootRepository(catalog).insert(root);
        AssetRepository assets(catalog);
        FileRepository files(catalog);
        PerceptualHashRepository similarity(catalog);
        std::vector<std::uint64_t> hashes;
        for (int i = 0; i < count; ++i) {
            MediaMetadata m;
            m.kind = MediaKind::Photo;
            m.format = QStringLiteral("jpeg");
            m.width = 4032;
            m.height = 3024;
            const std::int64_t assetId = assets.insert(m, 0);
            FileRecord f;
            f.rootId = rootId;
            f.relPath = QByteArray("IMG_") + QByteArray::number(i) + ".JPG";
            f.assetId = assetId;
            f.size = 3000000 + i;
            f.fingerprint = bytes16(random.generate64(), random.generate64());
            std::uint64_t hash = random.generate64();
            if (i % 100 == 1) { // 1 %: exact copy of the previous file
                f.contentHash = bytes16(quint64(i - 1), 7);
                hash = hashes.back();
            } else {
                f.contentHash = bytes16(quint64(i), 7);
                if (i % 10 == 5) { // 10 %: a near copy of an earlier photo, turned, a few bits off
                    hash = PerceptualHash::transformed(hashes[std::size_t(random.bounded(i))],
                                                       ImageTransform::fromIndex(int(random.bounded(8))));
                    for (int flips = int(random.bounded(7)); flips > 0; --flips)
                        hash ^= std::uint64_t(1) << random.bounded(64);
                }
            }
            hashes.push_back(hash);
            const std::int64_t fileId = files.insert(f);
            similarity.storeHash(fileId, f.fingerprint, hash, QString());
        }
    });
    if (!written) {
        out() << written.error() << "\n";
        return 1;
    }
    return 0;
}

int groupCatalog(const QString &path)
{
    auto opened = Catalog::open(path);
    if (!opened) {
        out() << opened.error() << "\n";
        return 1;
    }
    // Hashes are synthetic, so there are no thumbnails to verify on: every
    // candidate pair counts as verified (the worst case for grouping).
    DuplicateFinder finder(*opened.value(),
                           [](const auto &, const auto &, ImageTransform) { return std::optional<double>(1.0); });
    DuplicateFinder::Options options;
    options.near = true;
    QElapsedTimer timer;
    timer.start();
    const auto groups = finder.find(options);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!groups) {
        out() << groups.error() << "\n";
        return 1;
    }
    const auto &s = finder.statistics();
    out() << QStringLiteral("photos with hashes: %1\ncandidate pairs: %2\ngroups: %3 exact, %4 near\n"
                            "hash search: %5 s\nfind (catalog reads + search + grouping + facts + proposals): %6 s\n"
                            "peak RSS: %7 MB\n")
                 .arg(s.hashedPhotos)
                 .arg(s.candidatePairs)
                 .arg(s.exactGroups)
                 .arg(s.nearGroups)
                 .arg(s.searchSeconds, 0, 'f', 2)
                 .arg(seconds, 0, 'f', 2)
                 .arg(peakRssMb(), 0, 'f', 1);
    return 0;
}

// --- accuracy ---------------------------------------------------------------

bool save(const fs::path &file, const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format, quality))
        return false;
    std::ofstream stream(file, std::ios::binary | std::ios::trunc);
    stream.write(bytes.constData(), bytes.size());
    return bool(stream);
}

QImage variant(const QImage &scene, int kind)
{
    switch (kind) {
    case 0: return scene.scaled(scene.width() / 2, scene.height() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    case 1: return scene; // saved at q50
    case 2: return scene.transformed(QTransform().rotate(90));
    case 3: return scene.mirrored(true, false);
    case 4: return test::croppedCopy(scene, 0.02);
    default: return scene; // PNG
    }
}

// Scan, content hashes, perceptual hashes and near-duplicate groups of `photos`
// in a fresh catalog under `work`, with the time of each step.
std::optional<std::vector<DuplicateGroup>> findDuplicates(const fs::path &work, const fs::path &photos)
{
    QElapsedTimer timer;
    auto opened = Catalog::open(QString::fromStdString((work / "catalog.sqlite").string()));
    if (!opened)
        return std::nullopt;
    Catalog &catalog = *opened.value();
    if (!Library(catalog).addRoot(photos))
        return std::nullopt;
    timer.start();
    Scanner(catalog).run();
    ContentHasher(catalog).run();
    out() << QStringLiteral("scan + content hashes: %1 s\n").arg(timer.elapsed() / 1000.0, 0, 'f', 1);
    out().flush();
    ThumbnailCache cache(work / "thumbnails");
    timer.restart();
    const auto report = SimilarityIndexer(catalog, cache).run();
    out() << QStringLiteral("perceptual hashes (thumbnails made): %1 in %2 s, %3 failed\n")
                 .arg(report.hashed)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                 .arg(report.failures.size());
    out().flush();
    DuplicateFinder finder(catalog, cache);
    DuplicateFinder::Options options;
    options.near = true;
    timer.restart();
    auto groups = finder.find(options);
    if (!groups) {
        out() << groups.error() << "\n";
        return std::nullopt;
    }
    const auto &s = finder.statistics();
    out() << QStringLiteral("find: %1 s (search %2 s, verification %3 s of %4 candidate pairs, %5 confirmed)\n")
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
                 .arg(s.searchSeconds, 0, 'f', 2)
                 .arg(s.verifySeconds, 0, 'f', 2)
                 .arg(s.candidatePairs)
                 .arg(s.verifiedPairs);
    out().flush();
    return std::move(groups).value();
}

int accuracy(const fs::path &work, int count)
{
    const fs::path photos = work / "photos";
    std::error_code ignored;
    fs::remove_all(work, ignored);
    fs::create_directories(photos);
    const QSize size(640, 480);
    QElapsedTimer timer;
    timer.start();
    int planted = 0, bursts = 0;
    for (int i = 0; i < count; ++i) {
        const QImage scene = test::syntheticScene(size, quint32(i + 1));
        const std::string base = "s" + std::to_string(i);
        save(photos / (base + "_a.jpg"), scene, "JPEG", 90);
        if (i % 10 == 3) {
            const int kind = (i / 10) % 6;
            save(photos / (base + "_b" + (kind == 5 ? ".png" : ".jpg")), variant(scene, kind),
                 kind == 5 ? "PNG" : "JPEG", kind == 1 ? 50 : 85);
            ++planted;
        } else if (i % 20 == 7) {
            save(photos / ("burst" + std::to_string(i) + "_x.jpg"), test::syntheticScene(size, quint32(i + 1), 0.08),
                 "JPEG", 90);
            ++bursts;
        }
    }
    out() << QStringLiteral("generated %1 scenes, %2 planted copies, %3 burst frames in %4 s\n")
                 .arg(count)
                 .arg(planted)
                 .arg(bursts)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1);
    out().flush();

    const auto groups = findDuplicates(work, photos);
    if (!groups)
        return 1;

    // Pairs: truth is (s<i>_a, s<i>_b); found is every pair inside a group.
    auto sceneOf = [](const QByteArray &relPath) { return relPath.left(relPath.indexOf('_')); };
    std::int64_t found = 0, correct = 0;
    for (const DuplicateGroup &g : groups.value())
        for (std::size_t i = 0; i < g.members.size(); ++i)
            for (std::size_t j = i + 1; j < g.members.size(); ++j) {
                ++found;
                if (sceneOf(g.members[i].facts.relPath) == sceneOf(g.members[j].facts.relPath) &&
                    !g.members[i].facts.relPath.startsWith("burst"))
                    ++correct;
            }
    const double precision = found ? double(correct) / double(found) : 1.0;
    const double recall = planted ? double(correct) / double(planted) : 1.0;
    out() << QStringLiteral("groups: %1, pairs found: %2, correct: %3 of %4 planted\nprecision: %5\nrecall: %6\n")
                 .arg(groups->size())
                 .arg(found)
                 .arg(correct)
                 .arg(planted)
                 .arg(precision, 0, 'f', 4)
                 .arg(recall, 0, 'f', 4);
    return 0;
}

// --- real photos ------------------------------------------------------------

// The copies made of each real photo: what sharing, exporting and editing do.
struct CopyKind {
    const char *name;
    QImage (*make)(const QImage &);
    const char *format;
    int quality;
};
const CopyKind kCopyKinds[] = {
    {"half size",
     [](const QImage &i) { return i.scaled(i.size() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation); }, "JPEG",
     85},
    {"q50", [](const QImage &i) { return i; }, "JPEG", 50},
    {"turned 90", [](const QImage &i) { return i.transformed(QTransform().rotate(90)); }, "JPEG", 85},
    {"mirrored", [](const QImage &i) { return i.mirrored(true, false); }, "JPEG", 85},
    {"crop 1 %", [](const QImage &i) { return test::croppedCopy(i, 0.01); }, "JPEG", 85},
    {"crop 2 %", [](const QImage &i) { return test::croppedCopy(i, 0.02); }, "JPEG", 85},
    {"crop 3 %", [](const QImage &i) { return test::croppedCopy(i, 0.03); }, "JPEG", 85},
    {"crop 4 %", [](const QImage &i) { return test::croppedCopy(i, 0.04); }, "JPEG", 85},
    {"crop 5 %", [](const QImage &i) { return test::croppedCopy(i, 0.05); }, "JPEG", 85},
};

// Real photos of the shared samples: JPEGs (and PNGs) of at least 400 px on the
// short side, upright, from the sets of ordinary pictures (not the
// orientation set, nine files of one picture, nor exiftool's stripped files).
QStringList realPhotos(const QString &samples, int count)
{
    QStringList found;
    for (const char *set : {"photoprism-testdata", "exif-samples-ianare", "faces-faceapi-bbt/examples/images",
                            "raw-xentraxx", "takeout-immich-go"}) {
        QDirIterator it(
            samples + QLatin1Char('/') + QLatin1String(set),
            {QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.JPG"), QStringLiteral("*.png")},
            QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            found << it.next();
    }
    found.sort();
    QStringList usable;
    std::set<QByteArray> seen; // byte-identical files in the samples count once
    for (const QString &path : std::as_const(found)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) ||
            !seen.insert(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)).second)
            continue;
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (size.isValid() && std::min(size.width(), size.height()) >= 400)
            usable << path;
        if (usable.size() >= count)
            break;
    }
    return usable;
}

int realAccuracy(const QString &samples, const fs::path &work, int count)
{
    const fs::path photos = work / "photos";
    std::error_code ignored;
    fs::remove_all(work, ignored);
    fs::create_directories(photos);
    QElapsedTimer timer;
    timer.start();
    // o<N>.jpg is sample N (long edge at most 1600 px, q92); o<N>_<k>.jpg its copy of kind k.
    QStringList originals, samePicture;
    std::vector<QImage> seen; // 32x32 grey upright of each original kept
    int copies = 0;
    for (const QString &path : realPhotos(samples, count)) {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        QImage image = reader.read();
        if (image.isNull())
            continue;
        if (std::max(image.width(), image.height()) > 1600)
            image = image.scaled(1600, 1600, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        image = image.convertToFormat(QImage::Format_RGB32);
        // The samples hold the same picture several times (one photo with each
        // Exif orientation, with different IPTC blocks, in two colour spaces):
        // a sample whose upright pixels match an earlier one's (mean difference
        // under 4 of 255 at 32x32, no search) is left out, so the truth is
        // "different files are different pictures".
        const QImage small = image.scaled(32, 32, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                                 .convertToFormat(QImage::Format_Grayscale8);
        const auto same = [&small](const QImage &other) {
            int sum = 0;
            for (int y = 0; y < 32; ++y)
                for (int x = 0; x < 32; ++x)
                    sum += std::abs(int(small.constScanLine(y)[x]) - int(other.constScanLine(y)[x]));
            return sum < 4 * 32 * 32;
        };
        if (std::any_of(seen.begin(), seen.end(), same)) {
            samePicture << path.mid(samples.size() + 1);
            continue;
        }
        seen.push_back(small);
        const std::string base = "o" + std::to_string(originals.size());
        if (!save(photos / (base + ".jpg"), image, "JPEG", 92))
            continue;
        originals << path.mid(samples.size() + 1);
        for (std::size_t k = 0; k < std::size(kCopyKinds); ++k) {
            const CopyKind &kind = kCopyKinds[k];
            if (save(photos / (base + "_" + std::to_string(k) + ".jpg"), kind.make(image), kind.format, kind.quality))
                ++copies;
        }
    }
    out() << QStringLiteral("%1 samples left out as the same picture as an earlier one: %2\n")
                 .arg(samePicture.size())
                 .arg(samePicture.join(QStringLiteral(", ")));
    out() << QStringLiteral("%1 real photos from %2, %3 generated copies in %4 s\n")
                 .arg(originals.size())
                 .arg(samples)
                 .arg(copies)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1);
    out().flush();
    if (originals.isEmpty())
        return 1;
    const auto groups = findDuplicates(work, photos);
    if (!groups)
        return 1;

    // Which original and which kind of copy a file is (kind -1: the original).
    const auto identify = [](const QByteArray &relPath) {
        const QByteArray stem = relPath.left(relPath.lastIndexOf('.')).mid(1);
        const int underscore = stem.indexOf('_');
        return underscore < 0 ? std::pair{stem.toInt(), -1}
                              : std::pair{stem.left(underscore).toInt(), stem.mid(underscore + 1).toInt()};
    };
    // Recall per kind: the copy is in the same group as its original. Precision:
    // of the pairs found that hold a generated copy, those of one original.
    std::map<int, int> caught; // kind -> copies grouped with their original
    std::int64_t copyPairs = 0, correctCopyPairs = 0;
    QStringList originalPairs; // two different sample photos grouped: listed, judged by eye
    for (const DuplicateGroup &g : groups.value()) {
        for (std::size_t i = 0; i < g.members.size(); ++i)
            for (std::size_t j = i + 1; j < g.members.size(); ++j) {
                const auto a = identify(g.members[i].facts.relPath), b = identify(g.members[j].facts.relPath);
                if (a.second < 0 && b.second < 0) {
                    originalPairs << originals.value(a.first) + QStringLiteral(" ~ ") + originals.value(b.first);
                    continue;
                }
                ++copyPairs;
                if (a.first == b.first) {
                    ++correctCopyPairs;
                    if (a.second < 0 || b.second < 0)
                        ++caught[std::max(a.second, b.second)];
                }
            }
    }
    const int n = int(originals.size());
    int caughtAll = 0;
    out() << QStringLiteral("recall per kind of copy (grouped with its original, of %1):\n").arg(n);
    for (std::size_t k = 0; k < std::size(kCopyKinds); ++k) {
        const int c = caught[int(k)];
        caughtAll += c;
        out() << QStringLiteral("  %1 %2 / %3 = %4\n")
                     .arg(QString::fromLatin1(kCopyKinds[k].name), -10)
                     .arg(c)
                     .arg(n)
                     .arg(double(c) / n, 0, 'f', 3);
    }
    out() << QStringLiteral("recall, all copies: %1 / %2 = %3\n")
                 .arg(caughtAll)
                 .arg(copies)
                 .arg(copies ? double(caughtAll) / copies : 0.0, 0, 'f', 4);
    out() << QStringLiteral("precision, pairs with a copy: %1 / %2 = %3\n")
                 .arg(correctCopyPairs)
                 .arg(copyPairs)
                 .arg(copyPairs ? double(correctCopyPairs) / double(copyPairs) : 1.0, 0, 'f', 4);
    out() << QStringLiteral("pairs of two different sample photos grouped (the samples hold a few real copies; "
                            "judge by eye): %1\n")
                 .arg(originalPairs.size());
    for (const QString &pair : std::as_const(originalPairs))
        out() << "  " << pair << "\n";
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const QString mode = args.value(0);
    int count = mode == QLatin1String("accuracy") ? 10000 : mode == QLatin1String("real") ? 150 : 100000;
    QString work = QDir::tempPath() + QStringLiteral("/tintype-dupes-bench");
    QString samples = qEnvironmentVariable("TINTYPE_SAMPLES");
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--count"))
            count = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--work"))
            work = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--samples"))
            samples = args.at(i + 1);
    }
    MetadataReader::initialize();
    QDir().mkpath(work);
    if (mode == QLatin1String("grouping")) {
        const QString catalog = work + QStringLiteral("/grouping-%1.sqlite").arg(count);
        QElapsedTimer timer;
        timer.start();
        if (!QFile::exists(catalog) && generateCatalog(catalog, count) != 0)
            return 1;
        out() << QStringLiteral("catalog of %1 assets: %2 (made in %3 s)\n")
                     .arg(count)
                     .arg(catalog)
                     .arg(timer.elapsed() / 1000.0, 0, 'f', 1);
        out().flush();
        // The grouping in its own process, so its peak RSS is its own.
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(app.applicationFilePath(), {QStringLiteral("group-only"), catalog});
        child.waitForFinished(-1);
        return child.exitCode();
    }
    if (mode == QLatin1String("group-only"))
        return groupCatalog(args.value(1));
    if (mode == QLatin1String("accuracy"))
        return accuracy(fs::path(work.toStdString()) / "accuracy", count);
    if (mode == QLatin1String("real")) {
        if (samples.isEmpty()) {
            out() << "real: give --samples DIR (the shared samples) or set TINTYPE_SAMPLES\n";
            return 2;
        }
        return realAccuracy(QDir::cleanPath(samples), fs::path(work.toStdString()) / "real", count);
    }
    out() << "Usage: tintype-bench-dupes grouping|accuracy|real [--count N] [--work DIR] [--samples DIR]\n";
    return 2;
}
