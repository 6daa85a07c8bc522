// SPDX-License-Identifier: Apache-2.0
// Unit tests of the UI's plain functions (node --test; run by `npm test` and the Maven build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toCsv } from '../src/utils/csv.js';
import { ancestorsOf, levelOf, within } from '../src/utils/regions.js';
import { currentValue } from '../src/utils/parameters.js';
import { label, readableCodes, t } from '../src/i18n/index.js';
import { actorLevel, homeRegion, importKinds, mayOpen } from '../src/auth/roles.js';

test('CSV cells that a spreadsheet would run as formulas are neutralised, quotes doubled, BOM first', () => {
  const csv = toCsv([{ label: '值', value: (r) => r }], ['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '张三', 'a,b']);
  assert.equal(csv, '\uFEFF值\r\n"\'=HYPERLINK(""x"")"\r\n\'+1\r\n\'-2\r\n\'@SUM(A1)\r\n张三\r\n"a,b"\r\n');
});

test('region levels, ancestors and containment follow the 12-digit codes', () => {
  assert.equal(levelOf('360000000000'), 'province');
  assert.equal(levelOf('360800000000'), 'city');
  assert.equal(levelOf('360821000000'), 'county');
  assert.equal(levelOf('360821100000'), 'township');
  assert.equal(levelOf('360821100201'), 'village');
  assert.equal(levelOf('360821100201001'), 'grid');
  assert.deepEqual(ancestorsOf('360821100201'), ['360000000000', '360800000000', '360821000000', '360821100000', '360821100201']);
  assert.ok(within('360821100201', '360821000000'));
  assert.ok(!within('360822100201', '360821000000'));
  assert.ok(within('360821000000', '360821000000'));
});

test('a parameter takes the value of the latest year not after the one asked for', () => {
  const version = { values: [
    { name: 'monitoring_line', year: 2025, value: 7600 },
    { name: 'monitoring_line', year: 2026, value: 7900 },
    { name: 'rural_income_last_year', year: 2026, value: 23900 }] };
  assert.equal(currentValue(version, 'monitoring_line', 2026), 7900);
  assert.equal(currentValue(version, 'monitoring_line', 2030), 7900);
  assert.equal(currentValue(version, 'monitoring_line', 2025), 7600);
  assert.equal(currentValue(version, 'monitoring_line', 2020), null);
});

test('messages fill placeholders, label codes and make registry codes in server texts Chinese', () => {
  assert.equal(t('pager.page', { page: 3 }), '第 3 页');
  assert.equal(t('no.such.key'), 'no.such.key');
  assert.equal(label('roles', 'GRID_WORKER'), '网格员');
  assert.equal(label('roles', 'UNKNOWN'), 'UNKNOWN');
  assert.equal(readableCodes('户类型 EXITED ≠ MONITORED；参考人均收入 4250 < 7900'), '户类型 脱贫户 ≠ 监测户；参考人均收入 4250 < 7900');
  assert.equal(readableCodes('W_INCOME_BELOW_LINE'), 'W_INCOME_BELOW_LINE');
});

test('menus follow the roles: auditors read the audit log only, department uploaders import feeds only', () => {
  assert.ok(mayOpen('audit', 'AUDITOR'));
  assert.ok(!mayOpen('households', 'AUDITOR'));
  assert.ok(!mayOpen('audit', 'ADMIN'));
  assert.ok(mayOpen('imports', 'DEPARTMENT'));
  assert.ok(!mayOpen('dashboard', 'DEPARTMENT'));
  assert.deepEqual(importKinds('DEPARTMENT'), ['feeds']);
  assert.deepEqual(importKinds('VILLAGE'), ['households']);
  assert.ok(!mayOpen('whatIf', 'VILLAGE'));
  assert.equal(homeRegion({ regionCode: '360821100201001' }), '360821100201');
  assert.equal(homeRegion({ regionCode: '360821000000' }), '360821000000');
});

test('the procedure: case pages for officers, the overdue list for the levels it escalates to, steps by level', () => {
  for (const role of ['VILLAGE', 'GRID_WORKER', 'TOWNSHIP', 'COUNTY', 'CITY', 'PROVINCE']) assert.ok(mayOpen('cases', role), role);
  for (const role of ['AUDITOR', 'DEPARTMENT']) assert.ok(!mayOpen('cases', role) && !mayOpen('case', role) && !mayOpen('overdue', role), role);
  assert.ok(!mayOpen('overdue', 'VILLAGE') && !mayOpen('overdue', 'GRID_WORKER'));
  assert.ok(mayOpen('overdue', 'TOWNSHIP') && mayOpen('overdue', 'CITY'));
  // the levels of Step.actors() on the server: a grid worker acts at GRID, city and province take no step
  assert.deepEqual(['VILLAGE', 'GRID_WORKER', 'TOWNSHIP', 'COUNTY', 'CITY', 'PROVINCE', 'AUDITOR'].map(actorLevel),
    ['VILLAGE', 'GRID', 'TOWNSHIP', 'COUNTY', null, null, null]);
});

test('exit criteria read as a person reads them: rates in per cent with their counts, income in yuan, 三保障 in members', async () => {
  const { shownValue, shownRequirement, shownCounts } = await import('../src/utils/exit.js');
  const incidence = { criterion: 'INCIDENCE', verdict: 'PASS', value: 0.006042, threshold: 0.02, numerator: 4, denominator: 662 };
  assert.equal(shownValue(incidence), '0.60%');
  assert.equal(shownRequirement(incidence), '低于 2.00%');
  assert.equal(shownCounts(incidence), '4 / 662 人');
  const recognition = { criterion: 'RECOGNITION', verdict: 'FAIL', value: 0.85, threshold: 0.9, numerator: 85, denominator: 100 };
  assert.equal(shownRequirement(recognition), '不低于 90.00%');
  assert.equal(shownCounts(recognition), '85 / 100 户');
  assert.equal(shownValue({ criterion: 'WRONG_EXIT', verdict: 'UNKNOWN', value: null, threshold: 0.02, numerator: 0, denominator: 0 }), '—');
  const income = { criterion: 'INCOME', verdict: 'PASS', value: 49361.54, threshold: 4000 };
  assert.equal(shownValue(income), '49,361.54 元');
  assert.equal(shownRequirement(income), '高于 4,000.00 元');
  assert.equal(shownCounts(income), '');
  assert.equal(shownValue({ criterion: 'INCOME', verdict: 'UNKNOWN', value: null, threshold: 2952 }), '—');
  assert.equal(shownValue({ criterion: 'EDUCATION', verdict: 'FAIL', value: 2 }), '失学辍学 2 人');
  assert.equal(shownValue({ criterion: 'HOUSING', verdict: 'FAIL', value: 1 }), '未保障');
});

test('exit evaluation: every officer reads it; only the province level records surveys and approvals', async () => {
  const { mayOpen, mayAssessExit } = await import('../src/auth/roles.js');
  for (const role of ['ADMIN', 'PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE', 'GRID_WORKER']) assert.ok(mayOpen('exit', role), role);
  for (const role of ['AUDITOR', 'DEPARTMENT']) assert.ok(!mayOpen('exit', role), role);
  assert.deepEqual(['ADMIN', 'PROVINCE', 'CITY', 'COUNTY'].filter(mayAssessExit), ['ADMIN', 'PROVINCE']);
});
