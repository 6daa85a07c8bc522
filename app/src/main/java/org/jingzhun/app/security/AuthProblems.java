// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.security;

import org.jingzhun.app.platform.i18n.Messages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused sign-in answers 401 with the reason in Chinese (the same for an unknown user and a wrong password). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // before the catch-all of ProblemHandler
class AuthProblems {

    private final Messages messages;

    AuthProblems(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(LoginFailedException.class)
    ProblemDetail loginFailed(LoginFailedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, messages.get(e.messageKey(), e.args()));
        p.setTitle(messages.get("problem.auth.failed.title"));
        return p;
    }
}
