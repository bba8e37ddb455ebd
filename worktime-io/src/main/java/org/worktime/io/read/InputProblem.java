package org.worktime.io.read;

import java.nio.file.Path;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;

/**
 * One thing wrong with an input file, located as precisely as the format allows.
 *
 * <p>{@link #in(Language)} reads like a compiler message, the file and line first, then the field, then what is
 * wrong in the reader's language: {@code shifts.csv:14: field 'end': 2025-02-30T09:00 is not a date-time (no February
 * 30)}; {@link #toString()} is the English one.
 *
 * @param file  the file, as the caller named it (so a relative folder gives relative paths); null when unknown
 * @param line  1-based line (for XLSX: the row number as Excel shows it), or 0 when the problem concerns the
 *              whole file
 * @param field the column or key the problem is in (a dotted path such as {@code agreements[0].to} in YAML),
 *              or null when it concerns the whole line or file
 * @param text  what is wrong, and where useful how to fix it: a message of the io catalog ({@code io.read.*})
 */
public record InputProblem(Path file, int line, String field, Text text) {

    public InputProblem {
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
        text = text == null ? Text.empty() : text;
    }

    /** What is wrong, in English (without file, line or field). */
    public String message() {
        return text.in(Language.EN);
    }

    /** What is wrong, in a language (without file, line or field). */
    public String message(Language language) {
        return text.in(language);
    }

    /** The whole problem in a language: {@code file:line: field 'f': message}. */
    public String in(Language language) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? Text.of("io.read.problem.no-file").in(language) : file.toString());
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (field != null) {
            return sb.append(Text.of("io.read.problem.in-field", "field", field, "message", text).in(language)).toString();
        }
        return sb.append(text.in(language)).toString();
    }

    @Override
    public String toString() {
        return in(Language.EN);
    }
}
