// SPDX-License-Identifier: Apache-2.0
import { check, textOf } from '../lib/expect.mjs';
import { PHONE } from '../lib/browser.mjs';

// a picture standing in for the photo of a signed authorisation
const PHOTO = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="360" height="220" viewBox="0 0 360 220">
  <rect width="360" height="220" fill="#fbf8f1"/><rect x="10" y="10" width="340" height="200" fill="none" stroke="#8a7f6a"/>
  <text x="180" y="50" font-size="22" text-anchor="middle" font-family="WenQuanYi Micro Hei">授权书</text>
  <text x="30" y="95" font-size="14" font-family="WenQuanYi Micro Hei">本户同意核查家庭收入与财产信息。</text>
  <text x="200" y="170" font-size="14" font-family="WenQuanYi Micro Hei">签字：王建国</text>
  <path d="M250 175 q15 -20 30 0 t30 0" stroke="#1d3557" fill="none" stroke-width="2"/></svg>`);

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

    await s.page.locator('[data-test=phone-task]').first().click();
    await textOf(s.page.locator('[data-test=visit-notice]'), /尚未开通/);
    check(await s.page.locator('input[type=file][capture=environment][accept="image/*"]').count() === 1, 'the visit form offers the camera');
    await s.page.locator('[data-test=visit-photo]').setInputFiles({ name: '授权书.svg', mimeType: 'image/svg+xml', buffer: PHOTO });
    await s.page.locator('[data-test=photo-preview]').waitFor();
    check(await s.page.locator('[data-test=visit-submit]').isDisabled(), 'the visit cannot be submitted while no API exists');
    await s.screenshot('phone-visit');

    await s.page.locator('[data-tab=phoneLead]').click();
    await textOf(s.page.locator('[data-test=risk-lead] .el-alert'), /尚未开通/);
    await s.screenshot('phone-lead');

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
