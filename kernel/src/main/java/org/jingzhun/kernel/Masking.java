// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel;

import java.util.Set;

/**
 * The one masking rule used everywhere: lists, exports, public notices and logs (DOMAIN.md §3).
 * ID numbers keep the first 6 and last 4 characters ({@code 360123********123X}); names keep the
 * surname's first character, or a whole compound surname ({@code 张*}, {@code 欧阳**}); phone
 * numbers keep the first 3 and last 4 digits ({@code 138****5678}).
 */
public final class Masking {

    /** Two-character surnames (复姓) kept whole; the common ones of the 百家姓. */
    private static final Set<String> COMPOUND_SURNAMES = Set.of(
            "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯",
            "轩辕", "令狐", "端木", "独孤", "南宫", "西门", "百里", "呼延", "万俟", "闻人", "澹台", "公冶", "太史",
            "申屠", "钟离", "赫连", "濮阳", "淳于", "单于", "仲孙", "拓跋", "司空", "鲜于", "闾丘", "子车", "第五");

    private Masking() {
    }

    /** {@code 36012319800101123X} → {@code 360123********123X}; other lengths keep at most a third visible. */
    public static String idNumber(String id) {
        if (id == null || id.isEmpty()) {
            return id;
        }
        if (id.length() >= 14) {
            return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
        }
        return keepEnds(id, id.length() / 3, 0);
    }

    /** {@code 张三} → {@code 张*}, {@code 欧阳娜娜} → {@code 欧阳**}; a one-character name is kept. */
    public static String name(String name) {
        if (name == null) {
            return null;
        }
        int chars = name.codePointCount(0, name.length());
        if (chars <= 1) {
            return name;
        }
        int keep = chars > 2 && COMPOUND_SURNAMES.contains(name.substring(0, name.offsetByCodePoints(0, 2))) ? 2 : 1;
        return name.substring(0, name.offsetByCodePoints(0, keep)) + "*".repeat(chars - keep);
    }

    /** {@code 13812345678} → {@code 138****5678}; shorter numbers keep fewer digits. */
    public static String phone(String phone) {
        if (phone == null || phone.isEmpty()) {
            return phone;
        }
        if (phone.length() >= 11) {
            return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
        }
        return keepEnds(phone, 0, Math.min(4, phone.length() / 3));
    }

    private static String keepEnds(String s, int head, int tail) {
        return s.substring(0, head) + "*".repeat(s.length() - head - tail) + s.substring(s.length() - tail);
    }
}
