// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules;

import java.util.Objects;
import java.util.Set;

/**
 * One versioned rule: a stable code, its version, what a hit means, the risk type (DOMAIN.md §6.1,
 * English code) and the monitoring category it suggests, a Chinese title and message, and its
 * condition (text and parsed tree). A new version of a rule is a new {@code Rule}; a stored finding
 * names the code and version it came from.
 *
 * @param suggests   {@code UNSTABLE_EXITED}, {@code MARGINAL}, {@code SUDDEN_HARDSHIP},
 *                   {@link #BY_HOUSEHOLD} (the category the household's type gives: 脱贫户 →
 *                   脱贫不稳定户, 一般农户 → 边缘易致贫户, already monitored → none) or null
 */
public record Rule(String code, int version, RuleKind kind, String riskType, String suggests, String title,
                   String message, String conditionText, Expr condition) {

    /** {@link #suggests} value: the category follows from the household's type. */
    public static final String BY_HOUSEHOLD = "BY_HOUSEHOLD";
    /** The risk types of DOMAIN.md §6.1. */
    public static final Set<String> RISK_TYPES = Set.of("ILLNESS", "EDUCATION", "DISABILITY", "DISASTER", "ACCIDENT",
            "INDUSTRY_FAILURE", "UNSTABLE_EMPLOYMENT", "LACK_OF_LABOUR", "UNSAFE_HOUSING", "UNSAFE_WATER", "OTHER");
    /** The allowed {@code suggests} values. */
    public static final Set<String> SUGGESTIONS = Set.of("UNSTABLE_EXITED", "MARGINAL", "SUDDEN_HARDSHIP", BY_HOUSEHOLD);

    public Rule {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(condition, "condition");
        if (!code.matches("[A-Z][A-Z0-9_]{1,31}")) {
            throw new IllegalArgumentException("a rule code is 2–32 capital letters, digits or _, starting with a letter: "
                    + code);
        }
        if (version < 1) {
            throw new IllegalArgumentException("a rule version starts at 1: " + version);
        }
        if (riskType != null && !RISK_TYPES.contains(riskType)) {
            throw new IllegalArgumentException("unknown risk type " + riskType + "; known: " + RISK_TYPES);
        }
        if (suggests != null && !SUGGESTIONS.contains(suggests)) {
            throw new IllegalArgumentException("unknown suggested category " + suggests + "; known: " + SUGGESTIONS);
        }
    }

    /** The monitoring category suggested for a household of this category (EXITED/MONITORED/ORDINARY), or null. */
    public String suggestionFor(String householdCategory) {
        if (!BY_HOUSEHOLD.equals(suggests)) {
            return suggests;
        }
        return switch (householdCategory) {
            case "EXITED" -> "UNSTABLE_EXITED";
            case "ORDINARY" -> "MARGINAL";
            default -> null;
        };
    }

    /** The policy parameters the condition reads ({@code monitoring_line}, …). */
    public java.util.Set<String> parameters() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        collectParameters(condition, names);
        return names;
    }

    private static void collectParameters(Expr e, java.util.Set<String> names) {
        switch (e) {
            case null -> { }
            case Expr.Param p -> names.add(p.name());
            case Expr.Literal l -> { }
            case Expr.Field f -> { }
            case Expr.Unary u -> collectParameters(u.operand(), names);
            case Expr.Binary b -> {
                collectParameters(b.left(), names);
                collectParameters(b.right(), names);
            }
            case Expr.In in -> {
                collectParameters(in.value(), names);
                in.options().forEach(o -> collectParameters(o, names));
            }
            case Expr.IsNull n -> collectParameters(n.value(), names);
            case Expr.Aggregate a -> {
                collectParameters(a.where(), names);
                collectParameters(a.value(), names);
            }
        }
    }
}
