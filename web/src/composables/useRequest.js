// SPDX-License-Identifier: Apache-2.0
import { ref, shallowRef } from 'vue';
import { ElMessage } from 'element-plus';

/** Shows an API error's Chinese detail; a 401 needs no message (the login page explains it). */
export function notifyError(e) {
  if (e?.status === 401) return;
  ElMessage({ type: 'error', message: e?.message ?? String(e), grouping: true, showClose: true });
}

/** Runs a loader with a loading flag; failures become an ElMessage and are kept in `error`. */
export function useRequest(loader, { initial = null } = {}) {
  const data = shallowRef(initial);
  const loading = ref(false);
  const error = ref(null);
  let generation = 0;
  async function run(...args) {
    const mine = ++generation;
    loading.value = true;
    error.value = null;
    try {
      const value = await loader(...args);
      if (mine === generation) data.value = value;
      return value;
    } catch (e) {
      if (mine === generation) error.value = e;
      notifyError(e);
      return undefined;
    } finally {
      if (mine === generation) loading.value = false;
    }
  }
  return { data, loading, error, run };
}
