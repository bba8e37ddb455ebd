package org.worktime.cli;

/**
 * The exit codes of every {@code worktime} command, one per outcome (agreed across the team; docs/OUTPUT.md and the
 * README list them): 0 clean, 1 violations, 2 bad input, 3 internal error, 4 input/output failure, 5 out of resources.
 * 6 (evaluated on incomplete records) belongs to {@code --on-error quarantine}.
 */
final class ExitCodes {

    /** Done; for {@code check}: no violation found; {@code demo} whenever it ran (its example breaks limits on purpose). */
    static final int CLEAN = 0;
    /** {@code check} found at least one violation; {@code watch}: a certain breach. */
    static final int VIOLATIONS = 1;
    /** Bad input: unreadable dataset, unknown rule or jurisdiction, bad option value or usage. */
    static final int BAD_INPUT = 2;
    /** An internal error: a bug to report. */
    static final int INTERNAL_ERROR = 3;
    /**
     * An input/output failure that is not the user's content: a file that cannot be read because the disk failed, or
     * output that cannot be written (a full disk, a file-size limit). The previous output file is left as it was.
     */
    static final int IO_FAILURE = 4;
    /** Out of resources: the Java heap was exhausted (give the JVM more memory, or read a smaller dataset). */
    static final int OUT_OF_RESOURCES = 5;
    /** Evaluated on incomplete records: {@code --on-error quarantine} rejected shift rows (the rest was evaluated). */
    static final int INCOMPLETE_RECORDS = 6;

    private ExitCodes() {
    }
}
