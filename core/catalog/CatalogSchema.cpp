#include "catalog/CatalogSchema.h"

#include "catalog/SqlError.h"

#include <sqlite3.h>

#include <string>

namespace tintype {

namespace {
// Version 1: roots, files, assets, tags.
// Times: *_at are seconds since the epoch; file.mtime is the file system's
// nanosecond count; asset.captured_utc is milliseconds since the epoch (see
// CaptureTime: "floating" wall-clock time when captured_offset is NULL).
// Paths are BLOBs of the platform's native bytes, so non-UTF-8 names survive.
const char *const kVersion1 = R"sql(
CREATE TABLE root (
    id INTEGER PRIMARY KEY,
    path BLOB NOT NULL UNIQUE,
    volume_id TEXT NOT NULL,
    volume_path BLOB NOT NULL,
    online INTEGER NOT NULL DEFAULT 1,
    added_at INTEGER NOT NULL,
    last_scan_at INTEGER
);

CREATE TABLE asset (
    id INTEGER PRIMARY KEY,
    kind INTEGER NOT NULL,
    format TEXT,
    captured_utc INTEGER,
    captured_offset INTEGER,
    captured_source INTEGER NOT NULL DEFAULT 0,
    latitude REAL,
    longitude REAL,
    altitude REAL,
    width INTEGER NOT NULL DEFAULT 0,
    height INTEGER NOT NULL DEFAULT 0,
    orientation INTEGER NOT NULL DEFAULT 1,
    make TEXT,
    model TEXT,
    lens TEXT,
    iso INTEGER,
    f_number REAL,
    exposure_time REAL,
    focal_length REAL,
    duration REAL,
    rating INTEGER,
    title TEXT,
    description TEXT,
    added_at INTEGER NOT NULL
);
CREATE INDEX asset_by_capture ON asset(captured_utc);

CREATE TABLE file (
    id INTEGER PRIMARY KEY,
    root_id INTEGER NOT NULL REFERENCES root(id) ON DELETE CASCADE,
    rel_path BLOB NOT NULL,
    asset_id INTEGER REFERENCES asset(id) ON DELETE SET NULL,
    role INTEGER NOT NULL DEFAULT 0,
    size INTEGER NOT NULL,
    mtime INTEGER NOT NULL,
    fingerprint BLOB,
    content_hash BLOB,
    status INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    UNIQUE (root_id, rel_path)
);
CREATE INDEX file_by_asset ON file(asset_id);
CREATE INDEX file_by_fingerprint ON file(fingerprint);
CREATE INDEX file_without_hash ON file(id) WHERE content_hash IS NULL;

CREATE TABLE tag (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE asset_tag (
    asset_id INTEGER NOT NULL REFERENCES asset(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
    PRIMARY KEY (asset_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX asset_tag_by_tag ON asset_tag(tag_id);
)sql";

// Version 2: what the user decides in Tintype, kept apart from what is read
// from the files (a rescan rewrites the file-derived columns, never these):
// favourite, archive, rating and description overrides, a rotation applied on
// top of the file's orientation; and albums with their ordered items.
const char *const kVersion2 = R"sql(
ALTER TABLE asset ADD COLUMN favorite INTEGER NOT NULL DEFAULT 0;
ALTER TABLE asset ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
ALTER TABLE asset ADD COLUMN user_rating INTEGER;
ALTER TABLE asset ADD COLUMN user_rotation INTEGER NOT NULL DEFAULT 0;
ALTER TABLE asset ADD COLUMN user_description TEXT;
CREATE INDEX asset_favorites ON asset(captured_utc) WHERE favorite = 1;

CREATE TABLE album (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT,
    origin TEXT NOT NULL DEFAULT 'user',
    origin_key TEXT,
    created_at INTEGER NOT NULL,
    UNIQUE (origin, origin_key)
);
CREATE TABLE album_item (
    album_id INTEGER NOT NULL REFERENCES album(id) ON DELETE CASCADE,
    asset_id INTEGER NOT NULL REFERENCES asset(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (album_id, asset_id)
);
CREATE INDEX album_item_by_asset ON album_item(asset_id);
)sql";

// Version 3: imports. import_item is the journal of one import source (a set
// of Takeout parts): every entry's decision and where its bytes went, so an
// interrupted import resumes and a repeated one adds nothing. person_hint
// keeps names that came with a photo (Takeout's people) for the faces feature.
const char *const kVersion3 = R"sql(
CREATE TABLE import_item (
    source TEXT NOT NULL,
    entry BLOB NOT NULL,
    decision INTEGER NOT NULL,
    content_hash BLOB,
    dest_path BLOB,
    done_at INTEGER NOT NULL,
    PRIMARY KEY (source, entry)
);
CREATE TABLE person_hint (
    asset_id INTEGER NOT NULL REFERENCES asset(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    origin TEXT NOT NULL,
    PRIMARY KEY (asset_id, name)
);
CREATE INDEX import_item_by_content ON import_item(content_hash) WHERE content_hash IS NOT NULL;
CREATE INDEX file_by_content_hash ON file(content_hash) WHERE content_hash IS NOT NULL;
)sql";
// Duplicates (core/similarity). perceptual_hash: the 64-bit perceptual hash
// of a file's grid thumbnail (NULL with `error` when it could not be decoded,
// NULL without error for a flat picture), valid while the file's fingerprint
// is `fingerprint`. duplicate_resolution: each merge that was carried out,
// with what undoing it needs (JSON: rows removed from the catalog, values the
// kept asset had, where the trash put each file). duplicate_dismissal: pairs
// of assets the user said are not duplicates (lower id first).
const char *const kDuplicatesSchema = R"sql(
CREATE TABLE perceptual_hash (
    file_id INTEGER PRIMARY KEY REFERENCES file(id) ON DELETE CASCADE,
    fingerprint BLOB NOT NULL,
    hash INTEGER,
    error TEXT
);
CREATE TABLE duplicate_resolution (
    id INTEGER PRIMARY KEY,
    kept_asset_id INTEGER NOT NULL,
    explanation TEXT NOT NULL,
    applied_at INTEGER NOT NULL,
    undone_at INTEGER,
    undo_state TEXT NOT NULL
);
CREATE TABLE duplicate_dismissal (
    asset_a INTEGER NOT NULL REFERENCES asset(id) ON DELETE CASCADE,
    asset_b INTEGER NOT NULL REFERENCES asset(id) ON DELETE CASCADE,
    PRIMARY KEY (asset_a, asset_b)
) WITHOUT ROWID;
)sql";
// People (core/faces). face: one face found on an asset's preview — box and
// landmarks (68 x,y float32 pairs) relative to the upright image (0..1), the
// 128-D embedding (float32 BLOB), detector score and chip sharpness; person_id
// is its person or unnamed cluster, confirmed = the user said so (clustering
// never changes those), clustered = a clustering run has seen it. person: a
// named person or an unnamed cluster (name NULL). face_rejection: "not this
// person". face_scan: which assets had a face pass with which models, so the
// background job resumes and picks up new photos.
const char *const kPeopleSchema = R"sql(
CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    name TEXT,
    hidden INTEGER NOT NULL DEFAULT 0,
    cover_face_id INTEGER,
    created_at INTEGER NOT NULL
);
CREATE TABLE face (
    id INTEGER PRIMARY KEY,
    asset_id INTEGER NOT NULL REFERENCES asset(id) ON DELETE CASCADE,
    x REAL NOT NULL,
    y REAL NOT NULL,
    width REAL NOT NULL,
    height REAL NOT NULL,
    landmarks BLOB,
    embedding BLOB NOT NULL,
    score REAL NOT NULL,
    sharpness REAL NOT NULL DEFAULT 0,
    person_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
    confirmed INTEGER NOT NULL DEFAULT 0,
    clustered INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);
CREATE INDEX face_by_asset ON face(asset_id);
CREATE INDEX face_by_person ON face(person_id);
CREATE INDEX face_unclustered ON face(id) WHERE clustered = 0;
CREATE TABLE face_rejection (
    face_id INTEGER NOT NULL REFERENCES face(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    PRIMARY KEY (face_id, person_id)
) WITHOUT ROWID;
CREATE TABLE face_scan (
    asset_id INTEGER PRIMARY KEY REFERENCES asset(id) ON DELETE CASCADE,
    models TEXT NOT NULL,
    face_count INTEGER NOT NULL,
    error TEXT,
    scanned_at INTEGER NOT NULL
);
)sql";
// Editing (core/edit). edit_revision: every edit stack the user saved for an
// asset, oldest first (stack: EditStack JSON, "" for the original;
// fingerprint: EditStack::fingerprint, NULL for the original). edit: the
// asset's current revision (NULL: the original, before the first one), its
// fingerprint (thumbnail cache keys; NULL when the photo shows unedited) and
// whether old revisions were trimmed (undo stops at the oldest kept). Undo and
// redo move revision_id; saving after an undo drops the revisions after it.
const char *const kEditingSchema = R"sql(
CREATE TABLE edit_revision (
    id INTEGER PRIMARY KEY,
    asset_id INTEGER NOT NULL REFERENCES asset(id) ON DELETE CASCADE,
    stack TEXT NOT NULL,
    fingerprint TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX edit_revision_by_asset ON edit_revision(asset_id, id);
CREATE TABLE edit (
    asset_id INTEGER PRIMARY KEY REFERENCES asset(id) ON DELETE CASCADE,
    revision_id INTEGER REFERENCES edit_revision(id) ON DELETE SET NULL,
    fingerprint TEXT,
    trimmed INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL
);
CREATE INDEX edit_edited ON edit(asset_id) WHERE fingerprint IS NOT NULL;
)sql";
// A capture time the user set in Tintype ("Set date…" on a photo with none):
// asset.captured_* then hold it (source 8, "user") and a rescan keeps it.
const char *const kUserCaptureTime = R"sql(
ALTER TABLE asset ADD COLUMN user_captured_utc INTEGER;
ALTER TABLE asset ADD COLUMN user_captured_offset INTEGER;
)sql";
// Trash. trashed_file: each file Tintype moved to the system trash, so the
// Trash page lists exactly those (not what was trashed elsewhere) and can put
// them back: the absolute path it had (original_path), where the trash keeps
// it (trash_path) and the trash's note about it (info_path: freedesktop.org
// info/NAME.trashinfo; NULL where the platform keeps none). The file row
// stays (status missing) so its asset keeps albums, faces and edits.
const char *const kTrashSchema = R"sql(
CREATE TABLE trashed_file (
    id INTEGER PRIMARY KEY,
    file_id INTEGER REFERENCES file(id) ON DELETE SET NULL,
    asset_id INTEGER REFERENCES asset(id) ON DELETE SET NULL,
    original_path BLOB NOT NULL,
    trash_path BLOB NOT NULL,
    info_path BLOB,
    trashed_at INTEGER NOT NULL
);
CREATE INDEX trashed_file_by_asset ON trashed_file(asset_id);
CREATE INDEX trashed_file_by_file ON trashed_file(file_id);
)sql";
// "Not a face" (core/faces): regions of an asset (relative to the upright image,
// as face boxes) the user said hold no face. The face row is deleted; a later
// face pass skips any detection overlapping one of these (IoU >= 0.5).
const char *const kNotAFaceSchema = R"sql(
CREATE TABLE not_a_face (
    asset_id INTEGER NOT NULL REFERENCES asset(id) ON DELETE CASCADE,
    x REAL NOT NULL,
    y REAL NOT NULL,
    width REAL NOT NULL,
    height REAL NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX not_a_face_by_asset ON not_a_face(asset_id);
)sql";
// The Takeout importer's lookup of already imported bytes (ImportJournal, by
// content hash) was given its index by editing migration 3 in place (c6cb1f5),
// so catalogs made at versions 3 to 5 before that never got it; fresh catalogs
// have it already (IF NOT EXISTS). Found by tst_catalogschema on real old catalogs.
const char *const kImportByContentIndex = R"sql(
CREATE INDEX IF NOT EXISTS import_item_by_content ON import_item(content_hash) WHERE content_hash IS NOT NULL;
)sql";
// Cropped duplicates (core/similarity): perceptual_hash.crop_hashes holds the
// hashes of the thumbnail's centre at a few fractions of its size (8 bytes each,
// little-endian; 0 for a flat centre), so a copy cropped by a few per cent is a
// near neighbour of one of them. Every photo is hashed again to get them.
const char *const kCropHashes = R"sql(
ALTER TABLE perceptual_hash ADD COLUMN crop_hashes BLOB;
DELETE FROM perceptual_hash;
)sql";
// Phone files. motion_clip_*: a motion photo's clip inside the asset's primary
// file (Google, Samsung), its byte range; played and exported from there, never
// copied out. content_id: Apple's ContentIdentifier, shared by a Live Photo's
// still and clip, so they pair whatever their names. burst_id: the burst a frame
// belongs to (Apple BurstUUID, or a name-derived key for Samsung/Pixel bursts).
const char *const kPhoneFilesSchema = R"sql(
ALTER TABLE asset ADD COLUMN motion_clip_offset INTEGER;
ALTER TABLE asset ADD COLUMN motion_clip_length INTEGER;
ALTER TABLE asset ADD COLUMN content_id TEXT;
ALTER TABLE asset ADD COLUMN burst_id TEXT;
CREATE INDEX asset_by_content_id ON asset(content_id) WHERE content_id IS NOT NULL;
CREATE INDEX asset_by_burst ON asset(burst_id) WHERE burst_id IS NOT NULL;
)sql";
// Places (core/places): the place name of each asset with a position,
// computed offline from its GPS by core/geo's ReverseGeocoder. The position it
// was computed from and the index's data version are kept, so a changed
// position or newer place data computes it again. country_code: ISO 3166-1
// alpha-2, NULL at sea (region and city NULL too); region: admin1 ("Lazio");
// city: the town a person would name, NULL in wilderness. Country names are
// not stored: they follow the UI language.
const char *const kPlaceSchema = R"sql(
CREATE TABLE asset_place (
    asset_id INTEGER PRIMARY KEY REFERENCES asset(id) ON DELETE CASCADE,
    latitude REAL NOT NULL,
    longitude REAL NOT NULL,
    country_code TEXT,
    region TEXT,
    city TEXT,
    version INTEGER NOT NULL
);
CREATE INDEX asset_place_by_city ON asset_place(country_code, city);
)sql";
// Damaged files (issue 25): what is wrong with a file's image data (cut short,
// extraneous bytes; MediaMetadata::damage), NULL when whole. The file is shown
// as far as it could be read; the grid marks it, Settings lists such files.
const char *const kFileDamage = R"sql(
ALTER TABLE file ADD COLUMN damage TEXT;
CREATE INDEX file_damaged ON file(id) WHERE damage IS NOT NULL;
)sql";
// Bursts (issue 24): burst_chosen = 1 on the frame the user chose, in the
// viewer, to stand for its burst in the grid (at most one per burst_id); none
// chosen: the phone's own pick ("COVER" in its name), else the first taken.
const char *const kBurstChoice = R"sql(
ALTER TABLE asset ADD COLUMN burst_chosen INTEGER NOT NULL DEFAULT 0;
)sql";
// Things (core/things): what the object detector found on each asset. thing:
// a label (COCO's English name, "dog"; shown translated), its score and box
// relative to the upright image. thing_scan: the asset's last pass and the
// model (with its thresholds) that made it, so a new model runs again; error is
// why the photo could not be read. thing_removal: labels the user removed from
// an asset ("not on this photo"), which no later pass adds back.
const char *const kThingSchema = R"sql(
CREATE TABLE thing (
    id INTEGER PRIMARY KEY,
    asset_id INTEGER NOT NULL REFERENCES asset(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    score REAL NOT NULL,
    x REAL NOT NULL,
    y REAL NOT NULL,
    width REAL NOT NULL,
    height REAL NOT NULL
);
CREATE INDEX thing_by_asset ON thing(asset_id);
CREATE INDEX thing_by_label ON thing(label, asset_id);
CREATE TABLE thing_scan (
    asset_id INTEGER PRIMARY KEY REFERENCES asset(id) ON DELETE CASCADE,
    model TEXT NOT NULL,
    error TEXT,
    scanned_at INTEGER NOT NULL
);
CREATE TABLE thing_removal (
    asset_id INTEGER NOT NULL REFERENCES asset(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    PRIMARY KEY (asset_id, label)
) WITHOUT ROWID;
)sql";
// Search (core/search): asset_text, the FTS5 index of the words of each asset
// (rowid = asset id): its files' paths relative to their root (folder and file
// names), title, description (the user's, else the file's) and keywords;
// prefix, case- and diacritics-insensitive (unicode61 remove_diacritics 2).
// Triggers write an asset's row again whenever one of those changes (a scan
// adds or moves a file, a rescan retags, the user sets a description), so it
// is never rebuilt on start; the migration fills it once. A new asset without
// words of its own gets its row with its first file (half the work at scan).
const char *const kSearchText = R"sql(
CREATE VIRTUAL TABLE asset_text USING fts5(names, title, description, keywords,
    tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER asset_text_asset_added AFTER INSERT ON asset
WHEN new.title IS NOT NULL OR new.description IS NOT NULL OR new.user_description IS NOT NULL BEGIN
    DELETE FROM asset_text WHERE rowid = new.id;
    INSERT INTO asset_text (rowid, names, title, description, keywords)
        SELECT a.id, (SELECT group_concat(CAST(f.rel_path AS TEXT), ' ') FROM file f WHERE f.asset_id = a.id),
            a.title, coalesce(a.user_description, a.description),
            (SELECT group_concat(t.name, ' ') FROM asset_tag x JOIN tag t ON t.id = x.tag_id WHERE x.asset_id = a.id)
        FROM asset a WHERE a.id = new.id;
END;
CREATE TRIGGER asset_text_asset_changed AFTER UPDATE OF title, description, user_description ON asset
WHEN new.title IS NOT old.title OR new.description IS NOT old.description
    OR new.user_description IS NOT old.user_description BEGIN
    DELETE FROM asset_text WHERE rowid = new.id;
    INSERT INTO asset_text (rowid, names, title, description, keywords)
        SELECT a.id, (SELECT group_concat(CAST(f.rel_path AS TEXT), ' ') FROM file f WHERE f.asset_id = a.id),
            a.title, coalesce(a.user_description, a.description),
            (SELECT group_concat(t.name, ' ') FROM asset_tag x JOIN tag t ON t.id = x.tag_id WHERE x.asset_id = a.id)
        FROM asset a WHERE a.id = new.id;
END;
CREATE TRIGGER asset_text_asset_removed AFTER DELETE ON asset BEGIN
    DELETE FROM asset_text WHERE rowid = old.id;
END;
CREATE TRIGGER asset_text_file_added AFTER INSERT ON file WHEN new.asset_id IS NOT NULL BEGIN
    DELETE FROM asset_text WHERE rowid = new.asset_id;
    INSERT INTO asset_text (rowid, names, title, description, keywords)
        SELECT a.id, (SELECT group_concat(CAST(f.rel_path AS TEXT), ' ') FROM file f WHERE f.asset_id = a.id),
            a.title, coalesce(a.user_description, a.description),
            (SELECT group_concat(t.name, ' ') FROM asset_tag x JOIN tag t ON t.id = x.tag_id WHERE x.asset_id = a.id)
        FROM asset a WHERE a.id = new.asset_id;
END;
CREATE TRIGGER asset_text_file_moved AFTER UPDATE OF rel_path, asset_id ON file
WHEN new.rel_path IS NOT old.rel_path OR new.asset_id IS NOT old.asset_id BEGIN
    DELETE FROM asset_text WHERE rowid = old.asset_id;
    INSERT INTO asset_text (rowid, names, title, description, keywords)
        SELECT a.id, (SELECT group_concat(CAST(f.rel_path AS TEXT), ' ') FROM file f WHERE f.asset_id = a.id),
            a.title, coalesce(a.user_description, a.description),
            (SELECT group_concat(t.name, ' ') FROM asset_tag x JOIN tag t ON t.id = x.tag_id WHERE x.asset_id = a.id)
        FROM asset a WHERE a.id = old.asset_id;
    DELETE FROM asset_text WHERE rowid = new.asset_id;
    INSERT INTO asset_text (rowid, names, title, description, keywords)
        SELECT a.id, (SELECT group_concat(CAST(f.rel_path AS TEXT), ' ') FROM file f WHERE f.asset_id = a.id),
            a.title, coalesce(a.user_description, a.description),
            (SELECT group_concat(t.name, ' ') FROM asset_tag x JOIN tag t ON t.id = x.tag_id WHERE x.asset_id = a.id)
        FROM asset a WHERE a.id = new.asset_id;
END;
CREATE TRIGGER asset_text_file_removed AFTER DELETE ON file WHEN old.asset_id IS NOT NULL BEGIN
    DELETE FROM asset_text WHERE rowid = old.asset_id;
    INSERT INTO asset_text (rowid, names, title, description, keywords)
        SELECT a.id, (SELECT group_concat(CAST(f.rel_path AS TEXT), ' ') FROM file f WHERE f.asset_id = a.id),
            a.title, coalesce(a.user_description, a.description),
            (SELECT group_concat(t.name, ' ') FROM asset_tag x JOIN tag t ON t.id = x.tag_id WHERE x.asset_id = a.id)
        FROM asset a WHERE a.id = old.asset_id;
END;
CREATE TRIGGER asset_text_tag_added AFTER INSERT ON asset_tag BEGIN
    DELETE FROM asset_text WHERE rowid = new.asset_id;
    INSERT INTO asset_text (rowid, names, title, description, keywords)
        SELECT a.id, (SELECT group_concat(CAST(f.rel_path AS TEXT), ' ') FROM file f WHERE f.asset_id = a.id),
            a.title, coalesce(a.user_description, a.description),
            (SELECT group_concat(t.name, ' ') FROM asset_tag x JOIN tag t ON t.id = x.tag_id WHERE x.asset_id = a.id)
        FROM asset a WHERE a.id = new.asset_id;
END;
CREATE TRIGGER asset_text_tag_removed AFTER DELETE ON asset_tag BEGIN
    DELETE FROM asset_text WHERE rowid = old.asset_id;
    INSERT INTO asset_text (rowid, names, title, description, keywords)
        SELECT a.id, (SELECT group_concat(CAST(f.rel_path AS TEXT), ' ') FROM file f WHERE f.asset_id = a.id),
            a.title, coalesce(a.user_description, a.description),
            (SELECT group_concat(t.name, ' ') FROM asset_tag x JOIN tag t ON t.id = x.tag_id WHERE x.asset_id = a.id)
        FROM asset a WHERE a.id = old.asset_id;
END;
CREATE TRIGGER asset_text_tag_renamed AFTER UPDATE OF name ON tag WHEN new.name IS NOT old.name BEGIN
    DELETE FROM asset_text WHERE rowid IN (SELECT asset_id FROM asset_tag WHERE tag_id = new.id);
    INSERT INTO asset_text (rowid, names, title, description, keywords)
        SELECT a.id, (SELECT group_concat(CAST(f.rel_path AS TEXT), ' ') FROM file f WHERE f.asset_id = a.id),
            a.title, coalesce(a.user_description, a.description),
            (SELECT group_concat(t.name, ' ') FROM asset_tag x JOIN tag t ON t.id = x.tag_id WHERE x.asset_id = a.id)
        FROM asset a WHERE a.id IN (SELECT asset_id FROM asset_tag WHERE tag_id = new.id);
END;
INSERT INTO asset_text (rowid, names, title, description, keywords)
    SELECT a.id, (SELECT group_concat(CAST(f.rel_path AS TEXT), ' ') FROM file f WHERE f.asset_id = a.id),
        a.title, coalesce(a.user_description, a.description),
        (SELECT group_concat(t.name, ' ') FROM asset_tag x JOIN tag t ON t.id = x.tag_id WHERE x.asset_id = a.id)
    FROM asset a;
)sql";
// Live folders (issue 19): a root can be the phone's inbox (its new arrivals
// get a "New" badge until seen: asset.inbox_new); the Recently added view
// lists assets by added_at, newest first.
const char *const kLiveFolders = R"sql(
ALTER TABLE root ADD COLUMN inbox INTEGER NOT NULL DEFAULT 0;
ALTER TABLE asset ADD COLUMN inbox_new INTEGER NOT NULL DEFAULT 0;
CREATE INDEX asset_inbox_new ON asset(id) WHERE inbox_new = 1;
CREATE INDEX asset_by_added ON asset(added_at);
)sql";
// A position the user set in Tintype ("Set location…" on photos without GPS):
// asset.latitude/longitude then hold it and a rescan keeps it (as with
// user_captured_utc); the file is never written.
const char *const kUserLocation = R"sql(
ALTER TABLE asset ADD COLUMN user_latitude REAL;
ALTER TABLE asset ADD COLUMN user_longitude REAL;
)sql";
// Stories (core/stories): what the user decided about trips and memories;
// the trips and memories themselves are computed from the assets each time.
// trip_choice: by the trip's key (its first local day, YYYY-MM-DD) a title of
// the user's (NULL: from its places), hidden, merged into another trip (that
// trip's key), the album it was turned into. memory_dismissal: memories the
// user dismissed, by key ("years-ago/2021-05-04", "trip/2019-08-02/2026", ...).
const char *const kStoriesSchema = R"sql(
CREATE TABLE trip_choice (
    trip_key TEXT PRIMARY KEY,
    title TEXT,
    hidden INTEGER NOT NULL DEFAULT 0,
    merged_into TEXT,
    album_id INTEGER REFERENCES album(id) ON DELETE SET NULL,
    updated_at INTEGER NOT NULL
);
CREATE TABLE memory_dismissal (
    memory_key TEXT PRIMARY KEY,
    dismissed_at INTEGER NOT NULL
);
)sql";
// Search, second pass (issue 16). asset_text's tokenizer (unicode61
// remove_diacritics 2) folds case and drops accents that Unicode decomposition
// separates (ö, é, ó, ź), but leaves letters that have no decomposition: a
// search for "malmo" did not find "Malmø", "lodz" not "Łódź", "strasse" not
// "Straße". The view asset_text_source spells those letters out (in both
// cases: SQLite's lower() knows ASCII only) before the tokenizer sees the
// text, and every trigger writes an asset's row from it (an asset's words: its
// files' paths relative to their root, title, description — the user's, else
// the file's — and keywords); the words of a query get the same spelling
// (SearchRepository::foldLetters, the same list; tests/search/tst_searchfolding
// checks them letter by letter). The index is dropped, filled again from the
// view (1.3 s of CPU at 100,000 photos) and merged ('optimize': left as many
// segments, FTS5 merges a little at every later write, 1,000 new photos then
// cost 260 ms of CPU instead of 120): a catalog of an older version held the
// letters unfolded. A letter more is a new migration that makes the view and
// the index again.
// What a search (and the timeline) shows is an asset with a file present that
// is not a sidecar (EXISTS file with status 0, role not 3), asked of every
// candidate: the index of files by asset holds the two columns, so the answer
// is in the index (25,000 iPhone photos: 33 → 20 ms of CPU; every photo of
// 100,000: 77 → 44 ms); it still finds an asset's files.
const char *const kSearchTextFolded = R"sql(
DROP TRIGGER asset_text_asset_added;
DROP TRIGGER asset_text_asset_changed;
DROP TRIGGER asset_text_asset_removed;
DROP TRIGGER asset_text_file_added;
DROP TRIGGER asset_text_file_moved;
DROP TRIGGER asset_text_file_removed;
DROP TRIGGER asset_text_tag_added;
DROP TRIGGER asset_text_tag_removed;
DROP TRIGGER asset_text_tag_renamed;
DROP TABLE asset_text;
CREATE VIEW asset_text_source AS SELECT a.id AS id,
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace((SELECT group_concat(CAST(f.rel_path AS TEXT), ' ') FROM file f WHERE f.asset_id = a.id),
        'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ø', 'o'), 'Ø', 'O'), 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'),
        'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'þ', 'th'), 'Þ', 'TH'), 'ı', 'i'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T') AS names,
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(a.title,
        'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ø', 'o'), 'Ø', 'O'), 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'),
        'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'þ', 'th'), 'Þ', 'TH'), 'ı', 'i'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T') AS title,
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(coalesce(a.user_description, a.description),
        'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ø', 'o'), 'Ø', 'O'), 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'),
        'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'þ', 'th'), 'Þ', 'TH'), 'ı', 'i'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T') AS description,
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace((SELECT group_concat(t.name, ' ') FROM asset_tag x JOIN tag t ON t.id = x.tag_id WHERE x.asset_id = a.id),
        'ß', 'ss'), 'ẞ', 'SS'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ø', 'o'), 'Ø', 'O'), 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'),
        'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'), 'þ', 'th'), 'Þ', 'TH'), 'ı', 'i'), 'ħ', 'h'), 'Ħ', 'H'), 'ŧ', 't'), 'Ŧ', 'T') AS keywords
    FROM asset a;
CREATE VIRTUAL TABLE asset_text USING fts5(names, title, description, keywords,
    tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER asset_text_asset_added AFTER INSERT ON asset
WHEN new.title IS NOT NULL OR new.description IS NOT NULL OR new.user_description IS NOT NULL BEGIN
    DELETE FROM asset_text WHERE rowid = new.id;
    INSERT INTO asset_text (rowid, names, title, description, keywords)
        SELECT id, names, title, description, keywords FROM asset_text_source WHERE id = new.id;
END;
CREATE TRIGGER asset_text_asset_changed AFTER UPDATE OF title, description, user_description ON asset
WHEN new.title IS NOT old.title OR new.description IS NOT old.description
    OR new.user_description IS NOT old.user_description BEGIN
    DELETE FROM asset_text WHERE rowid = new.id;
    INSERT INTO asset_text (rowid, names, title, description, keywords)
        SELECT id, names, title, description, keywords FROM asset_text_source WHERE id = new.id;
END;
CREATE TRIGGER asset_text_asset_removed AFTER DELETE ON asset BEGIN
    DELETE FROM asset_text WHERE rowid = old.id;
END;
CREATE TRIGGER asset_text_file_added AFTER INSERT ON file WHEN new.asset_id IS NOT NULL BEGIN
    DELETE FROM asset_text WHERE rowid = new.asset_id;
    INSERT INTO asset_text (rowid, names, title, description, keywords)
        SELECT id, names, title, description, keywords FROM asset_text_source WHERE id = new.asset_id;
END;
CREATE TRIGGER asset_text_file_moved AFTER UPDATE OF rel_path, asset_id ON file
WHEN new.rel_path IS NOT old.rel_path OR new.asset_id IS NOT old.asset_id BEGIN
    DELETE FROM asset_text WHERE rowid = old.asset_id;
    INSERT INTO asset_text (rowid, names, title, description, keywords)
        SELECT id, names, title, description, keywords FROM asset_text_source WHERE id = old.asset_id;
    DELETE FROM asset_text WHERE rowid = new.asset_id;
    INSERT INTO asset_text (rowid, names, title, description, keywords)
        SELECT id, names, title, description, keywords FROM asset_text_source WHERE id = new.asset_id;
END;
CREATE TRIGGER asset_text_file_removed AFTER DELETE ON file WHEN old.asset_id IS NOT NULL BEGIN
    DELETE FROM asset_text WHERE rowid = old.asset_id;
    INSERT INTO asset_text (rowid, names, title, description, keywords)
        SELECT id, names, title, description, keywords FROM asset_text_source WHERE id = old.asset_id;
END;
CREATE TRIGGER asset_text_tag_added AFTER INSERT ON asset_tag BEGIN
    DELETE FROM asset_text WHERE rowid = new.asset_id;
    INSERT INTO asset_text (rowid, names, title, description, keywords)
        SELECT id, names, title, description, keywords FROM asset_text_source WHERE id = new.asset_id;
END;
CREATE TRIGGER asset_text_tag_removed AFTER DELETE ON asset_tag BEGIN
    DELETE FROM asset_text WHERE rowid = old.asset_id;
    INSERT INTO asset_text (rowid, names, title, description, keywords)
        SELECT id, names, title, description, keywords FROM asset_text_source WHERE id = old.asset_id;
END;
CREATE TRIGGER asset_text_tag_renamed AFTER UPDATE OF name ON tag WHEN new.name IS NOT old.name BEGIN
    DELETE FROM asset_text WHERE rowid IN (SELECT asset_id FROM asset_tag WHERE tag_id = new.id);
    INSERT INTO asset_text (rowid, names, title, description, keywords)
        SELECT id, names, title, description, keywords FROM asset_text_source
        WHERE id IN (SELECT asset_id FROM asset_tag WHERE tag_id = new.id);
END;
INSERT INTO asset_text (rowid, names, title, description, keywords)
    SELECT id, names, title, description, keywords FROM asset_text_source;
INSERT INTO asset_text (asset_text) VALUES ('optimize');
CREATE INDEX file_by_asset_shown ON file(asset_id, status, role);
DROP INDEX file_by_asset;
)sql";
// home_choice: the user's correction of where home was (core/stories
// HomeTimeline), for the local days first_day..last_day (days since
// 1970-01-01) of a period as it was found: another place (its position and
// name), or no fixed home (latitude and longitude NULL: no trips then).
const char *const kHomeChoice = R"sql(
CREATE TABLE home_choice (
    first_day INTEGER PRIMARY KEY,
    last_day INTEGER NOT NULL,
    latitude REAL,
    longitude REAL,
    place TEXT,
    updated_at INTEGER NOT NULL
);
)sql";
} // namespace

const std::vector<CatalogSchema::Migration> &CatalogSchema::migrations()
{
    static const std::vector<Migration> all = {
        {1, kVersion1},          {2, kVersion2},
        {3, kVersion3},          {4, kDuplicatesSchema},
        {5, kPeopleSchema},      {6, kEditingSchema},
        {7, kUserCaptureTime},   {8, kTrashSchema},
        {9, kNotAFaceSchema},    {10, kImportByContentIndex},
        {11, kCropHashes},       {12, kPhoneFilesSchema},
        {13, kPlaceSchema},      {14, kFileDamage},
        {15, kBurstChoice},      {16, kThingSchema},
        {17, kSearchText},       {18, kLiveFolders},
        {19, kUserLocation},     {20, kStoriesSchema},
        {21, kSearchTextFolded}, {22, kHomeChoice},
    };
    return all;
}

int CatalogSchema::latestVersion() { return migrations().back().version; }

void CatalogSchema::migrate(sqlite3 *db, int target)
{
    auto execute = [db](const char *sql, const std::string &context) {
        char *message = nullptr;
        if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
            const std::string text = message ? message : "unknown error";
            sqlite3_free(message);
            throw SqlError(context + ": " + text);
        }
    };
    for (const Migration &m : migrations()) {
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr);
        const int current = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int(stmt, 0) : 0;
        sqlite3_finalize(stmt);
        if (m.version <= current || m.version > target)
            continue;
        const std::string context = "migration to version " + std::to_string(m.version);
        execute("BEGIN IMMEDIATE", context);
        try {
            execute(m.sql, context);
            execute(("PRAGMA user_version = " + std::to_string(m.version)).c_str(), context);
            execute("COMMIT", context);
        } catch (...) {
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
    }
}

} // namespace tintype
