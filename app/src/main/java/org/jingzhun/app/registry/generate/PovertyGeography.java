// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jingzhun.app.region.GridKind;
import org.jingzhun.app.registry.generate.VillageCatalog.County;
import org.jingzhun.app.registry.generate.VillageCatalog.Village;

/**
 * Where poverty was: the 25 former poverty counties (贫困县, from a resource file) and 3,058 former
 * poor villages (贫困村, DOMAIN.md §1). The real list of poor villages is not public data we ship,
 * so the demo picks rural villages by a hash of their code — the same villages for every seed and
 * scale, because where poverty was is a fact of the province, not of a run.
 */
final class PovertyGeography {

    static final String JIANGXI_COUNTIES = "regions/36-former-poverty-counties.csv";
    static final int FORMER_POOR_VILLAGES = 3_058;
    /** Most poor villages lay in the poverty counties; the rest were scattered over the province. */
    static final int FORMER_POOR_VILLAGES_IN_POVERTY_COUNTIES = 2_000;

    private final Map<String, Integer> countyExitYear;
    private final Set<String> formerPoorVillages;

    PovertyGeography(Map<String, Integer> countyExitYear, Set<String> formerPoorVillages) {
        this.countyExitYear = Map.copyOf(countyExitYear);
        this.formerPoorVillages = Set.copyOf(formerPoorVillages);
    }

    static PovertyGeography jiangxi(VillageCatalog catalog) {
        Map<String, Integer> counties = readCounties(JIANGXI_COUNTIES, catalog);
        return new PovertyGeography(counties, choosePoorVillages(catalog, counties.keySet()));
    }

    /** Reads {@code code,name,exit_year} lines ({@code #} starts a comment) and checks them against the divisions. */
    static Map<String, Integer> readCounties(String resource, VillageCatalog catalog) {
        Map<String, Integer> years = new HashMap<>();
        try (InputStream in = PovertyGeography.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("code,")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                County county = catalog.county(f[0]).orElseThrow(
                        () -> new IllegalStateException(resource + ": no county " + f[0]));
                if (!county.name().equals(f[1])) {
                    throw new IllegalStateException(resource + ": " + f[0] + " is " + county.name() + ", not " + f[1]);
                }
                years.put(county.code(), Integer.parseInt(f[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return years;
    }

    private static Set<String> choosePoorVillages(VillageCatalog catalog, Set<String> povertyCounties) {
        List<Village> inside = new ArrayList<>();
        List<Village> outside = new ArrayList<>();
        for (County c : catalog.counties()) {
            for (Village v : c.villages()) {
                if (v.kind() == GridKind.RURAL) {
                    (povertyCounties.contains(c.code()) ? inside : outside).add(v);
                }
            }
        }
        Set<String> chosen = new HashSet<>();
        int wantedInside = Math.min(FORMER_POOR_VILLAGES_IN_POVERTY_COUNTIES, inside.size());
        chosen.addAll(firstByHash(inside, wantedInside));
        chosen.addAll(firstByHash(outside, Math.min(FORMER_POOR_VILLAGES - wantedInside, outside.size())));
        return chosen;
    }

    private static List<String> firstByHash(List<Village> villages, int count) {
        return villages.stream()
                .map(Village::code)
                .sorted(Comparator.comparingLong((String code) -> CountyWriter.mix64(Long.parseLong(code) ^ 0x5DEECE66DL))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(count)
                .toList();
    }

    boolean isFormerPovertyCounty(String countyCode) {
        return countyExitYear.containsKey(countyCode);
    }

    /** The year the county's exit was approved, or 0 when it was never a poverty county. */
    int countyExitYear(String countyCode) {
        return countyExitYear.getOrDefault(countyCode, 0);
    }

    boolean isFormerPoorVillage(String villageCode) {
        return formerPoorVillages.contains(villageCode);
    }

    Set<String> formerPoorVillages() {
        return formerPoorVillages;
    }

    Map<String, Integer> countyExitYears() {
        return countyExitYear;
    }

    int formerPovertyCountyCount() {
        return countyExitYear.size();
    }

    int formerPoorVillageCount() {
        return formerPoorVillages.size();
    }
}
