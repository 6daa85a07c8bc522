// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every name a rule may use: the household's and members' fields, the fields of a department feed
 * record, the data items (DOMAIN.md §7) and the policy parameters (DOMAIN.md §5). Every back end —
 * the evaluator's {@link Subject}, the SQL compilers' tables and the columnar snapshot — provides
 * exactly these, so a rule that passes the {@link Checker} runs the same everywhere.
 *
 * <p>Money is in yuan (numbers with up to two decimals); text-valued vocabularies use the English
 * enum names of {@code org.jingzhun.kernel.household} ({@code 'EXITED'}, {@code 'DROPOUT'}, …).
 */
public final class Catalog {

    /** One field: its type, whether it may be missing, and (for text vocabularies) its allowed values. */
    public record FieldDef(String name, FieldType type, boolean nullable, Set<String> values, String label) {
    }

    private static final Map<String, FieldDef> HOUSEHOLD = new LinkedHashMap<>();
    private static final Map<String, FieldDef> MEMBER = new LinkedHashMap<>();
    private static final Map<String, FieldDef> FEED = new LinkedHashMap<>();
    private static final Map<String, String> PARAMS = new LinkedHashMap<>();
    private static final Map<String, String> ITEMS = new LinkedHashMap<>();

    static {
        h("category", FieldType.TEXT, false, Set.of("EXITED", "MONITORED", "ORDINARY"), "户类型");
        h("monitoring_type", FieldType.TEXT, true, Set.of("UNSTABLE_EXITED", "MARGINAL", "SUDDEN_HARDSHIP"), "监测对象类别");
        h("exit_year", FieldType.NUMBER, true, null, "脱贫年度");
        h("relocated", FieldType.BOOLEAN, false, null, "易地搬迁户");
        h("dibao", FieldType.BOOLEAN, false, null, "低保户");
        h("tekun", FieldType.BOOLEAN, false, null, "特困供养户");
        h("housing_safe", FieldType.BOOLEAN, false, null, "住房安全");
        h("water_safe", FieldType.BOOLEAN, false, null, "饮水安全");
        h("size", FieldType.NUMBER, false, null, "家庭人口数");
        h("income_year", FieldType.NUMBER, true, null, "收入年度");
        h("net_income", FieldType.NUMBER, true, null, "家庭纯收入");
        h("reference_income", FieldType.NUMBER, true, null, "参考人均收入");
        h("wages", FieldType.NUMBER, true, null, "工资性收入");
        h("out_of_pocket", FieldType.NUMBER, true, null, "合规自付支出");

        m("id_number", FieldType.TEXT, false, null, "证件号码");
        m("relation", FieldType.TEXT, false, Set.of("HEAD", "SPOUSE", "SON", "DAUGHTER", "DAUGHTER_IN_LAW",
                "SON_IN_LAW", "GRANDSON", "GRANDDAUGHTER", "FATHER", "MOTHER", "SIBLING", "OTHER"), "与户主关系");
        m("sex", FieldType.TEXT, false, Set.of("MALE", "FEMALE"), "性别");
        m("age", FieldType.NUMBER, false, null, "年龄(周岁)");
        m("school_status", FieldType.TEXT, false, Set.of("PRESCHOOL", "PRIMARY", "JUNIOR_SECONDARY",
                "SENIOR_SECONDARY", "SECONDARY_VOCATIONAL", "HIGHER_VOCATIONAL", "BACHELOR_OR_ABOVE", "NOT_IN_SCHOOL",
                "DROPOUT"), "在校生状况");
        m("health", FieldType.TEXT, false, Set.of("HEALTHY", "CHRONIC_ILLNESS", "SERIOUS_ILLNESS", "DISABLED"), "健康状况");
        m("disability_grade", FieldType.NUMBER, true, null, "残疾等级(1–4)");
        m("labour", FieldType.TEXT, false, Set.of("SKILLED", "ORDINARY", "WEAK", "LOST", "NONE"), "劳动技能");
        m("labour_able", FieldType.BOOLEAN, false, null, "有劳动能力");
        m("work_status", FieldType.TEXT, false, Set.of("IN_TOWNSHIP", "IN_COUNTY", "IN_PROVINCE", "OUT_OF_PROVINCE",
                "NOT_WORKING"), "务工状况");
        m("work_months", FieldType.NUMBER, false, null, "务工时间(月)");
        m("main_earner", FieldType.BOOLEAN, false, null, "主要劳动力");
        m("basic_medical", FieldType.BOOLEAN, false, null, "参加基本医保");
        m("welfare_job", FieldType.BOOLEAN, false, null, "公益岗位");

        FEED.put("value", new FieldDef("value", FieldType.NUMBER, true, null, "数值"));
        FEED.put("text", new FieldDef("text", FieldType.TEXT, true, null, "文本值"));
        FEED.put("date", new FieldDef("date", FieldType.DATE, false, null, "发生日期"));
        FEED.put("department", new FieldDef("department", FieldType.TEXT, false, null, "部门"));

        PARAMS.put("monitoring_line", "防返贫监测线(元/人·年)");
        PARAMS.put("rural_income_last_year", "上年农村居民人均可支配收入(元)");
        PARAMS.put("medical_stay_limit_exited", "脱贫户/监测户单次住院自付预警额(元)");
        PARAMS.put("medical_stay_limit_other", "一般农户单次住院自付预警额(元)");
        PARAMS.put("medical_year_share_exited", "脱贫户/监测户年度累计自付占比");
        PARAMS.put("medical_year_share_other", "一般农户年度累计自付占比");
        PARAMS.put("disaster_loss_limit", "灾害损失预警额(元)");
        PARAMS.put("disaster_loss_share", "灾害损失占家庭纯收入比例");

        String[][] items = {
            {"YB01", "单次住院自付费用"}, {"YB02", "年度累计自付费用"}, {"YB03", "未参加基本医保"},
            {"MZ01", "纳入低保"}, {"MZ02", "退出低保"}, {"MZ03", "特困供养"}, {"MZ04", "临时救助金额"},
            {"CL01", "残疾等级"}, {"GA01", "死亡"}, {"GA02", "户籍迁出"},
            {"YJ01", "灾害损失"}, {"YJ02", "房屋倒损"}, {"JY01", "失学辍学"}, {"JY02", "学生资助"},
            {"ZJ01", "房屋鉴定为C/D级"}, {"SL01", "供水中断"}, {"RS01", "失业登记"}, {"RS02", "工资收入下降"},
            {"NY01", "产业项目损失"}, {"SC01", "登记经营主体"}, {"ZR01", "拥有城镇商品房"}, {"CG01", "拥有非农用车辆"},
            {"JR01", "小额信贷逾期"},
        };
        for (String[] item : items) {
            ITEMS.put(item[0], item[1]);
        }
    }

    private Catalog() {
    }

    private static void h(String name, FieldType type, boolean nullable, Set<String> values, String label) {
        HOUSEHOLD.put(name, new FieldDef(name, type, nullable, values, label));
    }

    private static void m(String name, FieldType type, boolean nullable, Set<String> values, String label) {
        MEMBER.put(name, new FieldDef(name, type, nullable, values, label));
    }

    /** The field of a scope ({@code household}, {@code member}, {@code feed}), or null if there is none. */
    public static FieldDef field(String scope, String name) {
        return switch (scope) {
            case "household" -> HOUSEHOLD.get(name);
            case "member" -> MEMBER.get(name);
            case "feed" -> FEED.get(name);
            default -> null;
        };
    }

    public static List<FieldDef> householdFields() {
        return List.copyOf(HOUSEHOLD.values());
    }

    public static List<FieldDef> memberFields() {
        return List.copyOf(MEMBER.values());
    }

    public static List<FieldDef> feedFields() {
        return List.copyOf(FEED.values());
    }

    /** Parameter names with their Chinese labels; every parameter is a number. */
    public static Map<String, String> params() {
        return Map.copyOf(PARAMS);
    }

    /** Department data items (DOMAIN.md §7) with their Chinese labels, in catalogue order. */
    public static Map<String, String> items() {
        return java.util.Collections.unmodifiableMap(ITEMS);
    }

    /** The department of an item: its first two letters ({@code YB01} → {@code YB}). */
    public static String department(String item) {
        return item.substring(0, 2);
    }
}
