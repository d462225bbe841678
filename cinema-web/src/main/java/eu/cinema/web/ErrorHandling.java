package eu.cinema.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import eu.cinema.common.DomainException;
import eu.cinema.common.NotFoundException;
import eu.cinema.common.StaleEditException;

/**
 * Domain refusals that a page did not turn into a form message become the matching status, shown
 * by the error pages in the layout (through the servlet error dispatch, so they get the layout's model).
 */
@ControllerAdvice
class ErrorHandling {

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    @ExceptionHandler({StaleEditException.class, OptimisticLockingFailureException.class})
    void conflict(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.CONFLICT.value());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
    }

    @ExceptionHandler(DomainException.class)
    void refused(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }
}
