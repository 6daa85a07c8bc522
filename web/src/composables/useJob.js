// SPDX-License-Identifier: Apache-2.0
import { onBeforeUnmount, ref, shallowRef } from 'vue';
import { jobs } from '../api/endpoints.js';
import { notifyError } from './useRequest.js';

/** Follows a background job (GET /api/v1/jobs/{id}) until it leaves RUNNING. */
export function useJob({ interval = 700, onDone } = {}) {
  const job = shallowRef(null);
  const following = ref(false);
  let timer = null;

  function stop() {
    clearTimeout(timer);
    timer = null;
    following.value = false;
  }

  async function poll(id) {
    try {
      job.value = await jobs.get(id);
    } catch (e) {
      notifyError(e);
      stop();
      return;
    }
    if (job.value.state === 'RUNNING') {
      timer = setTimeout(() => poll(id), interval);
    } else {
      stop();
      onDone?.(job.value);
    }
  }

  function follow(id) {
    stop();
    job.value = { id, state: 'RUNNING', rowsDone: 0, rowsTotal: null, errorCount: 0, errors: [] };
    following.value = true;
    poll(id);
  }

  onBeforeUnmount(stop);
  return { job, following, follow, stop };
}
