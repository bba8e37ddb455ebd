package org.worktime.server.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;

/**
 * A request the server refuses, with the status and the words of the problem detail (RFC 9457). {@code problems}
 * carries the file/line/field items of worktime-io's readers when the refusal comes from them. The title, and the
 * detail where it is a catalog message, are said in the request's language ({@link RequestLanguage}).
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final transient Text titleText;
    private final transient Text detailText;
    private final transient List<FieldProblem> problems;

    public ApiException(HttpStatus status, String title, String detail, List<FieldProblem> problems) {
        this(status, title, null, Text.verbatim(detail), problems);
    }

    private ApiException(HttpStatus status, String title, Text titleText, Text detail, List<FieldProblem> problems) {
        super(detail.in(Language.EN));
        this.status = status;
        this.title = title;
        this.titleText = titleText;
        this.detailText = detail;
        this.problems = List.copyOf(problems);
    }

    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, "Not found", Text.of("server.problem.title.not-found"),
                Text.verbatim(what + " does not exist"), List.of());
    }

    /** A 404 whose detail is a message of the server's catalog. */
    public static ApiException notFound(Text detail) {
        return new ApiException(HttpStatus.NOT_FOUND, "Not found", Text.of("server.problem.title.not-found"), detail, List.of());
    }

    /** A 409 whose detail is a message of the server's catalog. */
    public static ApiException conflict(Text detail) {
        return new ApiException(HttpStatus.CONFLICT, "Conflict", Text.of("server.problem.title.conflict"), detail, List.of());
    }

    /** A refusal whose title and detail are both messages of the server's catalog (the title's English is the fixed one). */
    public static ApiException of(HttpStatus status, Text title, Text detail) {
        return new ApiException(status, title.in(Language.EN), title, detail, List.of());
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, "Bad request", Text.of("server.problem.title.bad-request"), Text.verbatim(detail), List.of());
    }

    public static ApiException conflict(String detail) {
        return new ApiException(HttpStatus.CONFLICT, "Conflict", Text.of("server.problem.title.conflict"), Text.verbatim(detail), List.of());
    }

    public static ApiException invalid(String detail, List<FieldProblem> problems) {
        return invalid(Text.verbatim(detail), problems);
    }

    /** A 422 whose detail is a message of the server's catalog. */
    public static ApiException invalid(Text detail, List<FieldProblem> problems) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid record", Text.of("server.problem.title.invalid"), detail, problems);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The title in a language (the English one when it has no catalog message). */
    public String title(Language language) {
        return titleText == null ? title : titleText.in(language);
    }

    /** The detail in a language (as given when it is not a catalog message). */
    public String detail(Language language) {
        return detailText.in(language);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
