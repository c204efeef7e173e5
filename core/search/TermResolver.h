#pragma once

#include "search/SearchTerm.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace tintype {

// Understands one kind of term (people, places, dates, ...). The planner asks
// its resolvers in order of priority about every run of words of a query,
// longest runs first; a resolver for a new kind (things, once objects are
// detected) is added with Search::addResolver.
class TermResolver {
public:
    virtual ~TermResolver() = default;
    virtual TermKind kind() const = 0;
    // The term that all of `words` names (one run of the query's words as typed), if any.
    virtual std::optional<SearchTerm> resolve(const QStringList &words) const = 0;
    // A name within one edit of `word` (as typed), marked didYouMean; none by default.
    virtual std::optional<SearchTerm> resolveNear(const QString &word) const
    {
        Q_UNUSED(word)
        return std::nullopt;
    }
    // Up to `limit` names starting with `prefix` (words as typed, the last one
    // perhaps partial), most photos first.
    virtual std::vector<SearchSuggestion> suggest(const QString &prefix, int limit) const = 0;
    // The library changed (Search::reload): read again what the resolver keeps.
    virtual void reload() {}
};

} // namespace tintype
