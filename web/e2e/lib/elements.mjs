// SPDX-License-Identifier: Apache-2.0
// Element Plus widgets, driven as a user would: open the select, click the option by its Chinese label.

/** Picks an option (by visible text) of an el-select; several for a multiple select. */
export async function choose(page, select, ...labels) {
  for (const label of labels) {
    await select.click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: label }).first().click();
  }
  await page.keyboard.press('Escape');
}
