// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.screening;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jingzhun.kernel.Masking;
import org.jingzhun.rules.Catalog;
import org.jingzhun.rules.Evaluation;
import org.jingzhun.rules.FeedRecord;
import org.jingzhun.rules.Rule;

/**
 * Turns an {@link Evaluation} into what a cadre reads and what is stored as evidence: a Chinese
 * sentence with the values compared (fields and parameters by their Chinese names) and the
 * department records used (ID numbers masked), and the same as structured inputs.
 */
public final class Explanations {

    /** The sentence and the structured inputs of one finding. */
    public record Explained(String text, Map<String, Object> inputs) {
    }

    private static final Pattern NAME = Pattern.compile("(household|member|feed)\\.([a-z_]+)|param ([a-z_]+)");

    private Explanations() {
    }

    public static Explained explain(Rule rule, Evaluation e) {
        StringBuilder text = new StringBuilder(rule.title());
        List<Map<String, Object>> compared = new ArrayList<>();
        if (e.status() == Evaluation.Status.ERROR) {
            text.append("：无法判定（").append(label(e.error())).append("）");
        } else {
            // a hit names the comparisons that held; a no-hit (a rule tried on a household) those that failed
            boolean hit = e.status() == Evaluation.Status.HIT;
            text.append(hit ? "：" + rule.message() : "：未命中，以下条件不成立");
            Set<String> seen = new LinkedHashSet<>();
            for (Evaluation.Comparison c : e.comparisons()) {
                if (hit ? !Boolean.TRUE.equals(c.result()) : !Boolean.FALSE.equals(c.result())) {
                    continue;
                }
                Map<String, String> words = vocabulary(c.left());
                String s = label(c.left()) + " " + words(words, value(c.leftValue())) + " " + op(c.op()) + " "
                        + words(words, label(c.right()))
                        + (c.right().startsWith("param ") || c.right().contains(".") ? " " + words(words, value(c.rightValue())) : "");
                if (seen.add(s)) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("left", c.left());
                    m.put("leftValue", json(c.leftValue()));
                    m.put("op", c.op());
                    m.put("right", c.right());
                    m.put("rightValue", json(c.rightValue()));
                    compared.add(m);
                }
            }
            if (!seen.isEmpty()) {
                text.append("。比较：").append(String.join("；", seen.stream().limit(6).toList()));
            }
        }
        List<Map<String, Object>> sources = new ArrayList<>();
        List<String> sourceTexts = new ArrayList<>();
        for (FeedRecord f : e.feeds()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("department", f.department());
            m.put("recordId", f.recordId());
            m.put("idNumber", f.idNumber() == null ? null : Masking.idNumber(f.idNumber()));
            m.put("item", f.item());
            m.put("date", f.date().toString());
            m.put("value", json(f.value()));
            m.put("text", f.text());
            sources.add(m);
            if (sourceTexts.size() < 5) {
                sourceTexts.add(f.department() + " " + f.recordId() + "（" + f.item() + " " + Catalog.items().get(f.item())
                        + "，" + (f.idNumber() == null ? "" : Masking.idNumber(f.idNumber()) + "，") + f.date()
                        + (f.value() == null ? "" : "，数值 " + value(f.value())) + (f.text() == null ? "" : "，" + f.text()) + "）");
            }
        }
        if (!sourceTexts.isEmpty()) {
            text.append("。来源：").append(String.join("；", sourceTexts));
            if (e.feeds().size() > sourceTexts.size()) {
                text.append(" 等 ").append(e.feeds().size()).append(" 条");
            }
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("comparisons", compared);
        inputs.put("feeds", sources);
        if (e.error() != null) {
            inputs.put("error", e.error());
            inputs.put("errorPosition", e.errorPosition() == null ? null : e.errorPosition().toString());
        }
        return new Explained(text.append("。").toString(), inputs);
    }

    /** The vocabularies of text fields, by field name: stored value ({@code EXITED}) → Chinese ({@code 脱贫户}). */
    private static final Map<String, Map<String, String>> VOCABULARIES = Map.ofEntries(
            vocabulary("category", org.jingzhun.kernel.household.HouseholdCategory.class),
            vocabulary("monitoring_type", org.jingzhun.kernel.household.MonitoringType.class),
            vocabulary("relation", org.jingzhun.kernel.household.Relation.class),
            vocabulary("sex", org.jingzhun.kernel.household.Sex.class),
            vocabulary("education", org.jingzhun.kernel.household.Education.class),
            vocabulary("school_status", org.jingzhun.kernel.household.SchoolStatus.class),
            vocabulary("health", org.jingzhun.kernel.household.Health.class),
            vocabulary("disability_grade", org.jingzhun.kernel.household.DisabilityGrade.class),
            vocabulary("labour", org.jingzhun.kernel.household.LabourAbility.class),
            vocabulary("work_status", org.jingzhun.kernel.household.WorkStatus.class));

    private static <E extends Enum<E> & org.jingzhun.kernel.household.Labelled> Map.Entry<String, Map<String, String>> vocabulary(
            String field, Class<E> type) {
        Map<String, String> m = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            m.put(e.name(), e.label());
        }
        return Map.entry(field, m);
    }

    /** The vocabulary of the text field a comparison's left side names, or an empty map. */
    private static Map<String, String> vocabulary(String left) {
        Matcher m = NAME.matcher(left == null ? "" : left);
        return m.find() && m.group(2) != null ? VOCABULARIES.getOrDefault(m.group(2), Map.of()) : Map.of();
    }

    /** Shows stored vocabulary values ({@code 'EXITED'}, {@code ('EXITED', 'MONITORED')}) in Chinese. */
    private static String words(Map<String, String> vocabulary, String text) {
        if (vocabulary.isEmpty()) {
            return text;
        }
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(vocabulary.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString().replace("'", "");
    }

    private static final Pattern WORD = Pattern.compile("'?\\b([A-Z][A-Z_]*)\\b'?");

    /** Replaces field paths and parameter names in a text by their Chinese names. */
    static String label(String s) {
        if (s == null) {
            return "";
        }
        Matcher m = NAME.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String label;
            if (m.group(3) != null) {
                label = Catalog.params().getOrDefault(m.group(3), m.group(3));
            } else {
                Catalog.FieldDef def = Catalog.field(m.group(1), m.group(2));
                label = def == null ? m.group() : def.label();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(label));
        }
        m.appendTail(out);
        return out.toString().replace("missing data: ", "缺少数据：").replace("division by zero", "除数为零");
    }

    private static String op(String op) {
        return switch (op) {
            case "in" -> "属于";
            case "<>" -> "≠";
            case "<=" -> "≤";
            case ">=" -> "≥";
            default -> op;
        };
    }

    private static String value(Object v) {
        return switch (v) {
            case null -> "（空）";
            case BigDecimal n -> n.stripTrailingZeros().toPlainString();
            case Boolean b -> b ? "是" : "否";
            default -> v.toString();
        };
    }

    private static Object json(Object v) {
        return v instanceof BigDecimal n ? n.stripTrailingZeros().toPlainString() : v == null ? null : v.toString();
    }
}
