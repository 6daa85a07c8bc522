// SPDX-License-Identifier: Apache-2.0
// Case attachments behind the bearer token: uploaded before the visit step that relies on them, and
// shown in a new window from a blob URL (a plain link could not carry the token).
import { ElMessage } from 'element-plus';
import { monitoring } from '../api/endpoints.js';
import { t } from '../i18n/index.js';

/**
 * Uploads the authorisation photo a visit form holds, once: `state` remembers the file already sent
 * (a refused visit step is sent again without uploading the same photo twice).
 */
export async function uploadAuthorisation(caseId, file, state) {
  if (!file || state.uploaded === file) return null;
  const attachment = await monitoring.attach(caseId, file, 'AUTHORISATION');
  state.uploaded = file;
  return attachment;
}

export async function openAttachment(caseId, attachment) {
  // open the window first, while the click still counts as a user gesture for the popup blocker
  const win = window.open('', '_blank');
  if (!win) {
    ElMessage.warning(t('cases.noticeBlocked'));
    return;
  }
  try {
    const blob = await monitoring.attachment(caseId, attachment.id, t('attachments.viewReason', { id: caseId }));
    const url = URL.createObjectURL(new Blob([blob], { type: attachment.contentType }));
    win.location.href = url;
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (e) {
    win.close();
    throw e;
  }
}

export function formatSize(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
