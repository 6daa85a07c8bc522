// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.sql;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jingzhun.rules.Catalog;
import org.jingzhun.rules.FeedRecord;
import org.jingzhun.rules.Subject;

/**
 * Creates the {@link SqlCompiler}'s input tables over JDBC and loads {@link Subject}s into them: household {@code i} of the list is {@code hh = i + 1}, member {@code j} is {@code mi = j},
 * and each feed record goes to the member whose {@code id_number} it carries.
 */
final class SubjectTables {

    private SubjectTables() {
    }

    /** {@code CREATE TABLE} for the three tables; {@code number} is the SQL type of NUMBER columns. */
    static void create(Connection c, String prefix, String number) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + prefix + "s_household (hh BIGINT PRIMARY KEY" + columns(Catalog.householdFields(), number)
                    + ")");
            s.execute("CREATE TABLE " + prefix + "s_member (hh BIGINT NOT NULL, mi INTEGER NOT NULL"
                    + columns(Catalog.memberFields(), number) + ", PRIMARY KEY (hh, mi))");
            s.execute("CREATE TABLE " + prefix + "s_feed (hh BIGINT NOT NULL, mi INTEGER NOT NULL, item VARCHAR NOT NULL, "
                    + "\"date\" DATE NOT NULL, \"value\" " + number + ", \"text\" VARCHAR, department VARCHAR NOT NULL)");
        }
    }

    private static String columns(List<Catalog.FieldDef> fields, String number) {
        StringBuilder sql = new StringBuilder();
        for (Catalog.FieldDef f : fields) {
            sql.append(", \"").append(f.name()).append("\" ").append(switch (f.type()) {
                case NUMBER -> number;
                case TEXT -> "VARCHAR";
                case BOOLEAN -> "BOOLEAN";
                case DATE -> "DATE";
            }).append(f.nullable() ? "" : " NOT NULL");
        }
        return sql.toString();
    }

    /**
     * Loads the subjects: through DuckDB's appender when it is DuckDB (fast; it wants decimals at the
     * column's scale, {@code numberScale}), else batched inserts.
     */
    static void load(Connection c, String prefix, List<Subject> subjects, int numberScale) throws SQLException {
        List<Catalog.FieldDef> hf = Catalog.householdFields();
        List<Catalog.FieldDef> mf = Catalog.memberFields();
        boolean duck = c.isWrapperFor(DuckDBConnection.class);
        try (Sink h = duck ? new Appending(c, prefix, "s_household", numberScale) : new Inserting(c, prefix + "s_household", 1 + hf.size());
             Sink m = duck ? new Appending(c, prefix, "s_member", numberScale) : new Inserting(c, prefix + "s_member", 2 + mf.size());
             Sink f = duck ? new Appending(c, prefix, "s_feed", numberScale) : new Inserting(c, prefix + "s_feed", 7)) {
            for (int i = 0; i < subjects.size(); i++) {
                Subject s = subjects.get(i);
                long hh = i + 1;
                h.row(row(hh, null, hf, s.household()));
                Map<String, Integer> ordinal = new HashMap<>();
                for (int j = 0; j < s.members().size(); j++) {
                    m.row(row(hh, j, mf, s.members().get(j)));
                    ordinal.put((String) s.members().get(j).get("id_number"), j);
                }
                for (FeedRecord r : s.feeds()) {
                    f.row(Arrays.asList(hh, ordinal.get(r.idNumber()), r.item(), r.date(), r.value(), r.text(),
                            r.department()));
                }
            }
        }
    }

    private static List<Object> row(long hh, Integer mi, List<Catalog.FieldDef> defs, Map<String, Object> values) {
        List<Object> row = new ArrayList<>();
        row.add(hh);
        if (mi != null) {
            row.add(mi);
        }
        defs.forEach(d -> row.add(values.get(d.name())));
        return row;
    }

    /** Where rows go. */
    private interface Sink extends AutoCloseable {
        void row(List<Object> values) throws SQLException;

        @Override
        void close() throws SQLException;
    }

    private static final class Appending implements Sink {
        private final DuckDBAppender appender;
        private final int scale;

        Appending(Connection c, String prefix, String table, int scale) throws SQLException {
            this.scale = scale;
            String schema = prefix.contains(".") ? prefix.substring(0, prefix.indexOf('.')) : "main";
            String name = prefix.substring(prefix.indexOf('.') + 1) + table;
            appender = c.unwrap(DuckDBConnection.class).createAppender(schema, name);
        }

        @Override
        public void row(List<Object> values) throws SQLException {
            appender.beginRow();
            for (Object v : values) {
                switch (v) {
                    case null -> appender.appendNull();
                    case Long l -> appender.append(l.longValue());
                    case Integer n -> appender.append(n.intValue());
                    case BigDecimal d -> appender.append(d.setScale(scale));
                    case Boolean b -> appender.append(b.booleanValue());
                    case LocalDate d -> appender.append(d);
                    case String t -> appender.append(t);
                    default -> throw new IllegalArgumentException(v.getClass().getName());
                }
            }
            appender.endRow();
        }

        @Override
        public void close() throws SQLException {
            appender.close();
        }
    }

    private static final class Inserting implements Sink {
        private final PreparedStatement insert;
        private int pending;

        Inserting(Connection c, String table, int columns) throws SQLException {
            insert = c.prepareStatement(insert(table, 0, columns));
        }

        @Override
        public void row(List<Object> values) throws SQLException {
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v == null) {
                    insert.setNull(i + 1, Types.NULL);
                } else {
                    insert.setObject(i + 1, v);
                }
            }
            insert.addBatch();
            if (++pending == 1000) {
                insert.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            insert.executeBatch();
            insert.close();
        }
    }

    private static String insert(String table, int keys, int fields) {
        List<String> marks = new ArrayList<>();
        for (int i = 0; i < keys + fields; i++) {
            marks.add("?");
        }
        return "INSERT INTO " + table + " VALUES (" + String.join(", ", marks) + ")";
    }
}
