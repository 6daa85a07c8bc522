// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RandomSubjectsTest {

    @Test
    void sameSeedGivesTheSameSubjects() {
        assertThat(RandomSubjects.generate(7, 50)).isEqualTo(RandomSubjects.generate(7, 50));
        assertThat(RandomSubjects.generate(7, 50)).isNotEqualTo(RandomSubjects.generate(8, 50));
    }

    @Test
    void subjectsConformToTheCatalogue() {
        List<Subject> subjects = RandomSubjects.generate(1, 2000);
        for (Subject s : subjects) {
            conforms(s.household(), Catalog.householdFields());
            assertThat(s.household()).doesNotContainKey("id_number");
            assertThat(s.members()).hasSizeBetween(1, 8);
            assertThat(s.household().get("size")).isEqualTo(BigDecimal.valueOf(s.members().size()));
            s.members().forEach(m -> conforms(m, Catalog.memberFields()));
            Set<Object> ids = s.members().stream().map(m -> m.get("id_number")).collect(Collectors.toSet());
            assertThat(ids).hasSize(s.members().size());
            s.feeds().forEach(f -> {
                assertThat(ids).contains(f.idNumber());
                assertThat(Catalog.items()).containsKey(f.item());
                assertThat(f.department()).isEqualTo(Catalog.department(f.item()));
            });
            assertThat(s.params()).isEqualTo(RandomSubjects.params());
        }
        assertThat(subjects.stream().flatMap(s -> s.feeds().stream()).map(FeedRecord::date))
                .contains(RandomSubjects.SCREENING_DATE, RandomSubjects.SCREENING_DATE.minusMonths(12));
        assertThat(subjects.stream().map(s -> s.household().get("reference_income"))).contains(null,
                new BigDecimal("7900"), new BigDecimal("7899.99"), new BigDecimal("6000.00"));
    }

    private static void conforms(Map<String, Object> fields, List<Catalog.FieldDef> defs) {
        assertThat(fields.keySet()).containsAll(defs.stream().map(Catalog.FieldDef::name).toList());
        for (Catalog.FieldDef def : defs) {
            Object v = fields.get(def.name());
            if (v == null) {
                assertThat(def.nullable()).as(def.name()).isTrue();
                continue;
            }
            Class<?> type = switch (def.type()) {
                case NUMBER -> BigDecimal.class;
                case TEXT -> String.class;
                case BOOLEAN -> Boolean.class;
                case DATE -> java.time.LocalDate.class;
            };
            assertThat(v).as(def.name()).isInstanceOf(type);
            if (def.values() != null) {
                assertThat(def.values()).as(def.name()).contains((String) v);
            }
        }
    }
}
