#pragma once

#include "catalog/SearchRepository.h"

#include <QString>

#include <cstdint>

namespace tintype {

// What a word or run of words of a query names, most specific first.
enum class TermKind { Person, Place, Album, Date, Camera, Media, Thing, Text };
// "person", "place", "album", "date", "camera", "media", "thing", "text": stable, for JSON.
QString termKindName(TermKind kind);

// One understood part of a query: "paris" → the place Paris, France.
struct SearchTerm {
    TermKind kind = TermKind::Text;
    QString typed;           // the words as typed
    QString label;           // what they were understood as, for the chip ("Paris, France")
    QString group;           // terms of one group widen each other (OR); empty: the kind's name
    bool didYouMean = false; // no exact match: the name within one edit of what was typed
    std::int64_t count = -1; // photos of that name in the library; -1: not known
    SearchCondition condition;
};

// A completion offered while typing.
struct SearchSuggestion {
    TermKind kind = TermKind::Text;
    QString label;           // "Anna Schmidt", "Paris, France", "June 2019"
    QString completion;      // the words that replace what was being typed
    std::int64_t count = -1; // photos; -1: not known
    QString query;           // the whole query with the completion (filled by the planner)
};

} // namespace tintype
