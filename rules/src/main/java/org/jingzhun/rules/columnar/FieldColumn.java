// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

import java.math.BigDecimal;
import org.jingzhun.rules.Catalog;

/**
 * The column of one {@link Catalog} field of households or members, in the compact form its type
 * allows: numbers in a {@link NumberColumn}, vocabulary text as dictionary codes, booleans as one
 * byte (-1 null, 0, 1), the member's ID number as a {@link KeyColumn}. {@link #set(int, Object)} and
 * {@link #value(int)} speak the evaluator's values ({@link BigDecimal}, {@link String},
 * {@link Boolean}, null), so a {@link org.jingzhun.rules.Subject} goes in and comes out unchanged.
 */
abstract sealed class FieldColumn {

    final Catalog.FieldDef def;

    FieldColumn(Catalog.FieldDef def) {
        this.def = def;
    }

    static FieldColumn of(Catalog.FieldDef def, int capacity) {
        if (def.name().equals("id_number")) {
            return new Id(def, capacity);
        }
        return switch (def.type()) {
            case NUMBER -> new Num(def, capacity);
            case TEXT -> new Text(def, capacity);
            case BOOLEAN -> new Bool(def, capacity);
            case DATE -> throw new IllegalArgumentException("no date fields on households or members: " + def.name());
        };
    }

    abstract void appendNull();

    /** Sets a row from an evaluator value; a value of the wrong type is refused. */
    abstract void set(int row, Object value);

    abstract Object value(int row);

    abstract long bytes();

    abstract void trim();

    final IllegalArgumentException wrongType(Object value) {
        return new IllegalArgumentException(def.name() + " is a " + def.type().name().toLowerCase(java.util.Locale.ROOT)
                + " field, not " + value.getClass().getSimpleName() + " " + value);
    }

    /** A number field. */
    static final class Num extends FieldColumn {
        final NumberColumn column;

        Num(Catalog.FieldDef def, int capacity) {
            super(def);
            column = new NumberColumn(capacity);
        }

        @Override
        void appendNull() {
            column.appendNull();
        }

        @Override
        void set(int row, Object value) {
            column.set(row, switch (value) {
                case null -> Fixed.NULL;
                case BigDecimal d -> NumberColumn.fromDecimal(d);
                case Integer i -> i * Fixed.ONE;
                case Long l -> NumberColumn.fromDecimal(BigDecimal.valueOf(l));
                default -> throw wrongType(value);
            });
        }

        @Override
        Object value(int row) {
            return column.decimal(row);
        }

        @Override
        long bytes() {
            return column.bytes();
        }

        @Override
        void trim() {
            column.trim();
        }
    }

    /** A text field, stored as codes of its own dictionary. */
    static final class Text extends FieldColumn {
        final CodeColumn codes;
        final Dictionary dictionary = new Dictionary();

        Text(Catalog.FieldDef def, int capacity) {
            super(def);
            codes = new CodeColumn(capacity);
        }

        @Override
        void appendNull() {
            codes.append(-1);
        }

        @Override
        void set(int row, Object value) {
            switch (value) {
                case null -> codes.set(row, -1);
                case String s -> codes.set(row, dictionary.code(s));
                default -> throw wrongType(value);
            }
        }

        @Override
        Object value(int row) {
            int c = codes.get(row);
            return c < 0 ? null : dictionary.value(c);
        }

        @Override
        long bytes() {
            return codes.bytes();
        }

        @Override
        void trim() {
            codes.trim();
        }
    }

    /** A true/false field: one byte per row, -1 for null. */
    static final class Bool extends FieldColumn {
        final CodeColumn values;

        Bool(Catalog.FieldDef def, int capacity) {
            super(def);
            values = new CodeColumn(capacity);
        }

        @Override
        void appendNull() {
            values.append(-1);
        }

        @Override
        void set(int row, Object value) {
            switch (value) {
                case null -> values.set(row, -1);
                case Boolean b -> values.set(row, b ? 1 : 0);
                default -> throw wrongType(value);
            }
        }

        @Override
        Object value(int row) {
            int v = values.get(row);
            return v < 0 ? null : v == 1;
        }

        @Override
        long bytes() {
            return values.bytes();
        }

        @Override
        void trim() {
            values.trim();
        }
    }

    /** The member's ID number: a {@code long} per row for the 18-character form. */
    static final class Id extends FieldColumn {
        final KeyColumn keys;

        Id(Catalog.FieldDef def, int capacity) {
            super(def);
            keys = new KeyColumn(KeyColumn.Shape.ID_NUMBER, capacity);
        }

        @Override
        void appendNull() {
            keys.append((String) null);
        }

        @Override
        void set(int row, Object value) {
            switch (value) {
                case null -> keys.set(row, null);
                case String s -> keys.set(row, s);
                default -> throw wrongType(value);
            }
        }

        @Override
        Object value(int row) {
            return keys.value(row);
        }

        @Override
        long bytes() {
            return keys.bytes();
        }

        @Override
        void trim() {
            keys.trim();
        }
    }
}
