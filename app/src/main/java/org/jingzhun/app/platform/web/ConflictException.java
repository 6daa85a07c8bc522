// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.web;

import java.util.Map;

/**
 * A write that lost a race (409): the caller's version is stale. {@code properties} tell what the
 * current state is and what changed meanwhile, so the caller can redo the edit on top of it.
 */
public class ConflictException extends RuntimeException {

    private final String detailKey;
    private final transient Object[] args;
    private final transient Map<String, Object> properties;

    private String titleKey = "problem.conflict.title";

    public ConflictException(Map<String, Object> properties, String detailKey, Object... args) {
        super(detailKey);
        this.detailKey = detailKey;
        this.args = args;
        this.properties = properties;
    }

    /** A conflict with the state of things other than a stale version (e.g. something must be done first). */
    public ConflictException titled(String key) {
        this.titleKey = key;
        return this;
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

    public Map<String, Object> properties() {
        return properties;
    }
}
