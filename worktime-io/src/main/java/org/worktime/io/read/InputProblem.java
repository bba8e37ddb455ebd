package org.worktime.io.read;

import java.nio.file.Path;

/**
 * One thing wrong with an input file, located as precisely as the format allows.
 *
 * <p>{@link #toString()} reads like a compiler message:
 * {@code shifts.csv:14: field 'end': 2025-02-30T09:00 is not a date-time (no February 30)}.
 *
 * @param file    the file, as the caller named it (so a relative folder gives relative paths); null when unknown
 * @param line    1-based line (for XLSX: the row number as Excel shows it), or 0 when the problem concerns the
 *                whole file
 * @param field   the column or key the problem is in (a dotted path such as {@code agreements[0].to} in YAML),
 *                or null when it concerns the whole line or file
 * @param message what is wrong, and where useful how to fix it
 */
public record InputProblem(Path file, int line, String field, String message) {

    public InputProblem {
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
        message = message == null ? "" : message;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<input>" : file.toString());
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (field != null) {
            sb.append("field '").append(field).append("': ");
        }
        return sb.append(message).toString();
    }
}
