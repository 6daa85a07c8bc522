// SPDX-License-Identifier: Apache-2.0
// The logged-in user and their token, kept in sessionStorage: it lasts while the tab is open,
// is not shared with other tabs and is gone when the browser closes (ADR 0011).
import { reactive } from 'vue';

const KEY = 'jingzhun.session';

function restore() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (saved?.token && saved?.user && (!saved.expiresAt || Date.parse(saved.expiresAt) > Date.now())) return saved;
  } catch {
    // a damaged entry is the same as none
  }
  return { token: null, expiresAt: null, user: null };
}

export const session = reactive({ ...restore(), expired: false });

/** Called by the router when a page needs a login it does not have. */
const listeners = new Set();
export function onSessionExpired(listener) {
  listeners.add(listener);
}

export function startSession({ token, expiresAt, user }) {
  Object.assign(session, { token, expiresAt, user, expired: false });
  sessionStorage.setItem(KEY, JSON.stringify({ token, expiresAt, user }));
}

export function endSession() {
  Object.assign(session, { token: null, expiresAt: null, user: null });
  sessionStorage.removeItem(KEY);
}

/** The server said 401: the token is missing, expired or revoked. */
export function expireSession() {
  if (session.token == null) return; // several requests may fail together: act on the first
  endSession();
  session.expired = true;
  listeners.forEach((l) => l());
}

export function isLoggedIn() {
  return session.token != null && (!session.expiresAt || Date.parse(session.expiresAt) > Date.now());
}
