// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.security;

/** A refused sign-in; answered with 401 and the Chinese message of {@link #messageKey()}. */
public class LoginFailedException extends RuntimeException {

    private final transient Object[] args;

    LoginFailedException(String messageKey, Object... args) {
        super(messageKey);
        this.args = args;
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] args() {
        return args;
    }
}
