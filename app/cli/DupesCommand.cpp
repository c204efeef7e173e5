// dupes: exact and near duplicate groups with the proposed copy to keep;
// dupes resolve: carry the proposals out (a dry run without --apply);
// dupes undo: bring the last (or a given) resolution back.
#include "Commands.h"
#include "Output.h"
#include "TerminalProgress.h"

#include "catalog/Catalog.h"
#include "catalog/FileRepository.h"
#include "common/NativePath.h"
#include "similarity/DuplicateFinder.h"
#include "similarity/DuplicateResolver.h"
#include "similarity/SimilarityIndexer.h"
#include "thumbs/ThumbnailCache.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <thread>

namespace tintype::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("dupes", text); }

const char *const kUsage = "Usage: tintype-cli dupes [--near] [--json]\n"
                           "       tintype-cli dupes resolve [--near] [--apply] [--write-xmp] [--json]\n"
                           "       tintype-cli dupes undo [ID]\n";

struct Flags {
    bool near = false, json = false, apply = false, writeXmp = false;
};

QJsonObject memberToJson(const DuplicateMember &m, bool kept)
{
    const auto &f = m.facts;
    QJsonObject o{{QStringLiteral("assetId"), double(f.assetId)},
                  {QStringLiteral("path"), nativepath::display(f.path)},
                  {QStringLiteral("keep"), kept},
                  {QStringLiteral("format"), f.format},
                  {QStringLiteral("width"), f.width},
                  {QStringLiteral("height"), f.height},
                  {QStringLiteral("bytes"), double(f.bytes)},
                  {QStringLiteral("original"), m.original},
                  {QStringLiteral("cameraTime"), m.cameraTime},
                  {QStringLiteral("gps"), f.hasGps},
                  {QStringLiteral("screenshot"), m.screenshot},
                  {QStringLiteral("messenger"), m.messenger},
                  {QStringLiteral("available"), f.available},
                  {QStringLiteral("albums"), QJsonArray::fromStringList(f.albums)},
                  {QStringLiteral("differences"), QJsonArray::fromStringList(m.differences)}};
    return o;
}

QJsonObject groupToJson(const DuplicateGroup &g)
{
    QJsonArray members;
    for (std::size_t i = 0; i < g.members.size(); ++i)
        members.append(memberToJson(g.members[i], int(i) == g.keep));
    return {{QStringLiteral("kind"),
             g.kind == DuplicateGroup::Kind::Exact ? QStringLiteral("exact") : QStringLiteral("near")},
            {QStringLiteral("similarity"), g.similarity},
            {QStringLiteral("explanation"), g.explanation},
            {QStringLiteral("members"), members}};
}

// Hashes what is new (near mode), then finds the groups. Empty on failure (reported).
std::optional<std::vector<DuplicateGroup>> findGroups(Catalog &catalog, const Flags &flags, int &exitCode)
{
    ThumbnailCache cache(ThumbnailCache::defaultDirectory(catalog.path()));
    if (flags.near) {
        SimilarityIndexer indexer(catalog, cache);
        TerminalProgress bar(tr("photos"));
        std::atomic_bool done{false};
        std::thread watcher([&] {
            while (!done) {
                if (interrupted())
                    indexer.cancel();
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        });
        const auto report = indexer.run(
            [&](const SimilarityIndexer::Progress &p) { bar.update(tr("perceptual hashes"), p.done, p.total); });
        done = true;
        watcher.join();
        bar.finish();
        if (!report.error.isEmpty()) {
            err() << report.error << "\n";
            exitCode = CatalogError;
            return std::nullopt;
        }
        for (const auto &f : report.failures)
            err() << tr("%1: no perceptual hash: %2\n").arg(nativepath::display(f.path), f.reason);
        if (report.cancelled) {
            err() << tr("Interrupted; run the command again to resume.\n");
            exitCode = Interrupted;
            return std::nullopt;
        }
    }
    std::pair<std::int64_t, std::int64_t> unhashed{0, 0};
    if (const Status read = catalog.read([&] { unhashed = FileRepository(catalog).pendingContentHashTotals(); });
        read && unhashed.first > 0)
        err() << tr("%1 files have no content hash yet (run 'tintype-cli scan'): their exact copies are not "
                    "listed.\n")
                     .arg(unhashed.first);
    DuplicateFinder finder(catalog, cache);
    DuplicateFinder::Options options;
    options.near = flags.near;
    auto groups = finder.find(options);
    if (!groups) {
        err() << groups.error() << "\n";
        exitCode = CatalogError;
        return std::nullopt;
    }
    return std::move(groups).value();
}

void printGroups(const std::vector<DuplicateGroup> &groups)
{
    int n = 0;
    for (const DuplicateGroup &g : groups) {
        out() << tr("Group %1 (%2, similarity %3): %4\n")
                     .arg(++n)
                     .arg(g.kind == DuplicateGroup::Kind::Exact ? tr("exact") : tr("near"))
                     .arg(g.similarity, 0, 'f', 3)
                     .arg(g.explanation);
        for (std::size_t i = 0; i < g.members.size(); ++i) {
            const DuplicateMember &m = g.members[i];
            out() << (int(i) == g.keep ? "  keep   " : "  remove ") << nativepath::display(m.facts.path);
            if (!m.differences.isEmpty())
                out() << "  (" << m.differences.join(QStringLiteral("; ")) << ")";
            out() << "\n";
        }
    }
    out() << tr("%1 groups\n").arg(groups.size());
}

int runUndo(Catalog &catalog, const QStringList &args)
{
    DuplicateResolver resolver(catalog);
    if (args.size() > 1) {
        err() << kUsage;
        return UsageError;
    }
    if (args.size() == 1) {
        bool ok = false;
        const std::int64_t id = args.first().toLongLong(&ok);
        if (!ok) {
            err() << kUsage;
            return UsageError;
        }
        if (const Status undone = resolver.undo(id); !undone) {
            err() << undone.error() << "\n";
            return SomeFilesFailed;
        }
        out() << tr("Undid resolution %1.\n").arg(id);
        return Ok;
    }
    auto undone = resolver.undoLast();
    if (!undone) {
        err() << undone.error() << "\n";
        return SomeFilesFailed;
    }
    out() << tr("Undid resolution %1.\n").arg(undone.value());
    return Ok;
}
} // namespace

int runDupes(Catalog &catalog, const QStringList &arguments)
{
    QStringList args = arguments;
    bool resolve = false;
    if (!args.isEmpty() && args.first() == QLatin1String("undo"))
        return runUndo(catalog, args.mid(1));
    if (!args.isEmpty() && args.first() == QLatin1String("resolve")) {
        resolve = true;
        args.removeFirst();
    }
    Flags flags;
    for (const QString &a : args) {
        if (a == QLatin1String("--near"))
            flags.near = true;
        else if (a == QLatin1String("--json"))
            flags.json = true;
        else if (resolve && a == QLatin1String("--apply"))
            flags.apply = true;
        else if (resolve && a == QLatin1String("--write-xmp"))
            flags.writeXmp = true;
        else {
            err() << kUsage;
            return UsageError;
        }
    }
    int exitCode = Ok;
    const auto groups = findGroups(catalog, flags, exitCode);
    if (!groups)
        return exitCode;
    if (!resolve) {
        if (flags.json) {
            QJsonArray all;
            for (const auto &g : *groups)
                all.append(groupToJson(g));
            out() << QJsonDocument(all).toJson();
        } else {
            printGroups(*groups);
        }
        return Ok;
    }

    DuplicateResolver resolver(catalog);
    QJsonArray results;
    int failed = 0, applied = 0;
    for (const DuplicateGroup &g : *groups) {
        if (interrupted())
            break;
        QJsonObject result = groupToJson(g);
        result[QStringLiteral("plan")] = QJsonArray::fromStringList(DuplicateResolver::plan(g));
        if (!flags.json) {
            out() << g.explanation << "\n";
            for (const QString &line : DuplicateResolver::plan(g))
                out() << "  " << line << "\n";
        }
        if (flags.apply) {
            auto id = resolver.apply(g);
            if (!id) {
                ++failed;
                result[QStringLiteral("error")] = id.error();
                err() << tr("not resolved: %1\n").arg(id.error());
            } else {
                ++applied;
                result[QStringLiteral("resolution")] = double(id.value());
                if (flags.writeXmp) {
                    if (const Status xmp = resolver.writeXmp(g.members[std::size_t(g.keep)].facts.assetId); !xmp) {
                        result[QStringLiteral("xmpError")] = xmp.error();
                        err() << tr("XMP not written: %1\n").arg(xmp.error());
                    }
                }
                if (!flags.json)
                    out() << tr("  done (resolution %1; 'tintype-cli dupes undo %1' brings it back)\n").arg(id.value());
            }
        }
        results.append(result);
    }
    if (flags.json)
        out() << QJsonDocument(results).toJson();
    else if (flags.apply)
        out() << tr("%1 groups resolved, %2 failed; removed files are in the system trash\n").arg(applied).arg(failed);
    else
        out() << tr("%1 groups; dry run, nothing changed (add --apply to carry this out)\n").arg(groups->size());
    if (interrupted())
        return Interrupted;
    return failed ? SomeFilesFailed : Ok;
}

} // namespace tintype::cli
