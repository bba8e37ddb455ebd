package org.worktime.server.web;

import org.worktime.io.read.InputProblem;

/**
 * One item of a problem detail's {@code problems}: what the CLI prints as {@code file:line: field 'f': message}.
 *
 * @param file    the uploaded file's name, or null for a JSON body
 * @param line    the 1-based line (XLSX: the row), or null
 * @param field   the field (CSV column, or the JSON body's key path such as {@code wage.amount}), or null
 * @param message what is wrong, in the words of the file readers, in the request's language
 */
public record FieldProblem(String file, Integer line, String field, String message) {

    /** A problem of an uploaded file, as the reader reported it, in the request's language ({@link RequestLanguage}). */
    public static FieldProblem of(InputProblem p) {
        return new FieldProblem(p.file() == null ? null : p.file().toString(), p.line() > 0 ? p.line() : null, p.field(),
                p.message(RequestLanguage.current()));
    }

    public static FieldProblem field(String field, String message) {
        return new FieldProblem(null, null, field, message);
    }
}
