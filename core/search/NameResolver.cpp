#include "search/NameResolver.h"

#include "search/SearchText.h"

#include <QSet>

#include <algorithm>

namespace tintype {

namespace {
constexpr int kShortestNearKey = 4; // "did you mean" only for names of 4+ letters
}

NameResolver::NameResolver(TermKind kind, std::vector<Entry> entries, bool compactKeys)
    : m_kind(kind),
      m_entries(std::move(entries)),
      m_compactKeys(compactKeys)
{
    for (int i = 0; i < int(m_entries.size()); ++i) {
        QSet<QString> keys;
        for (const QString &key : m_entries[i].keys) {
            if (key.isEmpty())
                continue;
            keys.insert(key);
            if (m_compactKeys)
                keys.insert(QString(key).remove(QLatin1Char(' ')));
        }
        for (const QString &key : keys)
            m_byKey[key].append(i);
    }
}

std::optional<SearchTerm> NameResolver::termOf(const QList<int> &entries, const QString &typed) const
{
    if (entries.isEmpty())
        return std::nullopt;
    SearchTerm term;
    term.kind = m_kind;
    term.typed = typed;
    term.count = 0;
    QSet<QString> labels;
    QList<int> ordered = entries;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [&](int a, int b) { return m_entries[a].count > m_entries[b].count; });
    for (int i : ordered) {
        const Entry &e = m_entries[i];
        if (labels.contains(e.label))
            continue; // the same place under another of its names
        if (!labels.isEmpty() && !e.group.isEmpty() && e.group != term.group)
            continue; // one group per term
        labels.insert(e.label);
        term.label = term.label.isEmpty() ? e.label : term.label + QStringLiteral(" · ") + e.label;
        term.group = e.group;
        term.condition.mergeFrom(e.condition);
        if (e.count > 0)
            term.count += e.count;
    }
    return term;
}

std::optional<SearchTerm> NameResolver::resolve(const QStringList &words) const
{
    const QString key = searchtext::normalized(words.join(QLatin1Char(' ')));
    auto it = m_byKey.constFind(key);
    if (it == m_byKey.constEnd() && m_compactKeys)
        it = m_byKey.constFind(QString(key).remove(QLatin1Char(' ')));
    if (it == m_byKey.constEnd())
        return std::nullopt;
    return termOf(*it, words.join(QLatin1Char(' ')));
}

std::optional<SearchTerm> NameResolver::resolveNear(const QString &typed) const
{
    const QString word = searchtext::normalized(typed);
    if (word.size() < kShortestNearKey)
        return std::nullopt;
    QList<int> found;
    for (auto it = m_byKey.constBegin(); it != m_byKey.constEnd(); ++it)
        if (it.key().size() >= kShortestNearKey && searchtext::withinOneEdit(word, it.key()))
            found << it.value();
    auto term = termOf(found, typed);
    if (term)
        term->didYouMean = true;
    return term;
}

std::vector<SearchSuggestion> NameResolver::suggest(const QString &typed, int limit) const
{
    const QString prefix = searchtext::normalized(typed);
    const QString compactPrefix = QString(prefix).remove(QLatin1Char(' '));
    std::vector<SearchSuggestion> out;
    if (prefix.isEmpty() || limit <= 0)
        return out;
    std::vector<int> hits;
    for (int i = 0; i < int(m_entries.size()); ++i) {
        for (const QString &key : m_entries[i].keys) {
            if (key.startsWith(prefix) ||
                (m_compactKeys && QString(key).remove(QLatin1Char(' ')).startsWith(compactPrefix))) {
                hits.push_back(i);
                break;
            }
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [&](int a, int b) { return m_entries[a].count > m_entries[b].count; });
    QSet<QString> labels;
    for (int i : hits) {
        const Entry &e = m_entries[i];
        if (labels.contains(e.label))
            continue;
        labels.insert(e.label);
        out.push_back({m_kind, e.label, e.completion, e.count, {}});
        if (int(out.size()) >= limit)
            break;
    }
    return out;
}

} // namespace tintype
