package org.worktime.plan.check;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.threeten.extra.Interval;
import org.worktime.core.domain.Shift;

/**
 * The shape of a planned shift: it starts at the team's day start, holds the hours of work, and one break placed in
 * the middle of the work (rounded down to a quarter hour), so that it is given during working time.
 */
public final class PlannedShifts {

    private static final long QUARTER = 900;

    private PlannedShifts() {
    }

    /** A planned shift of {@code hours} of work with a break of {@code breakSeconds}, notified on {@code notifiedOn}. */
    public static Shift of(String employeeId, LocalDate date, LocalTime dayStart, ZoneId zone, int hours, long breakSeconds,
            LocalDate notifiedOn) {
        if (hours <= 0) {
            throw new IllegalArgumentException("a shift holds work: " + hours + " h");
        }
        Instant start = date.atTime(dayStart).atZone(zone).toInstant();
        long work = hours * 3600L;
        Instant end = start.plusSeconds(work + breakSeconds);
        List<Interval> breaks = List.of();
        if (breakSeconds > 0) {
            long before = Math.max(QUARTER, work / 2 / QUARTER * QUARTER);
            Instant breakStart = start.plusSeconds(before);
            breaks = List.of(Interval.of(breakStart, breakStart.plusSeconds(breakSeconds)));
        }
        return new Shift(employeeId, start, end, breaks, Shift.Origin.PLANNED, false, notifiedOn);
    }
}
