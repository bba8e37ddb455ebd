package org.worktime.cli;

import java.io.PrintWriter;
import org.worktime.core.domain.InvalidDataException;
import org.worktime.io.read.InputException;
import org.worktime.core.i18n.Language;

/**
 * Turns what ended a command into its message on standard error and its exit code, the same way for every command.
 * A user's mistake is one message (exit 2); a disk that fails is exit 4; an exhausted heap exit 5; anything else is a
 * bug (exit 3) reported in one short line, with the stack trace only under {@code --debug}.
 */
final class Failures {

    private Failures() {
    }

    /**
     * @param what    what the input was, for "cannot read the ...:" (e.g. "dataset", "policy file")
     * @param command the qualified command name that starts every line ({@code worktime check})
     */
    static int report(Throwable failure, String what, String command, PrintWriter err, boolean debug, Language language) {
        if (failure instanceof UserError e) {
            return line(err, command, e.getMessage(), ExitCodes.BAD_INPUT);
        }
        if (failure instanceof InvalidDataException e) {
            return line(err, command, "cannot evaluate the dataset: " + e.explanation().in(language.code()), ExitCodes.BAD_INPUT);
        }
        if (failure instanceof InputOf named) {
            return report(named.getCause(), named.what, command, err, debug, language);
        }
        if (failure instanceof InputException e) {
            err.println(command + ": cannot read the " + what + ":");
            e.getMessage().lines().forEach(l -> err.println("  " + l));
            err.flush();
            return e.isIoFailure() ? ExitCodes.IO_FAILURE : ExitCodes.BAD_INPUT;
        }
        if (failure instanceof OutputFailure e) {
            return line(err, command, e.getMessage(), ExitCodes.IO_FAILURE);
        }
        if (failure instanceof OutOfMemoryError) {
            if (debug) {
                failure.printStackTrace(err);
            }
            return line(err, command, "out of memory: the Java heap is exhausted (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB); run with more, e.g. WORKTIME_JAVA_OPTS=-Xmx4g, or on a smaller dataset", ExitCodes.OUT_OF_RESOURCES);
        }
        String detail = failure.getMessage() == null ? failure.getClass().getName()
                : failure.getClass().getName() + ": " + failure.getMessage().lines().findFirst().orElse("");
        line(err, command, "internal error (" + detail + "); please report it"
                + (debug ? ":" : ", with the output of the same command run with --debug."), ExitCodes.INTERNAL_ERROR);
        if (debug) {
            failure.printStackTrace(err);
            err.flush();
        }
        return ExitCodes.INTERNAL_ERROR;
    }

    private static int line(PrintWriter err, String command, String message, int code) {
        err.println(command + ": " + message);
        err.flush();
        return code;
    }
}
