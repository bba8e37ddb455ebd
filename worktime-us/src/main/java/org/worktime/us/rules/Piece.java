package org.worktime.us.rules;

import java.math.BigDecimal;

/**
 * A stretch of work {@code [start, end)} in epoch seconds, breaks removed, with the hourly rate of the job worked
 * (null: the employee's own wage).
 */
record Piece(long start, long end, BigDecimal rate) {

    long seconds() {
        return end - start;
    }

    /** The part inside {@code [from, to)}, or null. */
    Piece clip(long from, long to) {
        long s = Math.max(start, from);
        long e = Math.min(end, to);
        return e > s ? new Piece(s, e, rate) : null;
    }
}
