#pragma once

#include "common/Result.h"
#include "search/QueryPlanner.h"
#include "search/StandardResolvers.h"

#include <QCoreApplication>

#include <memory>

namespace tintype {

class Catalog;

// The search box: understands a query (QueryPlanner over the library's
// vocabulary), finds its photos (catalog/SearchRepository), suggests while
// typing. Use on the thread that uses the catalog connection.
//
//     Search search(catalog, {"de"});
//     search.reload();                                      // the library's names
//     SearchPlan plan = search.plan("anna paris 2019");     // person AND place AND year
//     auto ids = search.run(plan);                          // newest first
class Search {
    Q_DECLARE_TR_FUNCTIONS(Search)

public:
    explicit Search(Catalog &catalog, SearchOptions options = {});
    ~Search();

    // Reads the names the library holds (people, places, albums, cameras,
    // dates, kinds) again: after a scan or a change to names and albums.
    Status reload();
    // A resolver for another kind (things): asked after the standard kinds of
    // higher priority (TermKind order), before free text. Kept across reloads.
    void addResolver(std::shared_ptr<TermResolver> resolver);

    SearchPlan plan(const QString &query);
    enum class Order { Newest, BestFirst };
    // Every match; Newest: on the photo's own clock, undated last; BestFirst:
    // text rank, then favourites, then newest.
    Result<std::vector<SearchRepository::Match>> run(const SearchPlan &plan, Order order = Order::Newest);
    std::vector<SearchSuggestion> suggest(const QString &query, int perKind = 5) const;
    // What Enter on a typed query searches for (QueryPlanner::entered): the
    // top suggestion when the last word is only the start of a name ("tok" → "Tokyo").
    QString entered(const QString &query) const;

    const SearchVocabulary &vocabulary() const { return m_vocabulary; }

private:
    QueryPlanner planner() const;
    Catalog &m_catalog;
    SearchOptions m_options;
    SearchVocabulary m_vocabulary;
    std::vector<std::shared_ptr<TermResolver>> m_resolvers; // in priority order
    std::vector<std::shared_ptr<TermResolver>> m_added;
};

} // namespace tintype
