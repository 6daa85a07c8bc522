// SPDX-License-Identifier: Apache-2.0
// One way to call the API: the bearer token on every request, RFC 9457 problems turned into an
// ApiError carrying the server's Chinese detail, and a 401 sending the user back to the login page.
import { t } from '../i18n/index.js';
import { session, expireSession } from '../auth/session.js';

export class ApiError extends Error {
  constructor(status, message, problem = null) {
    super(message);
    this.status = status;
    this.problem = problem;
  }
}

function url(path, query) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '') params.append(k, v);
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function problemOf(response) {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body = await response.json();
      if (body && typeof body.detail === 'string') return body;
      if (body && typeof body.title === 'string') return { ...body, detail: body.title };
    } catch {
      // not JSON after all: fall through to the generic message
    }
  }
  return null;
}

async function send(path, { method = 'GET', query, body, form, headers = {}, anonymous = false } = {}) {
  const init = { method, headers: { Accept: 'application/json, application/problem+json', ...headers } };
  if (session.token && !anonymous) init.headers.Authorization = `Bearer ${session.token}`;
  if (form) {
    init.body = form;
  } else if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(url(path, query), init);
  } catch {
    throw new ApiError(0, t('errors.network'));
  }
  if (response.ok) return response;
  const problem = await problemOf(response);
  if (response.status === 401 && !anonymous) {
    expireSession();
  }
  const key = `errors.status.${response.status}`;
  const known = t(key);
  const message = problem?.detail ?? (known !== key ? known : t('errors.unknown', { status: response.status }));
  throw new ApiError(response.status, message, problem);
}

/** A JSON answer (or null for 204). */
export async function request(path, options) {
  const response = await send(path, options);
  if (response.status === 204) return null;
  return response.json();
}

/** Fetches a file with the token and hands it to the browser as a download. */
export async function download(path, query, fallbackName) {
  const response = await send(path, { query, headers: { Accept: '*/*' } });
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1] ?? fallbackName;
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = decodeURIComponent(name);
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** A text answer (an HTML document such as the village notice). */
export async function fetchText(path, query) {
  const response = await send(path, { query, headers: { Accept: 'text/html, application/problem+json' } });
  return response.text();
}

/** A file's content as a Blob (an attachment shown from a blob URL: a plain link could not carry the token). */
export async function fetchBlob(path, query) {
  const response = await send(path, { query, headers: { Accept: '*/*' } });
  return response.blob();
}
