#include "SearchModel.h"

#include "CatalogWorker.h"
#include "SearchHistory.h"
#include "search/Search.h"
#include "things/ThingSearchResolver.h"

#include <QLocale>

namespace tintype {

struct SearchModel::Engine {
    std::unique_ptr<Search> search;
    std::atomic<bool> stale{true};

    // On the catalog worker: the Search over its connection, its names read when stale.
    Search &on(Catalog &catalog)
    {
        if (!search) {
            search = std::make_unique<Search>(catalog, SearchOptions{QLocale().name(), {}});
            search->addResolver(std::make_shared<ThingSearchResolver>(catalog));
        }
        if (stale.exchange(false))
            search->reload();
        return *search;
    }
};

namespace {
struct Found {
    QString query; // what was searched for (Enter: perhaps the top suggestion)
    QVariantList chips, ids;
    QStringList typed;
};
} // namespace

SearchModel::SearchModel(QObject *parent) : ServicesClient(parent), m_engine(std::make_shared<Engine>()) {}

SearchModel::~SearchModel() = default;

QString SearchModel::groupName(int kind)
{
    switch (TermKind(kind)) {
    case TermKind::Person: return tr("People");
    case TermKind::Place: return tr("Places");
    case TermKind::Album: return tr("Albums");
    case TermKind::Date: return tr("Dates");
    case TermKind::Camera: return tr("Cameras");
    case TermKind::Media: return tr("Kinds");
    case TermKind::Thing: return tr("Things");
    case TermKind::Text: return tr("Words");
    }
    return {};
}

void SearchModel::connectServices(AppServices &services)
{
    connect(&services, &AppServices::libraryChanged, this, &SearchModel::markStale);
    connect(&services, &AppServices::albumsChanged, this, &SearchModel::markStale);
    connect(&services, &AppServices::peopleChanged, this, &SearchModel::markStale);
    connect(&services, &AppServices::placesChanged, this, &SearchModel::markStale);
    connect(&services, &AppServices::thingsChanged, this, &SearchModel::markStale);
    connect(&services, &AppServices::assetsChanged, this, [this] { markStale(); });
    connect(&services, &AppServices::assetsRemoved, this, [this] { markStale(); });
    disconnect(m_historyConnection); // the history of services set before
    m_historyConnection = connect(services.searchHistory(), &SearchHistory::changed, this, [this] {
        if (m_text.isEmpty())
            showHistory();
    });
    if (m_text.isEmpty())
        showHistory();
}

void SearchModel::showHistory()
{
    ++m_suggestGeneration; // a late list for what was typed before must not replace it
    m_suggestions.clear();
    if (services())
        for (const QString &query : services()->searchHistory()->entries())
            m_suggestions << QVariantMap{{QStringLiteral("group"), tr("Recent searches")},
                                         {QStringLiteral("kind"), QStringLiteral("history")},
                                         {QStringLiteral("label"), query},
                                         {QStringLiteral("count"), qint64(-1)},
                                         {QStringLiteral("query"), query}};
    emit suggestionsChanged();
}

void SearchModel::servicesReplaced()
{
    // Another catalog (or none): a new engine on its worker.
    m_engine = std::make_shared<Engine>();
    if (active())
        run();
}

void SearchModel::markStale()
{
    m_engine->stale = true;
    if (active())
        run(); // new photos, a new name: the results follow
}

void SearchModel::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    emit textChanged();
    if (text.trimmed().isEmpty() || !services()) {
        showHistory();
        return;
    }
    const int generation = ++m_suggestGeneration;
    auto engine = m_engine;
    services()->catalog().run<std::vector<SearchSuggestion>>(
        [engine, text](Catalog &catalog) { return engine->on(catalog).suggest(text, 4); }, this,
        [this, generation](Result<std::vector<SearchSuggestion>> result) {
            if (generation != m_suggestGeneration || !result)
                return;
            m_suggestions.clear();
            for (const SearchSuggestion &s : result.value())
                m_suggestions << QVariantMap{{QStringLiteral("group"), groupName(int(s.kind))},
                                             {QStringLiteral("kind"), termKindName(s.kind)},
                                             {QStringLiteral("label"), s.label},
                                             {QStringLiteral("count"), qint64(s.count)},
                                             {QStringLiteral("query"), s.query}};
            emit suggestionsChanged();
        });
}

void SearchModel::setBestFirst(bool best)
{
    if (m_bestFirst == best)
        return;
    m_bestFirst = best;
    emit bestFirstChanged();
    if (active())
        run();
}

void SearchModel::submit(const QString &query) { start(query, Run::Submitted); }

void SearchModel::submitTyped(const QString &text) { start(text, Run::Typed); }

void SearchModel::start(const QString &query, Run how)
{
    m_query = query.simplified();
    ++m_suggestGeneration; // a late suggestion list must not pop up over the results
    m_suggestions.clear();
    emit suggestionsChanged();
    if (m_text != m_query) {
        m_text = m_query;
        emit textChanged();
    }
    if (m_query.isEmpty()) {
        clear();
        return;
    }
    run(how);
}

void SearchModel::run(Run how)
{
    if (!services())
        return;
    const int generation = ++m_runGeneration;
    m_busy = true;
    emit busyChanged();
    auto engine = m_engine;
    const QString query = m_query;
    const auto order = m_bestFirst ? Search::Order::BestFirst : Search::Order::Newest;
    services()->catalog().run<Found>(
        [engine, query, order, how](Catalog &catalog) {
            Search &search = engine->on(catalog);
            Found found;
            found.query = how == Run::Typed ? search.entered(query) : query;
            const SearchPlan plan = search.plan(found.query);
            for (const SearchTerm &t : plan.terms) {
                found.chips << QVariantMap{{QStringLiteral("label"), t.label},
                                           {QStringLiteral("kind"), termKindName(t.kind)},
                                           {QStringLiteral("didYouMean"), t.didYouMean}};
                found.typed << t.typed;
            }
            if (auto matches = search.run(plan, order))
                for (const auto &m : matches.value())
                    found.ids << qint64(m.assetId);
            return found;
        },
        this,
        [this, generation, how](Result<Found> result) {
            if (generation != m_runGeneration)
                return;
            m_busy = false;
            emit busyChanged();
            if (!result || m_query.isEmpty())
                return;
            if (result.value().query != m_query) { // Enter took the top suggestion
                m_query = m_text = result.value().query;
                emit textChanged();
            }
            if (how != Run::Again && services())
                services()->searchHistory()->add(m_query);
            m_chips = result.value().chips;
            m_typedTerms = result.value().typed;
            m_assetIds = result.value().ids;
            emit resultsChanged();
        });
}

void SearchModel::removeChip(int index)
{
    if (index < 0 || index >= m_typedTerms.size())
        return;
    QStringList rest = m_typedTerms;
    rest.removeAt(index);
    submit(rest.join(QLatin1Char(' ')));
}

void SearchModel::clear()
{
    ++m_runGeneration;
    ++m_suggestGeneration;
    m_query.clear();
    m_text.clear();
    m_chips.clear();
    m_typedTerms.clear();
    m_assetIds.clear();
    if (m_busy) {
        m_busy = false;
        emit busyChanged();
    }
    emit textChanged();
    showHistory();
    emit resultsChanged();
}

} // namespace tintype
