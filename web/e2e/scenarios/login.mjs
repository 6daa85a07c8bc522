// SPDX-License-Identifier: Apache-2.0
import { check, textOf } from '../lib/expect.mjs';

export const loginFailure = {
  name: 'login-failure',
  async run(ctx) {
    const s = await ctx.session();
    await s.login('jianxian', 'wrong-password');
    await textOf(s.page.locator('[data-test=login-error]'), /用户名或密码错误/);
    check(s.page.url().includes('#/login'), `stayed on the login page, not ${s.page.url()}`);
    await s.page.getByPlaceholder('请输入密码').fill('');
    await s.screenshot('desktop-login-failed');
  },
};

export const expiredSession = {
  name: 'expired-session',
  async run(ctx) {
    const s = await ctx.session();
    await s.goto('/households');
    await s.page.waitForURL(/#\/login/);
    // a token the server no longer knows: the first API call answers 401 and the UI goes to the login page
    await s.page.evaluate(() => sessionStorage.setItem('jingzhun.session', JSON.stringify({
      token: 'jz_revoked', expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      user: { username: 'jianxian', role: 'COUNTY', regionCode: '360821000000', regionName: '吉安县' },
    })));
    await s.page.goto('about:blank'); // a fresh load of the app reads the stored session
    await s.goto('/households');
    await s.page.waitForURL(/#\/login\?redirect=/);
    await textOf(s.page.locator('.el-alert'), /登录已过期/);
  },
};
