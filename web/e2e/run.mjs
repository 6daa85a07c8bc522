// SPDX-License-Identifier: Apache-2.0
// End-to-end scenarios of the web UI in a real headless Chromium (Debian's, driven by playwright-core).
//   JINGZHUN_BASE_URL=http://localhost:8080 node e2e/run.mjs
// Env: JINGZHUN_SCREENSHOTS (default e2e/output/screenshots), CHROMIUM (default /usr/bin/chromium),
//      E2E_ONLY (run the scenarios whose name contains it), JINGZHUN_TEST_HOOKS (the test-only server of
//      WebE2EIT that makes days pass for a case and reopens a county's exit; the procedure and exit scenarios fail without it). The server must run a demo database
//      (the demo accounts); the set-up imports households for 厚丰村 and screens the province.
// Prints one line per scenario and "N passed, N failed"; exits 1 when any failed.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Api } from './lib/api.mjs';
import { launch, Session, DESKTOP } from './lib/browser.mjs';
import { setUp } from './setup.mjs';
import { SCENARIOS } from './scenarios/index.mjs';

const baseUrl = (process.env.JINGZHUN_BASE_URL ?? process.argv[2] ?? '').replace(/\/$/, '');
if (!baseUrl) {
  console.error('usage: JINGZHUN_BASE_URL=http://localhost:8080 node e2e/run.mjs');
  process.exit(2);
}
const screenshots = resolve(process.env.JINGZHUN_SCREENSHOTS ?? 'e2e/output/screenshots');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const only = process.env.E2E_ONLY ?? '';
const SCENARIO_TIMEOUT = 120_000;

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms)))])
    .finally(() => clearTimeout(timer));
}

/** POSTs to a hook of WebE2EIT's TestHooks; fails unless it answers {@code status}. */
async function hook(path, status) {
  const hooks = process.env.JINGZHUN_TEST_HOOKS;
  if (!hooks) throw new Error(`JINGZHUN_TEST_HOOKS is not set: ${path} needs WebE2EIT's test hooks`);
  const r = await fetch(`${hooks}${path}`, { method: 'POST' });
  if (r.status !== status) throw new Error(`${path}: ${r.status} ${await r.text()}`);
  return r;
}

/** Moves a monitoring case's dates back: the UI's own calls then see the time passed. */
async function daysPass(caseId, days) {
  await hook(`/cases/${caseId}/days-pass?days=${days}`, 204);
}

/** Makes a county's approved exit pending again and answers the approval's dates as they were. */
async function exitPending(county) {
  return (await hook(`/counties/${county}/exit-pending`, 200)).json();
}

async function main() {
  const started = Date.now();
  const api = new Api(baseUrl);
  console.log(`e2e: ${baseUrl}, Chromium ${chromiumPath}, screenshots in ${screenshots}`);
  await setUp(api);
  console.log(`e2e: set-up done in ${Date.now() - started} ms`);
  const browser = await launch(chromiumPath);
  console.log(`e2e: ${browser.version()}`);
  let passed = 0;
  let failed = 0;
  for (const scenario of SCENARIOS.filter((s) => s.name.includes(only))) {
    const t0 = Date.now();
    const sessions = [];
    const ctx = {
      api,
      baseUrl,
      screenshots,
      daysPass,
      exitPending,
      async session(viewport = DESKTOP) {
        const s = new Session(browser, baseUrl, screenshots, viewport);
        sessions.push(s);
        await s.open();
        return s;
      },
    };
    try {
      await withTimeout(scenario.run(ctx), SCENARIO_TIMEOUT, scenario.name);
      const problems = sessions.flatMap((s) => s.problems).filter((p) => !(scenario.expectedProblems ?? []).some((re) => re.test(p)));
      if (problems.length) throw new Error(`the page reported errors:\n    ${problems.join('\n    ')}`);
      passed++;
      console.log(`  ✓ ${scenario.name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      console.log(`  ✗ ${scenario.name} (${Date.now() - t0} ms)\n    ${e.stack ?? e}`);
      const failures = join(screenshots, 'failures');
      mkdirSync(failures, { recursive: true });
      for (const [i, s] of sessions.entries()) {
        await s.page?.screenshot({ path: join(failures, `${scenario.name}-${i}.png`) }).catch(() => {});
      }
    } finally {
      for (const s of sessions) await s.close().catch(() => {});
    }
  }
  await browser.close();
  console.log(`e2e: ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(`e2e: ${e.stack ?? e}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
