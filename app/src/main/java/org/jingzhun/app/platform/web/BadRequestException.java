// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.web;

/** A request the caller must change; the message key names the Chinese text in messages.properties. */
public class BadRequestException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public BadRequestException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
