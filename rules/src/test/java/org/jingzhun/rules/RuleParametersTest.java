// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RuleParametersTest {

    private final Map<String, Rule> rules = RuleFile.defaults().stream().collect(Collectors.toMap(Rule::code, Function.identity()));

    @Test
    void listsTheParametersReadAnywhereInTheCondition() {
        // inside aggregates' filters, on both sides of an or
        assertThat(rules.get("W_MEDICAL_STAY").parameters())
                .containsExactly("medical_stay_limit_exited", "medical_stay_limit_other");
        // in a plain comparison
        assertThat(rules.get("W_INCOME_BELOW_LINE").parameters()).containsExactly("monitoring_line");
        assertThat(rules.get("W_MEDICAL_YEAR").parameters()).contains("monitoring_line");
    }

    @Test
    void aRuleWithoutParametersListsNone() {
        assertThat(RuleFile.parse("""
                rule X_NO_PARAMS
                version 1
                kind DATA_QUALITY
                title t
                message m
                when
                  not household.housing_safe
                end
                """).getFirst().parameters()).isEmpty();
    }
}
