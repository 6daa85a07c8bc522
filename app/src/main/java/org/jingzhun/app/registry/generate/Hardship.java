// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry.generate;

/**
 * Why a generated monitored household is in difficulty (DOMAIN.md §6.1 risk types, the ones the
 * demo draws); {@link #NONE} for every other household. Public, and no longer nested in
 * {@link Family}, so that generators of data about the generated persons (department feeds) can
 * make a household's records tell the same story as its registry row. The order is part of the
 * generator's determinism: {@link CategoryModel} samples it by ordinal.
 */
public enum Hardship {
    NONE, ILLNESS, DISABILITY, LACK_OF_LABOUR, UNSTABLE_EMPLOYMENT, EDUCATION, INDUSTRY_FAILURE, DISASTER
}
