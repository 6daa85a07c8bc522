// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checking one department record: every problem is reported with its column, nothing throws. */
class FeedRowParserTest {

    private static final String ID = "11010519491231002X";
    private final FeedRowParser parser = new FeedRowParser(LocalDate.of(2026, 11, 23));
    private final List<String> problems = new ArrayList<>();

    private FeedRow parse(String dept, String id, String item, String date, String value, String text) {
        return parser.parse(2, dept, "R-1", id, item, date, value, text,
                (column, v, key, args) -> problems.add(column.label() + ":" + key));
    }

    @Test
    void acceptsAValidRecordAndNormalisesIt() {
        FeedRow r = parse("yb", ID.toLowerCase(), "yb01", "2026/05/01", "8,500.5", null);
        assertThat(problems).isEmpty();
        assertThat(r.department()).isEqualTo("YB");
        assertThat(r.idNumber()).isEqualTo(ID);
        assertThat(r.item()).isEqualTo("YB01");
        assertThat(r.date()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(r.value()).isEqualByComparingTo("8500.5");
    }

    @Test
    void anUnknownItemWithoutAValueIsAProblemNotACrash() {
        assertThat(parse("YB", ID, "XX99", "2026-05-01", "", "")).isNull();
        assertThat(problems).containsExactly("数据项:feeds.item");
    }

    @Test
    void reportsEveryProblemOfARecord() {
        assertThat(parse("ZZ", "123", "YB01", "2026-02-30", "abc", null)).isNull();
        assertThat(problems).containsExactly("部门:feeds.department", "证件号码:id.invalid.WRONG_LENGTH",
                "发生日期:feeds.date", "数值:feeds.amount");
    }

    @Test
    void checksGradesHouseRatingsFutureDatesAndTheItemsDepartment() {
        assertThat(parse("CL", ID, "CL01", "2026-05-01", "5", null)).isNull();
        assertThat(parse("ZJ", ID, "ZJ01", "2026-05-01", null, "E")).isNull();
        assertThat(parse("YB", ID, "YB01", "2026-12-01", "1", null)).isNull();
        assertThat(parse("MZ", ID, "YB01", "2026-05-01", "1", null)).isNull();
        assertThat(problems).containsExactly("数值:feeds.grade", "文本值:feeds.house-grade", "发生日期:feeds.date-range",
                "数据项:feeds.item-department");
        assertThat(parse("ZJ", ID, "ZJ01", "2026-05-01", null, "c").text()).isEqualTo("C");
    }
}
