#!/usr/bin/env node
// Generates core/geo/TimeZoneGridData.cpp (the time zone quadtree compiled into
// tintype-core) and tests/data/geo/timezone_reference_points.csv (points on
// land with the package's answer) from the npm package @photostructure/tz-lookup
// (CC0-1.0; boundaries from timezone-boundary-builder), at the pinned version.
//
// Run once at development time, from anywhere:
//   node core/geo/tools/generate_timezone_grid.mjs [--package-dir DIR]
// It fetches the package with `npm pack` into a temporary folder (or reads an
// unpacked package from --package-dir), so the build and CI never need Node.
//
// How: the package answers from its own quadtree over 7.5 degree root cells.
// We treat it as a black box: ask it for the zone at the centre of every cell
// of a fine grid aligned with those root cells, merge equal quadrants bottom
// up into our quadtree, and check the result against the package at random
// points (it prints the agreement). About two minutes.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGE = "@photostructure/tz-lookup";
const VERSION = "11.7.0";
const PACKAGE_ROOT_COLUMNS = 48; // 7.5 degree root cells of the package
const PACKAGE_ROOT_ROWS = 24;
const REFERENCE_POINTS = 5000;
const REFERENCE_EDGE_POINTS = 1000;
const ACCURACY_POINTS = 100000;
const SEED = 20240601;
// 7.5 / 2^10 degrees = 0.0073 degrees (~800 m). The package (11.7.0) splits
// 9 levels deep; sampling one level finer shows that it goes no deeper.
const SAMPLE_DEPTH = 10;

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../../..");
const dataOut = path.join(repo, "core/geo/TimeZoneGridData.cpp");
const referenceOut = path.join(repo, "tests/data/geo/timezone_reference_points.csv");

function packageSource() {
  const i = process.argv.indexOf("--package-dir");
  let dir;
  if (i > 0) {
    dir = process.argv[i + 1];
  } else {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tz-grid-"));
    const tgz = execFileSync("npm", ["pack", `${PACKAGE}@${VERSION}`, "--silent"], { cwd: tmp, encoding: "utf8" })
      .trim()
      .split("\n")
      .pop();
    execFileSync("tar", ["xzf", tgz], { cwd: tmp });
    dir = path.join(tmp, "package");
  }
  const meta = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
  if (meta.name !== PACKAGE || meta.version !== VERSION || meta.license !== "CC0-1.0")
    throw new Error(`expected ${PACKAGE}@${VERSION} (CC0-1.0), found ${meta.name}@${meta.version} (${meta.license})`);
  return fs.readFileSync(path.join(dir, meta.main), "utf8");
}

function loadLookup() {
  const module = { exports: null };
  new Function("module", packageSource())(module);
  if (typeof module.exports !== "function") throw new Error("the package exports no lookup function");
  return module.exports;
}

// Asks the package for the zone at the centre of every cell SAMPLE_DEPTH levels
// below its 7.5 degree root cells (one level finer than its own deepest split)
// and merges four equal cells into one, bottom up. A cell is named by column
// and row in cells of its depth, rows from the north.
function buildTree(lookup) {
  let deepestSplit = 0;
  function build(col, row, depth) {
    if (depth === SAMPLE_DEPTH) {
      const cells = PACKAGE_ROOT_COLUMNS * 2 ** depth;
      return lookup(90 - ((row + 0.5) / cells) * 360, ((col + 0.5) / cells) * 360 - 180);
    }
    const children = [];
    for (let dy = 0; dy < 2; ++dy)
      for (let dx = 0; dx < 2; ++dx) children.push(build(2 * col + dx, 2 * row + dy, depth + 1));
    if (typeof children[0] === "string" && children.every((c) => c === children[0])) return children[0];
    deepestSplit = Math.max(deepestSplit, depth + 1);
    return children;
  }
  const roots = [];
  for (let row = 0; row < PACKAGE_ROOT_ROWS; ++row)
    for (let col = 0; col < PACKAGE_ROOT_COLUMNS; ++col) roots.push(build(col, row, 0));
  return { roots, maxDepth: deepestSplit };
}

// Our encoding: a root grid of (48 << r) x (24 << r) entries, then blocks of
// four entries (north-west, north-east, south-west, south-east) per inner
// node. An entry below the zone count is a zone; otherwise it names the inner
// node (entry - zoneCount). Identical subtrees are stored once.
function encode(tree, rootLevel) {
  const zoneSet = new Set();
  (function collect(n) {
    if (typeof n === "string") zoneSet.add(n);
    else n.forEach(collect);
  })(tree.roots);
  const zones = [...zoneSet].sort();
  const zoneIndex = new Map(zones.map((z, i) => [z, i]));
  const nodes = [];
  const known = new Map();
  function entry(n) {
    if (typeof n === "string") return zoneIndex.get(n);
    const children = n.map(entry);
    const key = children.join(",");
    if (!known.has(key)) {
      known.set(key, zones.length + nodes.length);
      nodes.push(children);
    }
    return known.get(key);
  }
  // The subtree covering cell (col,row) at rootLevel below a package root.
  function at(n, col, row, level) {
    if (typeof n === "string" || level === 0) return n;
    const half = 1 << (level - 1);
    const q = (row >= half ? 2 : 0) + (col >= half ? 1 : 0);
    return at(n[q], col % half, row % half, level - 1);
  }
  const columns = PACKAGE_ROOT_COLUMNS << rootLevel;
  const rows = PACKAGE_ROOT_ROWS << rootLevel;
  const root = [];
  for (let row = 0; row < rows; ++row)
    for (let col = 0; col < columns; ++col) {
      const parent = tree.roots[(row >> rootLevel) * PACKAGE_ROOT_COLUMNS + (col >> rootLevel)];
      const side = 1 << rootLevel;
      root.push(entry(at(parent, col % side, row % side, rootLevel)));
    }
  const entries = root.concat(nodes.flat());
  if (zones.length + nodes.length > 0xffff) throw new Error("too many nodes for 16-bit entries");
  return { zones, columns, rows, depth: tree.maxDepth - rootLevel, entries };
}

// The same lookup as core/geo/TimeZoneLookup.cpp, to check the encoding.
function gridLookup(grid, lat, lon) {
  if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) return "";
  if (lat === 90) return "Etc/GMT";
  if (lat === -90) return "Antarctica/McMurdo";
  const scale = 2 ** grid.depth;
  const column = (grid.columns * (lon + 180)) / 360.00000000000006; // the package's edge rule
  const row = (grid.rows * (90 - lat)) / 180.00000000000003;
  const ix = Math.max(0, Math.min(Math.floor(column * scale), grid.columns * scale - 1));
  const iy = Math.max(0, Math.min(Math.floor(row * scale), grid.rows * scale - 1));
  let v = grid.entries[Math.floor(iy / scale) * grid.columns + Math.floor(ix / scale)];
  const rootCount = grid.columns * grid.rows;
  for (let shift = grid.depth - 1; v >= grid.zones.length; --shift) {
    const q = (Math.floor(iy / 2 ** shift) % 2) * 2 + (Math.floor(ix / 2 ** shift) % 2);
    v = grid.entries[rootCount + 4 * (v - grid.zones.length) + q];
  }
  return grid.zones[v];
}

function random(seed) {
  let s = seed >>> 0;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

// Uniform on the sphere, rounded to 6 decimals (what the CSV stores).
function randomPoint(next) {
  const lat = (Math.asin(2 * next() - 1) * 180) / Math.PI;
  const lon = next() * 360 - 180;
  return [Number(lat.toFixed(6)), Number(lon.toFixed(6))];
}

// A point exactly on a cell edge of some depth (round coordinates such as
// 0, 15 or 7.5 degrees are edges), not a pole.
function edgePoint(next) {
  const step = 7.5 / 2 ** Math.floor(next() * (SAMPLE_DEPTH + 1));
  const rows = Math.round(180 / step);
  const lat = 90 - (1 + Math.floor(next() * (rows - 1))) * step;
  const lon = -180 + Math.floor(next() * (2 * rows + 1)) * step;
  return [lat, lon];
}

const isNautical = (zone) => zone.startsWith("Etc/");

function measure(grid, lookup) {
  const next = random(SEED + 1);
  let land = 0;
  let landMatches = 0;
  let all = 0;
  let allMatches = 0;
  const misses = [];
  while (land < ACCURACY_POINTS) {
    const [lat, lon] = randomPoint(next);
    const expected = lookup(lat, lon);
    const ok = gridLookup(grid, lat, lon) === expected;
    ++all;
    allMatches += ok;
    if (!isNautical(expected)) {
      ++land;
      landMatches += ok;
    }
    if (!ok && misses.length < 10) misses.push(`${lat},${lon}: ${expected} vs ${gridLookup(grid, lat, lon)}`);
  }
  let edgeMatches = 0;
  for (let i = 0; i < ACCURACY_POINTS; ++i) {
    const [lat, lon] = edgePoint(next);
    const ok = gridLookup(grid, lat, lon) === lookup(lat, lon);
    edgeMatches += ok;
    if (!ok && misses.length < 20) misses.push(`edge ${lat},${lon}: ${lookup(lat, lon)} vs ${gridLookup(grid, lat, lon)}`);
  }
  return { land, landMatches, all, allMatches, edgeMatches, misses };
}

function writeData(grid) {
  const lines = [];
  lines.push("// Generated by core/geo/tools/generate_timezone_grid.mjs from");
  lines.push(`// ${PACKAGE}@${VERSION} (CC0-1.0). Do not edit; run the generator.`);
  lines.push('#include "geo/TimeZoneGridData.h"');
  lines.push("");
  lines.push("namespace tintype::timezonegriddata {");
  lines.push("");
  lines.push("// clang-format off");
  lines.push(`const int kRootColumns = ${grid.columns};`);
  lines.push(`const int kRootRows = ${grid.rows};`);
  lines.push(`const int kDepth = ${grid.depth};`);
  lines.push(`const int kZoneCount = ${grid.zones.length};`);
  lines.push(`const int kEntryCount = ${grid.entries.length};`);
  lines.push("");
  lines.push("const char *const kZoneNames[] = {");
  for (const z of grid.zones) lines.push(`    "${z}",`);
  lines.push("};");
  lines.push("");
  lines.push("const std::uint16_t kEntries[] = {");
  for (let i = 0; i < grid.entries.length; i += 16) lines.push(`    ${grid.entries.slice(i, i + 16).join(",")},`);
  lines.push("};");
  lines.push("// clang-format on");
  lines.push("");
  lines.push("} // namespace tintype::timezonegriddata");
  fs.writeFileSync(dataOut, lines.join("\n") + "\n");
}

function writeReference(lookup) {
  const next = random(SEED);
  const rows = [
    `# The zone ${PACKAGE}@${VERSION} gives at ${REFERENCE_POINTS} random points in a named zone (land and`,
    `# territorial waters, uniform on the sphere), then at ${REFERENCE_EDGE_POINTS} points exactly on cell edges.`,
    "latitude,longitude,zone",
  ];
  for (let count = 0; count < REFERENCE_POINTS; ) {
    const [lat, lon] = randomPoint(next);
    const zone = lookup(lat, lon);
    if (!isNautical(zone)) {
      rows.push(`${lat},${lon},${zone}`);
      ++count;
    }
  }
  for (let count = 0; count < REFERENCE_EDGE_POINTS; ++count) {
    const [lat, lon] = edgePoint(next);
    rows.push(`${lat},${lon},${lookup(lat, lon)}`);
  }
  fs.mkdirSync(path.dirname(referenceOut), { recursive: true });
  fs.writeFileSync(referenceOut, rows.join("\n") + "\n");
}

const started = Date.now();
const lookup = loadLookup();
const tree = buildTree(lookup);
console.log(`sampled ${(PACKAGE_ROOT_COLUMNS * PACKAGE_ROOT_ROWS * 4 ** SAMPLE_DEPTH).toLocaleString("en")} cells; deepest split ${tree.maxDepth} levels below the 7.5 degree cells`);
if (tree.maxDepth >= SAMPLE_DEPTH) console.log("warning: the package splits as deep as we sample; raise SAMPLE_DEPTH");
const candidates = [0, 1, 2, 3].map((level) => encode(tree, level));
for (const c of candidates)
  console.log(`root ${c.columns}x${c.rows}, depth ${c.depth}: ${c.zones.length} zones, ${c.entries.length} entries, ${c.entries.length * 2} bytes`);
// Deeper root grids mean fewer steps per lookup; take the one that stays small.
const grid = candidates.filter((c) => c.entries.length * 2 <= 160 * 1024).pop();
const m = measure(grid, lookup);
console.log(`chosen: root ${grid.columns}x${grid.rows}, depth ${grid.depth}, ${grid.entries.length * 2} bytes of entries`);
const percent = (n, d) => `${n}/${d} (${((100 * n) / d).toFixed(3)}%)`;
console.log(`agreement with the package: land ${percent(m.landMatches, m.land)}, everywhere ${percent(m.allMatches, m.all)}, on cell edges ${percent(m.edgeMatches, ACCURACY_POINTS)}`);
for (const miss of m.misses) console.log(`  differs at ${miss}`);
writeData(grid);
writeReference(lookup);
console.log(`wrote ${path.relative(repo, dataOut)} and ${path.relative(repo, referenceOut)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
