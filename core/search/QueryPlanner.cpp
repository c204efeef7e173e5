#include "search/QueryPlanner.h"

#include "search/SearchText.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace tintype {

QString termKindName(TermKind kind)
{
    switch (kind) {
    case TermKind::Person: return QStringLiteral("person");
    case TermKind::Place: return QStringLiteral("place");
    case TermKind::Album: return QStringLiteral("album");
    case TermKind::Date: return QStringLiteral("date");
    case TermKind::Camera: return QStringLiteral("camera");
    case TermKind::Media: return QStringLiteral("media");
    case TermKind::Thing: return QStringLiteral("thing");
    case TermKind::Text: return QStringLiteral("text");
    }
    return QStringLiteral("text");
}

QueryPlanner::QueryPlanner(std::vector<const TermResolver *> resolvers, TextCheck textHasWord)
    : m_resolvers(std::move(resolvers)),
      m_textHasWord(std::move(textHasWord))
{}

SearchPlan QueryPlanner::plan(const QString &query) const
{
    SearchPlan plan;
    plan.query = query;
    const QStringList words = searchtext::words(query);
    QStringList text; // words nothing names
    for (int i = 0; i < words.size();) {
        std::optional<SearchTerm> term;
        int taken = 0;
        for (int n = std::min<int>(kLongestRun, int(words.size()) - i); n >= 1 && !term; --n) {
            const QStringList run = words.mid(i, n);
            for (const TermResolver *r : m_resolvers)
                if ((term = r->resolve(run))) {
                    taken = n;
                    break;
                }
        }
        if (!term && searchtext::normalized(words[i]).isEmpty()) { // punctuation alone
            ++i;
            continue;
        }
        if (!term && !(m_textHasWord && m_textHasWord(words[i], false))) {
            for (const TermResolver *r : m_resolvers)
                if ((term = r->resolveNear(words[i]))) {
                    taken = 1;
                    break;
                }
        }
        if (!term) {
            term = SearchTerm{};
            term->kind = TermKind::Text;
            term->typed = term->label = words[i];
            text << words[i];
            taken = 1;
        }
        if (term->group.isEmpty())
            term->group = termKindName(term->kind);
        plan.terms.push_back(std::move(*term));
        i += taken;
    }
    // One condition per group, in the order first typed.
    QHash<QString, std::size_t> byGroup;
    for (const SearchTerm &t : plan.terms) {
        if (t.kind == TermKind::Text)
            continue;
        auto it = byGroup.find(t.group);
        if (it == byGroup.end()) {
            byGroup.insert(t.group, plan.conditions.size());
            plan.conditions.push_back(t.condition);
        } else {
            plan.conditions[*it].mergeFrom(t.condition);
        }
    }
    if (!text.isEmpty()) {
        SearchCondition c;
        c.text = SearchRepository::prefixExpression(text);
        if (!c.text.isEmpty())
            plan.conditions.push_back(std::move(c));
    }
    return plan;
}

std::vector<SearchSuggestion> QueryPlanner::suggest(const QString &query, int perKind) const
{
    std::vector<SearchSuggestion> out;
    const QStringList words = searchtext::words(query);
    if (words.isEmpty() || perKind <= 0)
        return out;
    QSet<QString> seen;
    for (const TermResolver *r : m_resolvers) {
        int added = 0;
        // Longest trailing run first: "new yo" → New York before "yo…".
        for (int n = std::min<int>(3, int(words.size())); n >= 1 && added < perKind; --n) {
            const QStringList before = words.mid(0, words.size() - n);
            const QString typed = words.mid(words.size() - n).join(QLatin1Char(' '));
            for (SearchSuggestion s : r->suggest(typed, perKind - added)) {
                if (s.count == 0)
                    continue; // a name no shown photo has
                const QString key = termKindName(s.kind) + QLatin1Char('|') + s.label;
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                s.query =
                    (before.isEmpty() ? QString() : before.join(QLatin1Char(' ')) + QLatin1Char(' ')) + s.completion;
                out.push_back(std::move(s));
                ++added;
            }
        }
    }
    return out;
}

QString QueryPlanner::entered(const QString &query) const
{
    const QStringList words = searchtext::words(query);
    if (words.isEmpty())
        return query;
    // The last word understood as typed (a name, a date, a kind): the query stands.
    const SearchPlan typed = plan(query);
    if (typed.terms.empty())
        return query;
    const SearchTerm &last = typed.terms.back();
    if ((last.kind != TermKind::Text && !last.didYouMean) || last.typed != words.last())
        return query;
    // A word of the photos' own text ("beach", a file name): searched for as typed.
    if (m_textHasWord && m_textHasWord(words.last(), true))
        return query;
    const std::vector<SearchSuggestion> suggestions = suggest(query, 1);
    return suggestions.empty() ? query : suggestions.front().query;
}

} // namespace tintype
