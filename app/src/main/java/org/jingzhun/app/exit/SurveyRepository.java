// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.exit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jingzhun.app.platform.security.CallerContext;
import org.jingzhun.kernel.exit.CountyExitPolicy;
import org.jingzhun.kernel.exit.Ratio;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** exit_survey_entry rows: the third-party sample survey of a county's assessment year, filtered by scope. */
@Repository
class SurveyRepository {

    /** One sampled household as stored. */
    record Entry(long id, String countyCode, int year, String householdId, String villageCode, String sample, int persons,
                 boolean wrongExit, boolean missed, Boolean recognises, LocalDate surveyedOn, String surveyor,
                 Instant createdAt, String createdBy) {
    }

    private static final String COLUMNS = "id, county_code, year, household_id, village_code, sample, persons, wrong_exit, missed, "
            + "recognises, surveyed_on, surveyor, created_at, created_by";

    /** The grid condition of {@link CallerContext#dataScope()} on a sampled household. */
    private static final String IN_GRID = "(:grid = '' or household_id in (select g.id from household g where g.grid_code = :grid))";

    private final JdbcClient jdbc;
    private final CallerContext caller;

    SurveyRepository(JdbcClient jdbc, CallerContext caller) {
        this.jdbc = jdbc;
        this.caller = caller;
    }

    /** Stores an entry, replacing the county-year's earlier entry for the same household; returns its id. */
    long upsert(Entry e) {
        return jdbc.sql("""
                        insert into exit_survey_entry (county_code, year, household_id, village_code, sample, persons, wrong_exit,
                            missed, recognises, surveyed_on, surveyor, created_at, created_by)
                        values (:county, :year, :hh, :village, :sample, :persons, :wrong, :missed, :recognises, :on, :surveyor,
                            :at, :by)
                        on conflict (county_code, year, household_id) do update set village_code = excluded.village_code,
                            sample = excluded.sample, persons = excluded.persons, wrong_exit = excluded.wrong_exit,
                            missed = excluded.missed, recognises = excluded.recognises, surveyed_on = excluded.surveyed_on,
                            surveyor = excluded.surveyor, created_at = excluded.created_at, created_by = excluded.created_by
                        returning id""")
                .param("county", e.countyCode()).param("year", e.year()).param("hh", e.householdId())
                .param("village", e.villageCode()).param("sample", e.sample()).param("persons", e.persons())
                .param("wrong", e.wrongExit()).param("missed", e.missed()).param("recognises", e.recognises())
                .param("on", e.surveyedOn()).param("surveyor", e.surveyor()).param("at", Timestamp.from(e.createdAt()))
                .param("by", e.createdBy())
                .query(Long.class).single();
    }

    List<Entry> list(String countyCode, int year) {
        return jdbc.sql("select " + COLUMNS + " from exit_survey_entry where county_code = :county and year = :year"
                        + " and village_code like :scope and " + IN_GRID + " order by household_id")
                .param("county", countyCode).param("year", year).params(caller.scopeParams())
                .query(SurveyRepository::row)
                .list();
    }

    Optional<Entry> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from exit_survey_entry where id = :id and village_code like :scope and " + IN_GRID)
                .param("id", id).params(caller.scopeParams())
                .query(SurveyRepository::row)
                .optional();
    }

    private static Entry row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Entry(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getInt(7), rs.getBoolean(8), rs.getBoolean(9), (Boolean) rs.getObject(10), rs.getObject(11, LocalDate.class),
                rs.getString(12), rs.getTimestamp(13).toInstant(), rs.getString(14));
    }

    void delete(long id) {
        jdbc.sql("delete from exit_survey_entry where id = :id").param("id", id).update();
    }

    /** The survey's counts per county (12-digit code) of the region for a year; counties without entries are absent. */
    Map<String, CountyExitPolicy.Survey> tallies(String region, int year) {
        Map<String, CountyExitPolicy.Survey> out = new HashMap<>();
        jdbc.sql("""
                        select county_code,
                               coalesce(sum(persons) filter (where sample = 'EXITED' and wrong_exit), 0),
                               coalesce(sum(persons) filter (where sample = 'EXITED'), 0),
                               coalesce(sum(persons) filter (where sample = 'NON_POOR' and missed), 0),
                               coalesce(sum(persons) filter (where sample = 'NON_POOR'), 0),
                               count(*) filter (where recognises), count(*) filter (where recognises is not null)
                        from exit_survey_entry
                        where year = :year and county_code like :region and village_code like :scope and :grid = ''
                        group by county_code""")
                .param("year", year).param("region", region).params(caller.scopeParams())
                .query(rs -> {
                    out.put(rs.getString(1), new CountyExitPolicy.Survey(new Ratio(rs.getLong(2), rs.getLong(3)),
                            new Ratio(rs.getLong(4), rs.getLong(5)), new Ratio(rs.getLong(6), rs.getLong(7))));
                });
        return out;
    }
}
