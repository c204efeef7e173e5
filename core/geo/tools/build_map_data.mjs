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

// ---- country labels: inside the country's largest polygon (on the Mercator
// map), at its visual centre: the pole of inaccessibility, the point farthest
// from every edge and hole (Mapbox's polylabel algorithm). A centroid or a box
// centre falls outside a crescent (Norway: in Sweden) and, for a ring across
// the date line (Russia's Chukotka, Fiji), in another ocean: rings are
// unwrapped first, as the land lines are.
function unwrapped(lonLat) {
  let shift = 0, previous = null;
  return lonLat.map(([lon, lat]) => {
    if (previous !== null && lon + shift - previous > 180) shift -= 360;
    else if (previous !== null && lon + shift - previous < -180) shift += 360;
    previous = lon + shift;
    return mercator([lon + shift, lat]);
  });
}
// Signed distance from (x, y) to the polygon's edges: positive inside.
function pointToPolygon(x, y, rings) {
  let inside = false, best = Infinity;
  for (const r of rings) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [ax, ay] = r[i], [bx, by] = r[j];
      if ((ay > y) !== (by > y) && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      let px = ax, py = ay, dx = bx - ax, dy = by - ay;
      if (dx !== 0 || dy !== 0) {
        const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
        px = ax + dx * t; py = ay + dy * t;
      }
      best = Math.min(best, (x - px) ** 2 + (y - py) ** 2);
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(best);
}
export function poleOfInaccessibility(rings, precision) {
  const outer = rings[0];
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const [x, y] of outer) {
    minX = Math.min(minX, x); minY = Math.min(minY, y);
    maxX = Math.max(maxX, x); maxY = Math.max(maxY, y);
  }
  const cell = (x, y, h) => {
    const d = pointToPolygon(x, y, rings);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  const size = Math.min(maxX - minX, maxY - minY);
  if (size === 0) return [minX, minY];
  // Cells covering the box, refined best-first (largest possible distance)
  // until none can beat the best by more than the precision.
  const queue = [];
  for (let x = minX; x < maxX; x += size) for (let y = minY; y < maxY; y += size) queue.push(cell(x + size / 2, y + size / 2, size / 2));
  let best = cell((minX + maxX) / 2, (minY + maxY) / 2, 0);
  // The area centroid is a good first guess for most shapes.
  let cx = 0, cy = 0, a2 = 0;
  for (let i = 0, j = outer.length - 1; i < outer.length; j = i++) {
    const f = outer[j][0] * outer[i][1] - outer[i][0] * outer[j][1];
    cx += (outer[j][0] + outer[i][0]) * f; cy += (outer[j][1] + outer[i][1]) * f; a2 += f;
  }
  if (a2 !== 0) {
    const c = cell(cx / (3 * a2), cy / (3 * a2), 0);
    if (c.d > best.d) best = c;
  }
  while (queue.length) {
    let k = 0;
    for (let i = 1; i < queue.length; ++i) if (queue[i].max > queue[k].max) k = i;
    const c = queue[k];
    queue[k] = queue[queue.length - 1];
    queue.pop();
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    const h = c.h / 2;
    queue.push(cell(c.x - h, c.y - h, h), cell(c.x + h, c.y - h, h), cell(c.x - h, c.y + h, h), cell(c.x + h, c.y + h, h));
  }
  return [best.x, best.y];
}

const labels = [];
for (const g of countries) {
  const code = numericToAlpha2.get(g.id) || UNNUMBERED[g.properties?.name];
  if (!code) continue;
  let best = null, bestArea = 0, total = 0;
  for (const polygon of polygonsOf(g)) {
    const rings = polygon.map((r) => unwrapped(ring(r)));
    const area = Math.abs(signedArea(rings[0]));
    total += area;
    if (area > bestArea) { bestArea = area; best = rings; }
  }
  if (!best) continue;
  // Holes (Lesotho in South Africa) unwrapped onto their outer ring's side of the date line.
  const ox = best[0][0][0];
  for (const hole of best.slice(1)) {
    const shift = Math.round(ox - hole[0][0]);
    if (shift !== 0) for (const p of hole) p[0] += shift;
  }
  const [x, y] = poleOfInaccessibility(best, 1e-6);
  labels.push({ code, x: x - Math.floor(x), y, area: total });
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
