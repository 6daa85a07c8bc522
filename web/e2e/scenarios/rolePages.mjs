// SPDX-License-Identifier: Apache-2.0
import { check, textOf } from '../lib/expect.mjs';
import { PHONE } from '../lib/browser.mjs';

/** The remaining main pages, as the roles that use them see them; screenshots for docs/screenshots. */
export const rolePages = {
  name: 'main-pages-by-role',
  async run(ctx) {
    const p = await ctx.session();
    await p.signIn('province');
    await textOf(p.page.locator('[data-test=child-regions] .el-table__body'), /吉安市/);
    await p.page.locator('[data-test=trend] canvas').waitFor();
    await p.screenshot('desktop-dashboard-province', { height: 1180 });
    await p.page.locator('[data-test=region-map] svg text', { hasText: /^吉安市$/ }).click();
    await textOf(p.page.locator('[data-test=focus-path]'), /吉安市/);
    await textOf(p.page.locator('[data-test=child-regions] .el-table__body'), /吉安县/);
    await p.screenshot('desktop-dashboard-city-drilled');

    await p.page.locator('[data-menu=regions]').click();
    await p.page.locator('[data-test=region-tree] .el-tree-node__content').first().waitFor();
    await p.page.locator('[data-test=region-tree] .el-tree-node__expand-icon').first().click();
    await textOf(p.page.locator('[data-test=region-tree]'), /吉安市/);
    await p.screenshot('desktop-regions');
    await p.page.locator('[data-menu=screening]').click();
    await textOf(p.page.locator('[data-test=runs] .el-table__body'), /江西省/);
    await p.screenshot('desktop-screening');
    await p.page.locator('[data-menu=rules]').click();
    await textOf(p.page.locator('[data-test=rule-details]'), /条件/);
    await p.page.locator('[data-test=rule-table] .el-table__row', { hasText: '参考人均收入低于监测线' }).click();
    await textOf(p.page.locator('[data-test=rule-details]'), /W_INCOME_BELOW_LINE/);
    await p.page.locator('[data-test=validate-rule]').click();
    await textOf(p.page.locator('[data-test=rule-valid]'), /条件正确/);
    await p.screenshot('desktop-rules');
    await p.page.locator('[data-test=rule-condition]').fill('household.reference_income < param monitoring_lin');
    await p.page.locator('[data-test=validate-rule]').click();
    await textOf(p.page.locator('[data-test=rule-problems]'), /monitoring_lin/);
    await p.page.locator('[data-menu=warnings]').click();
    await p.page.locator('[data-test=task-table] .el-table__row').first().waitFor();
    await p.screenshot('desktop-warnings');

    const d = await ctx.session();
    await d.signIn('department', /#\/imports/);
    const menus = await d.page.locator('.el-menu-item').allInnerTexts();
    check(menus.length === 1 && menus[0].includes('数据导入'), `a department uploader sees imports only: ${menus.join(',')}`);
    check(await d.page.locator('[data-test=import-households]').count() === 0, 'and only the department-data import');
    await d.screenshot('desktop-imports-department');

    const c = await ctx.session(PHONE);
    await c.signIn('jianxian');
    await c.page.locator('[data-test=figures]').waitFor();
    await c.screenshot('phone-dashboard-county');
  },
};
