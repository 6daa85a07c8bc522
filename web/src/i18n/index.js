// SPDX-License-Identifier: Apache-2.0
import messages from './messages.js';

/** The text at a dotted key of messages.js, with {name} placeholders filled in; the key itself if missing. */
export function t(key, params = {}) {
  const text = key.split('.').reduce((node, part) => (node == null ? undefined : node[part]), messages);
  if (typeof text !== 'string') {
    if (import.meta.env?.DEV) console.warn(`missing message ${key}`);
    return key;
  }
  return text.replace(/\{(\w+)\}/g, (m, name) => (params[name] ?? m).toString());
}

/** The label of a code in one of the vocabularies of messages.js, or the code itself. */
export function label(vocabulary, code) {
  if (code == null) return '';
  return messages[vocabulary]?.[code] ?? code;
}

export const i18n = {
  install(app) {
    app.config.globalProperties.$t = t;
    app.config.globalProperties.$label = label;
  },
};

/**
 * A server text with registry codes (EXITED, MONITORED, …) written as their Chinese names: screening
 * explanations quote compared values as stored.
 */
export function readableCodes(text) {
  return text == null ? '' : text.replace(/\b[A-Z][A-Z_]+[A-Z]\b/g, (code) => messages.values[code] ?? code);
}
