// SPDX-License-Identifier: Apache-2.0
import { check, columnTexts, textOf } from '../lib/expect.mjs';
import { idNumber } from '../lib/fixtures.mjs';

const WANG = '3608211002019001'; // 王建国, 脱贫户 below the line with an unsafe house (lib/fixtures.mjs)

export const searchHousehold = {
  name: 'search-household-by-id-number-and-name',
  async run(ctx) {
    const s = await ctx.session();
    await s.signIn('jianxian');
    await s.goto('/households');
    const query = s.page.locator('[data-test=household-query]');
    await query.fill(idNumber('19600315', 11));
    await s.page.locator('[data-test=household-search]').click();
    await s.page.waitForURL(/q=360821196003150/);
    await s.settled();
    const ids = await columnTexts(s.page, '[data-test=household-table]', 1);
    check(ids.length === 1 && ids[0] === WANG, `the ID number finds exactly 王建国's household, not ${ids.join(' ')}`);

    await query.fill('王建');
    await s.page.locator('[data-test=household-search]').click();
    await s.page.waitForURL(/q=%E7%8E%8B%E5%BB%BA|q=王建/);
    await s.settled();
    const byName = await columnTexts(s.page, '[data-test=household-table]', 1);
    check(byName.includes(WANG), `a name's beginning finds the household: ${byName.join(' ')}`);
    await s.page.locator(`[data-test=household-table] a:has-text("${WANG}")`).click();
    await textOf(s.page.locator('[data-test=members]'), /户主/);
  },
};

export const warningsExplained = {
  name: 'household-warnings-with-explanations',
  async run(ctx) {
    const s = await ctx.session();
    await s.signIn('jianxian');
    await s.goto(`/households/${WANG}`);
    await textOf(s.page.locator('[data-test=guarantees]'), /住房安全有保障\s*未保障/);
    await textOf(s.page.locator('[data-test=members]'), /王\*/);
    await s.screenshot('desktop-household-detail');
    await s.page.getByRole('tab', { name: '预警及说明' }).click();
    const card = s.page.locator('[data-test=warnings] [data-rule=W_INCOME_BELOW_LINE]');
    await textOf(card.locator('[data-test=explanation]'), /参考人均收入.*<.*监测线/);
    await textOf(card.locator('.el-table'), /防返贫监测线/);
    await textOf(s.page.locator('[data-test=warnings] [data-rule=D_UNSAFE_NOT_MONITORED]'), /住房/);
    await s.screenshot('desktop-household-warnings');
    await s.page.getByRole('tab', { name: '变更历史' }).click();
    await textOf(s.page.locator('[data-test=history]'), /导入文件/);
    await s.page.getByRole('tab', { name: '收入构成' }).click();
    await textOf(s.page.locator('[data-test=income]'), /参考人均收入/);

    // 试算规则: from the household to the rules page, the active rule and then a draft tried on it
    await s.page.locator('[data-test=test-rules]').click();
    await s.page.waitForURL(/#\/rules\?household=3608211002019001/);
    const household = s.page.locator('[data-test=rule-test-household]');
    check(await household.inputValue() === WANG, 'the rule tester starts with the household of the page');
    await s.page.locator('[data-test=rule-table] .el-table__row', { hasText: '参考人均收入低于监测线' }).click();
    await s.page.locator('[data-test=rule-test-run]').click();
    const result = s.page.locator('[data-test=rule-test-result]');
    await textOf(result.locator('[data-test=rule-test-status]'), /^命中$/);
    await textOf(result.locator('[data-test=explanation]'), /参考人均收入.*<.*监测线/);
    await textOf(result.locator('[data-test=comparisons]'), /参考人均收入[\s\S]*防返贫监测线/);
    await textOf(result, new RegExp(`户 ${WANG} · 规则 W_INCOME_BELOW_LINE v\\d+`));
    await s.screenshot('desktop-rules-test', { height: 1500 });
    // 李秀英's household lives above the line
    await household.fill('3608211002019002');
    await s.page.locator('[data-test=rule-test-run]').click();
    await textOf(result.locator('[data-test=rule-test-status]'), /^未命中$/);
    await textOf(result.locator('[data-test=explanation]'), /不满足/);
    // a draft: editing the condition tries the edit; a mistake in it is listed, not run
    await household.fill(WANG);
    await s.page.locator('[data-test=rule-condition]').fill('household.reference_income < 100000');
    check(await s.page.locator('[data-test=rule-test-mode] [data-mode=draft].is-checked').count() === 1, 'editing the condition switches to the draft');
    await s.page.locator('[data-test=rule-test-run]').click();
    await textOf(result.locator('[data-test=rule-test-status]'), /^命中$/);
    await textOf(result.locator('[data-test=comparisons]'), /参考人均收入[\s\S]*规则中的常量/);
    await s.page.locator('[data-test=rule-condition]').fill('household.reference_income < param monitoring_lin');
    await s.page.locator('[data-test=rule-test-run]').click();
    await textOf(s.page.locator('[data-test=rule-test-problems]'), /monitoring_lin/);
  },
};

export const unmaskAndAudit = {
  name: 'unmask-with-a-reason-then-the-auditor-sees-it',
  async run(ctx) {
    const s = await ctx.session();
    await s.signIn('jianxian');
    await s.goto(`/households/${WANG}`);
    await textOf(s.page.locator('[data-test=members]'), /360821\*+/);
    await s.page.locator('[data-test=unmask]').click();
    await s.page.locator('[data-test=unmask-confirm]').click();
    await textOf(s.page.locator('.el-dialog .el-form-item__error'), /请填写查看理由/);
    await s.page.locator('[data-test=unmask-reason]').fill('端到端测试：入户核实需要联系户主');
    await s.page.locator('[data-test=unmask-confirm]').click();
    await textOf(s.page.locator('[data-test=unmasked-tag]'), /已记入审计/);
    await textOf(s.page.locator('[data-test=members]'), new RegExp(idNumber('19600315', 11)));

    const auditor = await ctx.session();
    await auditor.signIn('auditor', /#\/audit/);
    const menus = await auditor.page.locator('.el-menu-item').allInnerTexts();
    check(menus.length === 1 && menus[0].includes('审计日志'), `an auditor sees the audit page only: ${menus.join(',')}`);
    await auditor.page.locator('[data-test=audit-actor]').fill('jianxian');
    await auditor.page.getByRole('button', { name: '查询' }).click();
    await textOf(auditor.page.locator('[data-test=audit-table] .el-table__body'), /查看完整信息[\s\S]*入户核实需要联系户主/);
    await auditor.screenshot('desktop-audit');
  },
};
