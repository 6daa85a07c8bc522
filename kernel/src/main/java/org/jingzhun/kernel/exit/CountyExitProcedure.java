// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.exit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of a county's exit (DOMAIN.md §9): the county applies → the city reviews → the province's
 * third-party assessment → a public notice of at least five working days → approval, in the year
 * after the assessed year. Checks a record of the steps' dates and names every problem.
 */
public final class CountyExitProcedure {

    /** The shortest public notice, in working days (Monday to Friday; public holidays are not known here). */
    public static final int NOTICE_WORKING_DAYS = 5;

    /** The dates of the steps. */
    public record Steps(LocalDate applied, LocalDate cityReviewed, LocalDate assessed, LocalDate noticeFrom, LocalDate noticeTo,
                        LocalDate approved) {
    }

    /** What can be wrong with a record of the steps. */
    public enum Problem {
        /** A step has no date. */
        MISSING_DATE,
        /** The steps are not in the order of the procedure (the approval must follow the notice's end). */
        OUT_OF_ORDER,
        /** The notice lasted fewer than {@value #NOTICE_WORKING_DAYS} working days. */
        NOTICE_TOO_SHORT,
        /** The approval is not dated in the approval year. */
        APPROVED_IN_OTHER_YEAR
    }

    private CountyExitProcedure() {
    }

    public static List<Problem> check(Steps s, int approvalYear) {
        List<Problem> problems = new ArrayList<>();
        if (s.applied() == null || s.cityReviewed() == null || s.assessed() == null || s.noticeFrom() == null
                || s.noticeTo() == null || s.approved() == null) {
            problems.add(Problem.MISSING_DATE);
            return problems;
        }
        if (s.applied().isAfter(s.cityReviewed()) || s.cityReviewed().isAfter(s.assessed()) || s.assessed().isAfter(s.noticeFrom())
                || s.noticeFrom().isAfter(s.noticeTo()) || !s.noticeTo().isBefore(s.approved())) {
            problems.add(Problem.OUT_OF_ORDER);
        } else if (workingDays(s.noticeFrom(), s.noticeTo()) < NOTICE_WORKING_DAYS) {
            problems.add(Problem.NOTICE_TOO_SHORT);
        }
        if (s.approved().getYear() != approvalYear) {
            problems.add(Problem.APPROVED_IN_OTHER_YEAR);
        }
        return problems;
    }

    /** Monday-to-Friday days from {@code from} to {@code to}, both included. */
    public static int workingDays(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                n++;
            }
        }
        return n;
    }
}
