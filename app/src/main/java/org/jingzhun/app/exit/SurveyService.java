// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.exit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jingzhun.app.audit.AuditLog;
import org.jingzhun.app.exit.ExitViews.SurveyBatch;
import org.jingzhun.app.exit.ExitViews.SurveyEntryInput;
import org.jingzhun.app.exit.ExitViews.SurveyEntryView;
import org.jingzhun.app.exit.ExitViews.SurveyView;
import org.jingzhun.app.platform.i18n.Messages;
import org.jingzhun.app.platform.security.CallerContext;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.app.platform.web.NotFoundException;
import org.jingzhun.app.region.RegionService;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.kernel.RegionLevel;
import org.jingzhun.kernel.exit.CountyExitPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 第三方评估抽样调查: the provincial assessment's sampled households of a county's assessment year, from
 * which 错退率, 漏评率 and 群众认可度 are counted. Each batch is checked whole, stored, and audited.
 */
@Service
public class SurveyService {

    static final int MAX_ENTRIES = 5_000;

    private final SurveyRepository repository;
    private final RegionService regions;
    private final AuditLog audit;
    private final CallerContext caller;
    private final Clock clock;
    private final Messages messages;

    SurveyService(SurveyRepository repository, RegionService regions, AuditLog audit, CallerContext caller, Clock clock,
                  Messages messages) {
        this.messages = messages;
        this.repository = repository;
        this.regions = regions;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /** Stores a batch of sampled households (a household entered again replaces its entry); all or nothing. */
    @Transactional
    public SurveyView record(RegionCode county, SurveyBatch batch) {
        int year = year(batch.year());
        if (batch.surveyor() == null || batch.surveyor().isBlank() || batch.surveyor().length() > 200) {
            throw new BadRequestException("problem.exit.survey.surveyor");
        }
        LocalDate on = batch.surveyedOn();
        if (on == null || on.getYear() < year || on.isAfter(LocalDate.now(clock))) {
            throw new BadRequestException("problem.exit.survey.date", String.valueOf(year));
        }
        List<SurveyEntryInput> entries = batch.entries();
        if (entries == null || entries.isEmpty() || entries.size() > MAX_ENTRIES) {
            throw new BadRequestException("problem.exit.survey.entries", MAX_ENTRIES);
        }
        List<Map<String, Object>> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> villages = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String problem = check(county, entries.get(i), seen);
            if (problem != null) {
                problems.add(Map.of("index", i, "householdId", String.valueOf(entries.get(i) == null ? null : entries.get(i).householdId()),
                        "message", problem));
            } else {
                villages.add(entries.get(i).householdId().substring(0, 12));
            }
        }
        Map<String, String> known = regions.names(villages);
        for (int i = 0; i < entries.size(); i++) {
            SurveyEntryInput e = entries.get(i);
            if (e != null && e.householdId() != null && e.householdId().length() == 16
                    && villages.contains(e.householdId().substring(0, 12)) && !known.containsKey(e.householdId().substring(0, 12))) {
                problems.add(Map.of("index", i, "householdId", e.householdId(), "message", messages.get("exit.survey.village")));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException("problem.exit.survey.invalid", problems.size()).with("problems", problems);
        }
        Instant now = Instant.now(clock);
        for (SurveyEntryInput e : entries) {
            repository.upsert(new SurveyRepository.Entry(0, county.value(), year, e.householdId(), e.householdId().substring(0, 12),
                    e.sample().strip().toUpperCase(Locale.ROOT), e.persons(), Boolean.TRUE.equals(e.wrongExit()),
                    Boolean.TRUE.equals(e.missed()), e.recognises(), on, batch.surveyor().strip(), now, caller.actor()));
        }
        SurveyView view = view(county, year);
        audit.record("exit.survey.record", "survey:" + county.value() + ":" + year, county.value(), null, null,
                Map.of("surveyor", batch.surveyor().strip(), "entries", entries.size(), "tally", view.tally()));
        return view;
    }

    @Transactional(readOnly = true)
    public SurveyView view(RegionCode county, int year) {
        List<SurveyEntryView> entries = repository.list(county.value(), year).stream()
                .map(e -> new SurveyEntryView(e.id(), e.householdId(), e.villageCode(), e.sample(), e.persons(), e.wrongExit(),
                        e.missed(), e.recognises(), e.surveyedOn(), e.surveyor(), e.createdAt(), e.createdBy()))
                .toList();
        CountyExitPolicy.Survey tally = repository.tallies(county.value().substring(0, 6) + "%", year)
                .getOrDefault(county.value(), CountyExitPolicy.Survey.NONE);
        return new SurveyView(county.value(), year, entries, ExitEvaluationService.tally(tally));
    }

    /** Removes a wrong entry, with a reason. */
    @Transactional
    public void delete(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BadRequestException("problem.exit.survey.reason");
        }
        SurveyRepository.Entry e = repository.find(id)
                .orElseThrow(() -> new NotFoundException("problem.exit.survey.not-found.title", "problem.exit.survey.not-found", id));
        repository.delete(id);
        audit.record("exit.survey.delete", "survey-entry:" + id, e.villageCode(), reason.strip(), e, null);
    }

    static int year(Integer year) {
        if (year == null || year < 2013 || year > 2030) {
            throw new BadRequestException("problem.exit.year");
        }
        return year;
    }

    static void requireCounty(RegionCode code) {
        if (code.level() != RegionLevel.COUNTY) {
            throw new BadRequestException("problem.exit.not-a-county", code.value());
        }
    }

    private String check(RegionCode county, SurveyEntryInput e, Set<String> seen) {
        if (e == null || e.householdId() == null || !e.householdId().matches("[0-9]{16}")) {
            return messages.get("exit.survey.household-id");
        }
        if (!e.householdId().startsWith(county.descendantPrefix())) {
            return messages.get("exit.survey.outside-county", county.value());
        }
        if (!seen.add(e.householdId())) {
            return messages.get("exit.survey.duplicate");
        }
        String sample = e.sample() == null ? "" : e.sample().strip().toUpperCase(Locale.ROOT);
        if (!sample.equals("EXITED") && !sample.equals("NON_POOR")) {
            return messages.get("exit.survey.sample");
        }
        if (e.persons() == null || e.persons() < 1 || e.persons() > 30) {
            return messages.get("exit.survey.persons");
        }
        if (Boolean.TRUE.equals(e.wrongExit()) && !sample.equals("EXITED")) {
            return messages.get("exit.survey.wrong-exit");
        }
        if (Boolean.TRUE.equals(e.missed()) && !sample.equals("NON_POOR")) {
            return messages.get("exit.survey.missed");
        }
        return null;
    }
}
