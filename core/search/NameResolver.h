#pragma once

#include "search/TermResolver.h"

#include <QHash>

namespace tintype {

// A resolver over a list of names: people, places, albums, cameras, media
// kinds. Each entry is known by one or more keys (normalized words: a full
// name, a first name, a country's name in another language); a run of words
// resolves when it equals a key. Several entries of one key widen each other
// ("paris": Paris, France and Paris, Texas).
class NameResolver : public TermResolver {
public:
    struct Entry {
        QString label;      // shown ("Paris, France")
        QString completion; // what a suggestion types ("Paris")
        QStringList keys;   // searchtext::normalized
        std::int64_t count = -1;
        SearchCondition condition;
        QString group; // SearchTerm::group
    };
    // compactKeys: also match with spaces and punctuation dropped ("xt3" for "X-T3").
    NameResolver(TermKind kind, std::vector<Entry> entries, bool compactKeys = false);

    TermKind kind() const override { return m_kind; }
    std::optional<SearchTerm> resolve(const QStringList &words) const override;
    std::optional<SearchTerm> resolveNear(const QString &word) const override;
    std::vector<SearchSuggestion> suggest(const QString &prefix, int limit) const override;

private:
    std::optional<SearchTerm> termOf(const QList<int> &entries, const QString &typed) const;
    TermKind m_kind;
    std::vector<Entry> m_entries;
    bool m_compactKeys;
    QHash<QString, QList<int>> m_byKey;
};

} // namespace tintype
