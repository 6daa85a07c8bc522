// SPDX-License-Identifier: Apache-2.0
import { check, textOf } from '../lib/expect.mjs';
import { PHONE } from '../lib/browser.mjs';

export const phoneVillageCadre = {
  name: 'phone-layout-for-village-cadres-and-grid-workers',
  async run(ctx) {
    const s = await ctx.session(PHONE);
    await s.signIn('village', /#\/m\/tasks/);
    await s.page.locator('[data-test=phone-task]').first().waitFor();
    const ids = await s.page.locator('[data-test=phone-task] .mono').allInnerTexts();
    check(ids.length > 0 && ids.every((id) => id.startsWith('360821100201')), `the task list holds 厚丰村's households: ${ids.join(' ')}`);
    const width = await s.page.evaluate(() => document.documentElement.scrollWidth);
    check(width <= PHONE.width, `nothing overflows sideways (${width} px)`);
    await s.screenshot('phone-tasks');

    // the village's open monitoring cases (department warnings of the set-up's screening opened them)
    await s.page.locator('.el-segmented__item', { hasText: '监测案件' }).click();
    await s.page.locator('[data-test=phone-case]').first().waitFor();
    const cases = await ctx.api.call('village', '/api/v1/monitoring/cases?region=360821100201&open=true&size=20');
    const shown = await s.page.locator('[data-test=phone-case] .mono').allInnerTexts();
    check(shown.length === cases.items.length && shown.every((id, i) => id === cases.items[i].householdId),
      `the case list shows the village's open cases: ${shown.join(' ')}`);
    await s.screenshot('phone-cases');
    await s.page.locator('[data-test=phone-case]').first().click();
    await textOf(s.page.locator('[data-test=visit-case]'), new RegExp(`案件 ${cases.items[0].id}`));
    check(await s.page.locator('input[type=file][capture=environment][accept="image/jpeg,image/png,application/pdf"]').count()
      === (cases.items[0].stage === 'AWAITING_VISIT' && cases.items[0].kind === 'RECOGNITION' ? 1 : 0), 'the visit form offers the camera');

    const grid = await ctx.session(PHONE);
    await grid.signIn('grid', /#\/m\/tasks/);
    await grid.page.locator('[data-test=phone-task]').first().waitFor();
    const gridIds = await grid.page.locator('[data-test=phone-task] .mono').allInnerTexts();
    check(gridIds.every((id) => id.startsWith('360821100201')), `a grid worker sees the grid's village: ${gridIds.join(' ')}`);
    await grid.page.locator('[data-tab=phoneMe]').click();
    await textOf(grid.page.locator('[data-test=phone-me]'), /网格员/);
    await grid.screenshot('phone-me');
  },
};
