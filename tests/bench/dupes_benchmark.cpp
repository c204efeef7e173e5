// tintype-bench-dupes: duplicate detection at scale and its accuracy.
//
//   grouping --count 100000 [--work DIR]  synthetic catalog (hashes present: 10 % planted
//                                         near copies, 1 % exact copies), then the grouping
//                                         alone in a fresh process: time and peak RSS
//   accuracy --count 10000 [--work DIR]   generated photos, 10 % with a planted copy
//            [--photos DIR]               (resized, q50, turned, mirrored, cropped 1, 3 and 5 %
//                                         on each side, PNG) and 5 % with a burst frame that must
//                                         stay apart; scan, hash, find: precision and recall of
//            [--no-centre]                the pairs, recall per kind of copy. --photos: the
//                                         scenes are the real photos of DIR, each with a copy;
//                                         --no-centre: whole hashes only (as before crops)
//   crops --photos DIR                    real photos cropped by 1..6 % a side: hash distances
//                                         and verification, whole and centre hashes
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
#include "similarity/StructuralSimilarity.h"
#include "thumbs/ThumbnailCache.h"
#include "thumbs/Thumbnailer.h"

#include "../similarity/SyntheticScene.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImageReader>
#include <QProcess>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTransform>

#include <sys/resource.h>

#include <array>
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
            // Centre hashes as real photos have them: a few bits from the whole hash.
            std::vector<std::uint64_t> centres;
            for (std::size_t k = 0; k < PerceptualHash::kCropFractions.size(); ++k) {
                std::uint64_t centre = hash;
                for (int flips = 2 + int(random.bounded(2 * int(k) + 3)); flips > 0; --flips)
                    centre ^= std::uint64_t(1) << random.bounded(64);
                centres.push_back(centre);
            }
            similarity.storeHash(fileId, f.fingerprint, hash, QString(), centres);
        }
    });
    if (!written) {
        out() << written.error() << "\n";
        return 1;
    }
    return 0;
}

int groupCatalog(const QString &path, bool centreHashes)
{
    auto opened = Catalog::open(path);
    if (!opened) {
        out() << opened.error() << "\n";
        return 1;
    }
    // Hashes are synthetic, so there are no thumbnails to verify on: every
    // candidate pair counts as verified (the worst case for grouping).
    DuplicateFinder finder(
        *opened.value(), [](const auto &, const auto &, ImageTransform, double) { return std::optional<double>(1.0); });
    DuplicateFinder::Options options;
    options.near = true;
    options.centreHashes = centreHashes;
    QElapsedTimer timer;
    timer.start();
    const auto groups = finder.find(options);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!groups) {
        out() << groups.error() << "\n";
        return 1;
    }
    const auto &s = finder.statistics();
    out() << QStringLiteral("photos with hashes: %1\ncandidate pairs: %2 (%8 through centre hashes)\n"
                            "groups: %3 exact, %4 near\n"
                            "hash search: %5 s\nfind (catalog reads + search + grouping + facts + proposals): %6 s\n"
                            "peak RSS: %7 MB\n")
                 .arg(s.hashedPhotos)
                 .arg(s.candidatePairs)
                 .arg(s.exactGroups)
                 .arg(s.nearGroups)
                 .arg(s.searchSeconds, 0, 'f', 2)
                 .arg(seconds, 0, 'f', 2)
                 .arg(peakRssMb(), 0, 'f', 1)
                 .arg(s.cropCandidatePairs);
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

// A photo as shown (its EXIF orientation applied), as the thumbnails are.
QImage upright(const QString &file)
{
    QImageReader reader(file);
    reader.setAutoTransform(true);
    return reader.read();
}

// The planted copies, by kind.
constexpr int kKinds = 8;
const char *const kKindNames[kKinds] = {"resized",          "q50", "turned 90",        "mirrored",
                                        "cropped 1 %/side", "PNG", "cropped 3 %/side", "cropped 5 %/side"};

QImage variant(const QImage &scene, int kind)
{
    switch (kind) {
    case 0: return scene.scaled(scene.width() / 2, scene.height() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    case 1: return scene; // saved at q50
    case 2: return scene.transformed(QTransform().rotate(90));
    case 3: return scene.mirrored(true, false);
    case 4: return test::croppedCopy(scene, 0.02);
    case 6: return test::croppedCopy(scene, 0.06);
    case 7: return test::croppedCopy(scene, 0.10);
    default: return scene; // PNG
    }
}

// Scenes: generated, or (with --photos) the real photos of a folder, each
// scaled to at most 1024 pixels, cycled through.
int accuracy(const fs::path &work, int count, const QString &realPhotos, bool centreHashes)
{
    const fs::path photos = work / "photos";
    std::error_code ignored;
    fs::remove_all(work, ignored);
    fs::create_directories(photos);
    const QSize size(640, 480);
    QStringList real;
    if (!realPhotos.isEmpty())
        for (const QFileInfo &info :
             QDir(realPhotos).entryInfoList({"*.jpg", "*.JPG", "*.jpeg"}, QDir::Files, QDir::Name))
            real << info.absoluteFilePath();
    if (!real.isEmpty())
        count = int(real.size());
    const auto makeScene = [&](int i) {
        if (real.isEmpty())
            return test::syntheticScene(size, quint32(i + 1));
        const QImage photo = upright(real.at(i));
        return photo.width() > 1024 || photo.height() > 1024
                   ? photo.scaled(1024, 1024, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                   : photo;
    };
    QElapsedTimer timer;
    timer.start();
    int planted = 0, bursts = 0;
    std::array<int, kKinds> plantedOfKind{};
    std::vector<std::pair<QByteArray, QByteArray>> copies; // (original, copy), kind by index in kindOf
    std::vector<int> kindOf;
    for (int i = 0; i < count; ++i) {
        const QImage scene = makeScene(i);
        const std::string base = "s" + std::to_string(i);
        save(photos / (base + "_a.jpg"), scene, "JPEG", 90);
        // Generated: 10 % of the scenes get a copy; real photos: every kind of copy.
        std::vector<int> kinds;
        if (!real.isEmpty())
            for (int kind = 0; kind < kKinds; ++kind)
                kinds.push_back(kind);
        else if (i % 10 == 3)
            kinds.push_back((i / 10) % kKinds);
        for (int kind : kinds) {
            const std::string name = base + "_b" + std::to_string(kind) + (kind == 5 ? ".png" : ".jpg");
            save(photos / name, variant(scene, kind), kind == 5 ? "PNG" : "JPEG", kind == 1 ? 50 : 85);
            ++planted;
            ++plantedOfKind.at(std::size_t(kind));
            copies.emplace_back(QByteArray::fromStdString(base + "_a.jpg"), QByteArray::fromStdString(name));
            kindOf.push_back(kind);
        }
        if (real.isEmpty() && i % 10 != 3 && i % 20 == 7) {
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

    auto opened = Catalog::open(QString::fromStdString((work / "catalog.sqlite").string()));
    if (!opened)
        return 1;
    Catalog &catalog = *opened.value();
    if (!Library(catalog).addRoot(photos))
        return 1;
    timer.restart();
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
    options.centreHashes = centreHashes;
    out() << (centreHashes ? "search: whole and centre hashes\n" : "search: whole hashes only (--no-centre)\n");
    timer.restart();
    const auto groups = finder.find(options);
    if (!groups)
        return 1;
    const auto &s = finder.statistics();
    out() << QStringLiteral("find: %1 s (search %2 s, verification %3 s of %4 candidate pairs (%5 from centre "
                            "hashes), %6 confirmed)\n")
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
                 .arg(s.searchSeconds, 0, 'f', 2)
                 .arg(s.verifySeconds, 0, 'f', 2)
                 .arg(s.candidatePairs)
                 .arg(s.cropCandidatePairs)
                 .arg(s.verifiedPairs);

    // Precision: of the pairs inside groups, those of one scene (never a burst
    // frame). Recall: the planted copies in their original's group.
    auto sceneOf = [](const QByteArray &relPath) { return relPath.left(relPath.indexOf('_')); };
    std::int64_t found = 0, correct = 0;
    std::map<QByteArray, std::size_t> groupOf;
    for (std::size_t gi = 0; gi < groups->size(); ++gi) {
        const DuplicateGroup &g = groups->at(gi);
        for (std::size_t i = 0; i < g.members.size(); ++i) {
            groupOf[g.members[i].facts.relPath] = gi;
            for (std::size_t j = i + 1; j < g.members.size(); ++j) {
                ++found;
                if (sceneOf(g.members[i].facts.relPath) == sceneOf(g.members[j].facts.relPath) &&
                    !g.members[i].facts.relPath.startsWith("burst"))
                    ++correct;
            }
        }
    }
    // Groups joining several scenes, by the scenes' first files (real photos: their names).
    for (const DuplicateGroup &g : groups.value()) {
        std::set<QByteArray> scenes;
        for (const DuplicateMember &m : g.members)
            scenes.insert(sceneOf(m.facts.relPath));
        if (scenes.size() < 2)
            continue;
        QStringList names;
        for (const QByteArray &scene : scenes) {
            const int index = scene.startsWith('s') ? scene.mid(1).toInt() : -1;
            names << (index >= 0 && index < real.size() ? QFileInfo(real.at(index)).fileName()
                                                        : QString::fromUtf8(scene));
        }
        out() << QStringLiteral("  one group for: %1\n").arg(names.join(QStringLiteral(", ")));
    }
    std::array<int, kKinds> foundOfKind{};
    int recalled = 0;
    for (std::size_t c = 0; c < copies.size(); ++c) {
        const auto a = groupOf.find(copies[c].first), b = groupOf.find(copies[c].second);
        if (a != groupOf.end() && b != groupOf.end() && a->second == b->second) {
            ++recalled;
            ++foundOfKind.at(std::size_t(kindOf[c]));
        }
    }
    for (int kind = 0; kind < kKinds; ++kind)
        if (plantedOfKind.at(std::size_t(kind)) > 0)
            out() << QStringLiteral("  %1: %2 of %3\n")
                         .arg(QLatin1String(kKindNames[kind]), -18)
                         .arg(foundOfKind.at(std::size_t(kind)))
                         .arg(plantedOfKind.at(std::size_t(kind)));
    const double precision = found ? double(correct) / double(found) : 1.0;
    const double recall = planted ? double(recalled) / double(planted) : 1.0;
    out() << QStringLiteral("groups: %1, pairs found: %2 (%3 right), copies with their original: %4 of %5 planted\n"
                            "precision: %6\nrecall: %7\n")
                 .arg(groups->size())
                 .arg(found)
                 .arg(correct)
                 .arg(recalled)
                 .arg(planted)
                 .arg(precision, 0, 'f', 4)
                 .arg(recall, 0, 'f', 4);
    return 0;
}
// --- crops ------------------------------------------------------------------

// Real photos (any folder of JPEGs) and their copies cropped by 1..6 % on each
// side: how far the perceptual hashes of the grid thumbnails are, and whether
// the verification calls them the same picture.
int crops(const fs::path &work, const QString &photosDir)
{
    std::error_code ignored;
    fs::remove_all(work, ignored);
    fs::create_directories(work);
    QStringList photos;
    for (const QFileInfo &info : QDir(photosDir).entryInfoList({"*.jpg", "*.JPG", "*.jpeg"}, QDir::Files, QDir::Name))
        photos << info.absoluteFilePath();
    out() << QStringLiteral("%1 photos in %2\n").arg(photos.size()).arg(photosDir);
    const auto thumbnail = [](const fs::path &file) {
        auto jpeg = Thumbnailer::make(file, ThumbnailSize::Grid);
        return jpeg ? QImage::fromData(jpeg.value(), "JPEG") : QImage();
    };
    // Bursts (generated: the subject moves by 2, 4 and 8 % of the width): how
    // many frame pairs the verification would wrongly call the same picture.
    for (const double shift : {0.02, 0.04, 0.08}) {
        int same = 0, pairs = 0;
        double highest = 0;
        for (int seed = 1; seed <= 40; ++seed) {
            const fs::path first = work / "frame_a.jpg", second = work / "frame_b.jpg";
            save(first, test::syntheticScene(QSize(1200, 900), quint32(seed)), "JPEG", 90);
            save(second, test::syntheticScene(QSize(1200, 900), quint32(seed), shift), "JPEG", 90);
            const auto c = StructuralSimilarity::compare(thumbnail(first), thumbnail(second));
            same += StructuralSimilarity::isSamePicture(c);
            highest = std::max(highest, c.worstCell);
            ++pairs;
        }
        out() << QStringLiteral("burst frames %1 % apart: %2 of %3 called the same (highest worst cell %4)\n")
                     .arg(shift * 100)
                     .arg(same)
                     .arg(pairs)
                     .arg(highest, 0, 'f', 3);
    }
    out() << "crop/side  pairs  whole-hash<=10  mean-dist  max-dist  centre-hash<=10  verified-whole  "
             "verified-centre\n";
    for (int percent = 1; percent <= 6; ++percent) {
        int pairs = 0, near = 0, cropNear = 0, verified = 0, wholeVerified = 0, maxDistance = 0;
        double lowest = 1.0;
        double sum = 0;
        for (int i = 0; i < photos.size(); ++i) {
            const QImage original = upright(photos.at(i));
            if (original.isNull())
                continue;
            const fs::path copyPath = work / ("copy" + std::to_string(i) + ".jpg");
            if (!save(copyPath, test::croppedCopy(original, 2 * percent / 100.0), "JPEG", 90))
                continue;
            const QImage a = thumbnail(photos.at(i).toStdString()), b = thumbnail(copyPath);
            const auto ha = PerceptualHash::compute(a), hb = PerceptualHash::compute(b);
            if (!ha || !hb)
                continue;
            ++pairs;
            const int d = PerceptualHash::distance(*ha, *hb);
            sum += d;
            maxDistance = std::max(maxDistance, d);
            near += d <= 10;
            // The original's centre hash closest to the copy's whole hash, and
            // the verification of the copy against that centre.
            int best = d;
            double fraction = 1.0;
            const auto centres = PerceptualHash::cropHashes(a);
            for (std::size_t k = 0; k < centres.size(); ++k)
                if (centres[k] != 0 && PerceptualHash::distance(centres[k], *hb) < best) {
                    best = PerceptualHash::distance(centres[k], *hb);
                    fraction = PerceptualHash::kCropFractions.at(k);
                }
            cropNear += best <= 10;
            const auto centreComparison = StructuralSimilarity::compare(PerceptualHash::centre(a, fraction), b);
            verified += StructuralSimilarity::isSamePicture(centreComparison);
            lowest = std::min(lowest, centreComparison.worstCell);
            if (!StructuralSimilarity::isSamePicture(centreComparison) && qEnvironmentVariableIsSet("TINTYPE_DEBUG"))
                out() << QStringLiteral("  not verified: %1 at %2: overall %3, worst cell %4, aligned %5\n")
                             .arg(QFileInfo(photos.at(i)).fileName())
                             .arg(fraction)
                             .arg(centreComparison.overall, 0, 'f', 3)
                             .arg(centreComparison.worstCell, 0, 'f', 3)
                             .arg(centreComparison.aligned);
            wholeVerified += StructuralSimilarity::isSamePicture(StructuralSimilarity::compare(a, b));
        }
        out() << QStringLiteral("%1 %  %2  %3  %4  %5  %6  %7  %8 (lowest worst cell %9)\n")
                     .arg(percent)
                     .arg(pairs)
                     .arg(near)
                     .arg(pairs ? sum / pairs : 0.0, 0, 'f', 1)
                     .arg(maxDistance)
                     .arg(cropNear)
                     .arg(wholeVerified)
                     .arg(verified)
                     .arg(lowest, 0, 'f', 3);
        out().flush();
    }
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const QString mode = args.value(0);
    int count = mode == QLatin1String("accuracy") ? 10000 : 100000;
    QString work = QDir::tempPath() + QStringLiteral("/tintype-dupes-bench");
    QString photos;
    const bool noCentre = args.removeAll(QStringLiteral("--no-centre")) > 0;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--count"))
            count = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--photos"))
            photos = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--work"))
            work = args.at(i + 1);
    }
    MetadataReader::initialize();
    QDir().mkpath(work);
    if (mode == QLatin1String("grouping")) {
        const QString catalog = work + QStringLiteral("/grouping-centres-%1.sqlite").arg(count);
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
        QStringList childArgs{QStringLiteral("group-only"), catalog};
        if (noCentre)
            childArgs << QStringLiteral("--no-centre");
        child.start(app.applicationFilePath(), childArgs);
        child.waitForFinished(-1);
        return child.exitCode();
    }
    if (mode == QLatin1String("group-only"))
        return groupCatalog(args.value(1), !noCentre);
    if (mode == QLatin1String("accuracy"))
        return accuracy(fs::path(work.toStdString()) / "accuracy", count, photos, !noCentre);
    if (mode == QLatin1String("crops"))
        return crops(fs::path(work.toStdString()) / "crops", photos);
    out() << "Usage: tintype-bench-dupes grouping|accuracy|crops [--count N] [--work DIR] [--photos DIR]\n";
    return 2;
}
