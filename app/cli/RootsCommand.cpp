#include "Commands.h"
#include "Output.h"

#include "catalog/Catalog.h"
#include "catalog/RootRepository.h"
#include "common/NativePath.h"
#include "library/Library.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace tintype::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("roots", text); }

int listRoots(Library &library, bool json)
{
    auto roots = library.refreshRoots();
    if (!roots) {
        err() << roots.error() << "\n";
        return CatalogError;
    }
    if (json) {
        QJsonArray array;
        for (const RootRecord &r : roots.value()) {
            array.append(QJsonObject{
                {QStringLiteral("id"), double(r.id)},
                {QStringLiteral("path"), nativepath::display(r.path)},
                {QStringLiteral("volume"), r.volumeId},
                {QStringLiteral("online"), r.online},
                {QStringLiteral("inbox"), r.inbox},
                {QStringLiteral("lastScan"),
                 r.lastScanAt ? QJsonValue(QDateTime::fromSecsSinceEpoch(*r.lastScanAt).toString(Qt::ISODate))
                              : QJsonValue()}});
        }
        out() << QJsonDocument(array).toJson();
        return Ok;
    }
    if (roots->empty())
        out() << tr("No folders yet. Add one with: tintype-cli roots add FOLDER\n");
    for (const RootRecord &r : roots.value())
        out() << QStringLiteral("%1  %2  %3%4\n")
                     .arg(r.id, 3)
                     .arg(r.online ? tr("online ") : tr("OFFLINE"), nativepath::display(r.path),
                          r.inbox ? tr("  (phone inbox)") : QString());
    return Ok;
}

// The root named by its id or its folder; empty (after saying so) when there is none.
std::optional<RootRecord> findRoot(Library &library, const QString &idOrFolder)
{
    auto roots = library.roots();
    if (!roots) {
        err() << roots.error() << "\n";
        return std::nullopt;
    }
    bool isNumber = false;
    const qint64 id = idOrFolder.toLongLong(&isNumber);
    const auto wanted = nativepath::fromUser(idOrFolder);
    for (const RootRecord &r : roots.value())
        if ((isNumber && r.id == id) || r.path == wanted ||
            r.path == std::filesystem::absolute(wanted).lexically_normal())
            return r;
    err() << tr("No folder '%1' in the library; see 'tintype-cli roots list'\n").arg(idOrFolder);
    return std::nullopt;
}
} // namespace

int runRoots(Catalog &catalog, const QStringList &args)
{
    Library library(catalog);
    const QString action = args.value(0);
    if (action == QLatin1String("list") || action.isEmpty())
        return listRoots(library, args.contains(QLatin1String("--json")));

    if (action == QLatin1String("add") && args.size() > 1) {
        int code = Ok;
        for (const QString &folder : args.mid(1)) {
            auto root = library.addRoot(nativepath::fromUser(folder));
            if (!root) {
                err() << root.error() << "\n";
                code = UsageError;
                continue;
            }
            out() << tr("Added %1 (id %2). Run 'tintype-cli scan' to index it.\n")
                         .arg(nativepath::display(root->path))
                         .arg(root->id);
        }
        return code;
    }

    if (action == QLatin1String("remove") && args.size() == 2) {
        const auto root = findRoot(library, args[1]);
        if (!root)
            return UsageError;
        if (const Status removed = library.removeRoot(root->id); !removed) {
            err() << removed.error() << "\n";
            return CatalogError;
        }
        out() << tr("Removed %1 from the library; no file on disk was touched.\n").arg(nativepath::display(root->path));
        return Ok;
    }

    // The phone inbox: what arrives there later is marked New until seen (the app's Settings has the same switch).
    const QStringList onOff = {QStringLiteral("on"), QStringLiteral("off")};
    if (action == QLatin1String("inbox") && args.size() == 3 && onOff.contains(args[2])) {
        const auto root = findRoot(library, args[1]);
        if (!root)
            return UsageError;
        const bool inbox = args[2] == QLatin1String("on");
        if (const Status set = catalog.write([&] { RootRepository(catalog).setInbox(root->id, inbox); }); !set) {
            err() << set.error() << "\n";
            return CatalogError;
        }
        out() << (inbox ? tr("%1 is the phone inbox: photos that arrive there from now on are marked New.\n")
                        : tr("%1 is no longer the phone inbox.\n"))
                     .arg(nativepath::display(root->path));
        return Ok;
    }
    err() << tr("Usage: tintype-cli roots add FOLDER... | roots list [--json] | roots remove ID|FOLDER\n"
                "       tintype-cli roots inbox ID|FOLDER on|off\n");
    return UsageError;
}

} // namespace tintype::cli
