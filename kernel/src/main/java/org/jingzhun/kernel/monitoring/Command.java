// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

import java.time.LocalDate;

/** What a user asks the procedure to do; {@link Procedure#apply} decides. */
public sealed interface Command {

    Actor actor();

    /** 入户核实: the visit's notes; for a recognition, the signed authorisation and the proposal. */
    record RecordVisit(Actor actor, boolean authorisationSigned, Proposal proposal, String notes) implements Command {
    }

    /** 村级民主评议通过, and the public notice starts on {@code noticeFrom}. */
    record ApproveAtVillage(Actor actor, LocalDate noticeFrom, String minutes) implements Command {
    }

    /** 公示异议: back to the village review. */
    record RecordObjection(Actor actor, String objection) implements Command {
    }

    /** 公示期满无异议: on to the township. */
    record EndNotice(Actor actor) implements Command {
    }

    /** 乡镇审核通过. */
    record ApproveAtTownship(Actor actor, String opinion) implements Command {
    }

    /** 县级确认. */
    record Confirm(Actor actor, Decision decision) implements Command {
    }

    /** 不予通过 at the current step, with the reason. */
    record Decline(Actor actor, String reason) implements Command {
    }

    /** 先帮扶后认定: help may start before confirmation; the limits stay. */
    record HelpFirst(Actor actor, String reason) implements Command {
    }
}
