#!/usr/bin/env python3
"""Writes catalog-v1.sqlite .. catalog-vN.sqlite (N = COMMITS): catalogs as the Tintype of each
schema version made them, for tests/catalog/tst_catalogschema.

The schema of version N is not today's migration code: it is the migration SQL
of core/catalog/CatalogSchema.cpp at the commit that introduced version N, read
from git history and applied in order, as that build's Catalog::open did
(WAL, user_version after each step). Then every table of that version gets rows
(what a library with one root, a few photos, an album, an import, duplicates,
people, edits and a trashed file leaves), through plain INSERTs: the row values
are this script's, not the old repositories'. Run once from the repository
root; the outputs are committed (page size 512 keeps each file 10-35 KB, 2-5 KB
compressed in git). When version N+1 lands, add the commit where version N first
appeared to COMMITS (and rows for its new tables to ROWS) and run it again: the
files of the earlier versions come out the same.

    python3 tests/data/catalogs/make_old_catalogs.py
"""

import os
import re
import sqlite3
import struct
import subprocess

# The commit where each schema version first appeared (git log core/catalog/CatalogSchema.cpp).
COMMITS = {
    1: "231fa9dc660d1d438129768334dad3056ad5a031",  # Catalog (SQLite, migrations, repositories) and scanning
    2: "1a15e0583293882bd194669d4f40c57108e9be88",  # user decisions, albums
    3: "ea1737f0f7f71d52fd34c9ce90bfb88f9435df58",  # import journal, person hints
    4: "73322288710c1edeb7320f6ad5f4cb475e2a9cad",  # perceptual hashes, duplicate resolutions
    5: "65ad1c0b4e9288620cff0faf1d65163bb7c13b26",  # people and faces
    6: "1d0ef5cb39fa44f4f56e573a88c1118a9b3846fb",  # edit history
    7: "88bc2cea9a548b4ed2aee5d7dcad869c7578ace0",  # user capture time
    8: "e1a645f8e27c13d37d621f75c87c303cc9bc206e",  # trash
    9: "2282ea75f51bca1a154b904ffdff200bbcf4214e",  # not a face (merge of people)
    10: "3c21a993dc7fbdd551b658448f0b80964fb42691",  # import_item_by_content index for catalogs made before it
    11: "156130d",  # crop hashes (merge of takeout)
    12: "d04b989b1d51a5c18178f4cf9aa49c0c252b19c3",  # phone files: motion clips, content ids, bursts
    13: "ef09114",  # asset_place (merge of places)
    14: "bd294ae194fb34eaf11d54f24f6cc671665dada5",  # file.damage (damaged files)
    15: "6f5be05",  # asset.burst_chosen (bursts in the viewer)
    16: "0a80a17",  # thing, thing_scan, thing_removal (merge of things)
    17: "69edfdd",  # asset_text FTS5 index (merge of search)
    18: "a1e9b4f",  # root.inbox, asset.inbox_new (merge of live)
    19: "fd2526e",  # asset.user_latitude/longitude (merge of map)
    20: "906db57",  # trip_choice, memory_dismissal (merge of stories)
    21: "30ceaa9",  # asset_text refilled from asset_text_source, letters folded (merge of search2)
}

HERE = os.path.dirname(os.path.abspath(__file__))

# Tables (with their FTS5 shadow tables, NAME_*) whose rows triggers write from
# the other tables' rows: asset_text (search, the version after 14) indexes
# the assets, files and tags inserted here.
FILLED_BY_TRIGGERS = ("asset_text",)


def migrations_at(commit):
    source = subprocess.run(["git", "show", f"{commit}:core/catalog/CatalogSchema.cpp"], check=True,
                            capture_output=True, text=True).stdout
    blocks = dict(re.findall(r'const char \*const (\w+) = R"sql\((.*?)\)sql";', source, re.S))
    order = re.findall(r"\{(\d+), (k\w+)\}", source)
    return [(int(v), blocks[name]) for v, name in order]


def floats(*values):
    return struct.pack(f"<{len(values)}f", *values)


# Rows per table; a column the table does not have at that version is left out.
ROWS = {
    "root": [dict(id=1, path=b"/home/ann/Pictures", volume_id="uuid:5e1f-22aa", volume_path=b"ann/Pictures",
                  online=1, added_at=1700000000, last_scan_at=1700000600)],
    "asset": [
        dict(id=1, kind=0, format="jpeg", captured_utc=1690000000123, captured_offset=120, captured_source=1,
             latitude=48.8583, longitude=2.2945, altitude=35.5, width=4032, height=3024, orientation=6,
             make="Google", model="Pixel 7", lens="Pixel 7 back camera", iso=64, f_number=1.85,
             exposure_time=1 / 120, focal_length=6.81, duration=None, rating=4, title="Tower",
             description="Paris, summer", added_at=1700000100, favorite=1, archived=0, user_rating=5,
             user_rotation=90, user_description="Paris with Léa", user_captured_utc=None,
             user_captured_offset=None, motion_clip_offset=2811904, motion_clip_length=1203411,
             content_id=None, burst_id="PXL_20230722_101533"),
        dict(id=2, kind=1, format="mp4", captured_utc=None, captured_offset=None, captured_source=0,
             latitude=None, longitude=None, altitude=None, width=1920, height=1080, orientation=1, make=None,
             model=None, lens=None, iso=None, f_number=None, exposure_time=None, focal_length=None,
             duration=12.48, rating=None, title=None, description=None, added_at=1700000200, favorite=0,
             archived=1, user_rating=None, user_rotation=0, user_description=None,
             user_captured_utc=1600000000000, user_captured_offset=-300),
        dict(id=3, kind=0, format="jpeg", captured_utc=1690000005000, captured_offset=120, captured_source=1,
             latitude=None, longitude=None, altitude=None, width=1600, height=1200, orientation=1,
             make="Google", model="Pixel 7", lens=None, iso=100, f_number=1.85, exposure_time=0.01,
             focal_length=6.81, duration=None, rating=None, title=None, description=None, added_at=1700000300,
             favorite=0, archived=0, user_rating=None, user_rotation=0, user_description=None,
             user_captured_utc=None, user_captured_offset=None),
    ],
    "file": [
        dict(id=1, root_id=1, rel_path=b"2023/PXL_20230722_042640123.jpg", asset_id=1, role=0, size=3145728,
             mtime=1690000000123456789, fingerprint=bytes(range(16)), content_hash=bytes(range(16, 32)),
             status=0, error=None),
        dict(id=2, root_id=1, rel_path=b"2023/caf\xe9 \xff.mp4", asset_id=2, role=0, size=20971520,
             mtime=1690000100000000000, fingerprint=bytes(range(32, 48)), content_hash=None, status=1,
             error=None),
        dict(id=3, root_id=1, rel_path=b"2023/PXL_20230722_042640123.jpg.xmp", asset_id=1, role=2, size=2048,
             mtime=1690000200000000000, fingerprint=None, content_hash=None, status=0, error=None),
        dict(id=4, root_id=1, rel_path=b"Shared/IMG-20230722-WA0001.jpg", asset_id=3, role=0, size=310000,
             mtime=1690000300000000000, fingerprint=bytes(range(48, 64)), content_hash=bytes(range(64, 80)),
             status=0, error=None),
        dict(id=5, root_id=1, rel_path=b"broken.jpg", asset_id=None, role=0, size=0, mtime=1690000400000000000,
             fingerprint=None, content_hash=None, status=0, error="empty file"),
    ],
    "tag": [dict(id=1, name="travel"), dict(id=2, name="places/France/Paris")],
    "asset_tag": [dict(asset_id=1, tag_id=1), dict(asset_id=1, tag_id=2)],
    "album": [dict(id=1, name="Summer 2023", description="From Takeout", origin="takeout",
                   origin_key="Photos from 2023/Summer", created_at=1700000400),
              dict(id=2, name="Best", description=None, origin="user", origin_key=None, created_at=1700000500)],
    "album_item": [dict(album_id=1, asset_id=1, position=0), dict(album_id=1, asset_id=2, position=1),
                   dict(album_id=2, asset_id=1, position=0)],
    "import_item": [dict(source="takeout-20230801-001.zip", entry=b"Takeout/Google Photos/Summer/PXL.jpg",
                         decision=1, content_hash=bytes(range(16, 32)),
                         dest_path=b"2023/PXL_20230722_042640123.jpg", done_at=1700000450)],
    "person_hint": [dict(asset_id=1, name="Léa Martin", origin="takeout")],
    "asset_place": [dict(asset_id=1, latitude=48.8583, longitude=2.2945, country_code="FR", region="Île-de-France",
                         city="Paris", version=1)],
    "perceptual_hash": [dict(file_id=1, fingerprint=bytes(range(16)), hash=-6148914691236517206, error=None),
                        dict(file_id=5, fingerprint=b"\0" * 16, hash=None, error="cannot decode")],
    "duplicate_resolution": [dict(id=1, kept_asset_id=1, explanation="larger, has GPS", applied_at=1700000700,
                                  undone_at=None, undo_state='{"removedAssets":[4],"trash":[]}')],
    "duplicate_dismissal": [dict(asset_a=1, asset_b=3)],
    "person": [dict(id=1, name="Léa", hidden=0, cover_face_id=1, created_at=1700000800),
               dict(id=2, name=None, hidden=1, cover_face_id=None, created_at=1700000810)],
    "face": [dict(id=1, asset_id=1, x=0.41, y=0.22, width=0.1, height=0.14,
                  landmarks=floats(*[i / 136 for i in range(136)]), embedding=floats(*[(i - 64) / 640 for i in range(128)]),
                  score=0.987, sharpness=143.5, person_id=1, confirmed=1, clustered=1, created_at=1700000820),
             dict(id=2, asset_id=3, x=0.6, y=0.3, width=0.08, height=0.11, landmarks=None,
                  embedding=floats(*[0.01] * 128), score=0.61, sharpness=0, person_id=None, confirmed=0,
                  clustered=0, created_at=1700000830)],
    "face_rejection": [dict(face_id=1, person_id=2)],
    "face_scan": [dict(asset_id=1, models="face-api-1.7.15", face_count=1, error=None, scanned_at=1700000840),
                  dict(asset_id=2, models="face-api-1.7.15", face_count=0, error="video", scanned_at=1700000850)],
    "edit_revision": [dict(id=1, asset_id=1, stack="", fingerprint=None, created_at=1700000900),
                      dict(id=2, asset_id=1, stack='{"format":"tintype-edit","version":1,"operations":['
                           '{"op":"exposure","v":1,"params":{"stops":0.5}}]}', fingerprint="e7a1c2",
                           created_at=1700000910)],
    "edit": [dict(asset_id=1, revision_id=2, fingerprint="e7a1c2", trimmed=0, updated_at=1700000910)],
    "not_a_face": [dict(asset_id=3, x=0.1, y=0.7, width=0.05, height=0.06, created_at=1700001100)],
    "trashed_file": [dict(id=1, file_id=4, asset_id=3, original_path=b"/home/ann/Pictures/Shared/IMG-20230722-WA0001.jpg",
                          trash_path=b"/home/ann/.local/share/Trash/files/IMG-20230722-WA0001.jpg",
                          info_path=b"/home/ann/.local/share/Trash/info/IMG-20230722-WA0001.jpg.trashinfo",
                          trashed_at=1700001000)],
    "thing": [dict(id=1, asset_id=1, label="dog", score=0.81, x=0.2, y=0.3, width=0.4, height=0.5),
              dict(id=2, asset_id=2, label="bicycle", score=0.66, x=0.1, y=0.1, width=0.3, height=0.3)],
    "thing_scan": [dict(asset_id=1, model="centernet-3.0.4", error=None, scanned_at=1700001200),
                   dict(asset_id=2, model="centernet-3.0.4", error=None, scanned_at=1700001201)],
    "thing_removal": [dict(asset_id=2, label="cat")],
    "trip_choice": [dict(trip_key="2023-07-22", title="Paris with Léa", hidden=0, merged_into=None, album_id=1,
                         updated_at=1700001300),
                    dict(trip_key="2023-08-02", title=None, hidden=1, merged_into=None, album_id=None,
                         updated_at=1700001400)],
    "memory_dismissal": [dict(memory_key="years-ago/2023-07-22", dismissed_at=1700001500)],
}


def make(version):
    path = os.path.join(HERE, f"catalog-v{version}.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA page_size = 512")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA foreign_keys = ON")
    for number, sql in migrations_at(COMMITS[version]):
        if number > version:
            break
        db.execute("BEGIN IMMEDIATE")
        for statement in split(sql):
            db.execute(statement)
        db.execute(f"PRAGMA user_version = {number}")
        db.execute("COMMIT")
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")]
    db.execute("BEGIN")
    for table in tables:
        if table in FILLED_BY_TRIGGERS or table.startswith(tuple(t + "_" for t in FILLED_BY_TRIGGERS)):
            continue
        columns = {r[1] for r in db.execute(f"PRAGMA table_info({table})")}
        rows = ROWS[table]  # every table of every version has rows
        for row in rows:
            values = {k: v for k, v in row.items() if k in columns}
            db.execute(f"INSERT INTO {table} ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                       list(values.values()))
    db.execute("COMMIT")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("PRAGMA journal_mode = DELETE")  # one self-contained file to commit
    db.execute("VACUUM")
    db.close()
    print(f"{os.path.relpath(path)}: v{version}, {len(tables)} tables, {os.path.getsize(path)} bytes")


def split(sql):
    """The statements of a migration; a trigger's body keeps its ';'s (sqlite3.complete_statement)."""
    statements, current = [], ""
    for part in sql.split(";"):
        current += part + ";"
        if sqlite3.complete_statement(current):
            if current.strip(" \n;"):
                statements.append(current.strip()[:-1].rstrip())
            current = ""
    return statements


if __name__ == "__main__":
    for v in sorted(COMMITS):
        make(v)
