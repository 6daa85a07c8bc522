// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jingzhun.rules.Expr;
import org.jingzhun.rules.Expr.AggregateKind;
import org.jingzhun.rules.Expr.BinaryOp;

/**
 * Which feed items a household must have for a condition to be anything but false — most warning
 * rules need one department's records, which a few percent of households have, so the engine need
 * visit only those. Derived from the tree: {@code any feed X …} is false without a record of X;
 * {@code any member where c} is false when {@code c} is false for every member, so it needs what
 * {@code c} needs (a member's feed records are among the household's); {@code a and b} is false
 * when either side is, so either side's requirement will do; {@code a or b} needs what both need
 * together. Anything else requires nothing. The result is a list of alternatives, each a set of
 * items of which the household must have at least one; the engine picks the cheapest.
 *
 * <p>This is sound only for conditions that cannot fail, which is what {@link Compiler} accepts:
 * an evaluator error in the left operand of {@code and} would otherwise outrank a false right one.
 */
final class Requirements {

    private static final int MAX_ALTERNATIVES = 16;

    private Requirements() {
    }

    static List<Set<String>> of(Expr e) {
        return switch (e) {
            case Expr.Aggregate a when a.kind() == AggregateKind.ANY && a.item().equals("feed") ->
                    List.of(Set.of(a.itemCode()));
            case Expr.Aggregate a when a.kind() == AggregateKind.ANY && a.where() != null -> of(a.where());
            case Expr.Binary b when b.op() == BinaryOp.AND -> {
                List<Set<String>> all = new ArrayList<>(of(b.left()));
                all.addAll(of(b.right()));
                yield all.size() > MAX_ALTERNATIVES ? List.copyOf(all.subList(0, MAX_ALTERNATIVES)) : List.copyOf(all);
            }
            case Expr.Binary b when b.op() == BinaryOp.OR -> {
                List<Set<String>> out = new ArrayList<>();
                for (Set<String> l : of(b.left())) {
                    for (Set<String> r : of(b.right())) {
                        if (out.size() < MAX_ALTERNATIVES) {
                            Set<String> union = new TreeSet<>(l);
                            union.addAll(r);
                            out.add(Set.copyOf(union));
                        }
                    }
                }
                yield List.copyOf(out);
            }
            default -> List.of();
        };
    }
}
