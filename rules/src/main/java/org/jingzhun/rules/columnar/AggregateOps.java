// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

import java.util.Arrays;
import org.jingzhun.rules.Expr.AggregateKind;

/**
 * {@code any/all/count/sum/max/min} over members or feed records. For a batch of households (or
 * members) the items of all of them are gathered into one child {@link Frame}, the {@code where}
 * and value expressions are evaluated once over it, and the results are folded back into each
 * parent row — the evaluator's loop per household turned inside out. The folds are the
 * evaluator's: {@code any} true if some item matches, else unknown if some match is unknown;
 * {@code all} false if some item does not match, else unknown if some is unknown; {@code count}
 * counts matches; {@code sum}, {@code max}, {@code min} are unknown if a match is unknown or has no
 * value, {@code sum} of nothing is 0 and {@code max}/{@code min} of nothing unknown.
 */
final class AggregateOps {

    private AggregateOps() {
    }

    /** Gathers the items of each parent row into the child frame. */
    abstract static class Scan {
        final Frame child = new Frame(256);

        abstract void fill(Frame parent);
    }

    /** The members of each household of the parent frame. */
    static final class Members extends Scan {
        private final int[] memberStart;

        Members(int[] memberStart) {
            this.memberStart = memberStart;
        }

        @Override
        void fill(Frame p) {
            Frame c = child;
            int total = 0;
            for (int i = 0; i < p.n; i++) {
                total += memberStart[p.hh[i] + 1] - memberStart[p.hh[i]];
            }
            c.ensure(total);
            int k = 0;
            for (int i = 0; i < p.n; i++) {
                int h = p.hh[i];
                for (int m = memberStart[h], end = memberStart[h + 1]; m < end; m++, k++) {
                    c.hh[k] = h;
                    c.mem[k] = m;
                    c.parent[k] = i;
                }
            }
            c.n = k;
        }
    }

    /**
     * The records of one item (and window) of each row of the parent frame: of the household, or,
     * inside a member aggregate, of that member only — unless the member has no ID number, when the
     * evaluator does not filter by member either.
     */
    static final class Feeds extends Scan {
        private final Snapshot s;
        private final KeyColumn ids;
        private final int item;
        private final boolean memberScope;
        private final boolean windowed;
        private final int after;
        private final int until;

        /** {@code item} -1 for an item absent from the snapshot; the window is (after, until] when windowed. */
        Feeds(Snapshot s, int item, boolean memberScope, boolean windowed, int after, int until) {
            this.s = s;
            this.ids = ((FieldColumn.Id) s.memberColumn("id_number")).keys;
            this.item = item;
            this.memberScope = memberScope;
            this.windowed = windowed;
            this.after = after;
            this.until = until;
        }

        @Override
        void fill(Frame p) {
            Frame c = child;
            c.n = 0;
            if (item < 0) {
                return;
            }
            CodeColumn items = s.feed.item();
            CodeColumn owners = s.feed.member();
            int[] dates = s.feed.date();
            for (int i = 0; i < p.n; i++) {
                int h = p.hh[i];
                int k = s.feedStart[h];
                int end = s.feedStart[h + 1];
                while (k < end && items.get(k) < item) {
                    k++;
                }
                int m = -1;
                int ordinal = -1;
                boolean byMember = false;
                if (memberScope) {
                    m = p.mem[i];
                    ordinal = m - s.memberStart[h];
                    byMember = ids.code(m) != KeyColumn.NULL;
                }
                for (; k < end && items.get(k) == item; k++) {
                    if (byMember && owners.get(k) != ordinal) {
                        continue;
                    }
                    if (windowed && (dates[k] <= after || dates[k] > until)) {
                        continue;
                    }
                    if (c.n == c.hh.length) {
                        c.ensure(c.n + 1);
                    }
                    c.hh[c.n] = h;
                    c.mem[c.n] = m;
                    c.feed[c.n] = k;
                    c.parent[c.n] = i;
                    c.n++;
                }
            }
        }
    }

    /** {@code any} or {@code all}. */
    static final class Truth extends Op.Bool {
        private final boolean any;
        private final Scan scan;
        private final Op.Bool where;

        Truth(AggregateKind kind, Scan scan, Op.Bool where) {
            this.any = kind == AggregateKind.ANY;
            this.scan = scan;
            this.where = where;
        }

        @Override
        void eval(Frame f) {
            scan.fill(f);
            Frame c = scan.child;
            byte[] o = out(f.n);
            Arrays.fill(o, 0, f.n, any ? FALSE : TRUE);
            int[] parent = c.parent;
            if (where == null) {
                if (any) {
                    for (int j = 0; j < c.n; j++) {
                        o[parent[j]] = TRUE;
                    }
                }
                return;
            }
            if (c.n == 0) {
                return;
            }
            where.eval(c);
            byte[] w = where.out;
            if (any) {
                for (int j = 0; j < c.n; j++) {
                    int p = parent[j];
                    o[p] = (byte) Math.max(o[p], w[j]);
                }
            } else {
                for (int j = 0; j < c.n; j++) {
                    int p = parent[j];
                    o[p] = (byte) Math.min(o[p], w[j]);
                }
            }
        }
    }

    /** {@code count}, {@code sum}, {@code max} or {@code min}. */
    static final class Number extends Op.Num {
        private final AggregateKind kind;
        private final Scan scan;
        private final Op.Bool where;
        private final Op.Num value;
        private boolean[] unknown = new boolean[0];

        Number(AggregateKind kind, Scan scan, Op.Bool where, Op.Num value) {
            this.kind = kind;
            this.scan = scan;
            this.where = where;
            this.value = value;
        }

        @Override
        void eval(Frame f) {
            scan.fill(f);
            Frame c = scan.child;
            long[] o = out(f.n);
            if (unknown.length < f.n) {
                unknown = new boolean[Math.max(f.n, unknown.length * 2)];
            }
            boolean[] u = unknown;
            Arrays.fill(u, 0, f.n, false);
            Arrays.fill(o, 0, f.n, kind == AggregateKind.COUNT || kind == AggregateKind.SUM ? 0 : Fixed.NULL);
            if (c.n == 0) {
                return;
            }
            byte[] w = null;
            if (where != null) {
                where.eval(c);
                w = where.out;
            }
            long[] v = null;
            if (value != null) {
                value.eval(c);
                v = value.out;
            }
            int[] parent = c.parent;
            for (int j = 0; j < c.n; j++) {
                byte match = w == null ? TRUE : w[j];
                int p = parent[j];
                if (match == UNKNOWN) {
                    u[p] = true;
                } else if (match == TRUE) {
                    if (kind == AggregateKind.COUNT) {
                        o[p] += Fixed.ONE;
                        continue;
                    }
                    long x = v[j];
                    if (x == Fixed.NULL) {
                        u[p] = true;
                    } else if (!u[p]) {
                        long acc = o[p];
                        o[p] = switch (kind) {
                            case SUM -> Fixed.add(acc, x);
                            case MAX -> acc == Fixed.NULL ? x : Math.max(acc, x);
                            default -> acc == Fixed.NULL ? x : Math.min(acc, x);
                        };
                    }
                }
            }
            if (kind != AggregateKind.COUNT) {
                for (int i = 0; i < f.n; i++) {
                    if (u[i]) {
                        o[i] = Fixed.NULL;
                    }
                }
            }
        }
    }
}
