package org.worktime.jp.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.threeten.extra.LocalDateRange;

/**
 * Months and years counted from an anchor date (the 起算日 of an Art. 36 agreement): month k is
 * {@code [anchor + k months, anchor + k+1 months)}, for any k, negative ones included, so that a window of months
 * can look back across the start of the agreement year. The calendar grid is the one anchored on a 1st of January.
 */
record MonthGrid(LocalDate anchor) {

    static final MonthGrid CALENDAR = new MonthGrid(LocalDate.of(2000, 1, 1));

    /** The month containing the date. */
    LocalDateRange monthOf(LocalDate date) {
        long k = index(date);
        return LocalDateRange.of(anchor.plusMonths(k), anchor.plusMonths(k + 1));
    }

    /** The month {@code offset} months after the month containing the date (negative: before). */
    LocalDateRange monthAt(LocalDate date, int offset) {
        long k = index(date) + offset;
        return LocalDateRange.of(anchor.plusMonths(k), anchor.plusMonths(k + 1));
    }

    /** The year (twelve months from an anniversary of the anchor) containing the date. */
    LocalDateRange yearOf(LocalDate date) {
        long k = Math.floorDiv(index(date), 12);
        return LocalDateRange.of(anchor.plusMonths(12 * k), anchor.plusMonths(12 * (k + 1)));
    }

    private long index(LocalDate date) {
        long k = ChronoUnit.MONTHS.between(anchor, date);
        while (anchor.plusMonths(k).isAfter(date)) {
            k--;
        }
        while (!anchor.plusMonths(k + 1).isAfter(date)) {
            k++;
        }
        return k;
    }
}
