#include "catalog/SearchTextSchema.h"

namespace tintype {

// asset_text's tokenizer (unicode61 remove_diacritics 2) folds case and drops
// accents that Unicode decomposition separates (ö, é, ó, ź), but leaves
// letters that have no decomposition: a search for "malmo" did not find
// "Malmø", "lodz" not "Łódź", "strasse" not "Straße". The view
// asset_text_source spells those letters out (in both cases: SQLite's lower()
// knows ASCII only) before the tokenizer sees the text, and every trigger
// writes an asset's row from it; the words of a query get the same spelling
// (SearchRepository::foldLetters, the same list). The index is dropped and
// filled again once here, from the view (about 2 s at 100,000 photos), and
// merged: a catalog of an older version held the letters unfolded.
//
// Never edit this list: a letter more is a new migration that makes the view
// and the index again.
#define TT_FOLDED(column)                                                                                                   \
    "replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("      \
    "replace(replace(replace(replace(replace(replace(replace(" column                                                       \
    ", 'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ø', 'o'), 'Ø', 'O'), 'ł', 'l'), " \
    "'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'þ', 'th'), 'Þ', 'TH'), 'ı', 'i'), 'ħ', 'h'), "        \
    "'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T')"

// The row of the asset `id` (new.id, old.asset_id, ...) written again from the view.
#define TT_WRITE_ROW(id)                                                                                               \
    "    DELETE FROM asset_text WHERE rowid = " id ";\n"                                                               \
    "    INSERT INTO asset_text (rowid, names, title, description, keywords)\n"                                        \
    "        SELECT id, names, title, description, keywords FROM asset_text_source WHERE id = " id ";\n"

// One statement of SQL a line, as it is run (not reflowed).
// clang-format off
const char *const kSearchTextFolded =
    "DROP TRIGGER asset_text_asset_added;\n"
    "DROP TRIGGER asset_text_asset_changed;\n"
    "DROP TRIGGER asset_text_asset_removed;\n"
    "DROP TRIGGER asset_text_file_added;\n"
    "DROP TRIGGER asset_text_file_moved;\n"
    "DROP TRIGGER asset_text_file_removed;\n"
    "DROP TRIGGER asset_text_tag_added;\n"
    "DROP TRIGGER asset_text_tag_removed;\n"
    "DROP TRIGGER asset_text_tag_renamed;\n"
    "DROP TABLE asset_text;\n"
    // An asset's words: its files' paths relative to their root, title,
    // description (the user's, else the file's), keywords.
    "CREATE VIEW asset_text_source AS SELECT a.id AS id,\n"
    "    " TT_FOLDED("(SELECT group_concat(CAST(f.rel_path AS TEXT), ' ') FROM file f WHERE f.asset_id = a.id)") " AS names,\n"
    "    " TT_FOLDED("a.title") " AS title,\n"
    "    " TT_FOLDED("coalesce(a.user_description, a.description)") " AS description,\n"
    "    " TT_FOLDED("(SELECT group_concat(t.name, ' ') FROM asset_tag x JOIN tag t ON t.id = x.tag_id "
                     "WHERE x.asset_id = a.id)") " AS keywords\n"
    "    FROM asset a;\n"
    "CREATE VIRTUAL TABLE asset_text USING fts5(names, title, description, keywords,\n"
    "    tokenize = 'unicode61 remove_diacritics 2');\n"
    "CREATE TRIGGER asset_text_asset_added AFTER INSERT ON asset\n"
    "WHEN new.title IS NOT NULL OR new.description IS NOT NULL OR new.user_description IS NOT NULL BEGIN\n" //
    TT_WRITE_ROW("new.id") "END;\n"
    "CREATE TRIGGER asset_text_asset_changed AFTER UPDATE OF title, description, user_description ON asset\n"
    "WHEN new.title IS NOT old.title OR new.description IS NOT old.description\n"
    "    OR new.user_description IS NOT old.user_description BEGIN\n" //
    TT_WRITE_ROW("new.id") "END;\n"
    "CREATE TRIGGER asset_text_asset_removed AFTER DELETE ON asset BEGIN\n"
    "    DELETE FROM asset_text WHERE rowid = old.id;\n"
    "END;\n"
    "CREATE TRIGGER asset_text_file_added AFTER INSERT ON file WHEN new.asset_id IS NOT NULL BEGIN\n" //
    TT_WRITE_ROW("new.asset_id") "END;\n"
    "CREATE TRIGGER asset_text_file_moved AFTER UPDATE OF rel_path, asset_id ON file\n"
    "WHEN new.rel_path IS NOT old.rel_path OR new.asset_id IS NOT old.asset_id BEGIN\n" //
    TT_WRITE_ROW("old.asset_id") TT_WRITE_ROW("new.asset_id") "END;\n"
    "CREATE TRIGGER asset_text_file_removed AFTER DELETE ON file WHEN old.asset_id IS NOT NULL BEGIN\n" //
    TT_WRITE_ROW("old.asset_id") "END;\n"
    "CREATE TRIGGER asset_text_tag_added AFTER INSERT ON asset_tag BEGIN\n" //
    TT_WRITE_ROW("new.asset_id") "END;\n"
    "CREATE TRIGGER asset_text_tag_removed AFTER DELETE ON asset_tag BEGIN\n" //
    TT_WRITE_ROW("old.asset_id") "END;\n"
    "CREATE TRIGGER asset_text_tag_renamed AFTER UPDATE OF name ON tag WHEN new.name IS NOT old.name BEGIN\n"
    "    DELETE FROM asset_text WHERE rowid IN (SELECT asset_id FROM asset_tag WHERE tag_id = new.id);\n"
    "    INSERT INTO asset_text (rowid, names, title, description, keywords)\n"
    "        SELECT id, names, title, description, keywords FROM asset_text_source\n"
    "        WHERE id IN (SELECT asset_id FROM asset_tag WHERE tag_id = new.id);\n"
    "END;\n"
    "INSERT INTO asset_text (rowid, names, title, description, keywords)\n"
    "    SELECT id, names, title, description, keywords FROM asset_text_source;\n"
    // Filled at once, the index is many segments FTS5 would merge a little at
    // every later write (1,000 new photos cost 260 ms of CPU instead of 120):
    // merged here, once.
    "INSERT INTO asset_text (asset_text) VALUES ('optimize');\n"
    // What a search (and the timeline) shows: an asset with a file present
    // that is not a sidecar (EXISTS file with status 0, role not 3), asked of
    // every candidate. The index of files by asset holds the two columns, so
    // the answer is in the index (25,000 iPhone photos: 33 ms → 20 ms of CPU;
    // every photo of 100,000: 77 → 44 ms); it still finds an asset's files.
    "CREATE INDEX file_by_asset_shown ON file(asset_id, status, role);\n"
    "DROP INDEX file_by_asset;\n";
// clang-format on

#undef TT_WRITE_ROW
#undef TT_FOLDED

} // namespace tintype
