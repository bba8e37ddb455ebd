package org.worktime.jp.rules;

import java.time.LocalDate;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.engine.Timeline;

/**
 * The statutory overtime (法定時間外労働) and statutory-holiday work (法定休日労働) of each day of the evaluated weeks.
 *
 * <p>Overtime is the union of the minutes beyond the day's limit and the minutes beyond the week's limit, never counted
 * twice: the minutes of a day are walked in time order, those past the day's limit are overtime of the day, the others
 * add to the week's running total and those past the week's limit are overtime too. A continuous shift across midnight
 * belongs to the day it started (MHLW, 1988 circular 基発1号); a week is the workplace's 7 days from its week start.
 * Minutes on the statutory holiday (calendar day 0:00-24:00) are holiday work: they are counted apart, are never
 * overtime and do not add to the day or the week. The limits are those of the working-time system in force on the day
 * ({@link WorkingTimeSystem}): 8 h and 40 h (44 h in a special-measure workplace) by default.
 *
 * <p>Days on which the hours rules do not apply to the worker (Highly Professional System, Art. 41) count nothing.
 */
final class StatutoryHours {

    private final LocalDate first;
    private final long[] beyondDay;
    private final long[] beyondWeek;
    private final long[] holiday;
    private final long[] ordinary;
    private final java.util.Map<String, long[]> settlement = new java.util.HashMap<>();

    private StatutoryHours(LocalDate first, int days) {
        this.first = first;
        this.beyondDay = new long[days];
        this.beyondWeek = new long[days];
        this.holiday = new long[days];
        this.ordinary = new long[days];
    }

    static StatutoryHours compute(EmployeeContext context, Coverage coverage) {
        return compute(context, coverage, false);
    }

    /**
     * The count of the recorded work alone (planned shifts left out), the same walk otherwise: what the recorded part
     * of a month's overtime is, for the headroom ({@link JapaneseHeadroom}). Planned work only adds to a day and a week,
     * so the full count less this one is the overtime the plan adds.
     */
    static StatutoryHours recorded(EmployeeContext context, Coverage coverage) {
        return compute(context, coverage, true);
    }

    private static StatutoryHours compute(EmployeeContext context, Coverage coverage, boolean recordedOnly) {
        LocalDateRange period = context.period();
        int days = period.lengthInDays();
        // One day more: the holiday minutes of a shift that runs past the period's last midnight.
        StatutoryHours hours = new StatutoryHours(period.getStart(), days + 1);
        Timeline t = context.timeline();
        long start = period.getStart().toEpochDay();
        for (int i = 0; i < t.size(); i++) {
            long work = t.workEpochDay(i);
            if (work < start || work >= start + days || recordedOnly && t.isPlanned(i)) {
                continue;
            }
            if (!coverage.hoursRulesApplyAt(work)) {
                continue;
            }
            long seconds = t.seconds(i);
            if (t.isHoliday(i)) {
                hours.holiday[(int) Math.min(days, t.calendarEpochDay(i) - start)] += seconds;
                continue;
            }
            int d = (int) (work - start);
            hours.ordinary[d] += seconds;
        }
        // The working-time system may count a day otherwise (deemed hours) and set other limits (variable hours, flextime).
        WorkingTimeSystem.apply(context, hours);
        return hours;
    }

    private long[] weekLimits = new long[0];

    /** The week's limit the count used: the schedule's under variable hours, Long.MAX_VALUE under flextime. */
    long weekLimitUsed(LocalDate weekStart) {
        long w = (weekStart.toEpochDay() - first.toEpochDay()) / 7;
        return w >= 0 && w < weekLimits.length ? weekLimits[(int) w] : 0;
    }

    /** The standard walk over the counted seconds of each day, given the limits of each day and week. */
    void walk(long[] counted, long[] dayLimits, long[] weekLimits) {
        this.weekLimits = weekLimits.clone();
        overtimePrefix = null;
        for (int d = 0; d < counted.length - 1; d++) {
            long beyondTheDay = Math.max(0, counted[d] - dayLimits[d]);
            beyondDay[d] = beyondTheDay;
        }
        for (int w = 0; w * 7 < counted.length - 1; w++) {
            long running = 0;
            for (int d = w * 7; d < Math.min(counted.length - 1, w * 7 + 7); d++) {
                long regular = counted[d] - beyondDay[d];
                long before = running;
                running += regular;
                beyondWeek[d] = Math.max(0, running - weekLimits[w]) - Math.max(0, before - weekLimits[w]);
            }
        }
    }

    LocalDate first() {
        return first;
    }

    int days() {
        return ordinary.length - 1;
    }

    long[] ordinarySeconds() {
        return ordinary;
    }

    void addOvertime(LocalDate date, long seconds) {
        beyondWeek[index(date)] += seconds;
        overtimePrefix = null;
    }

    /**
     * Arts 32-4-2 and 32-3-2: hours of a worker who joined or left within a one-year variable period or a flextime period
     * over one month beyond 40 h a week on average over the part worked, by the arrangement's kind. They are paid like
     * overtime (JP-LSA-32-4-2, JP-LSA-32-3-2) but are not overtime: they count neither to the Art. 36 limits nor to the
     * 60 hours of Art. 37(1).
     */
    void addSettlement(LocalDate date, long seconds, String arrangementKind) {
        settlement.computeIfAbsent(arrangementKind, k -> new long[ordinary.length])[index(date)] += seconds;
    }

    /** Whether any day has a part-period settlement of the arrangement kind. */
    boolean hasSettlement(String arrangementKind) {
        return settlement.containsKey(arrangementKind);
    }

    long settlementOn(LocalDate date, String arrangementKind) {
        long[] values = settlement.get(arrangementKind);
        return values == null ? 0 : read(values, date);
    }

    private int index(LocalDate date) {
        return (int) (date.toEpochDay() - first.toEpochDay());
    }

    private long read(long[] values, LocalDate date) {
        long i = date.toEpochDay() - first.toEpochDay();
        return i < 0 || i >= values.length ? 0 : values[(int) i];
    }

    /** Whether the date lies in the evaluated weeks (so that its hours are known). */
    boolean loaded(LocalDate date) {
        long i = date.toEpochDay() - first.toEpochDay();
        return i >= 0 && i < days();
    }

    /** Non-holiday seconds counted to the work day (deemed hours under discretionary work). */
    long countedOn(LocalDate date) {
        return read(ordinary, date);
    }

    /** Overtime seconds beyond the day's limit, on the work day. */
    long beyondDayOn(LocalDate date) {
        return read(beyondDay, date);
    }

    /** Overtime seconds beyond the week's (or the period's) limit, on the work day. */
    long beyondWeekOn(LocalDate date) {
        return read(beyondWeek, date);
    }

    long overtimeOn(LocalDate date) {
        return beyondDayOn(date) + beyondWeekOn(date);
    }

    /** {@link #overtimeOn} by epoch day, for walks over a month's days. */
    long overtimeAt(long epochDay) {
        long i = epochDay - first.toEpochDay();
        return i < 0 || i >= beyondDay.length ? 0 : beyondDay[(int) i] + beyondWeek[(int) i];
    }

    /** {@link #countedOn} by epoch day. */
    long countedAt(long epochDay) {
        long i = epochDay - first.toEpochDay();
        return i < 0 || i >= ordinary.length ? 0 : ordinary[(int) i];
    }

    /** {@link #beyondWeekOn} by epoch day. */
    long beyondWeekAt(long epochDay) {
        long i = epochDay - first.toEpochDay();
        return i < 0 || i >= beyondWeek.length ? 0 : beyondWeek[(int) i];
    }

    /** {@link #holidayOn} by epoch day. */
    long holidayAt(long epochDay) {
        long i = epochDay - first.toEpochDay();
        return i < 0 || i >= holiday.length ? 0 : holiday[(int) i];
    }

    /** Statutory-holiday seconds on the calendar date. */
    long holidayOn(LocalDate date) {
        return read(holiday, date);
    }

    /** Overtime seconds over the dates; days outside the evaluated weeks count nothing. */
    long overtime(LocalDateRange range) {
        return sum(overtimePrefix(), range);
    }

    /** Statutory-holiday seconds over the calendar dates; days outside the evaluated weeks count nothing. */
    long holiday(LocalDateRange range) {
        if (holidayPrefix == null) {
            holidayPrefix = prefix(holiday, null);
        }
        return sum(holidayPrefix, range);
    }

    /*
     * Running totals, so that a month, a 2-6 month window or a year is two reads rather than a walk over its days (the
     * rules ask for the same months again and again). Built on first use; a change to the counts drops them.
     */
    private long[] overtimePrefix;
    private long[] holidayPrefix;

    private long[] overtimePrefix() {
        if (overtimePrefix == null) {
            overtimePrefix = prefix(beyondDay, beyondWeek);
        }
        return overtimePrefix;
    }

    /** {@code p[i]} is the sum of the first {@code i} days of {@code a} (and {@code b}, when given). */
    private static long[] prefix(long[] a, long[] b) {
        long[] p = new long[a.length + 1];
        for (int i = 0; i < a.length; i++) {
            p[i + 1] = p[i] + a[i] + (b == null ? 0 : b[i]);
        }
        return p;
    }

    private long sum(long[] prefix, LocalDateRange range) {
        long base = first.toEpochDay();
        long from = Math.max(0, range.getStart().toEpochDay() - base);
        long to = Math.min(prefix.length - 1, range.getEnd().toEpochDay() - base);
        return from >= to ? 0 : prefix[(int) to] - prefix[(int) from];
    }
}
