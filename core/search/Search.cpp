#include "search/Search.h"

#include "catalog/Catalog.h"

#include <algorithm>

namespace tintype {

Search::Search(Catalog &catalog, SearchOptions options) : m_catalog(catalog), m_options(std::move(options))
{
    for (auto &r : standardResolvers(m_vocabulary, m_options))
        m_resolvers.push_back(std::move(r));
}

Search::~Search() = default;

Status Search::reload()
{
    SearchVocabulary vocabulary;
    Status read = m_catalog.read([&] { vocabulary = SearchRepository(m_catalog).vocabulary(); });
    if (!read)
        return read;
    m_vocabulary = std::move(vocabulary);
    m_resolvers.clear();
    for (auto &r : standardResolvers(m_vocabulary, m_options))
        m_resolvers.push_back(std::move(r));
    for (const auto &r : m_added) {
        r->reload();
        m_resolvers.push_back(r);
    }
    std::stable_sort(m_resolvers.begin(), m_resolvers.end(),
                     [](const auto &a, const auto &b) { return int(a->kind()) < int(b->kind()); });
    return {};
}

void Search::addResolver(std::shared_ptr<TermResolver> resolver)
{
    m_added.push_back(resolver);
    m_resolvers.push_back(std::move(resolver));
    std::stable_sort(m_resolvers.begin(), m_resolvers.end(),
                     [](const auto &a, const auto &b) { return int(a->kind()) < int(b->kind()); });
}

QueryPlanner Search::planner() const
{
    std::vector<const TermResolver *> resolvers;
    for (const auto &r : m_resolvers)
        resolvers.push_back(r.get());
    Catalog &catalog = m_catalog;
    return QueryPlanner(std::move(resolvers), [&catalog](const QString &word, bool whole) {
        bool found = false;
        catalog.read([&] { found = SearchRepository(catalog).textHasWord(word, whole); });
        return found;
    });
}

SearchPlan Search::plan(const QString &query) { return planner().plan(query); }

std::vector<SearchSuggestion> Search::suggest(const QString &query, int perKind) const
{
    return planner().suggest(query, perKind);
}

QString Search::entered(const QString &query) const { return planner().entered(query); }

Result<std::vector<SearchRepository::Match>> Search::run(const SearchPlan &plan, Order order)
{
    std::vector<SearchRepository::Match> matches;
    const Status read = m_catalog.read([&] { matches = SearchRepository(m_catalog).matches(plan.conditions); });
    if (!read)
        return Result<std::vector<SearchRepository::Match>>::failure(read.error());
    auto newer = [](const SearchRepository::Match &a, const SearchRepository::Match &b) {
        if (a.dated != b.dated)
            return a.dated;
        if (a.localMs != b.localMs)
            return a.localMs > b.localMs;
        return a.assetId > b.assetId;
    };
    if (order == Order::Newest) {
        std::sort(matches.begin(), matches.end(), newer);
    } else {
        std::sort(matches.begin(), matches.end(), [&](const auto &a, const auto &b) {
            if (a.rank != b.rank)
                return a.rank < b.rank;
            if (a.favorite != b.favorite)
                return a.favorite;
            return newer(a, b);
        });
    }
    return matches;
}

} // namespace tintype
