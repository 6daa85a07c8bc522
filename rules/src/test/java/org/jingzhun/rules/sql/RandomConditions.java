// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.jingzhun.rules.Catalog;
import org.jingzhun.rules.Checker;
import org.jingzhun.rules.FieldType;

/**
 * Seeded random rule conditions, well typed by construction and kept only if the {@link Checker}
 * accepts them, that use every kind of syntax node: logic, comparisons, {@code in}, {@code is null},
 * arithmetic (with literals chosen to make rounding and division by zero happen), parameters, and
 * every aggregate over members and feed records, nested member → feed.
 */
final class RandomConditions {

    /** Where a generated expression stands: what its fields and aggregates may be. */
    private enum Scope { HOUSEHOLD, MEMBER, FEED, MEMBER_FEED }

    private static final String[] NUMBERS = {"0", "1", "2", "3", "7", "0.5", "0.125", "0.00005", "1.0", "6000",
        "6000.00", "7900", "10000", "11950", "0.3333", "2.5", "18", "16"};
    private static final String[] ITEMS = {"YB01", "YB02", "CL01", "GA01", "ZJ01", "YJ01", "JY01", "RS01"};
    private static final int[] MONTHS = {1, 3, 6, 12, 24};
    private static final String[] TEXTS = {"C", "D", "B", "O'Brien", "c", "C "};

    private final Random random;

    private RandomConditions(long seed) {
        random = new Random(seed);
    }

    /** {@code count} checked conditions from {@code seed}. */
    static List<String> generate(long seed, int count) {
        RandomConditions g = new RandomConditions(seed);
        List<String> out = new ArrayList<>();
        while (out.size() < count) {
            String text = g.bool(Scope.HOUSEHOLD, 4);
            if (Checker.check(org.jingzhun.rules.Parser.parse(text)).isEmpty()) {
                out.add(text);
            }
        }
        return out;
    }

    private String bool(Scope scope, int depth) {
        int choice = random.nextInt(depth <= 0 ? 4 : 11);
        return switch (choice) {
            case 0 -> "(" + number(scope, depth - 1) + " " + pick("=", "<>", "<", "<=", ">", ">=") + " "
                    + number(scope, depth - 1) + ")";
            case 1 -> text(scope);
            case 2 -> field(scope, FieldType.BOOLEAN);
            case 3 -> "(" + number(scope, depth - 1) + " in (" + number(scope, 0) + ", " + number(scope, 0) + "))";
            case 4 -> "(" + bool(scope, depth - 1) + " and " + bool(scope, depth - 1) + ")";
            case 5 -> "(" + bool(scope, depth - 1) + " or " + bool(scope, depth - 1) + ")";
            case 6 -> "(not " + bool(scope, depth - 1) + ")";
            case 7 -> "(" + (random.nextBoolean() ? number(scope, depth - 1) : bool(scope, depth - 1)) + " is "
                    + (random.nextBoolean() ? "not " : "") + "null)";
            case 8 -> scope == Scope.FEED || scope == Scope.MEMBER_FEED
                    ? "(feed.date " + pick("<", ">=", "=") + " feed.date)"
                    : "(" + number(scope, depth - 1) + " between " + number(scope, 0) + " and " + number(scope, 0) + ")";
            default -> aggregate(scope, depth, random.nextBoolean() ? "any" : "all");
        };
    }

    private String text(Scope scope) {
        if ((scope == Scope.FEED || scope == Scope.MEMBER_FEED) && random.nextBoolean()) {
            String literal = "'" + pick(TEXTS).replace("'", "''") + "'";
            return random.nextBoolean() ? "(feed.text " + pick("=", "<>") + " " + literal + ")"
                    : "(feed.text in ('C', " + literal + "))";
        }
        List<Catalog.FieldDef> fields = new ArrayList<>(Catalog.householdFields());
        if (scope == Scope.MEMBER || scope == Scope.MEMBER_FEED) {
            fields.addAll(Catalog.memberFields());
        }
        fields.removeIf(f -> f.values() == null);
        Catalog.FieldDef f = fields.get(random.nextInt(fields.size()));
        String name = (Catalog.householdFields().contains(f) ? "household." : "member.") + f.name();
        List<String> values = List.copyOf(new TreeSet<>(f.values()));
        String value = "'" + values.get(random.nextInt(values.size())) + "'";
        return random.nextBoolean() ? "(" + name + " " + pick("=", "<>") + " " + value + ")"
                : "(" + name + " in (" + value + ", '" + values.getFirst() + "'))";
    }

    private String number(Scope scope, int depth) {
        int choice = random.nextInt(depth <= 0 ? 3 : 9);
        return switch (choice) {
            case 0 -> pick(NUMBERS);
            case 1 -> field(scope, FieldType.NUMBER);
            case 2 -> random.nextInt(3) == 0 ? "param " + pick(Catalog.params().keySet().stream().sorted().toArray(String[]::new))
                    : field(scope, FieldType.NUMBER);
            case 3, 4 -> "(" + number(scope, depth - 1) + " " + pick("+", "-", "*", "/") + " " + number(scope, depth - 1) + ")";
            case 5 -> "(-" + number(scope, depth - 1) + ")";
            case 6 -> "(" + number(scope, depth - 1) + " / " + pick("0", "3", "7", "(1 - 1)") + ")";
            default -> aggregate(scope, depth, pick("count", "sum", "max", "min"));
        };
    }

    private String aggregate(Scope scope, int depth, String kind) {
        boolean overMembers = scope == Scope.HOUSEHOLD && random.nextBoolean();
        if (scope == Scope.FEED || scope == Scope.MEMBER_FEED) {
            return kind.equals("any") || kind.equals("all") ? field(scope, FieldType.BOOLEAN) : field(scope, FieldType.NUMBER);
        }
        Scope inner = overMembers ? Scope.MEMBER : scope == Scope.MEMBER ? Scope.MEMBER_FEED : Scope.FEED;
        String items = overMembers ? "member"
                : "feed " + pick(ITEMS) + (random.nextInt(4) == 0 ? "" : " within " + MONTHS[random.nextInt(MONTHS.length)]
                + " months");
        String where = random.nextInt(4) == 0 ? "" : " where " + bool(inner, depth - 1);
        return switch (kind) {
            case "sum", "max", "min" -> "(" + kind + "(" + number(inner, depth - 1) + ") of " + items + where + ")";
            default -> "(" + kind + " " + items + where + ")";
        };
    }

    private String field(Scope scope, FieldType type) {
        List<String> names = new ArrayList<>();
        Catalog.householdFields().stream().filter(f -> f.type() == type).forEach(f -> names.add("household." + f.name()));
        if (scope == Scope.MEMBER || scope == Scope.MEMBER_FEED) {
            Catalog.memberFields().stream().filter(f -> f.type() == type).forEach(f -> names.add("member." + f.name()));
        }
        if ((scope == Scope.FEED || scope == Scope.MEMBER_FEED) && type == FieldType.NUMBER) {
            names.add("feed.value");
            names.add("feed.value");
        }
        return names.get(random.nextInt(names.size()));
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }
}
