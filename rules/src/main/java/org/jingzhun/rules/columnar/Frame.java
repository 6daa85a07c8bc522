// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

import java.util.Arrays;

/**
 * A batch of rows that operators evaluate together, one loop per operator instead of one call per
 * row and node. Row {@code i} is household {@code hh[i]}; at member level also member {@code mem[i]}
 * (a global member row), at feed level also feed record {@code feed[i]}; {@code parent[i]} is its
 * position in the enclosing frame, where an aggregate adds its result. Arrays grow as needed and
 * are reused from batch to batch.
 */
final class Frame {

    int n;
    int[] hh;
    int[] mem;
    int[] feed;
    int[] parent;

    Frame(int capacity) {
        hh = new int[capacity];
        mem = new int[capacity];
        feed = new int[capacity];
        parent = new int[capacity];
    }

    /** Makes room for {@code size} rows, keeping the first {@code n}. */
    void ensure(int size) {
        if (size > hh.length) {
            int cap = Math.max(size, hh.length + (hh.length >> 1));
            hh = Arrays.copyOf(hh, cap);
            mem = Arrays.copyOf(mem, cap);
            feed = Arrays.copyOf(feed, cap);
            parent = Arrays.copyOf(parent, cap);
        }
    }
}
