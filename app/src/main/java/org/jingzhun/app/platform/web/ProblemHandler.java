// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.web;

import java.time.Instant;
import org.jingzhun.app.platform.i18n.Messages;
import org.jingzhun.kernel.InvalidCodeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error leaves the API as an RFC 9457 problem detail with a Chinese title and detail. Spring
 * MVC's own errors (404, 405, bad parameters) take their text from messages.properties; anything
 * unexpected is logged with a timestamp and answered with a generic 500 that shows no internals.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final Messages messages;

    ProblemHandler(Messages messages, MessageSource messageSource) {
        this.messages = messages;
        setMessageSource(messageSource);
    }

    @ExceptionHandler(InvalidCodeException.class)
    ProblemDetail invalidCode(InvalidCodeException e) {
        String kind = e.input() != null && e.input().length() == 15 ? "grid" : "region";
        return problem(HttpStatus.BAD_REQUEST, "problem.invalid-code.title",
                messages.get("problem.invalid-code.detail", e.input(), messages.get("code." + kind + "." + e.reason())));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.titleKey(), messages.get(e.detailKey(), e.args()));
    }

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "problem.bad-request.title", messages.get(e.messageKey(), e.args()));
        e.properties().forEach(p::setProperty);
        return p;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, e.titleKey(), messages.get(e.detailKey(), e.args()));
        e.properties().forEach(p::setProperty);
        return p;
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ProblemDetail preconditionRequired(PreconditionRequiredException e) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, "problem.precondition.title", messages.get("problem.precondition.detail"));
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "problem.forbidden.title", messages.get(e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        if (e instanceof org.springframework.web.ErrorResponse error) {
            return error.getBody(); // a Spring MVC error that the base class does not map: already a problem
        }
        Instant at = Instant.now();
        log.error("Unhandled error at {}", at, e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.internal.title",
                messages.get("problem.internal.detail", at.toString()));
    }

    private ProblemDetail problem(HttpStatus status, String titleKey, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(messages.get(titleKey));
        return p;
    }
}
