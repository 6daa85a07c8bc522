// SPDX-License-Identifier: Apache-2.0
import { check, textOf } from '../lib/expect.mjs';

export const whatIf = {
  name: 'what-if-with-a-higher-monitoring-line',
  async run(ctx) {
    const s = await ctx.session();
    await s.signIn('province');
    await s.page.locator('[data-menu=whatIf]').click();
    const line = s.page.locator('[data-param=monitoring_line] input');
    await line.waitFor();
    await s.page.waitForFunction(() => document.querySelector('[data-param=monitoring_line] input')?.value === '7900');
    await line.fill('9500');
    await line.press('Tab');
    await s.page.locator('[data-test=run-what-if]').click();
    await textOf(s.page.locator('[data-test=county-changes] .el-table__body'), /吉安县/, 60_000);
    const newly = Number((await s.page.locator('[data-figure=newlyFlagged] .el-statistic__number').innerText()).replace(/\D/g, ''));
    const lost = Number((await s.page.locator('[data-figure=noLongerFlagged] .el-statistic__number').innerText()).replace(/\D/g, ''));
    check(newly > 0, `a higher line flags more households (newly flagged: ${newly})`);
    check(lost === 0, `a higher line unflags none (no longer flagged: ${lost})`);
    check(await s.page.locator('[data-test=what-if-result] svg path').count() > 0, 'the county map is drawn');
    await s.screenshot('desktop-what-if');
  },
};
