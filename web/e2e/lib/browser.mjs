// SPDX-License-Identifier: Apache-2.0
// Debian's Chromium driven by playwright-core (no browser download): one browser, a fresh context
// (own sessionStorage) per scenario, console errors and failed API calls collected.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { PASSWORD } from './api.mjs';

export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };

export async function launch(executablePath) {
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: install it (Debian: apt-get install -y chromium fonts-wqy-microhei)`);
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-first-run',
      '--disable-sync', '--disable-quic'],
  });
}

export class Session {
  constructor(browser, baseUrl, screenshotDir, viewport = DESKTOP) {
    this.browser = browser;
    this.baseUrl = baseUrl;
    this.screenshotDir = screenshotDir;
    this.viewport = viewport;
    this.problems = [];
  }

  async open() {
    const isPhone = this.viewport.width < 768;
    this.context = await this.browser.newContext({
      viewport: this.viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true,
      deviceScaleFactor: 1, isMobile: isPhone, hasTouch: isPhone,
    });
    this.context.setDefaultTimeout(15_000);
    this.page = await this.context.newPage();
    this.page.on('pageerror', (e) => this.problems.push(`page error: ${e.message}`));
    this.page.on('console', (m) => {
      if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) this.problems.push(`console: ${m.text()}`);
    });
    return this.page;
  }

  async goto(hashPath) {
    await this.page.goto(`${this.baseUrl}/#${hashPath}`);
  }

  async login(username, password = PASSWORD) {
    await this.goto('/login');
    await this.page.getByPlaceholder('请输入用户名').fill(username);
    await this.page.getByPlaceholder('请输入密码').fill(password);
    await this.page.locator('[data-test=login-submit]').click();
  }

  /** Logs in and waits for the page the role lands on (the dashboard unless told). */
  async signIn(username, landing = /#\/$/) {
    await this.login(username);
    await this.page.waitForURL(landing);
  }

  /** Waits until no loading mask is visible (Element Plus v-loading). */
  async settled() {
    await this.page.waitForLoadState('networkidle');
    await this.page.waitForFunction(() => !document.querySelector('.el-loading-mask:not([style*="display: none"])'), null, { timeout: 20_000 });
  }

  /** A screenshot of the viewport; `height` makes the window that tall for it (the layout scrolls inside). */
  async screenshot(name, { height } = {}) {
    if (height) await this.page.setViewportSize({ width: this.viewport.width, height });
    mkdirSync(this.screenshotDir, { recursive: true });
    await this.settled();
    await this.page.waitForTimeout(400); // chart animations
    await this.page.screenshot({ path: join(this.screenshotDir, `${name}.png`) });
    if (height) await this.page.setViewportSize(this.viewport);
  }

  async close() {
    await this.context?.close();
  }
}
