// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry;

import java.util.List;
import org.jingzhun.app.platform.csv.CsvHeader.Column;

/**
 * The household import/export template (DOMAIN.md §4): one row per person; household columns are
 * required on the head's row and, where given on other rows, must equal the head's. Headers are
 * exactly these Chinese names, in any order. 易地搬迁户, 低保户 and 特困供养户 (DOMAIN.md §2) are
 * optional household columns beyond §4's table.
 */
public final class HouseholdTemplate {

    private HouseholdTemplate() {
    }

    // person and household identity
    public static final Column HOUSEHOLD_ID = new Column(true, "户编号");
    public static final Column REGION_CODE = new Column(true, "区划代码");
    public static final Column GRID_CODE = new Column(false, "网格编码");
    public static final Column NAME = new Column(true, "姓名");
    public static final Column ID_NUMBER = new Column(true, "证件号码");
    public static final Column RELATION = new Column(true, "与户主关系");
    // person attributes
    public static final Column ETHNICITY = new Column(true, "民族");
    public static final Column EDUCATION = new Column(true, "文化程度");
    public static final Column SCHOOL_STATUS = new Column(true, "在校生状况");
    public static final Column HEALTH = new Column(true, "健康状况");
    public static final Column DISABILITY_GRADE = new Column(true, "残疾等级");
    public static final Column LABOUR = new Column(true, "劳动技能");
    public static final Column WORK_STATUS = new Column(true, "务工状况");
    public static final Column WORK_MONTHS = new Column(true, "务工时间(月)");
    public static final Column BASIC_MEDICAL = new Column(true, "参加基本医保");
    public static final Column SERIOUS_ILLNESS_INSURANCE = new Column(true, "参加大病保险");
    public static final Column BASIC_PENSION = new Column(true, "参加基本养老保险");
    public static final Column COMMERCIAL_MEDICAL = new Column(true, "参加商业补充医疗保险");
    public static final Column WELFARE_JOB = new Column(true, "公益岗位");
    public static final Column PHONE = new Column(false, "联系电话");
    // household (head's row)
    public static final Column CATEGORY = new Column(true, "户类型");
    public static final Column MONITORING_TYPE = new Column(true, "监测对象类别");
    public static final Column EXIT_YEAR = new Column(true, "脱贫年度");
    public static final Column INCOME_YEAR = new Column(true, "收入年度");
    public static final Column WAGES = new Column(true, "工资性收入");
    public static final Column BUSINESS_INCOME = new Column(true, "生产经营性收入");
    public static final Column PROPERTY_INCOME = new Column(true, "财产性收入");
    public static final Column TRANSFER_INCOME = new Column(true, "转移性收入");
    public static final Column PRODUCTION_COSTS = new Column(true, "生产经营性支出");
    public static final Column INSURANCE_PAYOUTS = new Column(true, "理赔收入");
    public static final Column OUT_OF_POCKET = new Column(true, "合规自付支出");
    public static final Column HOUSING_SAFE = new Column(true, "住房安全");
    public static final Column WATER_SAFE = new Column(true, "饮水安全");
    public static final Column RELOCATED = new Column(false, "易地搬迁户");
    public static final Column DIBAO = new Column(false, "低保户");
    public static final Column TEKUN = new Column(false, "特困供养户");

    /** Every column, in the order exports and the generator write them. */
    public static final List<Column> COLUMNS = List.of(
            HOUSEHOLD_ID, REGION_CODE, GRID_CODE, NAME, ID_NUMBER, RELATION,
            ETHNICITY, EDUCATION, SCHOOL_STATUS, HEALTH, DISABILITY_GRADE, LABOUR, WORK_STATUS, WORK_MONTHS,
            BASIC_MEDICAL, SERIOUS_ILLNESS_INSURANCE, BASIC_PENSION, COMMERCIAL_MEDICAL, WELFARE_JOB, PHONE,
            CATEGORY, MONITORING_TYPE, EXIT_YEAR, INCOME_YEAR,
            WAGES, BUSINESS_INCOME, PROPERTY_INCOME, TRANSFER_INCOME, PRODUCTION_COSTS, INSURANCE_PAYOUTS, OUT_OF_POCKET,
            HOUSING_SAFE, WATER_SAFE, RELOCATED, DIBAO, TEKUN);

    /** The columns that describe the household and belong on the head's row. */
    public static final List<Column> HOUSEHOLD_COLUMNS = List.of(
            REGION_CODE, GRID_CODE, CATEGORY, MONITORING_TYPE, EXIT_YEAR, INCOME_YEAR,
            WAGES, BUSINESS_INCOME, PROPERTY_INCOME, TRANSFER_INCOME, PRODUCTION_COSTS, INSURANCE_PAYOUTS, OUT_OF_POCKET,
            HOUSING_SAFE, WATER_SAFE, RELOCATED, DIBAO, TEKUN);

    public static final String YES = "是";
    public static final String NO = "否";

    /** The header row, in {@link #COLUMNS} order. */
    public static List<String> headers() {
        return COLUMNS.stream().map(Column::label).toList();
    }
}
