// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.jingzhun.app.platform.csv.ImportProblem;
import org.junit.jupiter.api.Test;

/** Problems kept with an import job mask personal values. */
class HouseholdImportServiceTest {

    @Test
    void masksPersonalValuesInStoredProblems() {
        assertThat(HouseholdImportService.masked(new ImportProblem(3, "证件号码", "36082119630303202Y", "x")).value())
                .isEqualTo("360821********202Y");
        assertThat(HouseholdImportService.masked(new ImportProblem(3, "姓名", "欧阳娜娜", "x")).value()).isEqualTo("欧阳**");
        assertThat(HouseholdImportService.masked(new ImportProblem(3, "联系电话", "13812345678", "x")).value())
                .isEqualTo("138****5678");
        assertThat(HouseholdImportService.masked(new ImportProblem(3, "民族", "火星族", "x")).value()).isEqualTo("火星族");
    }
}
