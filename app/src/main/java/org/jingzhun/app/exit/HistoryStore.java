// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.exit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jingzhun.app.exit.generate.GeneratedHistory;
import org.jingzhun.app.platform.db.CopyWriter;
import org.jingzhun.kernel.exit.CountyExitPolicy;
import org.jingzhun.kernel.exit.ExitEvaluation;
import org.jingzhun.kernel.exit.Ratio;
import org.jingzhun.kernel.exit.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a poverty history into the V8 tables in bulk (COPY), the way an archive from the old 建档立卡
 * system would be taken over: in the caller's transaction, as the system, not filtered by anyone's
 * scope. Each county's exit is stored with its 三率一度 evaluation of the assessed year, computed by the
 * same policy the API uses.
 */
@Component
class HistoryStore {

    /** What was loaded, and the counties whose stored evaluation does not pass (a tiny demo scale). */
    record Loaded(long households, long villagePopulations, long poorVillages, long counties, long surveyEntries,
                  List<String> failingCounties) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ExitTerms terms;
    private final ExitExplainer explainer;
    private final JsonMapper json;
    private final Clock clock;

    HistoryStore(JdbcClient jdbc, DataSource dataSource, ExitTerms terms, ExitExplainer explainer, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.terms = terms;
        this.explainer = explainer;
        this.json = json;
        this.clock = clock;
    }

    boolean isEmpty() {
        return !jdbc.sql("select exists (select 1 from poverty_household) or exists (select 1 from poverty_county)"
                + " or exists (select 1 from village_population)").query(Boolean.class).single();
    }

    /** Loads everything; call inside a transaction. */
    Loaded load(GeneratedHistory h, String source, String actor) throws SQLException {
        Connection c = DataSourceUtils.getConnection(dataSource);
        long households;
        try (CopyWriter copy = CopyWriter.open(c, "copy poverty_household (household_id, village_code, identified_year, exit_year,"
                + " persons, source) from stdin")) {
            for (GeneratedHistory.PoorHousehold p : h.households()) {
                copy.row(p.id(), p.villageCode(), p.identifiedYear(), p.exitYear(), p.persons(), source);
            }
            households = copy.finish();
        }
        long populations;
        try (CopyWriter copy = CopyWriter.open(c, "copy village_population (year, village_code, rural_persons, source) from stdin")) {
            for (var year : h.ruralPersons().entrySet()) {
                for (var v : year.getValue().entrySet()) {
                    copy.row(year.getKey(), v.getKey(), v.getValue(), source);
                }
            }
            populations = copy.finish();
        }
        long villages;
        try (CopyWriter copy = CopyWriter.open(c, "copy poor_village (village_code, designated_year, exit_year, deeply_poor, source)"
                + " from stdin")) {
            for (GeneratedHistory.PoorVillage v : h.villages()) {
                copy.row(v.code(), v.designatedYear(), v.exitYear(), v.deeplyPoor(), source);
            }
            villages = copy.finish();
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        long entries;
        try (CopyWriter copy = CopyWriter.open(c, "copy exit_survey_entry (county_code, year, household_id, village_code, sample,"
                + " persons, wrong_exit, missed, recognises, surveyed_on, surveyor, created_at, created_by) from stdin")) {
            for (GeneratedHistory.SurveyEntry e : h.surveys()) {
                copy.row(e.countyCode(), e.year(), e.householdId(), e.villageCode(), e.exitedSample() ? "EXITED" : "NON_POOR",
                        e.persons(), e.wrongExit(), e.missed(), e.recognises(), e.surveyedOn(), "省第三方评估（演示）", now, actor);
            }
            entries = copy.finish();
        }
        List<String> failing = new ArrayList<>();
        for (GeneratedHistory.PovertyCounty county : h.counties()) {
            int assessed = county.exitYear() - 1;
            ExitTerms.Terms t = terms.forYear(assessed);
            String prefix = county.code().substring(0, 6);
            ExitEvaluation e = CountyExitPolicy.evaluate(assessed, new Ratio(h.poorPersons(prefix, assessed),
                    h.ruralPersons(prefix, assessed)), survey(h, county.code()), t.thresholds());
            if (e.verdict() != Verdict.PASS) {
                failing.add(county.code());
            }
            jdbc.sql("""
                            insert into poverty_county (county_code, designated_year, exit_year, assessed_year, applied_on,
                                city_reviewed_on, assessed_on, notice_from, notice_to, approved_on, evaluation, parameter_version,
                                approved_by, source)
                            values (:code, :designated, :exit, :assessed, :applied, :city, :assessedOn, :from, :to, :approved,
                                cast(:evaluation as jsonb), :pv, :by, :source)""")
                    .param("code", county.code()).param("designated", county.designatedYear()).param("exit", county.exitYear())
                    .param("assessed", assessed).param("applied", county.appliedOn()).param("city", county.cityReviewedOn())
                    .param("assessedOn", county.assessedOn()).param("from", county.noticeFrom()).param("to", county.noticeTo())
                    .param("approved", county.approvedOn()).param("evaluation", json.writeValueAsString(explainer.view(e, t.version())))
                    .param("pv", t.version()).param("by", actor).param("source", source)
                    .update();
        }
        return new Loaded(households, populations, villages, h.counties().size(), entries, failing);
    }

    private static CountyExitPolicy.Survey survey(GeneratedHistory h, String county) {
        long[] c = new long[6]; // wrong, exited sample, missed, non-poor sample, approving, asked
        for (GeneratedHistory.SurveyEntry e : h.surveys()) {
            if (!e.countyCode().equals(county)) {
                continue;
            }
            if (e.exitedSample()) {
                c[1] += e.persons();
                c[0] += e.wrongExit() ? e.persons() : 0;
            } else {
                c[3] += e.persons();
                c[2] += e.missed() ? e.persons() : 0;
            }
            c[5]++;
            c[4] += e.recognises() ? 1 : 0;
        }
        return new CountyExitPolicy.Survey(new Ratio(c[0], c[1]), new Ratio(c[2], c[3]), new Ratio(c[4], c[5]));
    }
}
