// SPDX-License-Identifier: Apache-2.0
import { onBeforeUnmount, ref } from 'vue';

const QUERY = '(max-width: 767px)';

/** Whether the window is phone-sized (narrower than 768 px). */
export const isNarrow = () => window.matchMedia(QUERY).matches;

export function useNarrow() {
  const media = window.matchMedia(QUERY);
  const narrow = ref(media.matches);
  const update = () => (narrow.value = media.matches);
  media.addEventListener('change', update);
  onBeforeUnmount(() => media.removeEventListener('change', update));
  return narrow;
}
