package eu.cinema.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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
import eu.cinema.common.TooManyRequestsException;

/**
 * Domain refusals that a page did not turn into a form message become the matching status, shown
 * by the error pages in the layout (through the servlet error dispatch, so they get the layout's model).
 */
@ControllerAdvice
class ErrorHandling {

    /**
     * The request attribute that carries a refusal's message, a {@link MessageSourceResolvable}, to the error page
     * (see {@link RefusalErrorAttributes}), which resolves it in the language of the error page's own request.
     */
    static final String REFUSAL = ErrorHandling.class.getName() + ".refusal";

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    @ExceptionHandler({StaleEditException.class, OptimisticLockingFailureException.class})
    void conflict(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.CONFLICT.value());
    }

    @ExceptionHandler(StateConflictException.class)
    void stateConflict(StateConflictException refusal, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        explain(refusal, request);
        response.sendError(HttpStatus.CONFLICT.value());
    }

    @ExceptionHandler(TooManyRequestsException.class)
    void tooMany(TooManyRequestsException refusal, HttpServletRequest request, HttpServletResponse response) throws IOException {
        explain(refusal, request);
        response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
    }

    @ExceptionHandler(DomainException.class)
    void refused(DomainException refusal, HttpServletRequest request, HttpServletResponse response) throws IOException {
        explain(refusal, request);
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }

    private static void explain(DomainException refusal, HttpServletRequest request) {
        request.setAttribute(REFUSAL, new DefaultMessageSourceResolvable(new String[] {refusal.getMessageKey()},
                refusal.getArguments(), refusal.getMessageKey()));
    }

    /** Adds the refusal's message, where there is one, to what the error pages show. */
    @Component
    static class RefusalErrorAttributes extends DefaultErrorAttributes {

        private final MessageSource messages;

        RefusalErrorAttributes(MessageSource messages) {
            this.messages = messages;
        }

        @Override
        public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
            Map<String, Object> attributes = super.getErrorAttributes(request, options);
            if (request.getAttribute(REFUSAL, RequestAttributes.SCOPE_REQUEST) instanceof MessageSourceResolvable refusal) {
                attributes.put("refusal", messages.getMessage(refusal, LocaleContextHolder.getLocale()));
            }
            return attributes;
        }
    }
}
