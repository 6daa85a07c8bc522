// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * One numbering of all text a run compares: each column keeps the codes of its own dictionary (so
 * that it can stay one byte wide), and a run translates them, once per column, into codes shared
 * with the rules' text literals and with every other text column. Equal text then has equal codes
 * whichever column or literal it came from, and {@code =} and {@code in} compare {@code int}s.
 */
final class TextSpace {

    private final Map<String, Integer> codes = new HashMap<>();
    private final Map<Dictionary, int[]> translations = new IdentityHashMap<>();

    /** The shared code of each code of a column's dictionary. */
    synchronized int[] translation(Dictionary d) {
        return translations.computeIfAbsent(d, dict -> {
            int[] t = new int[dict.size()];
            for (int c = 0; c < t.length; c++) {
                t[c] = code(dict.value(c));
            }
            return t;
        });
    }

    /** The shared code of a text, new if no column has it. */
    synchronized int code(String text) {
        return codes.computeIfAbsent(text, t -> codes.size());
    }

    synchronized int size() {
        return codes.size();
    }
}
