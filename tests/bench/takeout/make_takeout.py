#!/usr/bin/env python3
"""Builds a Google-Takeout-like export from a folder of photos, for the
benchmark: year folders with one JSON sidecar per photo, album folders that
repeat a share of the photos (with their own sidecars and metadata.json), all
split into -001.zip ... parts of about --part-mb like Google's downloads (so a
sidecar and its photo may sit in different parts)."""
import argparse, json, os, random, zipfile

ap = argparse.ArgumentParser()
ap.add_argument("--photos", required=True)
ap.add_argument("--out", required=True)
ap.add_argument("--part-mb", type=int, default=512)
ap.add_argument("--album-share", type=float, default=0.25)
ap.add_argument("--albums", type=int, default=8)
args = ap.parse_args()

rng = random.Random(7)
photos = sorted(os.path.join(r, f) for r, _, fs in os.walk(args.photos) for f in fs if f.lower().endswith(".jpg"))
entries = []  # (arcname, source path or None, bytes or None)
for i, path in enumerate(photos):
    name = os.path.basename(path)
    year = 2010 + i % 12
    taken = 1262304000 + i * 86400 * 3
    side = {"title": name, "description": "",
            "photoTakenTime": {"timestamp": str(taken), "formatted": ""},
            "geoData": {"latitude": 48.85 + (i % 50) / 100, "longitude": 2.35, "altitude": 30.0,
                        "latitudeSpan": 0.0, "longitudeSpan": 0.0},
            "favorited": i % 10 == 0}
    folder = "Takeout/Google Photos/Photos from %d" % year
    entries.append(("%s/%s" % (folder, name), path, None))
    entries.append(("%s/%s.supplemental-metadata.json" % (folder, name), None, json.dumps(side).encode()))
    if rng.random() < args.album_share:
        album = "Takeout/Google Photos/Album %d" % rng.randrange(args.albums)
        entries.append(("%s/%s" % (album, name), path, None))
        entries.append(("%s/%s.supplemental-metadata.json" % (album, name), None, json.dumps(side).encode()))
for k in range(args.albums):
    entries.append(("Takeout/Google Photos/Album %d/metadata.json" % k, None,
                    json.dumps({"title": "Album %d" % k, "description": ""}).encode()))

os.makedirs(args.out, exist_ok=True)
part, written, z = 0, 0, None
for arcname, path, data in entries:
    size = os.path.getsize(path) if path else len(data)
    if z is None or written + size > args.part_mb << 20:
        if z:
            z.close()
        part += 1
        written = 0
        z = zipfile.ZipFile(os.path.join(args.out, "takeout-20261125T101010Z-%03d.zip" % part), "w",
                            zipfile.ZIP_DEFLATED, compresslevel=1)
    if path:
        z.write(path, arcname)
    else:
        z.writestr(arcname, data)
    written += size
z.close()
print(part)
