// SPDX-License-Identifier: Apache-2.0
// Direct API calls for the scenarios' set-up (data, screening runs) and for checking what the UI shows.
export const PASSWORD = 'Jingzhun@2026';

export class Api {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
    this.tokens = new Map();
  }

  async token(username) {
    if (!this.tokens.has(username)) {
      const r = await fetch(`${this.baseUrl}/api/v1/auth/token`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }),
      });
      if (!r.ok) throw new Error(`login of ${username} failed: ${r.status} ${await r.text()}`);
      this.tokens.set(username, (await r.json()).token);
    }
    return this.tokens.get(username);
  }

  async call(username, path, { method = 'GET', body, form } = {}) {
    const headers = { Authorization: `Bearer ${await this.token(username)}` };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const r = await fetch(`${this.baseUrl}${path}`, { method, headers, body: form ?? (body === undefined ? undefined : JSON.stringify(body)) });
    if (!r.ok) throw new Error(`${method} ${path} as ${username}: ${r.status} ${await r.text()}`);
    return r.status === 204 ? null : r.json();
  }

  async waitForJob(username, id, timeoutMs = 120_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const job = await this.call(username, `/api/v1/jobs/${id}`);
      if (job.state !== 'RUNNING') return job;
      if (Date.now() > deadline) throw new Error(`job ${id} still running after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 300));
    }
  }

  async importHouseholds(username, csv, name) {
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), name);
    const started = await this.call(username, '/api/v1/households/imports', { method: 'POST', form });
    return this.waitForJob(username, started.id);
  }

  async screen(username, region) {
    const started = await this.call(username, '/api/v1/screening/runs', { method: 'POST', body: { region } });
    return this.waitForJob(username, started.id);
  }
}
