// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jingzhun.app.platform.csv.CsvReader;
import org.jingzhun.app.region.DemoGridGenerator;
import org.jingzhun.app.region.GridKind;

/**
 * The counties of a province and the villages (村/社区) under each, read from a divisions file on
 * the classpath ({@code code,name}, 12-digit codes). The generator needs no database: it works
 * from the same file the server seeds its regions from, so generated households always point at
 * regions and demo grids that exist.
 */
public final class VillageCatalog {

    /** The Jiangxi divisions shipped with Jingzhun. */
    public static final String JIANGXI = "regions/36-jiangxi.csv";

    /** A village or community with the demo's household estimate and grid count for it. */
    public record Village(String code, String name, String townshipName, GridKind kind,
                          int estimatedHouseholds, int gridCount) {
    }

    /** A county-level division (县/县级市/区) and its villages in code order. */
    public record County(String code, String name, List<Village> villages) {

        /** The 6-digit address code that ID numbers issued here start with. */
        public String addressCode() {
            return code.substring(0, 6);
        }

        public long estimatedHouseholds() {
            long sum = 0;
            for (Village v : villages) {
                sum += v.estimatedHouseholds();
            }
            return sum;
        }
    }

    private static volatile VillageCatalog jiangxi;

    private final List<County> counties;
    private final Map<String, County> byCode;

    private VillageCatalog(List<County> counties) {
        this.counties = List.copyOf(counties);
        Map<String, County> map = new HashMap<>();
        for (County c : counties) {
            map.put(c.code(), c);
        }
        this.byCode = Map.copyOf(map);
    }

    /** The Jiangxi catalogue, loaded once. */
    public static VillageCatalog jiangxi() {
        VillageCatalog c = jiangxi;
        if (c == null) {
            synchronized (VillageCatalog.class) {
                c = jiangxi;
                if (c == null) {
                    c = load(JIANGXI);
                    jiangxi = c;
                }
            }
        }
        return c;
    }

    /** Reads a divisions file from the classpath; counties without villages are left out. */
    public static VillageCatalog load(String resource) {
        Map<String, String> names = new HashMap<>();
        List<String[]> villages = new ArrayList<>();
        try (InputStream in = VillageCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("divisions not on the classpath: " + resource);
            }
            CsvReader reader = new CsvReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.next(); // header code,name
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                String code = row.get(0).strip();
                String name = row.get(1).strip();
                names.put(code, name);
                if (!code.endsWith("000")) {
                    villages.add(new String[] {code, name});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        villages.sort(Comparator.comparing(v -> v[0]));
        Map<String, List<Village>> byCounty = new LinkedHashMap<>();
        for (String[] v : villages) {
            String code = v[0];
            GridKind kind = GridKind.ofVillageName(v[1]);
            String township = names.getOrDefault(code.substring(0, 9) + "000", "");
            byCounty.computeIfAbsent(code.substring(0, 6) + "000000", k -> new ArrayList<>())
                    .add(new Village(code, v[1], township, kind,
                            DemoGridGenerator.estimatedHouseholds(code, kind), DemoGridGenerator.gridCount(code, kind)));
        }
        List<County> counties = new ArrayList<>();
        byCounty.forEach((code, list) -> counties.add(new County(code, names.getOrDefault(code, code), List.copyOf(list))));
        counties.sort(Comparator.comparing(County::code));
        return new VillageCatalog(counties);
    }

    /** Every county with villages, in code order. */
    public List<County> counties() {
        return counties;
    }

    /** A county by its 12-digit code, or by the 6-digit address code. */
    public Optional<County> county(String code) {
        String c = code.strip();
        if (c.length() == 6) {
            c = c + "000000";
        }
        return Optional.ofNullable(byCode.get(c));
    }

    /** The county whose name is exactly {@code name}. */
    public Optional<County> countyNamed(String name) {
        return counties.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public long estimatedHouseholds() {
        long sum = 0;
        for (County c : counties) {
            sum += c.estimatedHouseholds();
        }
        return sum;
    }
}
