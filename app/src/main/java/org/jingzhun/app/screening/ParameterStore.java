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
 * defaults of DOMAIN.md §5 and is created on first use.
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

    /** The defaults of DOMAIN.md §5: version 1, and the value of a parameter an older version lacks. */
    /**
     * Parameters the application reads that rules do not use: the monitoring procedure's limits
     * (org.jingzhun.app.monitoring, org.jingzhun.app.assistance), with their Chinese names.
     */
    public static final Map<String, String> PROCEDURE_PARAMS = procedureParams();

    static final List<ParameterValue> DEFAULTS = defaults();

    private static Map<String, String> procedureParams() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("recognition_days", "识别认定时限(天，自首条线索至县级确认)");
        m.put("visit_days", "入户核实时限(天，自首条线索起)");
        m.put("village_review_days", "村级民主评议时限(天，自首条线索起)");
        m.put("township_review_days", "乡镇审核时限(天，自首条线索起)");
        m.put("notice_days", "村内公示天数(至少)");
        m.put("removal_monitored_months", "风险消除：至少已监测月数");
        m.put("removal_measures", "风险消除：至少已落实帮扶措施数");
        m.put("removal_income_stable_months", "风险消除：收入至少稳定月数");
        m.put("measure_due_days", "每项风险落实帮扶措施的时限(天，自确认或决定先帮扶起)");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Every parameter a version may hold: those rules use and the procedure's. */
    public static Map<String, String> names() {
        Map<String, String> all = new LinkedHashMap<>(Catalog.params());
        all.putAll(PROCEDURE_PARAMS);
        return all;
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ParameterStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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
        // the monitoring procedure's limits (DOMAIN.md §5), from 2021 on
        int[] procedure = {15, 3, 5, 13, 5, 6, 1, 6, 15};
        int i = 0;
        for (String name : PROCEDURE_PARAMS.keySet()) {
            v.add(new ParameterValue(name, 2021, BigDecimal.valueOf(procedure[i++])));
        }
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
                return store(1, DEFAULTS, "system", "DOMAIN.md §5 默认参数");
            }
        }
        return version(version);
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
            if (v == null || v.name() == null || !names().containsKey(v.name())) {
                problems.add(Map.of("index", i, "message", "未知参数" + (v == null ? "" : "“" + v.name() + "”") + "，可选："
                        + String.join("、", new java.util.TreeSet<>(names().keySet()))));
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
        jdbc.sql("select pg_advisory_xact_lock(hashtext('parameter_version'))").query().singleRow();
        int next = jdbc.sql("select coalesce(max(version), 0) + 1 from parameter_version").query(Integer.class).single();
        return store(next, values, actor, note == null || note.isBlank() ? "修改参数" : note);
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

    /**
     * The values in force in {@code year} under the current version, each parameter the version lacks
     * (it was stored before the parameter existed) taking its default; with the version they came from.
     */
    public InForce inForce(int year) {
        ParameterVersion v = current();
        Map<String, BigDecimal> values = new TreeMap<>(forYear(new ParameterVersion(0, null, null, null, DEFAULTS), year));
        values.putAll(forYear(v, year));
        return new InForce(v.version(), year, Map.copyOf(values));
    }

    /** Parameter values in force in a year, from version {@code version} (and defaults). */
    public record InForce(int version, int year, Map<String, BigDecimal> values) {
        public BigDecimal get(String name) {
            BigDecimal value = values.get(name);
            if (value == null) {
                throw new IllegalStateException("no value of parameter " + name + " for " + year);
            }
            return value;
        }
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
