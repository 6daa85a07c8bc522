// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.screening;

import java.util.Arrays;

/**
 * The engine's hits and errors as three parallel primitive arrays (household index, rule index,
 * status), appended from several worker threads and sorted by household before explaining, so that
 * each household's subject is rebuilt once.
 */
final class HitList {

    static final byte HIT = 1;
    static final byte ERROR = 2;

    private int[] household = new int[1024];
    private short[] rule = new short[1024];
    private byte[] status = new byte[1024];
    private int size;

    synchronized void add(int h, int r, byte s) {
        if (size == household.length) {
            int cap = size + (size >> 1);
            household = Arrays.copyOf(household, cap);
            rule = Arrays.copyOf(rule, cap);
            status = Arrays.copyOf(status, cap);
        }
        household[size] = h;
        rule[size] = (short) r;
        status[size] = s;
        size++;
    }

    int size() {
        return size;
    }

    int household(int i) {
        return household[i];
    }

    int rule(int i) {
        return rule[i];
    }

    byte status(int i) {
        return status[i];
    }

    /** Sorts by household, then rule (workers append ranges in any order). */
    void sort() {
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = ((long) household[i] << 24) | ((long) rule[i] << 8) | status[i];
        }
        Arrays.parallelSort(keys);
        for (int i = 0; i < size; i++) {
            household[i] = (int) (keys[i] >>> 24);
            rule[i] = (short) ((keys[i] >>> 8) & 0xFFFF);
            status[i] = (byte) (keys[i] & 0xFF);
        }
    }
}
