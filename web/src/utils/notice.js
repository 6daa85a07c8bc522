// SPDX-License-Identifier: Apache-2.0
// The village notice (公示) is an HTML document behind the bearer token: fetched with it and shown
// in a new window from a blob URL (a plain link could not carry the token).
import { ElMessage } from 'element-plus';
import { monitoring } from '../api/endpoints.js';
import { t } from '../i18n/index.js';

export async function openNotice(caseId) {
  // open the window first, while the click still counts as a user gesture for the popup blocker
  const win = window.open('', '_blank');
  if (!win) {
    ElMessage.warning(t('cases.noticeBlocked'));
    return;
  }
  try {
    const html = await monitoring.notice(caseId);
    const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
    win.location.href = url;
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (e) {
    win.close();
    throw e;
  }
}
