#pragma once

#include "search/TermResolver.h"

#include <functional>

namespace tintype {

// A query understood: its terms in the order typed, and the conditions every
// result meets (one per group of terms: different kinds narrow, values of one
// kind widen; all free-text words narrow).
struct SearchPlan {
    QString query;
    std::vector<SearchTerm> terms;
    std::vector<SearchCondition> conditions;

    bool isEmpty() const { return conditions.empty(); }
};

// Splits a query into words and works out what each run of words names, longest
// runs first, asking the resolvers in their order (most specific first);
// a word nothing names is free text, unless no photo's text has it either and
// it is within one edit of a name ("did you mean").
class QueryPlanner {
public:
    // Whether any photo's text has a word starting with `word` (whole: that word itself).
    using TextCheck = std::function<bool(const QString &word, bool whole)>;
    static constexpr int kLongestRun = 4; // words ("rio de janeiro", "united states of america")

    QueryPlanner(std::vector<const TermResolver *> resolvers, TextCheck textHasWord);

    SearchPlan plan(const QString &query) const;
    // Completions of the words being typed (the last one to three), grouped by
    // kind in the resolvers' order, up to `perKind` each; `query` holds the
    // whole query with the completion.
    std::vector<SearchSuggestion> suggest(const QString &query, int perKind) const;
    // What Enter on the typed `query` searches for: the query itself, or, when
    // its last word is only the start of a name (nothing understands it as
    // typed and no photo's text has that whole word), the top suggestion's
    // query, as Google Photos does: "tok" → "Tokyo", "anna ali" → "anna Alice".
    QString entered(const QString &query) const;

private:
    std::vector<const TermResolver *> m_resolvers;
    TextCheck m_textHasWord;
};

} // namespace tintype
