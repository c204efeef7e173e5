#include "things/ThingSearchResolver.h"

#include "catalog/Catalog.h"
#include "catalog/ThingRepository.h"
#include "search/SearchText.h"
#include "things/ThingLabels.h"

#include <algorithm>

namespace tintype {

ThingSearchResolver::ThingSearchResolver(Catalog &catalog) : m_catalog(catalog) { reload(); }

void ThingSearchResolver::reload()
{
    std::vector<ThingRepository::LabelCount> counts;
    if (!m_catalog.read([&] { counts = ThingRepository(m_catalog).labelCounts(); }))
        counts.clear(); // no things known: the kind finds nothing
    m_labels.clear();
    for (const auto &c : counts)
        m_labels.push_back({c.label, c.assets});
}

std::optional<SearchTerm> ThingSearchResolver::resolve(const QStringList &words) const
{
    const QString typed = words.join(QLatin1Char(' '));
    std::vector<QString> labels = ThingLabels::resolve(typed);
    std::erase_if(labels, [&](const QString &label) {
        return std::none_of(m_labels.begin(), m_labels.end(), [&](const Label &l) { return l.label == label; });
    });
    if (labels.empty())
        return std::nullopt; // no such thing, or none in the library: the words stay free text
    SearchTerm term;
    term.kind = TermKind::Thing;
    term.typed = typed;
    QStringList shown;
    for (const QString &label : labels)
        shown << ThingLabels::displayName(label);
    term.label = shown.join(QStringLiteral(", "));
    if (!m_catalog.read([&] { term.condition.assetIds = ThingRepository(m_catalog).assetsWithLabels(labels); }))
        return std::nullopt;
    term.count = std::int64_t(term.condition.assetIds.size());
    return term;
}

std::vector<SearchSuggestion> ThingSearchResolver::suggest(const QString &prefix, int limit) const
{
    std::vector<SearchSuggestion> out;
    const QString wanted = searchtext::normalized(prefix);
    if (wanted.isEmpty())
        return out;
    for (const Label &l : m_labels) {
        if (int(out.size()) >= limit)
            break;
        // Named in the UI language of now: it may have changed since reload().
        const QString shown = ThingLabels::displayName(l.label);
        if (!searchtext::normalized(shown).startsWith(wanted) && !searchtext::normalized(l.label).startsWith(wanted))
            continue;
        SearchSuggestion s;
        s.kind = TermKind::Thing;
        s.label = shown;
        s.completion = shown;
        s.count = l.assets;
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace tintype
