package org.worktime.cli;

import java.io.IOException;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;

/**
 * The output could not be written (a full disk, a file-size limit, a broken pipe): not the user's input and not a bug,
 * exit code {@link ExitCodes#IO_FAILURE}. The message names the file and the reason.
 */
final class OutputFailure extends RuntimeException {

    private final transient Text text;

    OutputFailure(Text text, IOException cause) {
        super(text.in(Language.EN), cause);
        this.text = text;
    }

    /** The message, to be rendered in the run's language. */
    Text text() {
        return text;
    }
}
