// SPDX-License-Identifier: Apache-2.0
import { check, columnTexts, textOf } from '../lib/expect.mjs';

export const countyOfficer = {
  name: 'county-officer-sees-only-the-county',
  async run(ctx) {
    const s = await ctx.session();
    await s.signIn('jianxian');
    await textOf(s.page.locator('[data-test=user-region]'), /^吉安县$/);
    await textOf(s.page.locator('[data-test=child-regions] .el-table__body'), /敦厚镇/);
    check(await s.page.locator('[data-test=region-map] svg path').count() > 0, 'the dashboard draws the county map');
    await s.screenshot('desktop-dashboard-county');

    await s.page.locator('[data-menu=households]').click();
    await textOf(s.page.locator('[data-test=household-table] .el-table__body'), /3608/);
    const ids = await columnTexts(s.page, '[data-test=household-table]', 1);
    check(ids.length > 0 && ids.every((id) => id.startsWith('360821')), `only 吉安县 households listed: ${ids.join(' ')}`);
    const menus = await s.page.locator('.el-menu-item').allInnerTexts();
    check(!menus.some((m) => m.includes('审计日志')), `a county officer has no audit menu: ${menus.join(',')}`);
    await s.screenshot('desktop-households');

    // a household of 南昌市 is not there for this officer: the server says it does not exist
    await s.goto('/households/3601020010010001');
    await textOf(s.page.locator('.el-message--error'), /不存在/);
    await textOf(s.page.locator('[data-test=household-detail] .el-empty'), /未能读取/);
  },
};

export const villageOfficer = {
  name: 'village-officer-sees-only-the-village',
  async run(ctx) {
    const s = await ctx.session();
    await s.signIn('village');
    await textOf(s.page.locator('[data-test=user-region]'), /厚丰村/);
    await textOf(s.page.locator('[data-test=focus-path]'), /厚丰村/);
    await s.screenshot('desktop-dashboard-village');
    await s.page.locator('[data-menu=households]').click();
    await textOf(s.page.locator('[data-test=household-table] .el-table__body'), /王建国/);
    const ids = await columnTexts(s.page, '[data-test=household-table]', 1);
    check(ids.length >= 8 && ids.every((id) => id.startsWith('360821100201')), `only 厚丰村 households: ${ids.join(' ')}`);
    await s.page.locator('[data-menu=warnings]').click();
    await textOf(s.page.locator('[data-test=task-table] .el-table__body'), /参考人均收入低于监测线/);
    const taskIds = await columnTexts(s.page, '[data-test=task-table]', 2);
    check(taskIds.length > 0 && taskIds.every((id) => id.startsWith('360821100201')), `only 厚丰村 tasks: ${taskIds.join(' ')}`);
    await s.screenshot('desktop-warnings-village');
  },
};
