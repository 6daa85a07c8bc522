// SPDX-License-Identifier: Apache-2.0
import { check, textOf } from '../lib/expect.mjs';
import { LI } from './procedure.mjs';

const COUNTY = '360821000000';
const sum = (map) => Object.values(map).reduce((s, v) => s + v, 0);
const shown = (n) => new Intl.NumberFormat('zh-CN').format(n);

/** The county dashboard's monitoring figures are the monthly report's, the poverty chart the history's; the overdue list. */
export const monitoringFigures = {
  name: 'dashboard-monitoring-figures-and-overdue-list',
  async run(ctx) {
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 7);
    const report = await ctx.api.call('jianxian', `/api/v1/monitoring/reports/monthly?region=${COUNTY}&month=${month}`);
    const monitored = sum(report.total.monitored);
    check(monitored >= 1, `the procedure scenario confirmed a household this month (report: ${monitored})`);
    const poverty = await ctx.api.call('jianxian', `/api/v1/reports/poverty?region=${COUNTY}&year=2015`);

    const s = await ctx.session();
    await s.signIn('jianxian');
    const figure = (key) => s.page.locator(`[data-test=monthly-report] [data-figure=${key}] .value`);
    await textOf(figure('monitored'), new RegExp(`^${shown(monitored)}$`));
    await textOf(figure('openCases'), new RegExp(`^${shown(report.total.openCases)}$`));
    await textOf(figure('overdue'), new RegExp(`^${shown(report.total.overdue)}$`));
    await textOf(figure('removed'), new RegExp(`^${shown(report.total.removed)}$`));
    await s.page.locator('[data-test=monthly-report] canvas').first().waitFor();
    check(poverty.incidence != null, 'the demo history gives 吉安县 a poverty incidence');
    await s.page.locator('[data-test=poverty] canvas').waitFor();
    await s.screenshot('desktop-dashboard-county-monitoring', { height: 1500 });

    await s.page.locator('[data-menu=cases]').click();
    await s.page.locator('[data-test=case-table] .el-table__row').first().waitFor();
    await s.page.locator('[data-test=case-open]').click(); // all cases, the confirmed one too
    await s.page.getByRole('button', { name: '查询' }).click();
    await textOf(s.page.locator('[data-test=case-table] .el-table__body'), new RegExp(LI));
    await s.screenshot('desktop-cases');

    // four days pass for an open case of the set-up's department warnings: its home visit (3 days) is late
    const open = await ctx.api.call('village', '/api/v1/monitoring/cases?region=360821100201&open=true&stage=AWAITING_VISIT&size=50');
    const late = open.items.find((c) => c.householdId !== LI);
    check(late, 'the set-up screening opened a case awaiting its visit');
    await ctx.daysPass(late.id, 4);
    const overdue = await ctx.api.call('jianxian', `/api/v1/monitoring/overdue?region=${COUNTY}`);
    check(overdue.some((c) => c.id === late.id), `case ${late.id} is overdue`);
    await s.page.locator('[data-menu=overdue]').click();
    const row = s.page.locator('[data-test=overdue] tr.overdue-row', { hasText: late.householdId });
    await textOf(row, /已逾期[\s\S]*乡镇级督办/);
    const rows = await s.page.locator('[data-test=overdue] .el-table__body tr.el-table__row').count();
    check(rows === overdue.length, `the overdue list has ${overdue.length} cases, the page ${rows}`);
    await s.screenshot('desktop-overdue');
  },
};
