#pragma once

#include "search/TermResolver.h"

#include <QDate>

#include <memory>

namespace tintype {

// What the standard resolvers need besides the library's names.
struct SearchOptions {
    QString language = QStringLiteral("en"); // the UI language: names of countries and months
    QDate today;                             // invalid: the system's date (tests fix it)
};

// The resolvers of the kinds the library itself knows, most specific first:
// people, places, albums, dates, cameras, media kinds.
std::vector<std::unique_ptr<TermResolver>> standardResolvers(const SearchVocabulary &vocabulary,
                                                             const SearchOptions &options);

} // namespace tintype
