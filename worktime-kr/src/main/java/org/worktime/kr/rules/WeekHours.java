package org.worktime.kr.rules;

import java.time.LocalDate;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.engine.Timeline;

/**
 * Sums over one workplace week (7 consecutive days from the workplace's week start, by work day: a shift that
 * crosses midnight counts to the day it started). Walks only the week's segments, found by binary search, so
 * that a year of weeks costs one pass over the timeline, not one pass per week.
 */
final class WeekHours {

    /** How holiday minutes enter a count. */
    enum HolidayCounting {
        /**
         * Premium pay (Art. 56): holiday minutes add to the day's total (so later minutes of a long day are
         * beyond its 8th hour) but not to the week's regular 40, and are never overtime themselves: they are
         * paid as holiday work.
         */
        PREMIUM,
        /** Limits with the 2018 week of 7 days including holidays: holiday minutes are ordinary minutes. */
        ORDINARY,
        /** Limits before the 2018 week definition: holiday work is left out of the count. */
        EXCLUDED
    }

    private WeekHours() {
    }

    /** Seconds counted to the week's work days; holiday seconds only when {@code includeHolidays}. */
    static long total(EmployeeContext context, LocalDate weekStart, boolean includeHolidays) {
        if (DeemedHours.affectsWeek(context, weekStart)) {
            return sum(deemedDays(context, weekStart, includeHolidays));
        }
        Timeline t = context.timeline();
        long start = weekStart.toEpochDay();
        long total = 0;
        for (int i = t.firstIndexOnOrAfterWorkDay(start); i < t.size(); i++) {
            long day = t.workEpochDay(i);
            if (day >= start + 7 && t.isInWorkDayOrder()) {
                break;
            }
            if (day >= start && day < start + 7 && (includeHolidays || !t.isHoliday(i))) {
                total += t.seconds(i);
            }
        }
        return total;
    }

    /**
     * Seconds beyond the weekly limit, per day of the week (index 0 = week start): the minutes that come after
     * the week's running total passes {@code weekLimit}.
     */
    static long[] beyondWeeklyLimit(EmployeeContext context, LocalDate weekStart, long weekLimit, boolean includeHolidays) {
        if (DeemedHours.affectsWeek(context, weekStart)) {
            long[] days = deemedDays(context, weekStart, includeHolidays);
            long[] beyond = new long[7];
            long running = 0;
            for (int d = 0; d < 7; d++) {
                long before = running;
                running += days[d];
                beyond[d] = Math.max(0, running - weekLimit) - Math.max(0, before - weekLimit);
            }
            return beyond;
        }
        Timeline t = context.timeline();
        long start = weekStart.toEpochDay();
        long[] beyond = new long[7];
        long running = 0;
        for (int i = t.firstIndexOnOrAfterWorkDay(start); i < t.size(); i++) {
            long day = t.workEpochDay(i);
            if (day >= start + 7 && t.isInWorkDayOrder()) {
                break;
            }
            if (day < start || day >= start + 7 || !includeHolidays && t.isHoliday(i)) {
                continue;
            }
            long before = running;
            running += t.seconds(i);
            beyond[(int) (day - start)] += Math.max(0, running - weekLimit) - Math.max(0, before - weekLimit);
        }
        return beyond;
    }

    /**
     * Overtime seconds per day of the week: the union of the minutes beyond {@code dayLimit} in a day and the
     * minutes beyond {@code weekLimit} in the week, never counted twice (a minute already beyond the 8th hour
     * of its day does not also count toward the week's 40).
     */
    static long[] overtimeByDay(EmployeeContext context, LocalDate weekStart, long dayLimit, long weekLimit, HolidayCounting holidays) {
        return overtimeByDay(context, weekStart, new long[] {dayLimit, dayLimit, dayLimit, dayLimit, dayLimit, dayLimit, dayLimit},
                weekLimit, holidays);
    }

    /** As above, with a limit for each day of the week (a flexible schedule sets its own). */
    static long[] overtimeByDay(EmployeeContext context, LocalDate weekStart, long[] dayLimits, long weekLimit, HolidayCounting holidays) {
        if (DeemedHours.affectsWeek(context, weekStart)) {
            long[] days = deemedDays(context, weekStart, holidays == HolidayCounting.ORDINARY);
            long[] overtime = new long[7];
            long weeklyRegular = 0;
            for (int d = 0; d < 7; d++) {
                long beyondDay = Math.max(0, days[d] - dayLimits[d]);
                long before = weeklyRegular;
                weeklyRegular += days[d] - beyondDay;
                overtime[d] = beyondDay + Math.max(0, weeklyRegular - weekLimit) - Math.max(0, before - weekLimit);
            }
            return overtime;
        }
        Timeline t = context.timeline();
        long start = weekStart.toEpochDay();
        long[] dayWorked = new long[7];
        long[] overtime = new long[7];
        long weeklyRegular = 0;
        for (int i = t.firstIndexOnOrAfterWorkDay(start); i < t.size(); i++) {
            long day = t.workEpochDay(i);
            if (day >= start + 7 && t.isInWorkDayOrder()) {
                break;
            }
            if (day < start || day >= start + 7) {
                continue;
            }
            boolean holiday = t.isHoliday(i);
            if (holiday && holidays == HolidayCounting.EXCLUDED) {
                continue;
            }
            int d = (int) (day - start);
            long seconds = t.seconds(i);
            long before = dayWorked[d];
            dayWorked[d] += seconds;
            long dayLimit = dayLimits[d];
            long beyondDay = Math.max(0, dayWorked[d] - dayLimit) - Math.max(0, before - dayLimit);
            if (holiday && holidays == HolidayCounting.PREMIUM) {
                continue;
            }
            long regular = seconds - beyondDay;
            long weekBefore = weeklyRegular;
            weeklyRegular += regular;
            long beyondWeek = Math.max(0, weeklyRegular - weekLimit) - Math.max(0, weekBefore - weekLimit);
            overtime[d] += beyondDay + beyondWeek;
        }
        return overtime;
    }

    /**
     * Under discretionary work with deemed hours (Art. 58(3)): each working day of the week counts as the deemed hours;
     * holiday work counts as worked, and only when {@code includeHolidays} (it is paid as holiday work otherwise).
     */
    static long[] deemedDays(EmployeeContext context, LocalDate weekStart, boolean includeHolidays) {
        long[] days = new long[7];
        for (int d = 0; d < 7; d++) {
            LocalDate date = weekStart.plusDays(d);
            long worked = context.ledger().workedOn(date);
            if (worked == 0) {
                continue;
            }
            long holiday = context.ledger().holidayOn(date);
            if (holiday == worked) {
                days[d] = includeHolidays ? worked : 0;
            } else {
                days[d] = DeemedHours.deemedOn(context, date).orElse(worked) + (includeHolidays ? holiday : 0);
            }
        }
        return days;
    }

    /** Seconds counted to a work day: the deemed hours under discretionary work (Art. 58(3)), else the time worked. */
    static long countedOn(EmployeeContext context, LocalDate date) {
        long worked = context.ledger().workedOn(date);
        if (worked == 0) {
            return 0;
        }
        long holiday = context.ledger().holidayOn(date);
        if (holiday == worked) {
            return worked; // holiday work is counted as worked
        }
        return DeemedHours.deemedOn(context, date).map(deemed -> deemed + holiday).orElse(worked);
    }

    static long sum(long[] values) {
        long total = 0;
        for (long v : values) {
            total += v;
        }
        return total;
    }
}
