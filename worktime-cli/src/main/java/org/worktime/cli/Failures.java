package org.worktime.cli;

import java.io.PrintWriter;
import org.worktime.core.domain.InvalidDataException;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;
import org.worktime.io.read.InputException;

/**
 * Turns what ended a command into its message on standard error and its exit code, the same way for every command, in
 * the run's language. A user's mistake is one message (exit 2); a disk that fails is exit 4; an exhausted heap exit 5;
 * anything else is a bug (exit 3) reported in one short line, with the stack trace only under {@code --debug}.
 */
final class Failures {

    private Failures() {
    }

    /**
     * @param what    what the input was, for "cannot read the ...:" (dataset, input, parameter file, policy file)
     * @param command the qualified command name that starts every line ({@code worktime check})
     */
    static int report(Throwable failure, String what, String command, PrintWriter err, boolean debug, Language language) {
        if (failure instanceof UserError e) {
            return line(err, command, e.text().in(language), ExitCodes.BAD_INPUT);
        }
        if (failure instanceof InvalidDataException e) {
            return line(err, command, Text.of("cli.failure.cannot-evaluate", "why", e.explanation()).in(language), ExitCodes.BAD_INPUT);
        }
        if (failure instanceof InputOf named) {
            return report(named.getCause(), named.what, command, err, debug, language);
        }
        if (failure instanceof InputException e) {
            err.println(command + ": " + Text.of("cli.failure.cannot-read", "what", InputOf.code(what)).in(language));
            e.message(language).lines().forEach(l -> err.println("  " + l));
            err.flush();
            return e.isIoFailure() ? ExitCodes.IO_FAILURE : ExitCodes.BAD_INPUT;
        }
        if (failure instanceof OutputFailure e) {
            return line(err, command, e.text().in(language), ExitCodes.IO_FAILURE);
        }
        if (failure instanceof OutOfMemoryError) {
            if (debug) {
                failure.printStackTrace(err);
            }
            return line(err, command, Text.of("cli.failure.out-of-memory", "megabytes", Runtime.getRuntime().maxMemory() / (1024 * 1024))
                    .in(language), ExitCodes.OUT_OF_RESOURCES);
        }
        String detail = failure.getMessage() == null ? failure.getClass().getName()
                : failure.getClass().getName() + ": " + failure.getMessage().lines().findFirst().orElse("");
        line(err, command, Text.of("cli.failure.internal", "detail", detail, "debug", Boolean.toString(debug)).in(language),
                ExitCodes.INTERNAL_ERROR);
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
