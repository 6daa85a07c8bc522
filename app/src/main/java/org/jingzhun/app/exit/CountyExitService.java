// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.exit;

import java.util.List;
import java.util.Map;
import org.jingzhun.app.audit.AuditLog;
import org.jingzhun.app.exit.ExitViews.ApprovalRequest;
import org.jingzhun.app.exit.ExitViews.CountyEvaluationView;
import org.jingzhun.app.platform.security.CallerContext;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.app.platform.web.ConflictException;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.kernel.exit.CountyExitProcedure;
import org.jingzhun.kernel.exit.ExitEvaluation;
import org.jingzhun.kernel.exit.Verdict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * 贫困县退出 (摘帽): records a designated county's approved exit after checking the procedure's dates and
 * that the county passes 三率一度 on the assessed year (the year before the approval); the passing
 * evaluation and its parameter version are stored with the approval, and the approval is audited.
 */
@Service
public class CountyExitService {

    private final HistoryRepository history;
    private final ExitEvaluationService evaluations;
    private final ExitTerms terms;
    private final ExitExplainer explainer;
    private final AuditLog audit;
    private final CallerContext caller;
    private final JsonMapper json;

    CountyExitService(HistoryRepository history, ExitEvaluationService evaluations, ExitTerms terms, ExitExplainer explainer,
                      AuditLog audit, CallerContext caller, JsonMapper json) {
        this.history = history;
        this.evaluations = evaluations;
        this.terms = terms;
        this.explainer = explainer;
        this.audit = audit;
        this.caller = caller;
        this.json = json;
    }

    @Transactional
    public CountyEvaluationView approve(RegionCode county, ApprovalRequest r) {
        SurveyService.requireCounty(county);
        if (r == null) {
            throw new BadRequestException("problem.exit.approval.body");
        }
        int year = SurveyService.year(r.year());
        HistoryRepository.PovertyCounty before = history.povertyCountiesIn(county.value()).get(county.value());
        if (before == null) {
            throw new ConflictException(Map.of(), "problem.exit.approval.not-designated", county.value())
                    .titled("problem.exit.approval.title");
        }
        if (before.exitYear() != null) {
            throw new ConflictException(Map.of("exitYear", before.exitYear()), "problem.exit.approval.exited", county.value(),
                    String.valueOf(before.exitYear())).titled("problem.exit.approval.title");
        }
        CountyExitProcedure.Steps steps = new CountyExitProcedure.Steps(r.appliedOn(), r.cityReviewedOn(), r.assessedOn(),
                r.noticeFrom(), r.noticeTo(), r.approvedOn());
        List<CountyExitProcedure.Problem> problems = CountyExitProcedure.check(steps, year);
        if (!problems.isEmpty()) {
            throw new BadRequestException("problem.exit.approval.steps", String.valueOf(year))
                    .with("problems", problems.stream().map(Enum::name).toList());
        }
        ExitTerms.Terms t = terms.forYear(year - 1);
        ExitEvaluation e = evaluations.countyEvaluation(county.value(), year - 1, t);
        ExitViews.EvaluationView view = explainer.view(e, t.version());
        if (e.verdict() != Verdict.PASS) {
            throw new ConflictException(Map.of("evaluation", view), "problem.exit.approval.fails", county.value(),
                    String.valueOf(year - 1), String.join("；", view.reasons())).titled("problem.exit.approval.title");
        }
        HistoryRepository.PovertyCounty after = new HistoryRepository.PovertyCounty(county.value(), before.designatedYear(), year,
                year - 1, r.appliedOn(), r.cityReviewedOn(), r.assessedOn(), r.noticeFrom(), r.noticeTo(), r.approvedOn(),
                json.writeValueAsString(view), t.version(), caller.actor());
        if (!history.approveExit(after)) {
            throw new ConflictException(Map.of(), "problem.exit.approval.exited", county.value(), "?").titled("problem.exit.approval.title");
        }
        audit.record("exit.county.approve", "county:" + county.value(), county.value(), r.reason(), before, after);
        return evaluations.county(county, year - 1);
    }
}
