// SPDX-License-Identifier: Apache-2.0
import { today } from './format.js';

/** The value of a parameter for a year: the one of the latest year not after it (GET /api/v1/parameters). */
export function currentValue(version, name, year = Number(today().slice(0, 4))) {
  const values = (version?.values ?? []).filter((v) => v.name === name && v.year <= year).sort((a, b) => b.year - a.year);
  return values.length ? Number(values[0].value) : null;
}
