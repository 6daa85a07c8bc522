// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds.generate;

import java.nio.charset.StandardCharsets;

/**
 * The department data items (数据项) of DOMAIN.md §7 that the generator writes, in the order of the
 * rules catalogue. The department (部门) is the first two letters of the code. What 数值 and 文本值
 * hold for each item is a choice of the demo, written down here because the feeds' long format
 * itself does not say:
 * <ul>
 * <li>amounts in yuan (≤ 2 decimals): YB01 one stay's out-of-pocket, YB02 the calendar year's
 *     cumulative out-of-pocket up to the record's date, MZ01/MZ03 the monthly benefit per person,
 *     MZ04 the relief paid, JY02 the aid paid for one term, RS02 the fall of the monthly wage,
 *     YJ01 the loss, NY01 the loss, SC01 the registered capital, JR01 the overdue principal;</li>
 * <li>CL01 the disability grade 1–4 as an integer; ZR01 the building area in m²;</li>
 * <li>text: ZJ01 the house's safety rating (B, C or D — only C and D are unsafe), YJ02 the damage
 *     (倒塌, 严重损坏, 一般损坏), SC01 the kind of business, CG01 the kind of vehicle;</li>
 * <li>the rest (YB03, MZ02, GA01, GA02, JY01, SL01, RS01) are events: both columns empty.</li>
 * </ul>
 */
enum FeedItem {
    YB01("单次住院自付费用"), YB02("年度累计自付费用"), YB03("未参加基本医保"),
    MZ01("纳入低保"), MZ02("退出低保"), MZ03("特困供养"), MZ04("临时救助金额"),
    CL01("残疾等级"), GA01("死亡"), GA02("户籍迁出"),
    YJ01("灾害损失"), YJ02("房屋倒损"), JY01("失学辍学"), JY02("学生资助"),
    ZJ01("房屋鉴定为C/D级"), SL01("供水中断"), RS01("失业登记"), RS02("工资收入下降"),
    NY01("产业项目损失"), SC01("登记经营主体"), ZR01("拥有城镇商品房"), CG01("拥有非农用车辆"),
    JR01("小额信贷逾期");

    /** The departments in order of their first item; a record id's sequence runs per department. */
    static final String[] DEPARTMENTS = Departments.CODES;

    private static final int COUNT = values().length;

    final String label;
    final byte[] code;
    final int department;

    FeedItem(String label) {
        this.label = label;
        this.code = name().getBytes(StandardCharsets.US_ASCII);
        this.department = departmentIndex(name().substring(0, 2));
    }

    /** The two-letter department code (部门). */
    String department() {
        return DEPARTMENTS[department];
    }

    static int departmentIndex(String code) {
        for (int i = 0; i < Departments.CODES.length; i++) {
            if (Departments.CODES[i].equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown department " + code);
    }

    static int count() {
        return COUNT;
    }

    /** Separate, because an enum's own static fields are not yet set while its constants are built. */
    private static final class Departments {
        static final String[] CODES = {"YB", "MZ", "CL", "GA", "YJ", "JY", "ZJ", "SL", "RS", "NY", "SC", "ZR", "CG", "JR"};
    }
}
