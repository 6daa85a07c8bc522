// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

/** Operators that read a column for the rows of a frame: the leaves of every compiled condition. */
final class Loads {

    /** Which row of a frame a field belongs to. */
    enum Level { HOUSEHOLD, MEMBER, FEED }

    private Loads() {
    }

    static int[] rows(Frame f, Level level) {
        return switch (level) {
            case HOUSEHOLD -> f.hh;
            case MEMBER -> f.mem;
            case FEED -> f.feed;
        };
    }

    /** A number field. */
    static final class Number extends Op.Num {
        private final NumberColumn column;
        private final Level level;

        Number(NumberColumn column, Level level) {
            this.column = column;
            this.level = level;
        }

        @Override
        void eval(Frame f) {
            column.load(rows(f, level), f.n, out(f.n));
        }
    }

    /** A text field, translated into the run's shared codes. */
    static final class Text extends Op.Int {
        private final CodeColumn column;
        private final int[] translation;
        private final Level level;

        Text(CodeColumn column, int[] translation, Level level) {
            this.column = column;
            this.translation = translation;
            this.level = level;
        }

        @Override
        void eval(Frame f) {
            int[] o = out(f.n);
            column.load(rows(f, level), f.n, o);
            int[] t = translation;
            for (int i = 0; i < f.n; i++) {
                int c = o[i];
                o[i] = c < 0 ? -1 : t[c];
            }
        }
    }

    /** A number field compared with a constant, read straight from the column's narrow form. */
    static final class NumberTest extends Op.Bool {
        private final NumberColumn column;
        private final Level level;
        private final long c;
        private final byte[] answers;

        NumberTest(NumberColumn column, Level level, org.jingzhun.rules.Expr.BinaryOp op, long c) {
            this.column = column;
            this.level = level;
            this.c = c;
            this.answers = CompareOps.answers(op);
        }

        @Override
        void eval(Frame f) {
            byte[] o = out(f.n);
            if (c == Fixed.NULL) {
                java.util.Arrays.fill(o, 0, f.n, UNKNOWN);
                return;
            }
            column.compare(rows(f, level), f.n, c, answers[0], answers[1], answers[2], UNKNOWN, o);
        }
    }

    /**
     * A code column looked up in a table of answers by the column's own codes: a text field compared
     * with or tested for membership in constants, or a true/false field read as a truth value.
     */
    static final class CodeTest extends Op.Bool {
        private final CodeColumn column;
        private final Level level;
        private final byte[] table;
        private final byte negative;

        CodeTest(CodeColumn column, Level level, byte[] table, byte negative) {
            this.column = column;
            this.level = level;
            this.table = table;
            this.negative = negative;
        }

        @Override
        void eval(Frame f) {
            column.lookup(rows(f, level), f.n, table, negative, out(f.n));
        }
    }

    /** A feed record's date. */
    static final class FeedDate extends Op.Int {
        private final int[] dates;

        FeedDate(int[] dates) {
            this.dates = dates;
        }

        @Override
        void eval(Frame f) {
            int[] o = out(f.n);
            int[] rows = f.feed;
            for (int i = 0; i < f.n; i++) {
                o[i] = dates[rows[i]];
            }
        }
    }
}
