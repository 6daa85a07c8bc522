// SPDX-License-Identifier: Apache-2.0
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, textOf } from '../lib/expect.mjs';
import { PHONE } from '../lib/browser.mjs';
import { choose } from '../lib/elements.mjs';
import { authorisationJpeg, EVIDENCE_PDF } from '../lib/fixtures.mjs';

// 李秀英's household of 厚丰村 (lib/fixtures.mjs): above the line, so no department warning opened a case for it
export const LI = '3608211002019002';

async function openCaseOf(api, householdId) {
  const state = await api.call('village', `/api/v1/monitoring/households/${householdId}`);
  return state.cases.find((c) => !c.closedOn);
}

/** A grid worker on the phone reports a risk lead, then records the home visit (refused first without the authorisation). */
export const phoneLeadAndVisit = {
  name: 'phone-grid-worker-reports-a-lead-and-visits',
  async run(ctx) {
    const s = await ctx.session(PHONE);
    await s.signIn('grid', /#\/m\/tasks/);
    await s.page.locator('[data-tab=phoneLead]').click();
    await s.page.locator('[data-test=lead-submit]').click();
    await textOf(s.page.locator('[data-test=risk-lead] .el-form-item__error'), /16 位户编号/);
    await s.page.locator('[data-test=lead-household]').fill(LI);
    await choose(s.page, s.page.locator('[data-test=lead-risk]'), '因病');
    await s.page.locator('[data-test=lead-note]').fill('户主住院，自付医疗费用约 3 万元');
    await s.screenshot('phone-lead');
    await s.page.locator('[data-test=lead-submit]').click();
    await textOf(s.page.locator('[data-test=lead-result]'), /线索已登记[\s\S]*(已开启识别认定案件|已并入)/);
    const opened = await openCaseOf(ctx.api, LI);
    check(opened?.stage === 'AWAITING_VISIT', `the lead opened a case awaiting the visit: ${JSON.stringify(opened)}`);
    const width = await s.page.evaluate(() => document.documentElement.scrollWidth);
    check(width <= PHONE.width, `nothing overflows sideways (${width} px)`);

    await s.page.locator('[data-test=lead-to-visit]').click();
    await textOf(s.page.locator('[data-test=visit-case]'), new RegExp(`案件 ${opened.id} · 待入户核实`));
    await textOf(s.page.locator('[data-test=photo-hint]'), /先上传照片/);
    await choose(s.page, s.page.locator('[data-test=category]'), '边缘易致贫户');
    await s.page.locator('[data-test=visit-notes]').fill('住院自付 3 万元，家中无其他收入来源');
    // without the signed authorisation the server refuses, and the page says why
    await s.page.locator('[data-test=visit-submit]').click();
    await textOf(s.page.locator('[data-test=visit-refused]'), /授权/);
    check((await ctx.api.call('village', `/api/v1/monitoring/cases/${opened.id}/attachments`)).length === 0, 'nothing was uploaded yet');
    // the photo of the signed form ticks the box; submitting uploads it first, then records the visit
    const photo = await authorisationJpeg(s.page);
    await s.page.locator('[data-test=visit-photo]').setInputFiles({ name: '授权书.jpg', mimeType: 'image/jpeg', buffer: photo });
    await s.page.locator('img[data-test=photo-preview]').waitFor();
    check(await s.page.locator('[data-test=authorisation].is-checked').count() === 1, 'the photo ticks "授权书已签署"');
    await s.screenshot('phone-visit', { height: 1200 });
    await s.page.locator('[data-test=visit-submit]').click();
    await textOf(s.page.locator('[data-test=visit-not-needed]'), /待村级民主评议/);
    const attachments = await ctx.api.call('village', `/api/v1/monitoring/cases/${opened.id}/attachments`);
    check(attachments.length === 1 && attachments[0].kind === 'AUTHORISATION' && attachments[0].contentType === 'image/jpeg'
      && attachments[0].size === photo.length && attachments[0].uploadedBy === 'grid', `the photo was uploaded: ${JSON.stringify(attachments)}`);
    const visited = await openCaseOf(ctx.api, LI);
    check(visited.stage === 'AWAITING_VILLAGE_REVIEW' && visited.category === 'MARGINAL', `the visit moved the case on: ${JSON.stringify(visited)}`);
  },
};

/** The same case on the desktop: village review and notice, township review, county confirmation, then help. */
export const procedureToConfirmation = {
  name: 'procedure-from-village-review-to-county-confirmation',
  async run(ctx) {
    const { id } = await openCaseOf(ctx.api, LI);
    const v = await ctx.session();
    await v.signIn('village');
    // the grid worker's lead is in the village's list of leads, linked to the case it opened
    await v.page.locator('[data-menu=leads]').click();
    const leadRow = v.page.locator('[data-test=lead-table] .el-table__row', { hasText: LI });
    await textOf(leadRow, new RegExp(`基层干部排查[\\s\\S]*因病[\\s\\S]*(开启识别认定案件|并入案件) ${id}`));
    // every column fits the card at desktop width: the table does not scroll sideways (the 登记 column was cut off)
    const overflow = await v.page.locator('[data-test=lead-table] .el-table__body-wrapper .el-scrollbar__wrap')
      .evaluate((el) => el.scrollWidth - el.clientWidth);
    check(overflow <= 0, `the lead table is ${overflow} px wider than its card at ${v.viewport.width} px`);
    await v.screenshot('desktop-leads');
    // 导出 Excel downloads the server's export of the list's filters (every row, not only this page)
    const [leadFile] = await Promise.all([v.page.waitForEvent('download'), v.page.locator('[data-test=leads] [data-test=export]').click()]);
    const leadBytes = readFileSync(await leadFile.path());
    check(/^leads-.*\.xlsx$/.test(leadFile.suggestedFilename()), `the lead export is an .xlsx file: ${leadFile.suggestedFilename()}`);
    check(leadBytes.length > 1000 && leadBytes.subarray(0, 2).toString() === 'PK', `the lead export is a workbook (${leadBytes.length} bytes)`);
    await v.page.locator('[data-menu=cases]').click();
    await v.page.locator(`[data-test=case-table] a[data-test=case-link]:text-is("${id}")`).click();
    await textOf(v.page.locator('[data-test=case-stage-tag]'), /待村级民主评议/);
    // the grid worker's photo is on the case page, and opens from a blob URL with the token
    await textOf(v.page.locator('[data-test=case-attachments] [data-test=attachment]'), /授权书[\s\S]*授权书\.jpg[\s\S]*grid/);
    const [photoWindow] = await Promise.all([v.context.waitForEvent('page'), v.page.locator('[data-test=attachment-open]').first().click()]);
    await photoWindow.waitForURL(/^blob:/);
    await photoWindow.locator('img').waitFor();
    await photoWindow.close();
    // evidence from the desktop: another kind, a PDF
    await choose(v.page, v.page.locator('[data-test=attachment-kind]'), '佐证材料');
    await v.page.locator('[data-test=attachment-file]').setInputFiles({ name: '住院结算单.pdf', mimeType: 'application/pdf', buffer: EVIDENCE_PDF });
    await textOf(v.page.locator('[data-test=case-attachments]'), /附件（2）[\s\S]*佐证材料[\s\S]*住院结算单\.pdf/);
    await v.page.locator('[data-test=step-text]').fill('村民代表会议 21 人参加，一致同意');
    await v.page.locator('[data-test=step-submit]').click();
    await textOf(v.page.locator('[data-test=case-stage-tag]'), /公示中/);
    // ending the notice before its last day is refused with the server's reason
    await v.page.locator('[data-test=step-submit]').click();
    await textOf(v.page.locator('[data-test=step-refused]'), /公示期至/);
    await v.screenshot('desktop-case-notice', { height: 1100 });
    const [popup] = await Promise.all([v.context.waitForEvent('page'), v.page.locator('[data-test=open-notice]').click()]);
    await popup.waitForURL(/^blob:/);
    await textOf(popup.locator('body'), /厚丰村防止返贫监测公示[\s\S]*边缘易致贫户/);
    check(!/因病/.test(await popup.locator('body').innerText()), 'the notice shows no risk types (health details)');
    await popup.screenshot({ path: join(ctx.screenshots, 'desktop-notice.png') });
    await popup.close();

    await ctx.daysPass(id, 5);
    await v.page.reload();
    await textOf(v.page.locator('[data-test=case-stage-tag]'), /公示中/);
    await v.page.locator('[data-test=step-submit]').click();
    await textOf(v.page.locator('[data-test=case-stage-tag]'), /待乡镇审核/);
    await textOf(v.page.locator('[data-test=not-yours]'), /乡镇审核.*由乡镇办理/);

    const t = await ctx.session();
    await t.signIn('township');
    await t.goto(`/cases/${id}`);
    await t.page.locator('[data-test=step-text]').fill('审核同意，报县级确认');
    await t.page.locator('[data-test=step-submit]').click();
    await textOf(t.page.locator('[data-test=case-stage-tag]'), /待县级确认/);

    const c = await ctx.session();
    await c.signIn('jianxian');
    await c.goto(`/cases/${id}`);
    await textOf(c.page.locator('[data-test=risk-types]'), /因病/);
    await c.page.locator('[data-test=evidence]').fill('住院费用结算单\n村民代表会议记录');
    await c.page.locator('[data-test=step-submit]').click();
    await textOf(c.page.locator('[data-test=case-stage-tag]'), /已确认/);
    await textOf(c.page.locator('[data-test=case-timeline]'), /县级确认[\s\S]*乡镇审核通过[\s\S]*公示期满无异议[\s\S]*村级评议通过并公示[\s\S]*入户核实[\s\S]*立案/);
    await c.screenshot('desktop-case-confirmed', { height: 1100 });

    await c.goto(`/households/${LI}?tab=monitoring`);
    await textOf(c.page.locator('[data-test=standing]'), /监测帮扶中/);
    await textOf(c.page.locator('[data-test=plan-risks]'), /因病：暂无措施/);
    await c.page.locator('[data-test=add-measure]').click();
    await choose(c.page, c.page.locator('[data-test=measure-type]'), '医疗保障');
    await c.page.locator('[data-test=measure-unit]').fill('吉安县医疗保障局');
    await c.page.locator('[data-test=measure-save]').click();
    await textOf(c.page.locator('[data-test=measure-table] .el-table__body'), /医疗保障[\s\S]*因病[\s\S]*计划/);
    await textOf(c.page.locator('[data-test=plan-risks]'), /因病：已有措施/);
    await c.page.locator('[data-test=carry-out]').first().click();
    await c.page.locator('[data-test=measure-effect]').fill('大病保险二次报销 1.2 万元');
    await c.page.locator('[data-test=carry-out-save]').click();
    await textOf(c.page.locator('[data-test=measure-table] .el-table__body'), /已落实[\s\S]*大病保险二次报销/);
    await c.page.locator('[data-test=removal-check]').click();
    await textOf(c.page.locator('[data-test=removal-unmet]'), /\S/);
    await c.screenshot('desktop-household-monitoring', { height: 1400 });

    // 帮扶缺口: the page lists what the API lists for the county (households past the time limit without a measure)
    const gaps = await ctx.api.call('jianxian', '/api/v1/assistance/gaps?region=360821000000&size=20');
    await c.page.locator('[data-menu=gaps]').click();
    await c.settled();
    if (gaps.items.length) {
      const shown = await c.page.locator('[data-test=gap-table] .el-table__row .mono').allInnerTexts();
      check(shown.join(' ') === gaps.items.map((g) => g.householdId).join(' '), `the gap list shows the API's households: ${shown.join(' ')}`);
    } else {
      await textOf(c.page.locator('[data-test=gap-table]'), /没有超时限无措施的监测户/);
    }
    check(!gaps.items.some((g) => g.householdId === LI), 'a household with a measure for each risk is no gap');
    await c.screenshot('desktop-gaps');
  },
};
