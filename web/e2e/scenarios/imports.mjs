// SPDX-License-Identifier: Apache-2.0
import { readFileSync } from 'node:fs';
import { check, textOf } from '../lib/expect.mjs';
import { householdsWithMistakes } from '../lib/fixtures.mjs';

export const importWithErrors = {
  name: 'import-a-file-with-errors-and-download-the-report',
  async run(ctx) {
    const s = await ctx.session();
    await s.signIn('jianxian');
    await s.page.locator('[data-menu=imports]').click();
    const panel = s.page.locator('[data-test=import-households]');
    await panel.locator('input[type=file]').setInputFiles({
      name: '厚丰村-有错误.csv', mimeType: 'text/csv', buffer: Buffer.from(householdsWithMistakes(), 'utf8'),
    });
    await panel.locator('[data-test=start-import]').click();
    await textOf(panel.locator('[data-test=job-state]'), /未通过/, 60_000);
    const problems = panel.locator('[data-test=problems] .el-table__body');
    await textOf(problems, /校验位/);
    const text = await problems.innerText();
    for (const expected of ['证件号码', '饮水安全', '区划代码', '不存在']) {
      check(text.includes(expected), `the problem list names ${expected}: ${text}`);
    }
    await s.screenshot('desktop-import-errors');

    const [download] = await Promise.all([s.page.waitForEvent('download'), panel.locator('[data-test=error-report]').click()]);
    const file = await download.path();
    const bytes = readFileSync(file);
    check(download.suggestedFilename().endsWith('.xlsx'), `the report is an .xlsx file: ${download.suggestedFilename()}`);
    check(bytes.length > 1000 && bytes.subarray(0, 2).toString() === 'PK', `the report is a real workbook (${bytes.length} bytes)`);
  },
};
