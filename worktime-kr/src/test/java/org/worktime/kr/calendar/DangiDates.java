package org.worktime.kr.calendar;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Gregorian dates of Korean lunisolar (Dangi) dates, computed with ICU4J's {@code DangiCalendar}. */
final class DangiDates {

    /** Julian day number of 1970-01-01. */
    private static final long EPOCH_JULIAN_DAY = 2_440_588L;

    private DangiDates() {
    }

    /** A fresh ICU Korean calendar (a {@code com.ibm.icu.util.DangiCalendar}). */
    static Calendar dangiCalendar() {
        return Calendar.getInstance(new ULocale("ko_KR@calendar=dangi"));
    }

    /**
     * The Gregorian date in {@code gregorianYear} of lunar month {@code month} (1-12, not a leap month), day
     * {@code day}.
     *
     * @throws IllegalStateException if there is not exactly one such date in that year
     */
    static LocalDate inGregorianYear(int gregorianYear, int month, int day) {
        Calendar dangi = dangiCalendar();
        List<LocalDate> found = new ArrayList<>();
        for (LocalDate date = LocalDate.of(gregorianYear, 1, 1); date.getYear() == gregorianYear; date = date.plusDays(1)) {
            dangi.clear();
            dangi.set(Calendar.JULIAN_DAY, Math.toIntExact(date.toEpochDay() + EPOCH_JULIAN_DAY));
            if (dangi.get(Calendar.IS_LEAP_MONTH) == 0
                    && dangi.get(Calendar.MONTH) + 1 == month
                    && dangi.get(Calendar.DAY_OF_MONTH) == day) {
                found.add(date);
            }
        }
        if (found.size() != 1) {
            throw new IllegalStateException("lunar " + month + "/" + day + " occurs " + found.size() + " times in " + gregorianYear);
        }
        return found.get(0);
    }

    /** Seollal: lunar 1/1. */
    static LocalDate seollal(int year) {
        return inGregorianYear(year, 1, 1);
    }

    /** Buddha's Birthday: lunar 4/8. */
    static LocalDate buddhasBirthday(int year) {
        return inGregorianYear(year, 4, 8);
    }

    /** Chuseok: lunar 8/15. */
    static LocalDate chuseok(int year) {
        return inGregorianYear(year, 8, 15);
    }
}
