// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.screening;

import java.util.List;

/**
 * Policy parameters that a feature other than screening reads from the versioned {@link ParameterStore}
 * (the medical four lines, exit thresholds, …): their defaults, by first year. A bean of this type
 * makes its names valid in {@code PUT /api/v1/parameters}, puts its defaults into the first version,
 * and, on an installation whose current version predates it, adds them as a new version.
 */
public interface ParameterDefaults {

    /** The default values (DOMAIN.md, or sourced defaults where it is silent). */
    List<ParameterStore.ParameterValue> defaults();
}
