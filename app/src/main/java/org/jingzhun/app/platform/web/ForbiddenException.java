// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.web;

/** The caller may not do this (403); the message is a messages.properties key. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String messageKey) {
        super(messageKey);
    }
}
