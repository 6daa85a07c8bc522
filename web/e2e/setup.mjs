// SPDX-License-Identifier: Apache-2.0
import { villageHouseholds } from './lib/fixtures.mjs';

/** Data the scenarios rely on: eight households of 厚丰村 (imported by the county officer) and a province screening. */
export async function setUp(api) {
  const imported = await api.importHouseholds('jianxian', villageHouseholds(), '厚丰村-e2e.csv');
  if (imported.state !== 'SUCCEEDED') {
    throw new Error(`set-up import failed: ${imported.message} ${JSON.stringify(imported.errors.slice(0, 5))}`);
  }
  const run = await api.screen('province', '360000000000');
  if (run.state !== 'SUCCEEDED') throw new Error(`set-up screening failed: ${run.message}`);
}
