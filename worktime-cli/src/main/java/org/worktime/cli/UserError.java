package org.worktime.cli;

/** A mistake of the user's (a missing file, an unknown rule id): printed as one message, exit code 2, no stack trace. */
final class UserError extends RuntimeException {

    UserError(String message) {
        super(message);
    }

    UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
