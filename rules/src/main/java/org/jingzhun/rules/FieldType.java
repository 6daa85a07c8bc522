// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules;

/** The type of a field, parameter or expression in the rule language. */
public enum FieldType { NUMBER, TEXT, BOOLEAN, DATE }
