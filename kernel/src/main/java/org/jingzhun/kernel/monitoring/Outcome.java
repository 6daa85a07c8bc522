// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

import java.util.List;
import java.util.Objects;

/** The result of a command: the case's next state, or why the command is refused. */
public sealed interface Outcome {

    /** The command is done: {@code next} is the case after it, {@code event} what happened. */
    record Accepted(MonitoringCase next, Event event) implements Outcome {
        public Accepted {
            Objects.requireNonNull(next);
            Objects.requireNonNull(event);
        }
    }

    /**
     * The command is refused and nothing changes. {@code details} are the values the reason's
     * message shows (the step, the levels that may do it, the dates, the unmet conditions…).
     */
    record Rejection(Reason reason, List<String> details) implements Outcome {

        public Rejection {
            Objects.requireNonNull(reason);
            details = List.copyOf(details);
        }

        static Rejection of(Reason reason, Object... details) {
            return new Rejection(reason, java.util.Arrays.stream(details).map(String::valueOf).toList());
        }

        /** Why a command is refused. */
        public enum Reason {
            /** The step is done by other levels (details: step, the levels). */
            WRONG_LEVEL,
            /** The household lies outside the actor's region (details: actor's region, household's village). */
            OUTSIDE_REGION,
            /** The case does not wait for this (details: the command, the step it waits for). */
            WRONG_STAGE,
            /** The case is closed (details: its stage). */
            CLOSED,
            /** A household is recognised only with its signed authorisation for data checks. */
            AUTHORISATION_NOT_SIGNED,
            /** Declining, objecting and helping first need a reason (the text). */
            REASON_REQUIRED,
            /** A recognition needs a category and risk types. */
            PROPOSAL_REQUIRED,
            /** One to five risk types (details: how many were given, the maximum). */
            RISK_TYPE_COUNT,
            /** The category does not fit the household's type (details: category, household type). */
            CATEGORY_NOT_FOR_HOUSEHOLD,
            /** The notice cannot start before the review (details: the start asked, today). */
            NOTICE_BACKDATED,
            /** The notice is still running (details: its last day). */
            NOTICE_RUNNING,
            /** Only a recognition can help first; or it already does. */
            HELP_FIRST_NOT_APPLICABLE,
            /** The decision is of the other kind of case. */
            DECISION_MISMATCH,
            /** Risk removal is refused (details: the unmet conditions). */
            REMOVAL_CONDITIONS_UNMET,
            /** A lead dated in the future (details: the date). */
            DATE_IN_FUTURE,
            /** The household is already monitored (a lead is attached to its monitoring instead). */
            ALREADY_MONITORED,
            /** Only a monitored household can have its risk removed. */
            NOT_MONITORED,
            /** The household already has an open case (details: its kind). */
            CASE_OPEN
        }
    }
}
