// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.exit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jingzhun.kernel.exit.CountyExitProcedure.Problem;
import org.jingzhun.kernel.exit.CountyExitProcedure.Steps;
import org.junit.jupiter.api.Test;

class CountyExitProcedureTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void aNoticeOfFiveWorkingDaysBeforeTheApprovalInTheApprovalYearIsInOrder() {
        // 2017-02-13 (Mon) to 2017-02-17 (Fri): five working days; approved 2017-02-26 as 井冈山 was
        Steps s = new Steps(d("2016-10-20"), d("2016-11-15"), d("2017-01-10"), d("2017-02-13"), d("2017-02-17"), d("2017-02-26"));
        assertThat(CountyExitProcedure.check(s, 2017)).isEmpty();
    }

    @Test
    void aNoticeOverAWeekendCountsOnlyItsWorkingDays() {
        // Thu 2017-02-16 to Wed 2017-02-22: Thu, Fri, Mon, Tue, Wed = 5; one day less is 4
        assertThat(CountyExitProcedure.workingDays(d("2017-02-16"), d("2017-02-22"))).isEqualTo(5);
        Steps shortNotice = new Steps(d("2016-10-20"), d("2016-11-15"), d("2017-01-10"), d("2017-02-16"), d("2017-02-21"),
                d("2017-02-26"));
        assertThat(CountyExitProcedure.check(shortNotice, 2017)).containsExactly(Problem.NOTICE_TOO_SHORT);
    }

    @Test
    void namesStepsOutOfOrderMissingDatesAndAnApprovalInAnotherYear() {
        Steps reversed = new Steps(d("2016-11-15"), d("2016-10-20"), d("2017-01-10"), d("2017-02-13"), d("2017-02-17"),
                d("2018-01-05"));
        assertThat(CountyExitProcedure.check(reversed, 2017)).containsExactly(Problem.OUT_OF_ORDER, Problem.APPROVED_IN_OTHER_YEAR);
        Steps approvedOnLastNoticeDay = new Steps(d("2016-10-20"), d("2016-11-15"), d("2017-01-10"), d("2017-02-13"),
                d("2017-02-17"), d("2017-02-17"));
        assertThat(CountyExitProcedure.check(approvedOnLastNoticeDay, 2017)).containsExactly(Problem.OUT_OF_ORDER);
        assertThat(CountyExitProcedure.check(new Steps(null, null, null, null, null, null), 2017)).containsExactly(Problem.MISSING_DATE);
    }
}
