// SPDX-License-Identifier: Apache-2.0
import { auth } from '../api/endpoints.js';
import { endSession } from './session.js';

/** Ends the session on the server (whatever it answers, the token is dropped here) and shows the login page. */
export async function logout(router) {
  await auth.logout().catch(() => {});
  endSession();
  router.push({ name: 'login' });
}
