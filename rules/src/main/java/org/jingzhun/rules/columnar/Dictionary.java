// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Text values numbered in order of first appearance, so that a column stores a small code per row
 * and a comparison with a text is a comparison of {@code int}s. Codes start at 0; callers use -1
 * for null.
 */
final class Dictionary {

    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    /** The code of a value, adding it if new. */
    int code(String value) {
        Integer c = codes.get(value);
        if (c != null) {
            return c;
        }
        int next = values.size();
        codes.put(value, next);
        values.add(value);
        return next;
    }

    /** The code of a value, or -1 if it never occurs. */
    int find(String value) {
        Integer c = codes.get(value);
        return c == null ? -1 : c;
    }

    String value(int code) {
        return values.get(code);
    }

    int size() {
        return values.size();
    }

    /** An independent dictionary with the same codes: a snapshot built after another speaks its codes. */
    Dictionary copy() {
        Dictionary d = new Dictionary();
        for (String v : values) {
            d.code(v);
        }
        return d;
    }

    void write(SnapshotIo.Out out) throws java.io.IOException {
        out.writeInt(values.size());
        for (String v : values) {
            out.writeString(v);
        }
    }

    static Dictionary read(SnapshotIo.In in) throws java.io.IOException {
        Dictionary d = new Dictionary();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            d.code(in.readString());
        }
        return d;
    }
}
