// SPDX-License-Identifier: Apache-2.0
// What each role sees. The server enforces access; this only keeps menus free of pages a role can't use.

export const ROLES = ['ADMIN', 'PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE', 'GRID_WORKER', 'DEPARTMENT', 'AUDITOR'];

const OFFICERS = ['ADMIN', 'PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE', 'GRID_WORKER'];
const COUNTY_AND_ABOVE = ['ADMIN', 'PROVINCE', 'CITY', 'COUNTY'];

/** Route name → roles that may open it. */
export const ACCESS = {
  dashboard: OFFICERS,
  regions: OFFICERS,
  households: OFFICERS,
  household: OFFICERS,
  warnings: OFFICERS,
  cases: OFFICERS,
  case: OFFICERS,
  leads: OFFICERS,
  gaps: OFFICERS,
  overdue: ['ADMIN', 'PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP'],
  screening: COUNTY_AND_ABOVE,
  imports: [...OFFICERS, 'DEPARTMENT'],
  whatIf: COUNTY_AND_ABOVE,
  rules: COUNTY_AND_ABOVE,
  audit: ['AUDITOR'],
  exit: OFFICERS,
  exitVillage: OFFICERS,
  exitHousehold: OFFICERS,
  phoneTasks: OFFICERS,
  phoneVisit: OFFICERS,
  phoneLead: OFFICERS,
  phoneMe: OFFICERS,
};

/** The level at which a role takes part in the procedure (Step.actors() on the server); null: none. */
const ACTOR_LEVELS = { VILLAGE: 'VILLAGE', GRID_WORKER: 'GRID', TOWNSHIP: 'TOWNSHIP', COUNTY: 'COUNTY' };
export function actorLevel(role) {
  return ACTOR_LEVELS[role] ?? null;
}

/** Which imports a role may start: households (建档立卡, every officer) and/or department feeds. */
export function importKinds(role) {
  if (role === 'DEPARTMENT') return ['feeds'];
  if (role === 'ADMIN' || role === 'PROVINCE') return ['households', 'feeds'];
  return ['households'];
}

/** Roles that record the provincial exit assessment: sample surveys and county approvals (Role.ASSESS_EXIT on the server). */
export function mayAssessExit(role) {
  return role === 'ADMIN' || role === 'PROVINCE';
}

export function mayOpen(routeName, role) {
  const allowed = ACCESS[routeName];
  return !allowed || allowed.includes(role);
}

/** The page a role lands on after logging in. */
export function homeOf(role, narrow) {
  if (role === 'AUDITOR') return { name: 'audit' };
  if (role === 'DEPARTMENT') return { name: 'imports' };
  if (narrow && usesPhoneLayout(role)) return { name: 'phoneTasks' };
  return { name: 'dashboard' };
}

export function usesPhoneLayout(role) {
  return role === 'VILLAGE' || role === 'GRID_WORKER';
}

/** The region a user's pages start from: their own; a grid worker's village (their data scope). */
export function homeRegion(user) {
  const code = user?.regionCode ?? '360000000000';
  return code.length === 15 ? code.slice(0, 12) : code;
}
