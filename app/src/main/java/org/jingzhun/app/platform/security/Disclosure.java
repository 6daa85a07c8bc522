// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.security;

import org.jingzhun.kernel.Masking;

/**
 * How much personal data a response shows (DOMAIN.md §3): names in full for local officers, ID numbers
 * and phones masked for everyone unless {@link #FULL} was granted for one audited, reason-giving read.
 */
public record Disclosure(boolean fullNames, boolean fullIdsAndPhones) {

    public static final Disclosure MASKED = new Disclosure(false, false);
    public static final Disclosure FULL = new Disclosure(true, true);

    public String name(String name) {
        return fullNames ? name : Masking.name(name);
    }

    public String idNumber(String idNumber) {
        return fullIdsAndPhones ? idNumber : Masking.idNumber(idNumber);
    }

    public String phone(String phone) {
        return fullIdsAndPhones ? phone : Masking.phone(phone);
    }
}
