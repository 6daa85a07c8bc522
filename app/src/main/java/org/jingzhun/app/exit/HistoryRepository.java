// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.exit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jingzhun.app.platform.security.CallerContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts over the poverty history (V8): poor persons, rural persons, poor villages and exited counties
 * at a year's end, for a region and by village or county. Every query filters by the region asked
 * and by the caller's scope in its SQL. A household is poor at the end of year Y when it was
 * identified by then and had not exited: {@code identified_year <= Y and (exit_year is null or exit_year > Y)}.
 * Per-village and per-county rows have no grid: they are read with {@code :grid = ''}, so a grid worker
 * gets none of them (ADR 0008, "Grid workers").
 */
@Repository
class HistoryRepository {

    private static final String POOR_AT_YEAR_END = "identified_year <= :year and (exit_year is null or exit_year > :year)";
    private static final String STILL_POOR_VILLAGE = "designated_year <= :year and (exit_year is null or exit_year > :year)";

    /** Rural and poor persons of one place (village or county) at a year's end. */
    record Counts(String code, long ruralPersons, long poorPersons) {
    }

    /** A designated poor village. */
    record PoorVillage(String code, int designatedYear, Integer exitYear, boolean deeplyPoor) {
    }

    /** A designated poverty county and its exit, if approved. */
    record PovertyCounty(String code, int designatedYear, Integer exitYear, Integer assessedYear, LocalDate appliedOn,
                         LocalDate cityReviewedOn, LocalDate assessedOn, LocalDate noticeFrom, LocalDate noticeTo,
                         LocalDate approvedOn, String evaluation, Integer parameterVersion, String approvedBy) {
    }

    /** A registered poor household's years. */
    record PoorHousehold(String id, int identifiedYear, Integer exitYear, int persons) {
    }

    private final JdbcClient jdbc;
    private final CallerContext caller;

    HistoryRepository(JdbcClient jdbc, CallerContext caller) {
        this.jdbc = jdbc;
        this.caller = caller;
    }

    long ruralPersons(String region, int year) {
        return jdbc.sql("""
                        select coalesce(sum(rural_persons), 0) from village_population
                        where year = :year and village_code like :region and village_code like :scope and :grid = ''""")
                .param("year", year).param("region", region).params(caller.scopeParams()).query(Long.class).single();
    }

    boolean hasPopulation(String region, int year) {
        return jdbc.sql("""
                        select exists (select 1 from village_population
                        where year = :year and village_code like :region and village_code like :scope and :grid = '')""")
                .param("year", year).param("region", region).params(caller.scopeParams()).query(Boolean.class).single();
    }

    long poorPersons(String region, int year) {
        return jdbc.sql("select coalesce(sum(persons), 0) from poverty_household where " + POOR_AT_YEAR_END
                        + " and village_code like :region and village_code like :scope and :grid = ''")
                .param("year", year).param("region", region).params(caller.scopeParams()).query(Long.class).single();
    }

    long poorVillages(String region, int year) {
        return jdbc.sql("select count(*) from poor_village where " + STILL_POOR_VILLAGE
                        + " and village_code like :region and village_code like :scope and :grid = ''")
                .param("year", year).param("region", region).params(caller.scopeParams()).query(Long.class).single();
    }

    List<String> exitedCounties(String region, int year) {
        return jdbc.sql("""
                        select county_code from poverty_county where exit_year <= :year
                        and county_code like :region and county_code like :scope and :grid = '' order by county_code""")
                .param("year", year).param("region", region).params(caller.scopeParams()).query(String.class).list();
    }

    /**
     * Rural and poor persons at the end of {@code year} per place within {@code region}: per village
     * ({@code digits} 12) or per county ({@code digits} 6, codes padded to 12). Places with either a
     * population or poor persons are listed.
     */
    List<Counts> countsBy(int digits, String region, int year) {
        String place = digits == 12 ? "village_code" : "rpad(left(village_code, " + digits + "), 12, '0')";
        List<Counts> out = new ArrayList<>();
        jdbc.sql("select coalesce(p.place, q.place), coalesce(p.rural, 0), coalesce(q.poor, 0) from "
                        + "(select " + place + " as place, sum(rural_persons) as rural from village_population"
                        + " where year = :year and village_code like :region and village_code like :scope and :grid = '' group by 1) p"
                        + " full join (select " + place + " as place, sum(persons) as poor from poverty_household where "
                        + POOR_AT_YEAR_END + " and village_code like :region and village_code like :scope and :grid = '' group by 1) q"
                        + " on p.place = q.place order by 1")
                .param("year", year).param("region", region).params(caller.scopeParams())
                .query(rs -> {
                    out.add(new Counts(rs.getString(1), rs.getLong(2), rs.getLong(3)));
                });
        return out;
    }

    Map<String, PoorVillage> poorVillagesIn(String region) {
        Map<String, PoorVillage> out = new LinkedHashMap<>();
        jdbc.sql("""
                        select village_code, designated_year, exit_year, deeply_poor from poor_village
                        where village_code like :region and village_code like :scope and :grid = '' order by village_code""")
                .param("region", region).params(caller.scopeParams())
                .query(rs -> {
                    out.put(rs.getString(1), new PoorVillage(rs.getString(1), rs.getInt(2), (Integer) rs.getObject(3), rs.getBoolean(4)));
                });
        return out;
    }

    Map<String, PovertyCounty> povertyCountiesIn(String region) {
        Map<String, PovertyCounty> out = new LinkedHashMap<>();
        jdbc.sql("""
                        select county_code, designated_year, exit_year, assessed_year, applied_on, city_reviewed_on, assessed_on,
                               notice_from, notice_to, approved_on, evaluation::text, parameter_version, approved_by
                        from poverty_county where county_code like :region and county_code like :scope and :grid = '' order by county_code""")
                .param("region", region).params(caller.scopeParams())
                .query(rs -> {
                    out.put(rs.getString(1), new PovertyCounty(rs.getString(1), rs.getInt(2), (Integer) rs.getObject(3),
                            (Integer) rs.getObject(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                            rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
                            rs.getObject(10, LocalDate.class), rs.getString(11), (Integer) rs.getObject(12), rs.getString(13)));
                });
        return out;
    }

    Optional<PoorHousehold> poorHousehold(String id) {
        return jdbc.sql("""
                        select household_id, identified_year, exit_year, persons from poverty_household
                        where household_id = :id and village_code like :scope
                          and (:grid = '' or household_id in (select g.id from household g where g.grid_code = :grid))""")
                .param("id", id).params(caller.scopeParams())
                .query((rs, n) -> new PoorHousehold(rs.getString(1), rs.getInt(2), (Integer) rs.getObject(3), rs.getInt(4)))
                .optional();
    }

    /** Records an approved exit; false when the county is not designated or has exited already (nothing changes). */
    boolean approveExit(PovertyCounty c) {
        return jdbc.sql("""
                        update poverty_county set exit_year = :exit, assessed_year = :assessed, applied_on = :applied,
                            city_reviewed_on = :city, assessed_on = :assessedOn, notice_from = :from, notice_to = :to,
                            approved_on = :approved, evaluation = cast(:evaluation as jsonb), parameter_version = :pv,
                            approved_by = :by
                        where county_code = :code and exit_year is null and county_code like :scope and :grid = ''""")
                .param("exit", c.exitYear()).param("assessed", c.assessedYear()).param("applied", c.appliedOn())
                .param("city", c.cityReviewedOn()).param("assessedOn", c.assessedOn()).param("from", c.noticeFrom())
                .param("to", c.noticeTo()).param("approved", c.approvedOn()).param("evaluation", c.evaluation())
                .param("pv", c.parameterVersion()).param("by", c.approvedBy()).param("code", c.code())
                .params(caller.scopeParams())
                .update() == 1;
    }
}
