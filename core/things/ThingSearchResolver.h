#pragma once

#include "search/TermResolver.h"

#include <vector>

namespace tintype {

class Catalog;

// The search's "thing" terms (TermKind::Thing): a word or phrase that names
// things the detector found ("dog", "puppies", "teddy bear", the UI
// language's words; ThingLabels::resolve) becomes the photos showing them;
// suggestions are the labels the library has, with their photo counts, named
// in the UI language of the moment (ThingLabels::displayName). Use on
// the catalog connection's thread, as Search is; reload() (Search::reload)
// reads the label counts again.
class ThingSearchResolver : public TermResolver {
public:
    explicit ThingSearchResolver(Catalog &catalog);
    TermKind kind() const override { return TermKind::Thing; }
    std::optional<SearchTerm> resolve(const QStringList &words) const override;
    std::vector<SearchSuggestion> suggest(const QString &prefix, int limit) const override;
    void reload() override;

private:
    struct Label {
        QString label;
        std::int64_t assets = 0;
    };
    Catalog &m_catalog;
    std::vector<Label> m_labels; // in the library, most photos first
};

} // namespace tintype
