// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry;

import org.jingzhun.app.platform.web.NotFoundException;

/** No household with this number within the caller's scope (outside it looks the same). */
public class HouseholdNotFoundException extends NotFoundException {

    public HouseholdNotFoundException(String id) {
        super("problem.household-not-found.title", "problem.household-not-found.detail", id);
    }

    HouseholdNotFoundException(String id, String asOf) {
        super("problem.household-not-found.title", "problem.household-not-yet.detail", id, asOf);
    }
}
