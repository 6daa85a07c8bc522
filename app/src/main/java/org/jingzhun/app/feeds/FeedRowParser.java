// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jingzhun.app.platform.csv.CsvHeader.Column;
import org.jingzhun.kernel.IdNumber;
import org.jingzhun.kernel.InvalidIdNumberException;
import org.jingzhun.rules.Catalog;

/**
 * Checks one department record (from a file row or a pushed JSON object) against DOMAIN.md §7:
 * known department and item (and the item belongs to the department), a record id, a valid ID
 * number (stored in its 18-digit form), a real date not in the future, and the value or text the
 * item needs. Problems go to a {@link Problems} sink with the column and the value as given.
 */
public final class FeedRowParser {

    /** Receives problems: the column, the value as given, a message key and its arguments. */
    @FunctionalInterface
    public interface Problems {
        void problem(Column column, String value, String key, Object... args);
    }

    /** Items that carry an amount in yuan; CL01 carries a disability grade. */
    private static final Set<String> AMOUNT_ITEMS = Set.of("YB01", "YB02", "MZ04", "YJ01", "NY01", "RS02", "JY02");
    private static final Set<String> HOUSE_GRADES = Set.of("A", "B", "C", "D");
    private static final Map<String, Set<String>> ITEMS_BY_DEPARTMENT = Catalog.items().keySet().stream()
            .collect(Collectors.groupingBy(Catalog::department, Collectors.toCollection(TreeSet::new)));
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");
    static final int MAX_RECORD_ID = 64;
    static final int MAX_TEXT = 200;

    private final LocalDate today;

    public FeedRowParser(LocalDate today) {
        this.today = today;
    }

    /** The row if it is valid, else {@code null} after reporting every problem found. */
    public FeedRow parse(long row, String department, String recordId, String idNumber, String item, String date,
                         String value, String text, Problems problems) {
        int[] found = {0};
        Problems counting = (c, v, k, a) -> {
            found[0]++;
            problems.problem(c, v, k, a);
        };
        String dept = department == null ? null : department.strip().toUpperCase(java.util.Locale.ROOT);
        if (dept == null || dept.isEmpty()) {
            counting.problem(FeedTemplate.DEPARTMENT, null, "feeds.required");
        } else if (!ITEMS_BY_DEPARTMENT.containsKey(dept)) {
            counting.problem(FeedTemplate.DEPARTMENT, department, "feeds.department", String.join("、", ITEMS_BY_DEPARTMENT.keySet()));
        }
        String rid = recordId == null ? null : recordId.strip();
        if (rid == null || rid.isEmpty()) {
            counting.problem(FeedTemplate.RECORD_ID, null, "feeds.required");
        } else if (rid.length() > MAX_RECORD_ID || rid.chars().anyMatch(Character::isISOControl)) {
            counting.problem(FeedTemplate.RECORD_ID, rid, "feeds.record-id", MAX_RECORD_ID);
        }
        IdNumber id = null;
        if (idNumber == null || idNumber.isBlank()) {
            counting.problem(FeedTemplate.ID_NUMBER, null, "feeds.required");
        } else {
            try {
                id = IdNumber.parse(idNumber.strip(), today);
            } catch (InvalidIdNumberException e) {
                counting.problem(FeedTemplate.ID_NUMBER, idNumber, "id.invalid." + e.reason());
            }
        }
        String code = item == null ? null : item.strip().toUpperCase(java.util.Locale.ROOT);
        if (code == null || code.isEmpty()) {
            counting.problem(FeedTemplate.ITEM, null, "feeds.required");
            code = null;
        } else if (!Catalog.items().containsKey(code)) {
            counting.problem(FeedTemplate.ITEM, item, "feeds.item", String.join("、", Catalog.items().keySet()));
            code = null;
        } else if (dept != null && ITEMS_BY_DEPARTMENT.containsKey(dept) && !Catalog.department(code).equals(dept)) {
            counting.problem(FeedTemplate.ITEM, item, "feeds.item-department", dept,
                    String.join("、", ITEMS_BY_DEPARTMENT.get(dept)));
        }
        LocalDate on = date(date, counting);
        BigDecimal amount = value(code, value, counting);
        String t = text == null || text.isBlank() ? null : text.strip();
        if (t != null && (t.length() > MAX_TEXT || t.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t'))) {
            counting.problem(FeedTemplate.TEXT, t, "feeds.text", MAX_TEXT);
        } else if ("ZJ01".equals(code)) {
            if (t == null || !HOUSE_GRADES.contains(t.toUpperCase(java.util.Locale.ROOT))) {
                counting.problem(FeedTemplate.TEXT, t, "feeds.house-grade");
            } else {
                t = t.toUpperCase(java.util.Locale.ROOT);
            }
        }
        if (found[0] > 0) {
            return null;
        }
        return new FeedRow(row, dept, rid, id.value(), code, on, amount, t);
    }

    private LocalDate date(String text, Problems problems) {
        if (text == null || text.isBlank()) {
            problems.problem(FeedTemplate.DATE, null, "feeds.required");
            return null;
        }
        String s = text.strip().replace('/', '-');
        try {
            LocalDate d = LocalDate.parse(s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) : s);
            if (d.isAfter(today) || d.getYear() < 2000) {
                problems.problem(FeedTemplate.DATE, text, "feeds.date-range", today);
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.problem(FeedTemplate.DATE, text, "feeds.date");
            return null;
        }
    }

    private static BigDecimal value(String item, String text, Problems problems) {
        boolean grade = "CL01".equals(item);
        if (text == null || text.isBlank()) {
            if (grade || (item != null && AMOUNT_ITEMS.contains(item))) {
                problems.problem(FeedTemplate.VALUE, null, grade ? "feeds.grade" : "feeds.amount-required");
            }
            return null;
        }
        BigDecimal v;
        try {
            v = new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            problems.problem(FeedTemplate.VALUE, text, grade ? "feeds.grade" : "feeds.amount");
            return null;
        }
        if (grade) {
            if (v.stripTrailingZeros().scale() > 0 || v.compareTo(BigDecimal.ONE) < 0 || v.compareTo(BigDecimal.valueOf(4)) > 0) {
                problems.problem(FeedTemplate.VALUE, text, "feeds.grade");
                return null;
            }
            return v.setScale(0, java.math.RoundingMode.UNNECESSARY);
        }
        if (v.stripTrailingZeros().scale() > 2 || v.signum() < 0 || v.compareTo(MAX_AMOUNT) >= 0) {
            problems.problem(FeedTemplate.VALUE, text, "feeds.amount");
            return null;
        }
        return v;
    }
}
