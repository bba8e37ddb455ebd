package org.worktime.server.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A request the server refuses, with the status and the words of the problem detail (RFC 9457). {@code problems}
 * carries the file/line/field items of worktime-io's readers when the refusal comes from them.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final transient List<FieldProblem> problems;

    public ApiException(HttpStatus status, String title, String detail, List<FieldProblem> problems) {
        super(detail);
        this.status = status;
        this.title = title;
        this.problems = List.copyOf(problems);
    }

    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, "Not found", what + " does not exist", List.of());
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, "Bad request", detail, List.of());
    }

    public static ApiException conflict(String detail) {
        return new ApiException(HttpStatus.CONFLICT, "Conflict", detail, List.of());
    }

    public static ApiException invalid(String detail, List<FieldProblem> problems) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid record", detail, problems);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
