// SPDX-License-Identifier: Apache-2.0
import { regions } from '../api/endpoints.js';

const names = new Map();

/** A region's name (null if it cannot be read), looked up once per code per page load. */
export function regionName(code) {
  if (!names.has(code)) names.set(code, regions.get(code).then((r) => r.name).catch(() => null));
  return names.get(code);
}
