// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry;

import static org.jingzhun.app.registry.HouseholdTemplate.*;

import org.jingzhun.app.platform.security.Disclosure;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jingzhun.app.platform.csv.CsvHeader.Column;
import org.jingzhun.app.registry.HouseholdViews.Change;
import org.jingzhun.app.registry.HouseholdViews.HouseholdDetails;
import org.jingzhun.app.registry.HouseholdViews.Income;
import org.jingzhun.app.registry.HouseholdViews.Member;
import org.jingzhun.kernel.Masking;
import org.jingzhun.kernel.Money;
import org.jingzhun.kernel.household.DisabilityGrade;
import org.jingzhun.kernel.household.Education;
import org.jingzhun.kernel.household.Health;
import org.jingzhun.kernel.household.HouseholdCategory;
import org.jingzhun.kernel.household.Labelled;
import org.jingzhun.kernel.household.LabourAbility;
import org.jingzhun.kernel.household.MonitoringType;
import org.jingzhun.kernel.household.Relation;
import org.jingzhun.kernel.household.SchoolStatus;
import org.jingzhun.kernel.household.Sex;
import org.jingzhun.kernel.household.WorkStatus;
import tools.jackson.databind.JsonNode;

/**
 * Turns household documents ({@code household_document()} in SQL, also the form of history
 * entries) into API views, masking personal data, and compares two documents field by field for
 * the history timeline.
 */
final class HouseholdDocuments {

    /** Chinese names of document fields, and how to show their values. */
    private static final Map<String, String> LABELS = new LinkedHashMap<>();
    private static final Map<String, Function<String, String>> RENDER = Map.ofEntries(
            Map.entry("category", v -> label(HouseholdCategory.class, v)),
            Map.entry("monitoringType", v -> label(MonitoringType.class, v)),
            Map.entry("relation", v -> label(Relation.class, v)),
            Map.entry("sex", v -> label(Sex.class, v)),
            Map.entry("education", v -> label(Education.class, v)),
            Map.entry("schoolStatus", v -> label(SchoolStatus.class, v)),
            Map.entry("health", v -> label(Health.class, v)),
            Map.entry("disabilityGrade", v -> label(DisabilityGrade.class, v)),
            Map.entry("labour", v -> label(LabourAbility.class, v)),
            Map.entry("workStatus", v -> label(WorkStatus.class, v)),
            Map.entry("name", Masking::name),
            Map.entry("idNumber", Masking::idNumber),
            Map.entry("phone", Masking::phone));
    private static final List<String> MONEY = List.of("wages", "business", "property", "transfers", "productionCosts",
            "insurancePayouts", "outOfPocket");

    static {
        // document fields that are template columns take the template's header as their name
        Object[][] labels = {
                {"villageCode", REGION_CODE}, {"gridCode", GRID_CODE}, {"category", CATEGORY},
                {"monitoringType", MONITORING_TYPE}, {"exitYear", EXIT_YEAR}, {"relocated", RELOCATED}, {"dibao", DIBAO},
                {"tekun", TEKUN}, {"housingSafe", HOUSING_SAFE}, {"waterSafe", WATER_SAFE}, {"size", "家庭人数"},
                {"idNumber", ID_NUMBER}, {"name", NAME}, {"relation", RELATION}, {"sex", "性别"}, {"birthDate", "出生日期"},
                {"ethnicity", ETHNICITY}, {"education", EDUCATION}, {"schoolStatus", SCHOOL_STATUS}, {"health", HEALTH},
                {"disabilityGrade", DISABILITY_GRADE}, {"labour", LABOUR}, {"workStatus", WORK_STATUS},
                {"workMonths", WORK_MONTHS}, {"basicMedical", BASIC_MEDICAL},
                {"seriousIllnessInsurance", SERIOUS_ILLNESS_INSURANCE}, {"basicPension", BASIC_PENSION},
                {"commercialMedical", COMMERCIAL_MEDICAL}, {"welfareJob", WELFARE_JOB}, {"phone", PHONE},
                {"wages", WAGES}, {"business", BUSINESS_INCOME}, {"property", PROPERTY_INCOME},
                {"transfers", TRANSFER_INCOME}, {"productionCosts", PRODUCTION_COSTS},
                {"insurancePayouts", INSURANCE_PAYOUTS}, {"outOfPocket", OUT_OF_POCKET}};
        for (Object[] l : labels) {
            LABELS.put((String) l[0], l[1] instanceof Column c ? c.label() : (String) l[1]);
        }
    }

    private HouseholdDocuments() {
    }

    static HouseholdDetails details(JsonNode d, List<String> path, Instant asOf, LocalDate today, Disclosure show) {
        List<Member> members = new ArrayList<>();
        for (JsonNode m : d.get("members")) {
            LocalDate birth = LocalDate.parse(m.get("birthDate").asString());
            members.add(new Member(show.idNumber(text(m, "idNumber")), show.name(text(m, "name")),
                    label(Relation.class, text(m, "relation")), label(Sex.class, text(m, "sex")), birth.toString(),
                    java.time.Period.between(birth, today).getYears(), text(m, "ethnicity"),
                    label(Education.class, text(m, "education")), label(SchoolStatus.class, text(m, "schoolStatus")),
                    label(Health.class, text(m, "health")), label(DisabilityGrade.class, text(m, "disabilityGrade")),
                    label(LabourAbility.class, text(m, "labour")), label(WorkStatus.class, text(m, "workStatus")),
                    m.get("workMonths").asInt(), m.get("basicMedical").asBoolean(),
                    m.get("seriousIllnessInsurance").asBoolean(), m.get("basicPension").asBoolean(),
                    m.get("commercialMedical").asBoolean(), m.get("welfareJob").asBoolean(),
                    show.phone(text(m, "phone"))));
        }
        int size = members.size();
        List<Income> incomes = new ArrayList<>();
        for (JsonNode i : d.get("incomes")) {
            Money net = fen(i, "wages").plus(fen(i, "business")).plus(fen(i, "property")).plus(fen(i, "transfers"))
                    .minus(fen(i, "productionCosts"));
            incomes.add(new Income(i.get("year").asInt(), yuan(i, "wages"), yuan(i, "business"), yuan(i, "property"),
                    yuan(i, "transfers"), yuan(i, "productionCosts"), yuan(i, "insurancePayouts"), yuan(i, "outOfPocket"),
                    net.toYuan(), size == 0 ? null : net.dividedBy(size).toYuan(),
                    size == 0 ? null : net.minus(fen(i, "outOfPocket")).dividedBy(size).toYuan()));
        }
        return new HouseholdDetails(text(d, "id"), text(d, "villageCode"), path, text(d, "gridCode"),
                text(d, "category"), label(HouseholdCategory.class, text(d, "category")),
                text(d, "monitoringType"), label(MonitoringType.class, text(d, "monitoringType")),
                d.get("exitYear").isNull() ? null : d.get("exitYear").asInt(),
                d.get("relocated").asBoolean(), d.get("dibao").asBoolean(), d.get("tekun").asBoolean(),
                d.get("housingSafe").asBoolean(), d.get("waterSafe").asBoolean(), size, members, incomes,
                d.get("version").asInt(), Instant.parse(normaliseTimestamp(text(d, "changedAt"))), text(d, "changedBy"),
                text(d, "changeReason"), asOf);
    }

    /** What changed from {@code before} to {@code after}, field by field, values shown as users see them. */
    static List<Change> diff(JsonNode before, JsonNode after) {
        Map<String, String> a = flatten(before);
        Map<String, String> b = flatten(after);
        List<Change> changes = new ArrayList<>();
        for (String key : union(a, b)) {
            String x = a.get(key);
            String y = b.get(key);
            if (!java.util.Objects.equals(x, y)) {
                changes.add(new Change(key, labelOf(key), x, y));
            }
        }
        return changes;
    }

    /** Household fields, members keyed by masked ID number, incomes keyed by year. */
    private static Map<String, String> flatten(JsonNode d) {
        Map<String, String> out = new LinkedHashMap<>();
        if (d == null) {
            return out;
        }
        for (String key : List.of("villageCode", "gridCode", "category", "monitoringType", "exitYear", "relocated", "dibao",
                "tekun", "housingSafe", "waterSafe", "size")) {
            out.put(key, render(key, d.get(key)));
        }
        for (JsonNode m : d.get("members")) {
            String prefix = "members/" + Masking.idNumber(text(m, "idNumber")) + "/";
            for (String key : m.propertyNames()) {
                if (!key.equals("idNumber")) {
                    out.put(prefix + key, render(key, m.get(key)));
                }
            }
        }
        for (JsonNode i : d.get("incomes")) {
            String prefix = "incomes/" + i.get("year").asInt() + "/";
            for (String key : MONEY) {
                out.put(prefix + key, new Money(i.get(key).asLong()).toString());
            }
        }
        return out;
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        List<String> keys = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
        return keys;
    }

    private static String labelOf(String path) {
        String[] parts = path.split("/");
        String field = LABELS.getOrDefault(parts[parts.length - 1], parts[parts.length - 1]);
        if (parts.length == 1) {
            return field;
        }
        return (parts[0].equals("members") ? "成员 " + parts[1] : parts[1] + " 年收入") + "：" + field;
    }

    private static String render(String key, JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? "是" : "否";
        }
        Function<String, String> r = RENDER.get(key);
        return r == null ? v.asString() : r.apply(v.asString());
    }

    private static <E extends Enum<E> & Labelled> String label(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name).label();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static Money fen(JsonNode n, String field) {
        return new Money(n.get(field).asLong());
    }

    private static BigDecimal yuan(JsonNode n, String field) {
        return fen(n, field).toYuan();
    }

    /** PostgreSQL writes timestamps in JSON as {@code 2026-11-23T12:00:00.123+00:00}. */
    private static String normaliseTimestamp(String t) {
        return java.time.OffsetDateTime.parse(t).toInstant().toString();
    }
}
