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

    /**
     * An empty column of the same field whose codes mean what this one's mean: the dictionary is shared
     * when {@code copyDictionary} is false (a merged snapshot takes its newer part's dictionaries), copied
     * when true (a builder that may add values).
     */
    abstract FieldColumn emptyLike(int capacity, boolean copyDictionary);

    /** Appends rows {@code [from, from + n)} of a column of the same field whose dictionary this one's extends. */
    abstract void appendRange(FieldColumn src, int from, int n);

    /** Writes the column's dictionary, if it has one (written before any data so that a reader can seed a builder). */
    void writeDictionary(SnapshotIo.Out out) throws java.io.IOException {
    }

    abstract void writeData(SnapshotIo.Out out) throws java.io.IOException;

    /** Reads data written by {@link #writeData} into a new column with this column's dictionary. */
    abstract FieldColumn readData(SnapshotIo.In in) throws java.io.IOException;

    /** An empty column of this field with the dictionary read from {@code in} ({@link #writeDictionary}). */
    static FieldColumn readDictionary(Catalog.FieldDef def, SnapshotIo.In in) throws java.io.IOException {
        FieldColumn c = of(def, 0);
        return switch (c) {
            case Text t -> new Text(def, new CodeColumn(0), Dictionary.read(in));
            case Id i -> new Id(def, new KeyColumn(KeyColumn.Shape.ID_NUMBER, 0, Dictionary.read(in)));
            default -> c;
        };
    }

    final IllegalArgumentException wrongType(Object value) {
        return new IllegalArgumentException(def.name() + " is a " + def.type().name().toLowerCase(java.util.Locale.ROOT)
                + " field, not " + value.getClass().getSimpleName() + " " + value);
    }

    /** A number field. */
    static final class Num extends FieldColumn {
        final NumberColumn column;

        Num(Catalog.FieldDef def, int capacity) {
            this(def, new NumberColumn(capacity));
        }

        /** A column holding these values (for a column derived from others, such as ages at a date). */
        Num(Catalog.FieldDef def, NumberColumn column) {
            super(def);
            this.column = column;
        }

        @Override
        FieldColumn emptyLike(int capacity, boolean copyDictionary) {
            return new Num(def, capacity);
        }

        @Override
        void appendRange(FieldColumn src, int from, int n) {
            column.appendRange(((Num) src).column, from, n);
        }

        @Override
        void writeData(SnapshotIo.Out out) throws java.io.IOException {
            column.write(out);
        }

        @Override
        FieldColumn readData(SnapshotIo.In in) throws java.io.IOException {
            return new Num(def, NumberColumn.read(in));
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
        final Dictionary dictionary;

        Text(Catalog.FieldDef def, int capacity) {
            this(def, new CodeColumn(capacity), new Dictionary());
        }

        Text(Catalog.FieldDef def, CodeColumn codes, Dictionary dictionary) {
            super(def);
            this.codes = codes;
            this.dictionary = dictionary;
        }

        @Override
        FieldColumn emptyLike(int capacity, boolean copyDictionary) {
            return new Text(def, new CodeColumn(capacity), copyDictionary ? dictionary.copy() : dictionary);
        }

        @Override
        void appendRange(FieldColumn src, int from, int n) {
            codes.appendRange(((Text) src).codes, from, n);
        }

        @Override
        void writeDictionary(SnapshotIo.Out out) throws java.io.IOException {
            dictionary.write(out);
        }

        @Override
        void writeData(SnapshotIo.Out out) throws java.io.IOException {
            codes.write(out);
        }

        @Override
        FieldColumn readData(SnapshotIo.In in) throws java.io.IOException {
            return new Text(def, CodeColumn.read(in), dictionary);
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
            this(def, new CodeColumn(capacity));
        }

        private Bool(Catalog.FieldDef def, CodeColumn values) {
            super(def);
            this.values = values;
        }

        @Override
        FieldColumn emptyLike(int capacity, boolean copyDictionary) {
            return new Bool(def, capacity);
        }

        @Override
        void appendRange(FieldColumn src, int from, int n) {
            values.appendRange(((Bool) src).values, from, n);
        }

        @Override
        void writeData(SnapshotIo.Out out) throws java.io.IOException {
            values.write(out);
        }

        @Override
        FieldColumn readData(SnapshotIo.In in) throws java.io.IOException {
            return new Bool(def, CodeColumn.read(in));
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
            this(def, new KeyColumn(KeyColumn.Shape.ID_NUMBER, capacity));
        }

        Id(Catalog.FieldDef def, KeyColumn keys) {
            super(def);
            this.keys = keys;
        }

        @Override
        FieldColumn emptyLike(int capacity, boolean copyDictionary) {
            Dictionary others = keys.others();
            return new Id(def, new KeyColumn(KeyColumn.Shape.ID_NUMBER, capacity, copyDictionary ? others.copy() : others));
        }

        @Override
        void appendRange(FieldColumn src, int from, int n) {
            keys.appendRange(((Id) src).keys, from, n);
        }

        @Override
        void writeDictionary(SnapshotIo.Out out) throws java.io.IOException {
            keys.others().write(out);
        }

        @Override
        void writeData(SnapshotIo.Out out) throws java.io.IOException {
            keys.write(out);
        }

        @Override
        FieldColumn readData(SnapshotIo.In in) throws java.io.IOException {
            return new Id(def, KeyColumn.read(in, KeyColumn.Shape.ID_NUMBER, keys.others()));
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
