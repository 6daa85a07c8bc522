// SPDX-License-Identifier: Apache-2.0
// Levels of 12-digit region codes (GB/T 2260 + township and village digits).
export const PROVINCE_CODE = '360000000000';

export function levelOf(code) {
  if (!code || code.length !== 12) return 'grid';
  if (code.endsWith('0000000000')) return 'province';
  if (code.endsWith('00000000')) return 'city';
  if (code.endsWith('000000')) return 'county';
  if (code.endsWith('000')) return 'township';
  return 'village';
}

export const cityOf = (code) => `${code.slice(0, 4)}00000000`;
export const countyOf = (code) => `${code.slice(0, 6)}000000`;

const PREFIX = { province: 2, city: 4, county: 6, township: 9, village: 12 };

/** The part of a code that all codes inside the region share. */
export const prefixOf = (code) => code.slice(0, PREFIX[levelOf(code)] ?? code.length);

/** Whether `code` lies in (or is) the region `scope`. */
export const within = (code, scope) => code.startsWith(prefixOf(scope));

/** The region and its ancestors, province first. */
export function ancestorsOf(code) {
  const length = PREFIX[levelOf(code)];
  return [2, 4, 6, 9, 12].filter((l) => l <= length).map((l) => code.slice(0, l).padEnd(12, '0'));
}
