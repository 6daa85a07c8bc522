// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.exit.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * When each poor household was registered. The registry gives the exit years; the seeds give the
 * poor persons at the end of 2013 and of 2019. Most households entered the 2014 建档立卡 on the
 * end-2013 baseline; the rest were identified later (新识别, 2014–2019). Of the households that exited
 * in 2020, those beyond the end-2019 figure were identified during 2020 — so both figures come out
 * exactly (to the person) whenever the generated province has enough households for them.
 */
final class IdentificationYears {

    /** A poor household being placed: its size, exit year and a stable order key. */
    static final class Poor {
        final String id;
        final String village;
        final int persons;
        final int exitYear;
        final long order;
        int identifiedYear;

        Poor(String id, String village, int persons, int exitYear, long order) {
            this.id = id;
            this.village = village;
            this.persons = persons;
            this.exitYear = exitYear;
            this.order = order;
        }
    }

    private IdentificationYears() {
    }

    /**
     * Sets every household's identification year so that {@code poor2013} persons were poor at the end
     * of 2013 and {@code poor2019} at the end of 2019 (as nearly as the households allow).
     */
    static void assign(List<Poor> households, long poor2013, long poor2019) {
        List<Poor> byOrder = new ArrayList<>(households);
        byOrder.sort(Comparator.comparingLong((Poor p) -> p.order).thenComparing(p -> p.id));
        for (Poor p : byOrder) {
            p.identifiedYear = 0;
        }
        // end of 2019: the 2020 exits, up to the figure; the others were identified in 2020
        List<Poor> exit2020 = byOrder.stream().filter(p -> p.exitYear == 2020).toList();
        boolean[] poorIn2019 = exactSubset(exit2020, poor2019);
        for (int i = 0; i < exit2020.size(); i++) {
            if (!poorIn2019[i]) {
                exit2020.get(i).identifiedYear = 2020;
            }
        }
        // end of 2013: households that exited in 2014 were poor then in any case; then the rest in order
        List<Poor> candidates = new ArrayList<>();
        byOrder.stream().filter(p -> p.identifiedYear == 0 && p.exitYear == 2014).forEach(candidates::add);
        byOrder.stream().filter(p -> p.identifiedYear == 0 && p.exitYear != 2014).forEach(candidates::add);
        boolean[] baseline = exactSubset(candidates, poor2013);
        for (int i = 0; i < candidates.size(); i++) {
            Poor p = candidates.get(i);
            if (baseline[i]) {
                p.identifiedYear = 2013;
            } else {
                // identified later, and poor at least one year-end before its exit
                int last = Math.max(2014, Math.min(p.exitYear - 1, 2019));
                p.identifiedYear = 2014 + (int) Math.floorMod(p.order >>> 7, (long) (last - 2014 + 1));
            }
        }
    }

    /**
     * Chooses households in list order whose persons sum to {@code target}: greedily, then closing the
     * last gap with one more household of the missing size or one swap. Falls short only when the
     * list has too few persons or no fitting household.
     */
    static boolean[] exactSubset(List<Poor> list, long target) {
        boolean[] chosen = new boolean[list.size()];
        long sum = 0;
        for (int i = 0; i < list.size() && sum < target; i++) {
            if (sum + list.get(i).persons <= target) {
                chosen[i] = true;
                sum += list.get(i).persons;
            }
        }
        long gap = target - sum;
        if (gap == 0) {
            return chosen;
        }
        for (int i = 0; i < list.size(); i++) {
            if (!chosen[i] && list.get(i).persons == gap) {
                chosen[i] = true;
                return chosen;
            }
        }
        for (int out = 0; out < list.size(); out++) {
            if (!chosen[out]) {
                continue;
            }
            for (int in = 0; in < list.size(); in++) {
                if (!chosen[in] && list.get(in).persons - list.get(out).persons == gap) {
                    chosen[out] = false;
                    chosen[in] = true;
                    return chosen;
                }
            }
        }
        return chosen;
    }
}
