package org.worktime.core.time;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A window of local wall-clock time that recurs every day, such as the Korean night window 22:00-06:00.
 * Half-open: {@code [start, end)}. When {@code end} is not after {@code start} the window crosses midnight.
 */
public record DailyWindow(LocalTime start, LocalTime end) {

    public DailyWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.equals(end)) {
            throw new IllegalArgumentException("A daily window needs a start different from its end: " + start);
        }
    }

    public static DailyWindow of(LocalTime start, LocalTime end) {
        return new DailyWindow(start, end);
    }

    /** Parses {@code HH:MM-HH:MM}. */
    public static DailyWindow parse(CharSequence text) {
        String s = text.toString().trim();
        int dash = s.indexOf('-');
        if (dash < 0) {
            throw new IllegalArgumentException("Expected HH:MM-HH:MM, got '" + s + "'");
        }
        return new DailyWindow(LocalTime.parse(s.substring(0, dash).trim()), LocalTime.parse(s.substring(dash + 1).trim()));
    }

    public boolean crossesMidnight() {
        return !end.isAfter(start);
    }

    /** Whether the second-of-day lies inside the window. */
    public boolean contains(int secondOfDay) {
        int s = start.toSecondOfDay();
        int e = end.toSecondOfDay();
        return crossesMidnight() ? secondOfDay >= s || secondOfDay < e : secondOfDay >= s && secondOfDay < e;
    }

    /** The first boundary of the window strictly after {@code secondOfDay}, possibly 86,400 (midnight). */
    public int nextBoundaryAfter(int secondOfDay) {
        int s = start.toSecondOfDay();
        int e = end.toSecondOfDay();
        int next = 86_400;
        if (s > secondOfDay) {
            next = Math.min(next, s);
        }
        if (e > secondOfDay) {
            next = Math.min(next, e);
        }
        return next;
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
