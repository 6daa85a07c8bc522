// SPDX-License-Identifier: Apache-2.0
import { computed, ref, shallowRef } from 'vue';
import { notifyError } from './useRequest.js';

/**
 * Keyset paging over an API that answers { items, next } and takes `after`: remembers the `after`
 * of every page seen, so that "previous" works without offsets.
 */
export function useKeysetPages(fetchPage) {
  const items = shallowRef([]);
  const loading = ref(false);
  const afters = ref([null]);
  const next = ref(null);
  const loaded = ref(false);

  async function load(after) {
    loading.value = true;
    try {
      const page = await fetchPage(after);
      items.value = page.items;
      next.value = page.next ?? null;
      loaded.value = true;
      return true;
    } catch (e) {
      notifyError(e);
      return false;
    } finally {
      loading.value = false;
    }
  }

  return {
    items, loading, loaded,
    pageNumber: computed(() => afters.value.length),
    hasNext: computed(() => next.value != null),
    async first() {
      afters.value = [null];
      await load(null);
    },
    async nextPage() {
      const after = next.value;
      if (after && (await load(after))) afters.value = [...afters.value, after];
    },
    async previousPage() {
      if (afters.value.length < 2) return;
      const rest = afters.value.slice(0, -1);
      if (await load(rest[rest.length - 1])) afters.value = rest;
    },
  };
}
