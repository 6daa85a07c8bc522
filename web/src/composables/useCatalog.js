// SPDX-License-Identifier: Apache-2.0
// Chinese names of rule fields, feed items and parameters (GET /api/v1/rules/catalog), loaded once.
import { shallowRef } from 'vue';
import { rules } from '../api/endpoints.js';
import { label } from '../i18n/index.js';

const catalog = shallowRef(null);
let loading = null;

function load() {
  loading ??= rules.catalog().then((c) => (catalog.value = c)).catch(() => {
    loading = null; // names fall back to codes; the next page tries again
  });
  return loading;
}

const fieldLabel = (list, name) => (list ?? []).find((f) => f.name === name)?.label;

/** `name(path)` turns "household.reference_income" or "param monitoring_line" into its Chinese name. */
export function useCatalog() {
  load();
  function name(path) {
    const c = catalog.value;
    if (!c || !path) return path;
    if (path.startsWith('param ')) return c.parameters?.[path.slice(6)] ?? path;
    const [scope, field] = path.split('.');
    return fieldLabel(c[scope], field) ?? path;
  }
  const item = (code) => (catalog.value?.items?.[code] ? `${code} ${catalog.value.items[code]}` : code);
  const parameter = (code) => catalog.value?.parameters?.[code] ?? code;
  /** A compared value: enum codes of the registry in Chinese where messages.js knows them. */
  const value = (v) => (v == null ? '—' : label('values', String(v)));
  return { catalog, name, item, parameter, value };
}
