// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import org.jingzhun.app.platform.i18n.Messages;
import org.jingzhun.kernel.monitoring.Outcome.Rejection.Reason;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused step answers with the reason in Chinese and in code ({@code reason}, {@code details}),
 * plus every unmet condition of a refused risk removal ({@code unmet}): 403 for a user of the wrong
 * level or region, 400 for a request missing what the step needs, 409 for a case not ready for it.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MonitoringProblems {

    private final Messages messages;
    private final Texts texts;

    MonitoringProblems(Messages messages, Texts texts) {
        this.messages = messages;
        this.texts = texts;
    }

    @ExceptionHandler(ProcedureRejectedException.class)
    ProblemDetail rejected(ProcedureRejectedException e) {
        Reason reason = e.rejection().reason();
        HttpStatus status = switch (reason) {
            case WRONG_LEVEL, OUTSIDE_REGION -> HttpStatus.FORBIDDEN;
            case AUTHORISATION_NOT_SIGNED, REASON_REQUIRED, PROPOSAL_REQUIRED, RISK_TYPE_COUNT, CATEGORY_NOT_FOR_HOUSEHOLD,
                 NOTICE_BACKDATED, DATE_IN_FUTURE, DECISION_MISMATCH -> HttpStatus.BAD_REQUEST;
            case WRONG_STAGE, CLOSED, NOTICE_RUNNING, HELP_FIRST_NOT_APPLICABLE, REMOVAL_CONDITIONS_UNMET, ALREADY_MONITORED,
                 NOT_MONITORED, CASE_OPEN -> HttpStatus.CONFLICT;
        };
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, texts.rejection(e.rejection()));
        p.setTitle(messages.get("monitoring.rejection.title"));
        p.setProperty("reason", reason.name());
        p.setProperty("details", e.rejection().details());
        if (!e.unmet().isEmpty()) {
            p.setProperty("unmet", e.unmet().stream().map(u -> java.util.Map.of("condition", u.condition().name(),
                    "details", u.details(), "message", texts.unmet(u))).toList());
        }
        return p;
    }
}
