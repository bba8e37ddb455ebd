package org.worktime.us.rules;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.EmployeeContext;

/**
 * One fixed, recurring workweek of the employer (29 CFR 778.105): seven local days from the workplace's week start day
 * and hour. Its boundaries are local wall-clock times, so a week containing a daylight-saving change lasts 167 or 169
 * hours; its seven workdays (the California workday, Labor Code 500(a)) start at the same hour. The pieces of work
 * inside it are cut at those boundaries: a shift across the week boundary counts to each week for its own part.
 */
record Workweek(LocalDate startDate, long[] dayBounds, List<Piece> pieces) {

    /** The employee's workweeks, cut once per evaluation (every US rule walks them). */
    static List<Workweek> of(EmployeeContext context) {
        UsState state = UsState.of(context);
        if (state.workweeks == null) {
            state.workweeks = cut(context);
        }
        return state.workweeks;
    }

    private static List<Workweek> cut(EmployeeContext context) {
        List<Piece> all = PunchRounding.pieces(context);
        long longest = Piece.longest(all);
        ZoneId zone = context.workplace().zone();
        List<Workweek> weeks = new ArrayList<>();
        java.time.LocalTime startTime = context.workplace().weekStartTime();
        for (LocalDate start : context.weekStarts()) {
            long[] bounds = bounds(start, startTime, zone);
            weeks.add(new Workweek(start, bounds, List.copyOf(Piece.within(all, longest, bounds[0], bounds[7]))));
        }
        return List.copyOf(weeks);
    }

    /**
     * The eight day boundaries of a week, {@code start.plusDays(d).atTime(time).atZone(zone)} in epoch seconds. A week
     * with no offset change within two days of it has every boundary 24 hours after the one before (no date objects per
     * day: the US pack cuts every week of every employee); otherwise each boundary is resolved by the zone's rules.
     */
    static long[] bounds(LocalDate start, java.time.LocalTime time, ZoneId zone) {
        long[] bounds = new long[8];
        java.time.LocalDateTime first = start.atTime(time);
        long local = first.toEpochSecond(java.time.ZoneOffset.UTC);
        long instant = first.atZone(zone).toEpochSecond();
        java.time.zone.ZoneRules rules = zone.getRules();
        java.time.zone.ZoneOffsetTransition next = rules.isFixedOffset() ? null
                : rules.nextTransition(java.time.Instant.ofEpochSecond(instant - 2 * 86_400L));
        if (next == null || next.toEpochSecond() > instant + 9 * 86_400L) {
            long offset = local - instant;
            for (int d = 0; d <= 7; d++) {
                bounds[d] = local + d * 86_400L - offset;
            }
            return bounds;
        }
        for (int d = 0; d <= 7; d++) {
            bounds[d] = start.plusDays(d).atTime(time).atZone(zone).toEpochSecond();
        }
        return bounds;
    }

    /** The dates of the week, half-open. */
    LocalDateRange dates() {
        return LocalDateRange.of(startDate, startDate.plusDays(7));
    }

    long seconds() {
        long total = 0;
        for (Piece p : pieces) {
            total += p.seconds();
        }
        return total;
    }

    /** Seconds worked in each of the seven workdays. */
    long[] daySeconds() {
        long[] days = new long[7];
        for (Piece p : pieces) {
            for (int d = 0; d < 7; d++) {
                Piece c = p.clip(dayBounds[d], dayBounds[d + 1]);
                if (c != null) {
                    days[d] += c.seconds();
                }
            }
        }
        return days;
    }
}
