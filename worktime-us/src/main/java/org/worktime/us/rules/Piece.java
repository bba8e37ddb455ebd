package org.worktime.us.rules;

import java.util.ArrayList;
import java.util.List;

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

    /** The longest piece of a list, in seconds: how far before a window a piece overlapping it may start. */
    static long longest(List<Piece> pieces) {
        long max = 0;
        for (Piece p : pieces) {
            max = Math.max(max, p.seconds());
        }
        return max;
    }

    /**
     * The parts of the pieces inside {@code [from, to)}. The pieces are sorted by start (as built from the timeline's
     * shifts) and none is longer than {@code longest}, so only the few near the window are looked at: weeks and days
     * cost in proportion to their own work, not to the whole record.
     */
    static List<Piece> within(List<Piece> sortedByStart, long longest, long from, long to) {
        long earliest = from - longest;
        int lo = 0;
        int hi = sortedByStart.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedByStart.get(mid).start() < earliest) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Piece> inside = new ArrayList<>();
        for (int i = lo; i < sortedByStart.size() && sortedByStart.get(i).start() < to; i++) {
            Piece c = sortedByStart.get(i).clip(from, to);
            if (c != null) {
                inside.add(c);
            }
        }
        return inside;
    }
}
