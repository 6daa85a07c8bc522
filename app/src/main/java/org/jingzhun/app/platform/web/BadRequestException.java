// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.web;

/** A request the caller must change; the message key names the Chinese text in messages.properties. */
public class BadRequestException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;
    private final transient java.util.Map<String, Object> properties = new java.util.LinkedHashMap<>();

    public BadRequestException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Adds a member to the problem document (e.g. the list of problems found in a rule). */
    public BadRequestException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public java.util.Map<String, Object> properties() {
        return java.util.Collections.unmodifiableMap(properties);
    }

    public Object[] args() {
        return args.clone();
    }
}
