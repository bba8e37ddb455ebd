package org.worktime.core.domain;

import java.time.LocalDate;

/**
 * When a workplace pays wages: a pay period that closes on a day of the month, paid on a day of the month on or after the
 * close. Korean wage offences are judged on the day the wage fell due (Labor Standards Act Art. 43), so this is what
 * decides the penalty article in force. Days are 1 to 31; {@link #LAST} is the month's last day, and a day beyond a
 * month's length means its last day. Immutable.
 *
 * @param periodEnds the day of the month the pay period closes (its last day, inclusive)
 * @param payday     the day of the month wages are paid; the first such day on or after the close
 */
public record PaySchedule(int periodEnds, int payday) {

    /** The last day of the month. */
    public static final int LAST = 31;

    public PaySchedule {
        if (periodEnds < 1 || periodEnds > 31 || payday < 1 || payday > 31) {
            throw new IllegalArgumentException("pay schedule days must be 1 to 31 (or last): periodEnds " + periodEnds + ", payday " + payday);
        }
    }

    public static PaySchedule of(int periodEnds, int payday) {
        return new PaySchedule(periodEnds, payday);
    }

    /** The last day of the pay period that holds the date. */
    public LocalDate periodEndFor(LocalDate date) {
        LocalDate close = dayIn(date.getYear(), date.getMonthValue(), periodEnds);
        return close.isBefore(date) ? dayIn(date.plusMonths(1).getYear(), date.plusMonths(1).getMonthValue(), periodEnds) : close;
    }

    /** The payday of the work done on the date: the first payday on or after its period's close. */
    public LocalDate paydayFor(LocalDate date) {
        LocalDate close = periodEndFor(date);
        LocalDate pay = dayIn(close.getYear(), close.getMonthValue(), payday);
        return pay.isBefore(close) ? dayIn(close.plusMonths(1).getYear(), close.plusMonths(1).getMonthValue(), payday) : pay;
    }

    private static LocalDate dayIn(int year, int month, int day) {
        java.time.YearMonth ym = java.time.YearMonth.of(year, month);
        return ym.atDay(Math.min(day, ym.lengthOfMonth()));
    }
}
