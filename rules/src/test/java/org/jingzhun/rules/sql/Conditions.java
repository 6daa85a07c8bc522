// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.sql;

import java.util.List;

/** Hand-written conditions for the differential tests. */
final class Conditions {

    private Conditions() {
    }

    /**
     * Conditions whose status varies by household, chosen to use every syntax node, every aggregate
     * kind at both levels (member, feed, member → feed), nulls in every position and numeric edges.
     */
    static final List<String> HAND_WRITTEN = List.of(
            // arithmetic, division by zero, rounding against data
            "household.net_income / household.size > param monitoring_line",
            "(household.net_income / (household.size - household.size)) is null",
            "household.net_income / 0 > 1",
            "household.wages / household.out_of_pocket >= 1",
            "household.net_income / 3 * 3 = household.net_income",
            "household.net_income / 7 > 1000.0001",
            "household.net_income * 0.00005 >= 0.3",
            "household.net_income * household.wages * household.out_of_pocket > 1000000000000",
            "household.net_income + household.wages - household.out_of_pocket * 0.5 < param monitoring_line * household.size",
            "-household.net_income < -6000",
            "-(-household.wages) = household.wages",
            "(count member where member.age < 18) / household.size > 0.5",
            "param rural_income_last_year * param medical_year_share_exited = household.reference_income + 4050",
            // in, is null, not, booleans, text
            "household.net_income in (6000, 6000.00, 10000.5, param monitoring_line)",
            "household.reference_income in (7900.00, 7899.99)",
            "household.category in ('EXITED') or household.monitoring_type in ('MARGINAL', 'SUDDEN_HARDSHIP')",
            "household.net_income is not null and household.wages is null",
            "(household.net_income > 6000) is null",
            "null is null",
            "not (household.net_income > 6000)",
            "not household.dibao or household.tekun",
            "household.dibao = household.tekun",
            "household.relocated <> true",
            "household.exit_year between 2015 and 2017",
            "household.income_year = 2025 and household.monitoring_type is null",
            // aggregates over members
            "all member where member.labour_able",
            "any member where member.disability_grade <= 2",
            "all member where member.disability_grade is null or member.disability_grade > 2",
            "(count member where member.age < 16) >= 2",
            "min(member.age) of member < 6",
            "(max(member.disability_grade) of member where member.health = 'DISABLED') is null",
            "(sum(member.work_months) of member where member.main_earner) > 12",
            "sum(member.disability_grade) of member > 3",
            "(max(member.age * household.size) of member where member.relation = 'HEAD') > 200",
            "(count member) = household.size",
            // aggregates over feed records at household level
            "sum(feed.value) of feed YB02 within 12 months > 10000",
            "sum(feed.value) of feed YB01 > 0",
            "(sum(feed.value) of feed YB01 where feed.text = 'C') is null",
            "max(feed.value) of feed YB01 within 12 months >= param medical_stay_limit_exited",
            "min(feed.value) of feed CL01 within 24 months <= 2",
            "count feed YB01 within 6 months = 0",
            "(count feed YB01 within 1 months where feed.value > 0) >= 1",
            "all feed YB01 where feed.value > 100",
            "any feed ZJ01 where feed.text = 'O''Brien'",
            "any feed ZJ01 where feed.text in ('C ', 'c', '')",
            "any feed ZJ01 where feed.text = 'x'' OR TRUE OR ''y' or feed.text = '\\'' OR TRUE --'",
            "any feed YB01 where feed.date > feed.date",
            "any feed YB01 within 3 months where feed.date = feed.date and feed.department = 'YB'",
            "sum(feed.value * 0.3333) of feed YB02 > 3000",
            "(sum(feed.value / 3) of feed YB02 within 12 months where feed.value > household.net_income * 0.5) > 100",
            "max(feed.value) of feed YJ01 within 12 months > household.net_income * param disaster_loss_share",
            "(any feed GA01) and (count feed GA01 within 12 months) = 0",
            // nested member → feed
            "any member where (count feed YB01 within 12 months) > 1",
            "all member where (all feed GA01 where feed.value is null)",
            "any member where (sum(feed.value) of feed YB02 within 12 months) > member.age * 100",
            "any member where (max(feed.value) of feed YB01 where feed.value > household.net_income) > 0",
            "(count member where (any feed JY01 within 12 months) or member.school_status = 'DROPOUT') >= 1",
            "(sum((sum(feed.value) of feed YB01)) of member where member.sex = 'FEMALE') > 6000",
            "max((count feed CL01 where feed.value <= member.disability_grade)) of member >= 1",
            "(min((min(feed.value) of feed YJ01 within 12 months)) of member where member.labour_able) is null");

    /** Conditions true for every household under the evaluator's arithmetic (no data involved). */
    static final List<String> ARITHMETIC_TRUTHS = List.of(
            "0.125 / 1000 = 0.0001",
            "0.00005 + 0 = 0.0001",
            "-0.00005 + 0 = -0.0001",
            "0.00004 + 0 = 0",
            "0.00015 * 1 = 0.0002",
            "-0.00015 * 1 = -0.0002",
            "0.00025 * 1 = 0.0003",
            "-0.00025 * 1 = -0.0003",
            "0.12345 * 1 = 0.1235",
            "0.12344 * 1 = 0.1234",
            "-0.12345 * 1 = -0.1235",
            "0.00005 + 0.00005 = 0.0001",
            "(0.00005 + 0) + (0.00005 + 0) = 0.0002",
            "1 / 3 = 0.3333",
            "2 / 3 = 0.6667",
            "-2 / 3 = -0.6667",
            "2 / -3 = -0.6667",
            "-2 / -3 = 0.6667",
            "1 / 32 = 0.0313",
            "-1 / 32 = -0.0313",
            "1 / 3 * 3 = 0.9999",
            "7 / 0.0003 = 23333.3333",
            "2 / 0.0003 = 6666.6667",
            "0.00025 / 1 = 0.0003",
            "100000000000000000000 / 3 = 33333333333333333333.3333",
            "(1 / 0) is null",
            "(1 / (2 - 2)) is null",
            "6000 = 6000.00",
            "6000.00 in (6000)",
            "6000 * 1.0 = 6000.00",
            "0.1 + 0.2 = 0.3",
            "0.5 * 0.5 = 0.25",
            "1.2345 > 1.23",
            "1.2345 in (1.23, 1.2345)",
            "not (1.2345 in (1.23))",
            "12345678901234.12 * 100000 = 1234567890123412000",
            "99999999999999.99 * 99999999999999.99 = 9999999999999998000000000000.0001",
            "0.00000000000000001 * 1 = 0",
            "0.00000000000000001 < 0.0000000000000001",
            "param medical_year_share_exited * param rural_income_last_year = 11950",
            "'O''Brien' = 'O''Brien'",
            "'a\\b' = 'a\\b'",
            "'it''s' <> 'its'");
}
