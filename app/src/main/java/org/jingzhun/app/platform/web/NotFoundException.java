// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.web;

/**
 * Something the caller asked for does not exist (or, once region scoping lands, is outside the
 * caller's region: the answer is the same 404). Keys name the title and detail in messages.properties.
 */
public class NotFoundException extends RuntimeException {

    private final String titleKey;
    private final String detailKey;
    private final transient Object[] args;

    public NotFoundException(String titleKey, String detailKey, Object... args) {
        super(detailKey);
        this.titleKey = titleKey;
        this.detailKey = detailKey;
        this.args = args;
    }

    public String titleKey() {
        return titleKey;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
