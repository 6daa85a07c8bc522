// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.screening;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.jingzhun.app.platform.db.CopyReader;
import org.jingzhun.app.platform.db.CopyReader.Row;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.rules.columnar.Snapshot;
import org.jingzhun.rules.columnar.SnapshotBuilder;
import org.jingzhun.rules.columnar.SnapshotFile;
import org.springframework.stereotype.Component;

/**
 * Extracts the columnar {@link Snapshot} a screening run works on, straight from the registry and
 * feed tables: three {@code COPY … TO STDOUT} streams on three connections (households with their
 * income year, members, feed records by the household of their person — kept on each record by
 * triggers, see V4), each ordered by household number,
 * merged in one pass without holding any row as an object. Derived member fields are computed here
 * once for every back end: {@code age} at the screening date, {@code labour_able}, the household's
 * {@code main_earner} (the working member with the most months worked; ties go to the head, then to
 * the earlier member).
 *
 * <p>Screening reads the registry's and the feeds' tables directly rather than through their
 * services: a province is ~110 million rows, and the snapshot must be built without an object per
 * row (ADR 0006).
 */
@Component
public class SnapshotLoader {

    /** Which households: a region's (by code prefix) or an explicit set (incremental runs). */
    public record Scope(String prefix, Collection<String> householdIds) {
        public static Scope region(RegionCode region) {
            return new Scope(region.descendantPrefix(), null);
        }

        public static Scope households(Collection<String> ids) {
            return new Scope(null, ids);
        }

        /** A SQL condition on a household-number column; values are digits only (checked), so inlining is safe. */
        String condition(String column) {
            if (householdIds == null) {
                return column + " >= '" + digits(prefix) + "' and " + column + " < '" + upper(prefix) + "'";
            }
            StringBuilder in = new StringBuilder(column).append(" = any('{");
            boolean first = true;
            for (String id : householdIds) {
                in.append(first ? "" : ",").append(digits(id));
                first = false;
            }
            return in.append("}'::varchar[])").toString();
        }

        private static String digits(String s) {
            if (!s.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("not a code: " + s);
            }
            return s;
        }

        /** The smallest string of the same length above every string with this prefix. */
        private static String upper(String prefix) {
            char[] c = digits(prefix).toCharArray();
            int i = c.length - 1;
            while (i >= 0 && c[i] == '9') {
                c[i--] = '0';
            }
            if (i < 0) {
                return "~"; // all nines: everything above
            }
            c[i]++;
            return new String(c);
        }
    }

    private static final int H_CATEGORY = Snapshot.field("household.category");
    private static final int H_MONITORING_TYPE = Snapshot.field("household.monitoring_type");
    private static final int H_EXIT_YEAR = Snapshot.field("household.exit_year");
    private static final int H_RELOCATED = Snapshot.field("household.relocated");
    private static final int H_DIBAO = Snapshot.field("household.dibao");
    private static final int H_TEKUN = Snapshot.field("household.tekun");
    private static final int H_HOUSING = Snapshot.field("household.housing_safe");
    private static final int H_WATER = Snapshot.field("household.water_safe");
    private static final int H_SIZE = Snapshot.field("household.size");
    private static final int H_INCOME_YEAR = Snapshot.field("household.income_year");
    private static final int H_NET_INCOME = Snapshot.field("household.net_income");
    private static final int H_REFERENCE = Snapshot.field("household.reference_income");
    private static final int H_WAGES = Snapshot.field("household.wages");
    private static final int H_OUT_OF_POCKET = Snapshot.field("household.out_of_pocket");
    private static final int M_ID = Snapshot.field("member.id_number");
    private static final int M_RELATION = Snapshot.field("member.relation");
    private static final int M_SEX = Snapshot.field("member.sex");
    private static final int M_AGE = Snapshot.field("member.age");
    private static final int M_SCHOOL = Snapshot.field("member.school_status");
    private static final int M_HEALTH = Snapshot.field("member.health");
    private static final int M_DISABILITY = Snapshot.field("member.disability_grade");
    private static final int M_LABOUR = Snapshot.field("member.labour");
    private static final int M_LABOUR_ABLE = Snapshot.field("member.labour_able");
    private static final int M_WORK = Snapshot.field("member.work_status");
    private static final int M_MONTHS = Snapshot.field("member.work_months");
    private static final int M_MAIN_EARNER = Snapshot.field("member.main_earner");
    private static final int M_MEDICAL = Snapshot.field("member.basic_medical");
    private static final int M_WELFARE = Snapshot.field("member.welfare_job");

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SnapshotLoader.class);

    /** Vocabulary values, item and department codes, feed texts: one String each, not one per row. */
    private static final CopyReader.Strings VOCABULARY = new CopyReader.Strings();

    private final DataSource dataSource;

    SnapshotLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Builds the snapshot of a scope for a screening date; {@code progress} receives households loaded. */
    public Snapshot load(Scope scope, LocalDate date, int expectedHouseholds, LongConsumer progress) throws SQLException {
        return load(scope, date, expectedHouseholds, progress, null);
    }

    /**
     * As {@link #load(Scope, LocalDate, int, LongConsumer)}, with the codes of a kept snapshot when {@code after}
     * is given, so that the result can replace households of it ({@link SnapshotFile.Kept#read}).
     */
    public Snapshot load(Scope scope, LocalDate date, int expectedHouseholds, LongConsumer progress, SnapshotFile.Kept after)
            throws SQLException {
        Connection[] connections = new Connection[3];
        CopyReader[] streams = new CopyReader[3];
        boolean complete = false;
        try {
            for (int i = 0; i < 3; i++) {
                Connection c = dataSource.getConnection();
                connections[i] = c;
                c.setAutoCommit(false);
                c.setReadOnly(true);
                try (var st = c.createStatement()) {
                    st.execute("set transaction isolation level repeatable read");
                    // the tables lie in household order (imports go village by village): an index scan streams
                    // in order at once, where the planner's parallel scan + sort of 45 M rows costs twice as much
                    st.execute("set local enable_sort = off");
                    st.execute("set local max_parallel_workers_per_gather = 0");
                }
            }
            streams[0] = CopyReader.open(connections[0], """
                    select h.id, h.category, h.monitoring_type, h.exit_year, h.relocated, h.dibao, h.tekun, h.housing_safe,
                           h.water_safe, h.size, h.income_year, h.net_income_fen, h.reference_income_fen, i.wages_fen,
                           i.out_of_pocket_fen
                    from household h left join household_income i on i.household_id = h.id and i.year = h.income_year
                    where %s order by h.id""".formatted(scope.condition("h.id")));
            streams[1] = CopyReader.open(connections[1], """
                    select household_id, id_number, relation, sex, birth_date, school_status, health, disability_grade, labour,
                           work_status, work_months, basic_medical, welfare_job
                    from person where %s order by household_id, seq""".formatted(scope.condition("household_id")));
            streams[2] = CopyReader.open(connections[2], """
                    select f.household_id, f.id_number, f.item, f.occurred_on, f.value, f.text_value, f.department, f.seq
                    from feed_record f where %s order by f.household_id""".formatted(scope.condition("f.household_id")));
            int e = Math.max(expectedHouseholds, 16);
            SnapshotBuilder builder = after == null ? Snapshot.builder(e, Math.max(e * 3, 16), Math.max(e * 4, 16))
                    : after.builderAfter(e, Math.max(e * 3, 16), Math.max(e * 4, 16));
            Snapshot snapshot = merge(builder, streams[0], streams[1], streams[2], date, progress);
            for (CopyReader stream : streams) {
                while (stream.next() != null) {
                    // rows of households outside the household stream (none in a consistent snapshot): read to the end
                }
            }
            for (Connection c : connections) {
                c.rollback();
                c.setReadOnly(false);
                c.setAutoCommit(true);
            }
            complete = true;
            return snapshot;
        } finally {
            for (Connection c : connections) {
                if (c == null) {
                    continue;
                }
                if (complete) {
                    c.close();
                    continue;
                }
                // a COPY stopped half-way leaves the connection mid-protocol: it must not go back to the pool
                try {
                    c.abort(Runnable::run);
                    c.close();
                } catch (SQLException | RuntimeException e) {
                    log.debug("Closing an aborted snapshot connection: {}", e.toString());
                }
            }
        }
    }

    private Snapshot merge(SnapshotBuilder b, CopyReader households, CopyReader members, CopyReader feeds, LocalDate date,
                           LongConsumer progress) throws SQLException {
        int today = date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
        MemberBuffer buffer = new MemberBuffer();
        Row m = members.next();
        Row f = feeds.next();
        long done = 0;
        for (Row h = households.next(); h != null; h = households.next()) {
            long key = h.number(0);
            b.household(key);
            b.set(H_CATEGORY, h.text(1, VOCABULARY));
            if (!h.isNull(2)) {
                b.set(H_MONITORING_TYPE, h.text(2, VOCABULARY));
            }
            if (!h.isNull(3)) {
                b.set(H_EXIT_YEAR, (int) h.number(3));
            }
            b.set(H_RELOCATED, h.bool(4));
            b.set(H_DIBAO, h.bool(5));
            b.set(H_TEKUN, h.bool(6));
            b.set(H_HOUSING, h.bool(7));
            b.set(H_WATER, h.bool(8));
            b.set(H_SIZE, (int) h.number(9));
            if (!h.isNull(10)) {
                b.set(H_INCOME_YEAR, (int) h.number(10));
            }
            money(b, H_NET_INCOME, h, 11);
            money(b, H_REFERENCE, h, 12);
            money(b, H_WAGES, h, 13);
            money(b, H_OUT_OF_POCKET, h, 14);
            buffer.clear();
            while (m != null && m.number(0) < key) {
                m = members.next(); // a member of a household outside the scope's snapshot (cannot happen in one snapshot)
            }
            while (m != null && m.number(0) == key) {
                buffer.add(m, today);
                m = members.next();
            }
            buffer.emit(b);
            while (f != null && f.number(0) < key) {
                f = feeds.next();
            }
            while (f != null && f.number(0) == key) {
                b.feed(f.text(1), f.text(2, VOCABULARY), f.epochDay(3),
                        f.isNull(4) ? SnapshotBuilder.NO_VALUE : f.number(4, 2), f.text(5, VOCABULARY), f.text(6, VOCABULARY),
                        f.number(7));
                f = feeds.next();
            }
            if (++done % 100_000 == 0) {
                progress.accept(done);
            }
        }
        progress.accept(done);
        return b.build();
    }

    private static void money(SnapshotBuilder b, int field, Row r, int i) {
        if (!r.isNull(i)) {
            b.set(field, r.number(i), 2); // fen → yuan with two decimals
        }
    }

    /**
     * One household's members, kept until all are read: the head goes first and the main earner can
     * only be known once every member's work is.
     */
    private static final class MemberBuffer {
        private int n;
        private String[] id = new String[16];
        private String[] relation = new String[16];
        private String[] sex = new String[16];
        private int[] age = new int[16];
        private int[] birth = new int[16];
        private String[] school = new String[16];
        private String[] health = new String[16];
        private int[] disability = new int[16];
        private String[] labour = new String[16];
        private String[] work = new String[16];
        private int[] months = new int[16];
        private boolean[] medical = new boolean[16];
        private boolean[] welfare = new boolean[16];

        void clear() {
            n = 0;
        }

        void add(Row r, int today) {
            if (n == id.length) {
                grow();
            }
            id[n] = r.text(1);
            relation[n] = r.text(2, VOCABULARY);
            sex[n] = r.text(3, VOCABULARY);
            birth[n] = r.yearMonthDay(4);
            age[n] = Snapshot.ageAt(birth[n], today);
            school[n] = r.text(5, VOCABULARY);
            health[n] = r.text(6, VOCABULARY);
            disability[n] = r.isNull(7) ? 0 : r.lastDigit(7); // GRADE_n
            labour[n] = r.text(8, VOCABULARY);
            work[n] = r.text(9, VOCABULARY);
            months[n] = (int) r.number(10);
            medical[n] = r.bool(11);
            welfare[n] = r.bool(12);
            n++;
        }

        void emit(SnapshotBuilder b) {
            int head = -1;
            for (int i = 0; i < n && head < 0; i++) {
                head = "HEAD".equals(relation[i]) ? i : head;
            }
            int earner = -1;
            // candidates in member order with the head first: a strictly larger value is needed to win
            for (int k = -1; k < n; k++) {
                int i = k < 0 ? head : k;
                if (i < 0 || (k >= 0 && i == head) || "NOT_WORKING".equals(work[i])) {
                    continue;
                }
                if (earner < 0 || months[i] > months[earner]) {
                    earner = i;
                }
            }
            for (int k = -1; k < n; k++) {
                int i = k < 0 ? head : k;
                if (i < 0 || (k >= 0 && i == head)) {
                    continue;
                }
                b.member();
                b.set(M_ID, id[i]);
                b.set(M_RELATION, relation[i]);
                b.set(M_SEX, sex[i]);
                b.set(M_AGE, age[i]);
                b.birth(birth[i]);
                b.set(M_SCHOOL, school[i]);
                b.set(M_HEALTH, health[i]);
                if (disability[i] > 0) {
                    b.set(M_DISABILITY, disability[i]);
                }
                b.set(M_LABOUR, labour[i]);
                b.set(M_LABOUR_ABLE, "SKILLED".equals(labour[i]) || "ORDINARY".equals(labour[i]) || "WEAK".equals(labour[i]));
                b.set(M_WORK, work[i]);
                b.set(M_MONTHS, months[i]);
                b.set(M_MAIN_EARNER, i == earner);
                b.set(M_MEDICAL, medical[i]);
                b.set(M_WELFARE, welfare[i]);
            }
        }

        private void grow() {
            int c = id.length * 2;
            id = java.util.Arrays.copyOf(id, c);
            relation = java.util.Arrays.copyOf(relation, c);
            sex = java.util.Arrays.copyOf(sex, c);
            age = java.util.Arrays.copyOf(age, c);
            birth = java.util.Arrays.copyOf(birth, c);
            school = java.util.Arrays.copyOf(school, c);
            health = java.util.Arrays.copyOf(health, c);
            disability = java.util.Arrays.copyOf(disability, c);
            labour = java.util.Arrays.copyOf(labour, c);
            work = java.util.Arrays.copyOf(work, c);
            months = java.util.Arrays.copyOf(months, c);
            medical = java.util.Arrays.copyOf(medical, c);
            welfare = java.util.Arrays.copyOf(welfare, c);
        }
    }
}
