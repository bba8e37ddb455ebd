package org.worktime.cli;

/** The exit codes of every {@code worktime} command. */
final class ExitCodes {

    /** Done; for {@code check}: no violation found. */
    static final int CLEAN = 0;
    /** {@code check} (and {@code demo}) found at least one violation. */
    static final int VIOLATIONS = 1;
    /** Bad input: unreadable dataset, unknown rule or jurisdiction, bad option value or usage. */
    static final int BAD_INPUT = 2;
    /** An internal error: a bug to report. */
    static final int INTERNAL_ERROR = 3;
    /** Evaluated on incomplete records: {@code --on-error quarantine} rejected shift rows (the rest was evaluated). */
    static final int INCOMPLETE_RECORDS = 6;

    private ExitCodes() {
    }
}
