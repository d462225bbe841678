package eu.cinema.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import eu.cinema.common.DomainException;
import eu.cinema.common.NotFoundException;
import eu.cinema.common.StaleEditException;
import eu.cinema.common.StateConflictException;

/**
 * Domain refusals that a page did not turn into a form message become the matching status, shown
 * by the error pages in the layout (through the servlet error dispatch, so they get the layout's model).
 */
@ControllerAdvice
class ErrorHandling {

    /** The request attribute that carries a refusal's message to the error page (see {@link RefusalErrorAttributes}). */
    static final String REFUSAL = ErrorHandling.class.getName() + ".refusal";

    private final MessageSource messages;

    ErrorHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    @ExceptionHandler({StaleEditException.class, OptimisticLockingFailureException.class})
    void conflict(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.CONFLICT.value());
    }

    @ExceptionHandler(StateConflictException.class)
    void stateConflict(StateConflictException refusal, HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        explain(refusal, request, locale);
        response.sendError(HttpStatus.CONFLICT.value());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
    }

    @ExceptionHandler(DomainException.class)
    void refused(DomainException refusal, HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        explain(refusal, request, locale);
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }

    private void explain(DomainException refusal, HttpServletRequest request, Locale locale) {
        request.setAttribute(REFUSAL, messages.getMessage(refusal.getMessageKey(), refusal.getArguments(), refusal.getMessageKey(), locale));
    }

    /** Adds the refusal's message, where there is one, to what the error pages show. */
    @Component
    static class RefusalErrorAttributes extends DefaultErrorAttributes {

        @Override
        public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
            Map<String, Object> attributes = super.getErrorAttributes(request, options);
            Object refusal = request.getAttribute(REFUSAL, RequestAttributes.SCOPE_REQUEST);
            if (refusal != null) {
                attributes.put("refusal", refusal);
            }
            return attributes;
        }
    }
}
