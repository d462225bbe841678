package eu.cinema.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import eu.cinema.common.DomainException;
import eu.cinema.common.NotFoundException;

/**
 * Errors of the open-data APIs as RFC 9457 problem details, in the caller's language; Spring's own
 * refusals (missing parameter, wrong method) come as problem details through the base class.
 */
@RestControllerAdvice(annotations = OpenDataApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandling extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiErrorHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException notFound, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, notFound, locale);
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail refused(DomainException refused, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, refused, locale);
    }

    /** The database out of reach ({@link DatabaseOutage}) answers 503 in the API's own format; other failures stay 500. */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException failure, Locale locale) {
        if (!DatabaseOutage.causedBy(failure)) {
            throw failure;
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                        messages.getMessage("error.unavailable.text", null, locale)));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongType(MethodArgumentTypeMismatchException mismatch, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("api.error.parameterType", new Object[] {mismatch.getName()}, locale));
        problem.setProperty("parameter", mismatch.getName());
        return problem;
    }

    /** A query parameter that does not bind (limit=abc) names itself, as the other refusals do. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        FieldError first = invalid.getBindingResult().getFieldError();
        String parameter = first == null ? null : first.getField();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("api.error.parameterType", new Object[] {parameter}, request.getLocale()));
        problem.setProperty("parameter", parameter);
        return handleExceptionInternal(invalid, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private ProblemDetail problem(HttpStatus status, DomainException exception, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(exception.getMessageKey(), exception.getArguments(), exception.getMessageKey(), locale));
        if (exception.getField() != null) {
            problem.setProperty("parameter", exception.getField());
        }
        return problem;
    }
}
