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

    /** A true/false field: stored -1/0/1, read as unknown/false/true. */
    static final class Bool extends Op.Bool {
        private final CodeColumn column;
        private final Level level;
        private int[] scratch = new int[0];

        Bool(CodeColumn column, Level level) {
            this.column = column;
            this.level = level;
        }

        @Override
        void eval(Frame f) {
            if (scratch.length < f.n) {
                scratch = new int[Math.max(f.n, scratch.length * 2)];
            }
            column.load(rows(f, level), f.n, scratch);
            byte[] o = out(f.n);
            for (int i = 0; i < f.n; i++) {
                int v = scratch[i];
                o[i] = (byte) (v < 0 ? UNKNOWN : v << 1);
            }
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
