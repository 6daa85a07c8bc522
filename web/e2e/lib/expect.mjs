// SPDX-License-Identifier: Apache-2.0
// Small checks with messages that say what the user would have seen.
export class Failure extends Error {}

export function check(condition, message) {
  if (!condition) throw new Failure(message);
}

/** Waits for a locator's text to match, and returns it. */
export async function textOf(locator, pattern, timeout = 15_000) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch {
    throw new Failure(`not visible: ${locator}`);
  }
  const deadline = Date.now() + timeout;
  let text = '';
  do {
    text = (await locator.first().innerText()).trim();
    if (!pattern || pattern.test(text)) return text;
    await new Promise((r) => setTimeout(r, 200));
  } while (Date.now() < deadline);
  throw new Failure(`${locator} shows "${text.slice(0, 200)}", expected ${pattern}`);
}

/** The texts of all cells of a table column (1-based, Element Plus table). */
export async function columnTexts(page, tableSelector, column) {
  return page.locator(`${tableSelector} .el-table__body tr.el-table__row td:nth-child(${column})`).allInnerTexts();
}
