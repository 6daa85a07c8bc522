// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.exit.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 乡村户籍人口 of each village at each year's end: a province total for the year shared among the
 * villages in proportion to their generated persons (a community's residents count half, as fewer of
 * them hold rural registration), never fewer than the village's poor persons, in whole persons that
 * add up exactly to the total (largest remainders).
 */
final class RuralPopulation {

    static final double COMMUNITY_SHARE = 0.5;

    private RuralPopulation() {
    }

    /**
     * @param weights village → weight (generated persons, communities discounted)
     * @param poor    village → poor persons at the year's end
     * @param total   the province's rural registered persons that year
     */
    static Map<String, Integer> share(Map<String, Double> weights, Map<String, Long> poor, long total) {
        double weightSum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        long poorSum = poor.values().stream().mapToLong(Long::longValue).sum();
        long rest = Math.max(0, total - poorSum);
        // room above each village's poor persons at the plain proportional share
        Map<String, Double> room = new TreeMap<>();
        double roomSum = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            double r = Math.max(0, e.getValue() / weightSum * total - poor.getOrDefault(e.getKey(), 0L));
            room.put(e.getKey(), r);
            roomSum += r;
        }
        Map<String, Integer> out = new TreeMap<>();
        List<Object[]> remainders = new ArrayList<>();
        long given = 0;
        for (Map.Entry<String, Double> e : room.entrySet()) {
            double exact = roomSum == 0 ? 0 : e.getValue() / roomSum * rest;
            long whole = (long) Math.floor(exact);
            out.put(e.getKey(), (int) (poor.getOrDefault(e.getKey(), 0L) + whole));
            given += whole;
            remainders.add(new Object[] {e.getKey(), exact - whole});
        }
        for (Map.Entry<String, Long> e : poor.entrySet()) {
            out.putIfAbsent(e.getKey(), e.getValue().intValue());
        }
        remainders.sort(Comparator.comparingDouble((Object[] r) -> -(double) r[1]).thenComparing(r -> (String) r[0]));
        for (int i = 0; i < rest - given && i < remainders.size(); i++) {
            out.merge((String) remainders.get(i)[0], 1, Integer::sum);
        }
        out.values().removeIf(v -> v == 0);
        return out;
    }
}
