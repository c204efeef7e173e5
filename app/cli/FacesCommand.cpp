// faces: the People feature without a window — scan photos for faces (resumable),
// list people, name, merge, split, remove a face, hide, cluster, suggestions, and
// eval (quality figures over a folder with one sub-folder per person).
#include "Commands.h"
#include "Output.h"
#include "TerminalProgress.h"

#include "catalog/Catalog.h"
#include "catalog/FaceRepository.h"
#include "catalog/PersonRepository.h"
#include "common/NativePath.h"
#include "faces/FaceAnalyzer.h"
#include "faces/FaceCropCache.h"
#include "faces/FaceModels.h"
#include "faces/FaceScanJob.h"
#include "faces/People.h"
#include "faces/evaluation/FaceSetEvaluator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <thread>

namespace tintype::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("faces", text); }

const char *const kUsage = R"(Usage: tintype-cli faces COMMAND
  scan [--jobs N] [--min-score S] [--min-size PX] [--size PX]
                       find faces in every photo without a face pass, then cluster
                       the new ones; Ctrl+C stops, run again to resume
  people [--json] [--hidden]
                       people and unnamed clusters: id, name, faces, cover face
  faces PERSON_ID [--json]
                       the faces of a person (face id, asset id, confirmed)
  name PERSON_ID NAME  name a person or cluster (confirms its faces; an existing
                       name merges into that person)
  merge ID ID...       merge people into the first
  split FACE_ID... [--name NAME]
                       the faces become a new (or the named) person
  remove FACE_ID       "not this person": take a face out of its person for good
  confirm FACE_ID PERSON_ID
                       accept a suggestion
  hide|unhide PERSON_ID
  cluster [--full]     cluster new faces (--full: re-cluster all unconfirmed faces)
  suggest PERSON_ID [--json]
                       unconfirmed faces that may be this person
  eval DIR [--threshold D] [--link D]
                       DIR has one sub-folder of photos per person: pairwise
                       verification accuracy and clustering BCubed P/R/F1
)";

int usage()
{
    err() << QString::fromUtf8(kUsage);
    return UsageError;
}

std::optional<std::int64_t> parseId(const QString &text)
{
    bool ok = false;
    const qlonglong id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<std::int64_t>(id) : std::nullopt;
}

std::optional<std::vector<std::int64_t>> parseIds(const QStringList &texts)
{
    std::vector<std::int64_t> ids;
    for (const QString &t : texts) {
        const auto id = parseId(t);
        if (!id)
            return std::nullopt;
        ids.push_back(*id);
    }
    return ids;
}

int fail(const QString &message, int code = CatalogError)
{
    err() << message << "\n";
    return code;
}

int report(const Status &status) { return status ? Ok : fail(status.error(), SomeFilesFailed); }

int runScan(Catalog &catalog, const QStringList &args)
{
    FaceScanJob::Options options;
    options.modelDirectory = FaceModels::directory();
    for (int i = 0; i < args.size(); ++i) {
        bool ok = i + 1 < args.size();
        const QString &a = args.at(i);
        const QString value = ok ? args.at(++i) : QString();
        if (a == QLatin1String("--jobs"))
            options.jobs = value.toInt(&ok);
        else if (a == QLatin1String("--min-score"))
            options.detection.minScore = value.toFloat(&ok);
        else if (a == QLatin1String("--min-size"))
            options.detection.minFaceSize = value.toInt(&ok);
        else if (a == QLatin1String("--size"))
            options.detection.analysisSize = value.toInt(&ok);
        else
            ok = false;
        if (!ok || options.detection.minScore <= 0 || options.detection.minScore >= 1 ||
            options.detection.analysisSize < 64)
            return usage();
    }
    if (!FaceModels::present(options.modelDirectory))
        return fail(FaceModels::installHint(options.modelDirectory), SomeFilesFailed);
    options.cropCache = FaceCropCache::defaultDirectory(catalog.path());
    std::atomic<bool> cancel{false};
    std::atomic<bool> finished{false};
    std::thread watcher([&] {
        while (!finished.load()) {
            if (interrupted())
                cancel = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });
    TerminalProgress bar(tr("photos"));
    auto result = FaceScanJob(catalog, options)
                      .run([&](const FaceScanJob::Progress &p) { bar.update(tr("faces"), p.done, p.total); }, cancel);
    finished = true;
    watcher.join();
    bar.finish();
    if (!result)
        return fail(result.error(), SomeFilesFailed);
    const auto &r = result.value();
    out() << tr("%1 photos: %2 faces, %3 unreadable in %4 s (%5 photos/s); %6 faces clustered, %7 new clusters\n")
                 .arg(r.progress.done)
                 .arg(r.progress.faces)
                 .arg(r.progress.failed)
                 .arg(r.seconds, 0, 'f', 1)
                 .arg(r.progress.done / std::max(0.001, r.seconds), 0, 'f', 1)
                 .arg(r.clusteredFaces)
                 .arg(r.newClusters);
    for (const auto &f : r.failures)
        out() << "  " << nativepath::display(f.path) << ": " << f.reason << "\n";
    if (r.cancelled) {
        err() << tr("Interrupted; run 'tintype-cli faces scan' again to resume.\n");
        return Interrupted;
    }
    return Ok;
}

int runPeople(Catalog &catalog, const QStringList &args)
{
    const bool json = args.contains(QLatin1String("--json"));
    const bool hidden = args.contains(QLatin1String("--hidden"));
    std::vector<PersonRecord> people;
    FaceRepository::Counts counts;
    if (const Status read = catalog.read([&] {
            people = PersonRepository(catalog).all(hidden);
            counts = FaceRepository(catalog).counts();
        });
        !read)
        return fail(read.error());
    const FaceCropCache crops(FaceCropCache::defaultDirectory(catalog.path()));
    if (json) {
        QJsonArray array;
        for (const PersonRecord &p : people) {
            QJsonObject o{{QStringLiteral("id"), qint64(p.id)},
                          {QStringLiteral("name"), p.name.isEmpty() ? QJsonValue() : QJsonValue(p.name)},
                          {QStringLiteral("faces"), qint64(p.faceCount)},
                          {QStringLiteral("confirmed"), qint64(p.confirmedCount)},
                          {QStringLiteral("hidden"), p.hidden}};
            o.insert(QStringLiteral("coverFace"), p.coverFaceId ? QJsonValue(qint64(*p.coverFaceId)) : QJsonValue());
            o.insert(QStringLiteral("coverCrop"),
                     p.coverFaceId ? QJsonValue(nativepath::display(crops.pathFor(*p.coverFaceId))) : QJsonValue());
            array.append(o);
        }
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const PersonRecord &p : people)
        out() << QStringLiteral("%1\t%2\t%3 faces (%4 confirmed)%5\n")
                     .arg(p.id)
                     .arg(p.name.isEmpty() ? tr("(unnamed)") : p.name)
                     .arg(p.faceCount)
                     .arg(p.confirmedCount)
                     .arg(p.hidden ? tr(", hidden") : QString());
    out() << tr("%1 people; %2 faces in %3 photos scanned (%4 in a person, %5 confirmed)\n")
                 .arg(people.size())
                 .arg(counts.faces)
                 .arg(counts.scannedAssets)
                 .arg(counts.assignedFaces)
                 .arg(counts.confirmedFaces);
    return Ok;
}

int runFacesOf(Catalog &catalog, const QStringList &args)
{
    const auto id = args.isEmpty() ? std::nullopt : parseId(args.first());
    if (!id)
        return usage();
    std::vector<FaceRecord> faces;
    if (const Status read = catalog.read([&] { faces = FaceRepository(catalog).ofPerson(*id); }); !read)
        return fail(read.error());
    if (args.contains(QLatin1String("--json"))) {
        QJsonArray array;
        for (const FaceRecord &f : faces)
            array.append(
                QJsonObject{{QStringLiteral("id"), qint64(f.id)},
                            {QStringLiteral("asset"), qint64(f.assetId)},
                            {QStringLiteral("confirmed"), f.confirmed},
                            {QStringLiteral("score"), f.score},
                            {QStringLiteral("box"), QJsonArray{f.box.x(), f.box.y(), f.box.width(), f.box.height()}}});
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const FaceRecord &f : faces)
        out() << QStringLiteral("%1\tasset %2\t%3\n")
                     .arg(f.id)
                     .arg(f.assetId)
                     .arg(f.confirmed ? tr("confirmed") : QString());
    return Ok;
}

int runSuggest(Catalog &catalog, const QStringList &args)
{
    const auto id = args.isEmpty() ? std::nullopt : parseId(args.first());
    if (!id)
        return usage();
    auto suggestions = People(catalog).suggestions(*id);
    if (!suggestions)
        return fail(suggestions.error());
    QJsonArray array;
    for (const auto &s : suggestions.value()) {
        if (args.contains(QLatin1String("--json")))
            array.append(QJsonObject{{QStringLiteral("face"), qint64(s.faceId)},
                                     {QStringLiteral("asset"), qint64(s.assetId)},
                                     {QStringLiteral("distance"), s.distance}});
        else
            out() << QStringLiteral("%1\tasset %2\t%3\n").arg(s.faceId).arg(s.assetId).arg(s.distance, 0, 'f', 3);
    }
    if (args.contains(QLatin1String("--json")))
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return Ok;
}

int runEval(const QStringList &args)
{
    QString directory;
    double threshold = 0.6;
    FaceClusterSettings clustering;
    for (int i = 0; i < args.size(); ++i) {
        bool ok = true;
        if (args.at(i) == QLatin1String("--threshold") && i + 1 < args.size())
            threshold = args.at(++i).toDouble(&ok);
        else if (args.at(i) == QLatin1String("--link") && i + 1 < args.size())
            clustering.linkDistance = args.at(++i).toFloat(&ok);
        else if (!args.at(i).startsWith(QLatin1String("--")) && directory.isEmpty())
            directory = args.at(i);
        else
            ok = false;
        if (!ok)
            return usage();
    }
    if (directory.isEmpty())
        return usage();
    const QString models = FaceModels::directory();
    auto analyzer = FaceAnalyzer::load(models);
    if (!analyzer)
        return fail(FaceModels::present(models) ? analyzer.error() : FaceModels::installHint(models), SomeFilesFailed);
    FaceDetectionSettings detection;
    detection.minFaceSize = 0;
    auto result = FaceSetEvaluator::evaluate(*analyzer.value(), directory, detection, clustering, threshold);
    if (!result)
        return fail(result.error(), UsageError);
    const auto &r = result.value();
    out()
        << tr("%1 people, %2 photos: %3 faces detected, %4 taken whole as pre-cropped face chips (no face detected)\n")
               .arg(r.people)
               .arg(r.photos)
               .arg(r.detected)
               .arg(r.preCropped);
    out() << tr("verification: accuracy %1 at distance %2 (%3 same-person, %4 different pairs); best %5 at %6\n")
                 .arg(r.verification.accuracy, 0, 'f', 4)
                 .arg(r.verification.threshold, 0, 'f', 2)
                 .arg(r.verification.samePairs)
                 .arg(r.verification.differentPairs)
                 .arg(r.verification.bestAccuracy, 0, 'f', 4)
                 .arg(r.verification.bestThreshold, 0, 'f', 2);
    out() << tr("clustering (link %1): %2 clusters, %3 unclustered; BCubed precision %4, recall %5, F1 %6\n")
                 .arg(clustering.linkDistance, 0, 'f', 2)
                 .arg(r.clusters)
                 .arg(r.unclustered)
                 .arg(r.bcubed.precision, 0, 'f', 4)
                 .arg(r.bcubed.recall, 0, 'f', 4)
                 .arg(r.bcubed.f1, 0, 'f', 4);
    out() << tr("embedding: %1 s for %2 photos\n").arg(r.embedSeconds, 0, 'f', 2).arg(r.photos);
    for (const QString &u : r.unreadable)
        out() << "  " << u << "\n";
    return r.unreadable.isEmpty() ? Ok : SomeFilesFailed;
}

int runWithCatalog(Catalog &catalog, const QString &command, const QStringList &args)
{
    People people(catalog);
    if (command == QLatin1String("scan"))
        return runScan(catalog, args);
    if (command == QLatin1String("people"))
        return runPeople(catalog, args);
    if (command == QLatin1String("faces"))
        return runFacesOf(catalog, args);
    if (command == QLatin1String("suggest"))
        return runSuggest(catalog, args);
    if (command == QLatin1String("name")) {
        const auto id = args.size() >= 2 ? parseId(args.first()) : std::nullopt;
        if (!id)
            return usage();
        auto named = people.name(*id, args.mid(1).join(QLatin1Char(' ')));
        if (!named)
            return fail(named.error(), SomeFilesFailed);
        out() << tr("Person %1 is now %2\n").arg(named.value()).arg(args.mid(1).join(QLatin1Char(' ')));
        return Ok;
    }
    if (command == QLatin1String("merge")) {
        const auto ids = parseIds(args);
        if (!ids || ids->size() < 2)
            return usage();
        auto merged = people.merge(*ids);
        return merged ? Ok : fail(merged.error(), SomeFilesFailed);
    }
    if (command == QLatin1String("split")) {
        QStringList faceArgs = args;
        QString name;
        if (const auto at = faceArgs.indexOf(QLatin1String("--name")); at >= 0 && at + 1 < faceArgs.size()) {
            name = faceArgs.at(at + 1);
            faceArgs.remove(at, 2);
        }
        const auto ids = parseIds(faceArgs);
        if (!ids || ids->empty())
            return usage();
        auto split = people.split(*ids, name);
        if (!split)
            return fail(split.error(), SomeFilesFailed);
        out() << tr("Faces moved to person %1\n").arg(split.value());
        return Ok;
    }
    if (command == QLatin1String("remove") || command == QLatin1String("hide") || command == QLatin1String("unhide")) {
        const auto id = args.size() == 1 ? parseId(args.first()) : std::nullopt;
        if (!id)
            return usage();
        if (command == QLatin1String("remove"))
            return report(people.removeFace(*id));
        return report(people.setHidden(*id, command == QLatin1String("hide")));
    }
    if (command == QLatin1String("confirm")) {
        const auto ids = parseIds(args);
        if (!ids || ids->size() != 2)
            return usage();
        return report(people.confirmFace(ids->at(0), ids->at(1)));
    }
    if (command == QLatin1String("cluster")) {
        const bool full = args.contains(QLatin1String("--full"));
        auto clustered = full ? people.reclusterAll() : people.clusterNewFaces();
        if (!clustered)
            return fail(clustered.error());
        out() << tr("%1 faces placed: %2 in a person or cluster, %3 new clusters, in %4 s\n")
                     .arg(clustered->faces)
                     .arg(clustered->assigned)
                     .arg(clustered->newClusters)
                     .arg(clustered->seconds, 0, 'f', 2);
        return Ok;
    }
    return usage();
}
} // namespace

int runFaces(const QString &catalogPath, const QStringList &args)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help"))
        return usage();
    const QString &command = args.first();
    if (command == QLatin1String("eval"))
        return runEval(args.mid(1));
    auto catalog = Catalog::open(catalogPath);
    if (!catalog)
        return fail(catalog.error());
    return runWithCatalog(*catalog.value(), command, args.mid(1));
}

} // namespace tintype::cli
