// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.assistance.medical;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jingzhun.app.assistance.medical.MedicalViews.LineView;
import org.jingzhun.app.platform.security.CallerContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * medical_settlement rows. Reads that return settlements filter by the caller's region scope in
 * their SQL; the year-to-date sums used inside a calculation read the patient's own rows only.
 */
@Repository
class SettlementRepository {

    /** A stored settlement, as the table holds it. */
    record Stored(long id, String settlementNo, String idNumber, String householdId, String villageCode, String hospital,
                  String hospitalLevel, boolean inProvince, LocalDate admittedOn, LocalDate dischargedOn, String statuses,
                  long totalFen, long eligibleFen, long basicFen, long seriousFen, long assistanceFen, long supplementaryFen,
                  long outOfPocketFen, int parameterVersion, List<LineView> lines, Instant createdAt, String createdBy) {

        /** 基本医保、大病保险、医疗救助 后的自付 (YB01). */
        long outOfPocketAfterPublicSchemesFen() {
            return totalFen - basicFen - seriousFen - assistanceFen;
        }
    }

    private static final String COLUMNS = """
            id, settlement_no, id_number, household_id, village_code, hospital, hospital_level, in_province, admitted_on,
            discharged_on, statuses, total_fen, eligible_fen, basic_fen, serious_fen, assistance_fen, supplementary_fen,
            out_of_pocket_fen, parameter_version, lines::text, created_at, created_by""";
    private static final TypeReference<List<LineView>> LINES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CallerContext caller;

    SettlementRepository(JdbcClient jdbc, JsonMapper json, CallerContext caller) {
        this.jdbc = jdbc;
        this.json = json;
        this.caller = caller;
    }

    long insert(Stored s) {
        return jdbc.sql("""
                        insert into medical_settlement (settlement_no, id_number, household_id, village_code, hospital,
                            hospital_level, in_province, admitted_on, discharged_on, statuses, total_fen, eligible_fen, basic_fen,
                            serious_fen, assistance_fen, supplementary_fen, out_of_pocket_fen, parameter_version, lines,
                            created_at, created_by)
                        values (:no, :id, :hh, :village, :hospital, :level, :inProvince, :admitted, :discharged, :statuses,
                            :total, :eligible, :basic, :serious, :assistance, :supplementary, :oop, :pv, cast(:lines as jsonb),
                            :at, :by)
                        returning id""")
                .param("no", s.settlementNo()).param("id", s.idNumber()).param("hh", s.householdId())
                .param("village", s.villageCode()).param("hospital", s.hospital()).param("level", s.hospitalLevel())
                .param("inProvince", s.inProvince()).param("admitted", s.admittedOn()).param("discharged", s.dischargedOn())
                .param("statuses", s.statuses()).param("total", s.totalFen()).param("eligible", s.eligibleFen())
                .param("basic", s.basicFen()).param("serious", s.seriousFen()).param("assistance", s.assistanceFen())
                .param("supplementary", s.supplementaryFen()).param("oop", s.outOfPocketFen()).param("pv", s.parameterVersion())
                .param("lines", json.writeValueAsString(s.lines())).param("at", Timestamp.from(s.createdAt()))
                .param("by", s.createdBy())
                .query(Long.class).single();
    }

    /** A settlement by its number, in any region (for the idempotency check of a repeated report). */
    Optional<Stored> findAnywhere(String settlementNo) {
        return jdbc.sql("select " + COLUMNS + " from medical_settlement where settlement_no = :no")
                .param("no", settlementNo).query(this::row).optional();
    }

    /** A settlement by its number, if it lies within the caller's scope. */
    Optional<Stored> find(String settlementNo) {
        return jdbc.sql("select " + COLUMNS + " from medical_settlement where settlement_no = :no and village_code like :scope"
                        + " and (:grid = '' or household_id in (select g.id from household g where g.grid_code = :grid))")
                .param("no", settlementNo).params(caller.scopeParams()).query(this::row).optional();
    }

    /** The patient's settlements discharged in {@code year}, in the order they were recorded. */
    List<Stored> ofPersonInYear(String idNumber, int year) {
        return jdbc.sql("select " + COLUMNS + " " + """
                         from medical_settlement where id_number = :id
                         and discharged_on >= make_date(:year, 1, 1) and discharged_on < make_date(:year + 1, 1, 1)
                         order by id""")
                .param("id", idNumber).param("year", year).query(this::row).list();
    }

    /** Settlements in a region (a code prefix pattern) within the caller's scope, newest first, keyset-paged by id. */
    List<Stored> list(String regionPattern, Long before, int size) {
        return jdbc.sql("select " + COLUMNS + " " + """
                         from medical_settlement where village_code like :region and village_code like :scope
                         and (:grid = '' or household_id in (select g.id from household g where g.grid_code = :grid))
                         and (cast(:before as bigint) is null or id < :before)
                         order by id desc limit :size""")
                .param("region", regionPattern).params(caller.scopeParams()).param("before", before)
                .param("size", size).query(this::row).list();
    }

    void lockPerson(String idNumber) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('medical:' || :id))").param("id", idNumber).query().singleRow();
    }

    private Stored row(ResultSet rs, int n) throws SQLException {
        return new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getBoolean(8), rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
                rs.getString(11), rs.getLong(12), rs.getLong(13), rs.getLong(14), rs.getLong(15), rs.getLong(16), rs.getLong(17),
                rs.getLong(18), rs.getInt(19), json.readValue(rs.getString(20), LINES), rs.getTimestamp(21).toInstant(),
                rs.getString(22));
    }
}
