#pragma once

namespace tintype {

// Catalog migration (CatalogSchema): asset_text made again from a view that
// spells out the letters FTS5's unicode61 tokenizer does not fold ("Malmø" is
// indexed as "Malmo", "Straße" as "Strasse", "Łódź" as "Lodz"), the triggers
// reading that view; the index of files by asset gains status and role (what a
// search shows is answered from the index). See SearchTextSchema.cpp.
extern const char *const kSearchTextFolded;

} // namespace tintype
