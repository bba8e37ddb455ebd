package org.worktime.cli;

import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;

/**
 * A mistake of the user's (a missing file, an unknown rule id): printed as one message in the run's language, exit
 * code 2, no stack trace.
 */
final class UserError extends RuntimeException {

    private final transient Text text;

    /** A message of the cli catalog ({@code cli.error.*}). */
    UserError(Text text) {
        this(text, null);
    }

    UserError(Text text, Throwable cause) {
        super(text.in(Language.EN), cause);
        this.text = text;
    }

    /** The message, to be rendered in the run's language. */
    Text text() {
        return text;
    }
}
