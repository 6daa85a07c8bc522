// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Deterministic random {@link Subject}s that conform to the {@link Catalog}, for differential tests
 * between back ends (evaluator, SQL compilers, columnar engine): the same seed gives the same
 * households on every machine and JDK.
 *
 * <p>The data is chosen to hit edges rather than to look realistic: money clusters at the
 * thresholds of the default rules and {@link #params()} (exactly on them, a cent either side, and
 * with a different scale such as {@code 6000} vs {@code 6000.00}); nullable fields are missing about
 * 5 % of the time; feed records fall inside and outside the feed windows, exactly on their bounds
 * included; feed values and texts may be missing. Every household and member field of the catalogue
 * is present as a key (possibly with a null value). The household map has no {@code id_number};
 * every member map has a unique {@code id_number}, and each feed record carries the
 * {@code id_number} of one of its household's members (the evaluator matches feeds by it).
 */
public final class RandomSubjects {

    /** The screening date of every generated subject. */
    public static final LocalDate SCREENING_DATE = LocalDate.of(2026, 11, 1);

    /** Thresholds of the default rules with the default parameters, around which money clusters. */
    private static final String[] THRESHOLDS = {"6000", "10000", "7900", "11950", "23900", "0", "5000", "20000"};
    /** Feed windows (months) whose bounds the feed dates hit; 12 is the default rules' window. */
    private static final int[] WINDOWS = {1, 3, 6, 12, 12, 12, 24};
    private static final String[] TEXTS = {"C", "D", "B", "A", "c", "C ", "O'Brien", ""};

    private final Random random;
    private final long householdIndex;

    private RandomSubjects(Random random, long householdIndex) {
        this.random = random;
        this.householdIndex = householdIndex;
    }

    /** {@code count} subjects from {@code seed}; equal arguments give equal lists. */
    public static List<Subject> generate(long seed, int count) {
        Random random = new Random(seed);
        List<Subject> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(new RandomSubjects(random, i).subject());
        }
        return out;
    }

    /** The default parameters (DOMAIN.md §5, §7) as the evaluator's subjects carry them. */
    public static Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("monitoring_line", new BigDecimal("7900"));
        p.put("rural_income_last_year", new BigDecimal("23900"));
        p.put("medical_stay_limit_exited", new BigDecimal("6000"));
        p.put("medical_stay_limit_other", new BigDecimal("10000"));
        p.put("medical_year_share_exited", new BigDecimal("0.5"));
        p.put("medical_year_share_other", new BigDecimal("1.0"));
        p.put("disaster_loss_limit", new BigDecimal("10000"));
        p.put("disaster_loss_share", new BigDecimal("0.5"));
        return java.util.Collections.unmodifiableMap(p);
    }

    private Subject subject() {
        int size = 1 + random.nextInt(8);
        List<Map<String, Object>> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            members.add(member(i));
        }
        List<FeedRecord> feeds = new ArrayList<>();
        int feedCount = random.nextInt(4) == 0 ? 0 : random.nextInt(7);
        for (int i = 0; i < feedCount; i++) {
            Map<String, Object> m = members.get(random.nextInt(size));
            feeds.add(feed((String) m.get("id_number"), i));
        }
        return new Subject(household(size), List.copyOf(members), List.copyOf(feeds), params(), SCREENING_DATE);
    }

    private Map<String, Object> household(int size) {
        Map<String, Object> h = new LinkedHashMap<>();
        for (Catalog.FieldDef def : Catalog.householdFields()) {
            h.put(def.name(), nullable(def, () -> switch (def.name()) {
                case "exit_year" -> BigDecimal.valueOf(2014 + random.nextInt(7));
                case "size" -> BigDecimal.valueOf(size);
                case "income_year" -> BigDecimal.valueOf(2025);
                default -> value(def);
            }));
        }
        return h;
    }

    private Map<String, Object> member(int ordinal) {
        Map<String, Object> m = new LinkedHashMap<>();
        int age = random.nextInt(4) == 0 ? random.nextInt(18) : random.nextInt(91);
        for (Catalog.FieldDef def : Catalog.memberFields()) {
            m.put(def.name(), switch (def.name()) {
                case "id_number" -> String.format("36%04d%012d%02d", householdIndex % 10000, householdIndex, ordinal);
                case "relation" -> ordinal == 0 ? "HEAD" : pick(def.values());
                case "age" -> BigDecimal.valueOf(age);
                case "work_months" -> BigDecimal.valueOf(random.nextInt(13));
                // A missing grade means no disability: null far more often than other nullable fields.
                case "disability_grade" -> random.nextInt(3) == 0 ? BigDecimal.valueOf(1 + random.nextInt(4)) : null;
                default -> nullable(def, () -> value(def));
            });
        }
        return m;
    }

    private FeedRecord feed(String idNumber, int n) {
        String[] items = Catalog.items().keySet().toArray(String[]::new);
        String item = items[random.nextInt(items.length)];
        BigDecimal value = switch (random.nextInt(10)) {
            case 0 -> null;
            case 1, 2 -> BigDecimal.valueOf(1 + random.nextInt(4));
            default -> money();
        };
        String text = random.nextInt(3) == 0 ? null : TEXTS[random.nextInt(TEXTS.length)];
        String department = Catalog.department(item);
        return new FeedRecord(department, department + "-" + householdIndex + "-" + n, idNumber, item, feedDate(),
                value, text);
    }

    /** Inside or outside a window, often exactly on a bound (the day the window starts after, or the screening day). */
    private LocalDate feedDate() {
        LocalDate from = SCREENING_DATE.minusMonths(WINDOWS[random.nextInt(WINDOWS.length)]);
        return switch (random.nextInt(8)) {
            case 0 -> from;
            case 1 -> from.plusDays(1);
            case 2 -> from.minusDays(1);
            case 3 -> SCREENING_DATE;
            case 4 -> SCREENING_DATE.plusDays(1 + random.nextInt(30));
            default -> SCREENING_DATE.minusDays(random.nextInt(800));
        };
    }

    private Object value(Catalog.FieldDef def) {
        return switch (def.type()) {
            case NUMBER -> money();
            case BOOLEAN -> random.nextInt(5) != 0;
            case TEXT -> def.values() == null ? "t" + random.nextInt(100) : pick(def.values());
            case DATE -> SCREENING_DATE.minusDays(random.nextInt(3000));
        };
    }

    /** Money in yuan: at a threshold, a cent or a yuan either side, or anywhere up to twice it. */
    private BigDecimal money() {
        BigDecimal t = new BigDecimal(THRESHOLDS[random.nextInt(THRESHOLDS.length)]);
        return switch (random.nextInt(7)) {
            case 0 -> t;
            case 1 -> t.setScale(2);
            case 2 -> t.add(new BigDecimal("0.01"));
            case 3 -> t.subtract(new BigDecimal("0.01"));
            case 4 -> t.add(BigDecimal.valueOf(random.nextInt(3) - 1));
            case 5 -> BigDecimal.valueOf(random.nextInt(2_000_000) - 100_000, 2);
            default -> BigDecimal.valueOf(random.nextLong(t.longValue() * 200 + 2), 2);
        };
    }

    private Object nullable(Catalog.FieldDef def, java.util.function.Supplier<Object> value) {
        return def.nullable() && random.nextInt(20) == 0 ? null : value.get();
    }

    private String pick(Set<String> values) {
        // Sorted, because a Set's iteration order is not stable across JDKs and the output must be.
        List<String> sorted = List.copyOf(new TreeSet<>(values));
        return sorted.get(random.nextInt(sorted.size()));
    }
}
