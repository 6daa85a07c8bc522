// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The village notice: masked names, the objection period, escaped text, and who signs it. */
class NoticeDocumentTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 24);

    @Test
    void listsMaskedNamesWithTheObjectionPeriodAndEscapesEverything() {
        String html = NoticeDocument.html(new NoticeDocument.Notice("厚丰村", "厚丰村村民委员会", "敦厚镇", FROM,
                List.of(new NoticeDocument.Line("欧阳娜娜", 4, "边缘易致贫户", FROM, FROM.plusDays(4)),
                        new NoticeDocument.Line("张<b>三", 2, "突发严重困难户", FROM, FROM.plusDays(6))),
                List.of(new NoticeDocument.Line("李四", 3, "脱贫不稳定户", FROM, FROM.plusDays(4)))));
        assertThat(html).contains("<h1>厚丰村防止返贫监测公示</h1>", "欧阳**", "2026年11月24日至2026年11月28日（5天）",
                "2026年11月24日至2026年11月30日（7天）", "拟标注风险消除的监测对象", "李*", "向厚丰村村民委员会或敦厚镇人民政府反映")
                .doesNotContain("娜娜", "<b>", "四");
        assertThat(html).contains("张****");
    }

    @Test
    void aVillageWithoutCasesInNoticeSaysSo() {
        assertThat(NoticeDocument.html(new NoticeDocument.Notice("厚丰村", "厚丰村村民委员会", "敦厚镇", FROM, List.of(), List.of())))
                .contains("2026年11月24日无公示中的农户").doesNotContain("<table>");
    }

    @Test
    void statisticalNamesBecomeTheNamesANoticeUses() {
        assertThat(Notices.villageName("厚丰村委会")).isEqualTo("厚丰村");
        assertThat(Notices.committee("厚丰村委会")).isEqualTo("厚丰村村民委员会");
        assertThat(Notices.villageName("城北社区居委会")).isEqualTo("城北社区");
        assertThat(Notices.committee("城北社区居委会")).isEqualTo("城北社区居民委员会");
        assertThat(Notices.committee("石屋村")).isEqualTo("石屋村村民委员会");
    }
}
