#!/usr/bin/env node
// Builds map.bin, the basemap core/geo/WorldMap reads (layout in
// core/geo/README.md), from two unpacked npm packages that
// packaging/fetch-models.sh fetches (pinned version + SHA-256):
//   world-atlas 2.0.2 (ISC; Natural Earth 1:10m land and admin-0 countries, public domain)
//   i18n-iso-countries 7.14.0 (MIT; ISO numeric → alpha-2 codes)
//
//   node core/geo/tools/build_map_data.mjs ATLAS_DIR COUNTRIES_DIR OUT
// Points are stored in Web Mercator, normalised to [0, 1] (x east, y south),
// so the map draws them with one multiply-add.

import fs from "node:fs";

export const FORMAT_VERSION = 1;
const MAX_LAT = 85.05112878;
// Natural Earth features without an ISO numeric id (as build_places_index.mjs).
const UNNUMBERED = {
  Dhekelia: "CY", Akrotiri: "CY", "N. Cyprus": "CY", "Cyprus U.N. Buffer Zone": "CY",
  Somaliland: "SO", Kosovo: "XK", "USNB Guantanamo Bay": "CU", "Siachen Glacier": "IN",
  Baikonur: "KZ", "Indian Ocean Ter.": "CX", "Coral Sea Is.": "AU", "Clipperton I.": "CP",
  "Bajo Nuevo Bank": "CO", "Serranilla Bank": "CO",
};

const [atlasDir, countriesDir, out] = process.argv.slice(2);
if (!out) {
  console.error("usage: build_map_data.mjs ATLAS_DIR COUNTRIES_DIR OUT");
  process.exit(2);
}
const readJson = (p) => JSON.parse(fs.readFileSync(p, "utf8"));
const topo = readJson(`${atlasDir}/countries-10m.json`);
const codes = readJson(`${countriesDir}/codes.json`);
const numericToAlpha2 = new Map(codes.map((c) => [c[2], c[0]]));

// ---- decode the quantised, delta-encoded arcs into lon/lat
const [sx, sy] = topo.transform.scale;
const [tx, ty] = topo.transform.translate;
const arcs = topo.arcs.map((arc) => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [x * sx + tx, y * sy + ty];
  });
});
const arcPoints = (i) => (i >= 0 ? arcs[i] : arcs[~i].slice().reverse());
function ring(indices) {
  const points = [];
  for (const i of indices) {
    const p = arcPoints(i);
    points.push(...(points.length ? p.slice(1) : p));
  }
  return points;
}
const mercator = ([lon, lat]) => {
  const l = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI / 180;
  return [(lon + 180) / 360, // beyond [0, 1] for unwrapped rings
 (1 - Math.log(Math.tan(l) + 1 / Math.cos(l)) / Math.PI) / 2];
};
const polygonsOf = (g) => (g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : []);
const signedArea = (pts) => {
  let a = 0;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) a += (pts[j][0] + pts[i][0]) * (pts[j][1] - pts[i][1]);
  return a / 2;
};

// ---- the lines: land rings (outer and holes), then borders
const points = []; // mercator x, y
const lines = []; // {first, count, flags, box}
function addLine(lonLat, flags) {
  const first = points.length / 2;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  // A ring across the date line (Chukotka, Fiji, Antarctica) jumps from 180°
  // to -180°: unwrapped, it runs on past 180° (x > 1, or < 0), and the map
  // draws it a world west or east too.
  let shift = 0, previous = null;
  for (const [lon, lat] of lonLat) {
    if (previous !== null && lon + shift - previous > 180) shift -= 360;
    else if (previous !== null && lon + shift - previous < -180) shift += 360;
    previous = lon + shift;
    const [x, y] = mercator([lon + shift, lat]);
    points.push(x, y);
    minX = Math.min(minX, x); minY = Math.min(minY, y);
    maxX = Math.max(maxX, x); maxY = Math.max(maxY, y);
  }
  lines.push({ first, count: lonLat.length, flags, box: [minX, minY, maxX, maxY] });
}
const RING_HOLE = 1, BORDER = 2;
for (const g of topo.objects.land.geometries) {
  for (const polygon of polygonsOf(g)) {
    polygon.forEach((r, k) => addLine(ring(r), k === 0 ? 0 : RING_HOLE));
  }
}
const ringCount = lines.length;
// An arc shared by two different countries is a border (topojson.mesh(a !== b)).
const arcOwners = new Map();
const countries = topo.objects.countries.geometries;
countries.forEach((g, owner) => {
  for (const polygon of polygonsOf(g))
    for (const r of polygon)
      for (const i of r) {
        const arc = i >= 0 ? i : ~i;
        if (!arcOwners.has(arc)) arcOwners.set(arc, new Set());
        arcOwners.get(arc).add(owner);
      }
});
for (const [arc, owners] of [...arcOwners].sort((a, b) => a[0] - b[0]))
  if (owners.size > 1) addLine(arcs[arc], BORDER);

// ---- country labels: the centre of each country's largest polygon (by area)
const labels = [];
for (const g of countries) {
  const code = numericToAlpha2.get(g.id) || UNNUMBERED[g.properties?.name];
  if (!code) continue;
  let best = null, bestArea = 0, total = 0;
  for (const polygon of polygonsOf(g)) {
    const outer = ring(polygon[0]).map(mercator);
    const area = Math.abs(signedArea(outer));
    total += area;
    if (area > bestArea) { bestArea = area; best = outer; }
  }
  if (!best) continue;
  // Area-weighted centroid; the box centre when it falls outside (a crescent).
  let cx = 0, cy = 0, a2 = 0;
  for (let i = 0, j = best.length - 1; i < best.length; j = i++) {
    const f = best[j][0] * best[i][1] - best[i][0] * best[j][1];
    cx += (best[j][0] + best[i][0]) * f;
    cy += (best[j][1] + best[i][1]) * f;
    a2 += f;
  }
  const inside = (x, y) => {
    let c = false;
    for (let i = 0, j = best.length - 1; i < best.length; j = i++)
      if ((best[i][1] > y) !== (best[j][1] > y) &&
          x < ((best[j][0] - best[i][0]) * (y - best[i][1])) / (best[j][1] - best[i][1]) + best[i][0]) c = !c;
    return c;
  };
  let x = cx / (3 * a2), y = cy / (3 * a2);
  if (!inside(x, y)) {
    const xs = best.map((p) => p[0]), ys = best.map((p) => p[1]);
    x = (Math.min(...xs) + Math.max(...xs)) / 2;
    y = (Math.min(...ys) + Math.max(...ys)) / 2;
  }
  labels.push({ code, x, y, area: total });
}
labels.sort((a, b) => b.area - a.area); // largest first: the first drawn when space is short

// ---- write: header (32 bytes), lines (28 bytes each), labels (16 bytes each), points (8 bytes each)
const header = Buffer.alloc(32);
header.write("TTMAPBIN", 0, "latin1");
header.writeUInt32LE(FORMAT_VERSION, 8);
header.writeUInt32LE(ringCount, 12);
header.writeUInt32LE(lines.length - ringCount, 16);
header.writeUInt32LE(labels.length, 20);
header.writeUInt32LE(points.length / 2, 24);
const lineBuf = Buffer.alloc(lines.length * 28);
lines.forEach((l, i) => {
  const o = i * 28;
  lineBuf.writeUInt32LE(l.first, o);
  lineBuf.writeUInt32LE(l.count, o + 4);
  lineBuf.writeUInt32LE(l.flags, o + 8);
  l.box.forEach((v, k) => lineBuf.writeFloatLE(v, o + 12 + 4 * k));
});
const labelBuf = Buffer.alloc(labels.length * 16);
labels.forEach((l, i) => {
  const o = i * 16;
  labelBuf.write(l.code, o, "latin1");
  labelBuf.writeFloatLE(l.x, o + 4);
  labelBuf.writeFloatLE(l.y, o + 8);
  labelBuf.writeFloatLE(l.area, o + 12);
});
const pointBuf = Buffer.from(new Float32Array(points).buffer);
fs.writeFileSync(out, Buffer.concat([header, lineBuf, labelBuf, pointBuf]));
console.log(`map.bin: ${ringCount} land rings, ${lines.length - ringCount} border lines, ${labels.length} countries, ` +
  `${points.length / 2} points, ${(32 + lineBuf.length + labelBuf.length + pointBuf.length) >> 10} KB`);
