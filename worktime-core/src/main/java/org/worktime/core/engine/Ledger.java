package org.worktime.core.engine;

import java.time.LocalDate;

/**
 * Sums of one employee's timeline per work day: worked, night and holiday seconds, and the worked seconds
 * per calendar day. Dense arrays over the days the timeline spans; days outside read as zero.
 */
public final class Ledger {

    private final long firstDay;
    private final long[] worked;
    private final long[] night;
    private final long[] holiday;
    private final long[] workedByCalendarDay;

    private Ledger(long firstDay, long[] worked, long[] night, long[] holiday, long[] workedByCalendarDay) {
        this.firstDay = firstDay;
        this.worked = worked;
        this.night = night;
        this.holiday = holiday;
        this.workedByCalendarDay = workedByCalendarDay;
    }

    public static Ledger of(Timeline timeline) {
        if (timeline.size() == 0) {
            return new Ledger(0, new long[0], new long[0], new long[0], new long[0]);
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < timeline.size(); i++) {
            first = Math.min(first, Math.min(timeline.workEpochDay(i), timeline.calendarEpochDay(i)));
            last = Math.max(last, Math.max(timeline.workEpochDay(i), timeline.calendarEpochDay(i)));
        }
        int days = (int) (last - first + 1);
        long[] worked = new long[days];
        long[] night = new long[days];
        long[] holiday = new long[days];
        long[] byCalendar = new long[days];
        for (int i = 0; i < timeline.size(); i++) {
            long seconds = timeline.seconds(i);
            int w = (int) (timeline.workEpochDay(i) - first);
            worked[w] += seconds;
            if (timeline.isNight(i)) {
                night[w] += seconds;
            }
            if (timeline.isHoliday(i)) {
                holiday[w] += seconds;
            }
            byCalendar[(int) (timeline.calendarEpochDay(i) - first)] += seconds;
        }
        return new Ledger(first, worked, night, holiday, byCalendar);
    }

    private long read(long[] values, LocalDate date) {
        return read(values, date.toEpochDay());
    }

    private long read(long[] values, long epochDay) {
        long index = epochDay - firstDay;
        return index < 0 || index >= values.length ? 0 : values[(int) index];
    }

    /** Seconds counted to this work day (a shift crossing midnight counts to the day it started). */
    public long workedOn(LocalDate workDate) {
        return read(worked, workDate);
    }

    public long nightOn(LocalDate workDate) {
        return read(night, workDate);
    }

    /** Seconds of holiday work counted to this work day. */
    public long holidayOn(LocalDate workDate) {
        return read(holiday, workDate);
    }

    /** Seconds worked on this calendar date, midnight to midnight. */
    public long workedOnCalendarDate(LocalDate date) {
        return read(workedByCalendarDay, date);
    }

    /** Seconds worked on this calendar day (an epoch day), midnight to midnight: for loops over days without dates. */
    public long workedOnCalendarDay(long epochDay) {
        return read(workedByCalendarDay, epochDay);
    }

    /** Seconds counted to the work days {@code [start, start + days)} (walked as epoch days: no date per day). */
    public long workedBetween(LocalDate start, int days) {
        long first = start.toEpochDay();
        long total = 0;
        for (int d = 0; d < days; d++) {
            total += read(worked, first + d);
        }
        return total;
    }

    public long holidayBetween(LocalDate start, int days) {
        long first = start.toEpochDay();
        long total = 0;
        for (int d = 0; d < days; d++) {
            total += read(holiday, first + d);
        }
        return total;
    }

    public boolean isEmpty() {
        return worked.length == 0;
    }
}
