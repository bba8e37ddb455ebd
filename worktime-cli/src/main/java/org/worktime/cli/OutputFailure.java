package org.worktime.cli;

import java.io.IOException;

/**
 * The output could not be written (a full disk, a file-size limit, a broken pipe): not the user's input and not a bug,
 * exit code {@link ExitCodes#IO_FAILURE}. The message names the file and the reason.
 */
final class OutputFailure extends RuntimeException {

    OutputFailure(String message, IOException cause) {
        super(message, cause);
    }
}
