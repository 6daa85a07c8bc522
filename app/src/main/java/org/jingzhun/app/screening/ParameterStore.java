// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.screening;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.rules.Catalog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 政策参数 (DOMAIN.md §5), versioned: each change stores a complete new version; a screening run
 * pins the version it used. A value applies from its year until a later year's value, so the
 * parameters for a screening year are the latest values at or before it. Version 1 holds the
 * defaults of DOMAIN.md §5 and is created on first use. Other features add their parameters through
 * {@link ParameterDefaults} beans: a current version lacking any of them gets a new version with their
 * defaults, and a replacement that leaves them out keeps their current values.
 */
@Component
public class ParameterStore {

    /** One value: parameter, first year it applies to, value. */
    public record ParameterValue(String name, int year, BigDecimal value) {
    }

    /** A version: who made it, why, and all its values. */
    public record ParameterVersion(int version, Instant createdAt, String createdBy, String note,
                                   List<ParameterValue> values) {
    }

    static final List<ParameterValue> DEFAULTS = defaults();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final List<ParameterValue> contributed;

    ParameterStore(JdbcClient jdbc, Clock clock, List<ParameterDefaults> contributions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.contributed = contributions.stream().flatMap(c -> c.defaults().stream()).toList();
    }

    private java.util.Set<String> contributedNames() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        contributed.forEach(v -> names.add(v.name()));
        return names;
    }

    private static List<ParameterValue> defaults() {
        List<ParameterValue> v = new ArrayList<>();
        int[][] lines = {{2021, 6000}, {2022, 6300}, {2023, 6900}, {2024, 7300}, {2025, 7600}, {2026, 7900}};
        for (int[] l : lines) {
            v.add(new ParameterValue("monitoring_line", l[0], BigDecimal.valueOf(l[1])));
        }
        // a run in year Y compares with year Y−1's provincial rural per-capita disposable income
        v.add(new ParameterValue("rural_income_last_year", 2025, new BigDecimal("22600")));
        v.add(new ParameterValue("rural_income_last_year", 2026, new BigDecimal("23900")));
        v.add(new ParameterValue("medical_stay_limit_exited", 2021, new BigDecimal("6000")));
        v.add(new ParameterValue("medical_stay_limit_other", 2021, new BigDecimal("10000")));
        v.add(new ParameterValue("medical_year_share_exited", 2021, new BigDecimal("0.5")));
        v.add(new ParameterValue("medical_year_share_other", 2021, new BigDecimal("1.0")));
        v.add(new ParameterValue("disaster_loss_limit", 2021, new BigDecimal("10000")));
        v.add(new ParameterValue("disaster_loss_share", 2021, new BigDecimal("0.5")));
        return List.copyOf(v);
    }

    /** The current version (the defaults are stored on first use). */
    @Transactional
    public ParameterVersion current() {
        Integer version = jdbc.sql("select max(version) from parameter_version").query(Integer.class).optional().orElse(null);
        if (version == null) {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('parameter_version'))").query().singleRow();
            version = jdbc.sql("select max(version) from parameter_version").query(Integer.class).optional().orElse(null);
            if (version == null) {
                List<ParameterValue> all = new ArrayList<>(DEFAULTS);
                all.addAll(contributed);
                return store(1, all, "system", "DOMAIN.md §5 默认参数");
            }
        }
        ParameterVersion current = version(version);
        java.util.Set<String> have = new java.util.HashSet<>();
        current.values().forEach(v -> have.add(v.name()));
        List<ParameterValue> missing = contributed.stream().filter(v -> !have.contains(v.name())).toList();
        if (missing.isEmpty()) {
            return current;
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtext('parameter_version'))").query().singleRow();
        int latest = jdbc.sql("select max(version) from parameter_version").query(Integer.class).single();
        if (latest != version) {
            return current(); // someone else added them meanwhile
        }
        List<ParameterValue> all = new ArrayList<>(current.values());
        all.addAll(missing);
        return store(version + 1, all, "system", "新增参数的默认值："
                + String.join("、", new java.util.TreeSet<>(missing.stream().map(ParameterValue::name).toList())));
    }

    public ParameterVersion version(int version) {
        var head = jdbc.sql("select created_at, created_by, note from parameter_version where version = :v").param("v", version)
                .query((rs, i) -> new Object[] {rs.getObject(1, java.time.OffsetDateTime.class).toInstant(), rs.getString(2),
                        rs.getString(3)}).optional()
                .orElseThrow(() -> new BadRequestException("problem.parameters.no-version", version));
        List<ParameterValue> values = jdbc.sql("select name, year, value from parameter_value where version = :v order by name, year")
                .param("v", version).query((rs, i) -> new ParameterValue(rs.getString(1), rs.getInt(2),
                        rs.getBigDecimal(3).stripTrailingZeros())).list();
        return new ParameterVersion(version, (Instant) head[0], (String) head[1], (String) head[2], values);
    }

    /** Stores a complete new version after checking every name and value; returns it. */
    @Transactional
    public ParameterVersion replace(List<ParameterValue> values, String actor, String note) {
        List<Map<String, Object>> problems = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            ParameterValue v = values.get(i);
            if (v == null || v.name() == null || !Catalog.params().containsKey(v.name()) && !contributedNames().contains(v.name())) {
                java.util.Set<String> known = new java.util.TreeSet<>(Catalog.params().keySet());
                known.addAll(contributedNames());
                problems.add(Map.of("index", i, "message", "未知参数" + (v == null ? "" : "“" + v.name() + "”") + "，可选："
                        + String.join("、", known)));
            } else if (v.year() < 2000 || v.year() > 2100) {
                problems.add(Map.of("index", i, "message", "年度应在 2000 到 2100 之间"));
            } else if (v.value() == null || v.value().signum() < 0 || v.value().stripTrailingZeros().scale() > 4) {
                problems.add(Map.of("index", i, "message", "参数值应为不小于 0 的数，最多 4 位小数"));
            } else if (!seen.add(v.name() + "@" + v.year())) {
                problems.add(Map.of("index", i, "message", "参数 " + v.name() + " 的 " + v.year() + " 年度重复"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException("problem.parameters.invalid", problems.size()).with("problems", problems);
        }
        // other features' parameters left out keep their current values
        List<ParameterValue> all = new ArrayList<>(values);
        java.util.Set<String> given = new java.util.HashSet<>();
        values.forEach(v -> given.add(v.name()));
        for (ParameterValue v : current().values()) {
            if (contributedNames().contains(v.name()) && !given.contains(v.name())) {
                all.add(v);
            }
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtext('parameter_version'))").query().singleRow();
        int next = jdbc.sql("select coalesce(max(version), 0) + 1 from parameter_version").query(Integer.class).single();
        return store(next, all, actor, note == null || note.isBlank() ? "修改参数" : note);
    }

    private ParameterVersion store(int version, List<ParameterValue> values, String actor, String note) {
        Instant now = Instant.now(clock);
        jdbc.sql("insert into parameter_version (version, created_at, created_by, note) values (:v, :at, :by, :note)")
                .param("v", version).param("at", now.atOffset(ZoneOffset.UTC)).param("by", actor).param("note", note).update();
        for (ParameterValue p : values) {
            jdbc.sql("insert into parameter_value (version, name, year, value) values (:v, :n, :y, :val)")
                    .param("v", version).param("n", p.name()).param("y", p.year()).param("val", p.value()).update();
        }
        return version(version);
    }

    /** The values in force in a screening year: for each parameter, its latest value at or before the year. */
    public static Map<String, BigDecimal> forYear(ParameterVersion version, int year) {
        Map<String, TreeMap<Integer, BigDecimal>> byName = new LinkedHashMap<>();
        for (ParameterValue v : version.values()) {
            byName.computeIfAbsent(v.name(), k -> new TreeMap<>()).put(v.year(), v.value());
        }
        Map<String, BigDecimal> out = new TreeMap<>();
        byName.forEach((name, years) -> {
            var e = years.floorEntry(year);
            if (e != null) {
                out.put(name, e.getValue());
            }
        });
        return out;
    }
}
