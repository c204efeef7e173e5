#include "Commands.h"
#include "Output.h"

#include "catalog/AssetRepository.h"
#include "catalog/Catalog.h"
#include "search/Search.h"
#include "things/ThingSearchResolver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <unordered_map>

namespace tintype::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("search", text); }

QJsonArray termsToJson(const SearchPlan &plan)
{
    QJsonArray terms;
    for (const SearchTerm &t : plan.terms) {
        QJsonObject o;
        o[QStringLiteral("typed")] = t.typed;
        o[QStringLiteral("kind")] = termKindName(t.kind);
        o[QStringLiteral("label")] = t.label;
        o[QStringLiteral("didYouMean")] = t.didYouMean;
        o[QStringLiteral("count")] = t.count < 0 ? QJsonValue() : QJsonValue(double(t.count));
        terms.append(o);
    }
    return terms;
}

void explain(const SearchPlan &plan)
{
    for (const SearchTerm &t : plan.terms) {
        QString line = QStringLiteral("%1 → %2: %3").arg(t.typed, termKindName(t.kind), t.label);
        if (t.count >= 0)
            line += QStringLiteral(" (%1)").arg(
                QCoreApplication::translate("search", "%n photo(s)", nullptr, int(t.count)));
        if (t.didYouMean)
            line += tr("  — did you mean?");
        out() << line << "\n";
    }
}
} // namespace

int runSearch(Catalog &catalog, const QStringList &args)
{
    bool json = false, explainTerms = false, best = false;
    QStringList words;
    for (const QString &a : args) {
        if (a == QLatin1String("--json"))
            json = true;
        else if (a == QLatin1String("--explain"))
            explainTerms = true;
        else if (a == QLatin1String("--best"))
            best = true;
        else if (a.startsWith(QLatin1String("--"))) {
            err() << tr("Usage: tintype-cli search QUERY [--json] [--explain] [--best]\n");
            return UsageError;
        } else
            words << a;
    }
    const QString query = words.join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty()) {
        err() << tr("Usage: tintype-cli search QUERY [--json] [--explain] [--best]\n");
        return UsageError;
    }
    Search search(catalog, {QLocale().name(), {}});
    search.addResolver(std::make_shared<ThingSearchResolver>(catalog));
    if (const Status loaded = search.reload(); !loaded) {
        err() << loaded.error() << "\n";
        return CatalogError;
    }
    const SearchPlan plan = search.plan(query);
    const auto matches = search.run(plan, best ? Search::Order::BestFirst : Search::Order::Newest);
    if (!matches) {
        err() << matches.error() << "\n";
        return CatalogError;
    }
    std::vector<std::int64_t> ids;
    std::unordered_map<std::int64_t, std::size_t> position;
    for (const auto &m : matches.value()) {
        position[m.assetId] = ids.size();
        ids.push_back(m.assetId);
    }
    std::vector<AssetRepository::Listing> rows;
    if (!ids.empty()) {
        AssetRepository::Filter filter;
        filter.assetIds = ids;
        const Status read = catalog.read([&] { rows = AssetRepository(catalog).list(filter); });
        if (!read) {
            err() << read.error() << "\n";
            return CatalogError;
        }
        std::sort(rows.begin(), rows.end(),
                  [&](const auto &a, const auto &b) { return position[a.asset.id] < position[b.asset.id]; });
    }
    if (json) {
        QJsonArray assets;
        if (const Status read = catalog.read([&] { assets = listingsToJson(catalog, rows); }); !read) {
            err() << read.error() << "\n";
            return CatalogError;
        }
        if (explainTerms) {
            QJsonObject o;
            o[QStringLiteral("query")] = query;
            o[QStringLiteral("terms")] = termsToJson(plan);
            o[QStringLiteral("assets")] = assets;
            out() << QJsonDocument(o).toJson();
        } else {
            out() << QJsonDocument(assets).toJson();
        }
        return Ok;
    }
    if (explainTerms)
        explain(plan);
    printListings(rows);
    return Ok;
}

} // namespace tintype::cli
