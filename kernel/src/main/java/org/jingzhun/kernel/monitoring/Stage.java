// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a case stands. Open stages wait for one {@link Step}; {@link Confirmed} and {@link Declined}
 * close the case. Stored by {@link #code()}.
 */
public sealed interface Stage {

    /** 待入户核实. */
    record AwaitingVisit() implements Stage {
    }

    /** 待村级民主评议 (also after an objection during the notice). */
    record AwaitingVillageReview() implements Stage {
    }

    /** 公示中 — from {@code from} to {@code until}, both included. */
    record InNotice(LocalDate from, LocalDate until) implements Stage {
        public InNotice {
            Objects.requireNonNull(from);
            Objects.requireNonNull(until);
        }
    }

    /** 待乡镇审核. */
    record AwaitingTownshipReview() implements Stage {
    }

    /** 待县级确认. */
    record AwaitingCountyConfirmation() implements Stage {
    }

    /** 已确认 — recognised as monitored, or risk removed. */
    record Confirmed(LocalDate on, Decision decision) implements Stage {
        public Confirmed {
            Objects.requireNonNull(on);
            Objects.requireNonNull(decision);
        }
    }

    /** 不予认定（不予通过） at a step, with the reason. */
    record Declined(Step at, LocalDate on, String reason) implements Stage {
        public Declined {
            Objects.requireNonNull(at);
            Objects.requireNonNull(on);
            Objects.requireNonNull(reason);
        }
    }

    /** The step this stage waits for, or {@code null} when the case is closed. */
    default Step step() {
        return switch (this) {
            case AwaitingVisit s -> Step.HOME_VISIT;
            case AwaitingVillageReview s -> Step.VILLAGE_REVIEW;
            case InNotice s -> Step.PUBLIC_NOTICE;
            case AwaitingTownshipReview s -> Step.TOWNSHIP_REVIEW;
            case AwaitingCountyConfirmation s -> Step.COUNTY_CONFIRMATION;
            case Confirmed s -> null;
            case Declined s -> null;
        };
    }

    default boolean isOpen() {
        return step() != null;
    }

    /** The stored name of the stage. */
    default String code() {
        return switch (this) {
            case AwaitingVisit s -> "AWAITING_VISIT";
            case AwaitingVillageReview s -> "AWAITING_VILLAGE_REVIEW";
            case InNotice s -> "IN_NOTICE";
            case AwaitingTownshipReview s -> "AWAITING_TOWNSHIP_REVIEW";
            case AwaitingCountyConfirmation s -> "AWAITING_COUNTY_CONFIRMATION";
            case Confirmed s -> "CONFIRMED";
            case Declined s -> "DECLINED";
        };
    }
}
