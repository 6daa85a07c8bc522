// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleFileTest {

    @Test
    void theDefaultRuleSetParsesChecksAndRoundTrips() {
        List<Rule> rules = RuleFile.defaults();
        assertThat(rules).extracting(Rule::code).contains("W_MEDICAL_STAY", "W_INCOME_BELOW_LINE", "E_VEHICLE",
                "D_UNSAFE_NOT_MONITORED");
        assertThat(rules).extracting(Rule::kind).contains(RuleKind.WARNING, RuleKind.ELIGIBILITY, RuleKind.DATA_QUALITY);
        String formatted = RuleFile.format(rules);
        assertThat(RuleFile.format(RuleFile.parse(formatted))).isEqualTo(formatted);
        assertThat(RuleFile.parse(formatted)).extracting(Rule::code).isEqualTo(rules.stream().map(Rule::code).toList());
    }

    @Test
    void aTypeErrorNamesTheRuleAndTheLineInTheFile() {
        String text = """
                rule X_BAD
                version 1
                kind WARNING
                title t
                message m
                when
                  household.category = 'EXITED'
                  and household.size > 'three'
                end
                """;
        assertThatThrownBy(() -> RuleFile.parse(text)).isInstanceOf(RuleFile.RuleFileException.class)
                .hasMessageContaining("line 8").hasMessageContaining("X_BAD").hasMessageContaining("number with a text");
    }

    @Test
    void theCheckerCatchesUnknownNamesScopesAndVocabulary() {
        assertThat(Checker.check(Parser.parse("household.catgory = 'EXITED'"))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("unknown field 'household.catgory'"));
        assertThat(Checker.check(Parser.parse("household.category = 'EXITD'"))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not a value of household.category"));
        assertThat(Checker.check(Parser.parse("member.age > 3"))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("only defined inside"));
        assertThat(Checker.check(Parser.parse("any feed XX99"))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("unknown data item 'XX99'"));
        assertThat(Checker.check(Parser.parse("household.size + 1"))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("must be true or false"));
        assertThat(Checker.check(Parser.parse("param monitoring_lin > 1"))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("unknown parameter"));
        assertThat(Checker.check(Parser.parse("household.reference_income = null"))).isNotEmpty();
    }
}
