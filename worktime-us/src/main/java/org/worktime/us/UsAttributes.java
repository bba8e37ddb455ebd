package org.worktime.us;

import java.time.LocalDate;
import java.time.MonthDay;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Workplace;

/**
 * The workplace and employee attributes the US pack reads (listed on docs/rules/us/README.md).
 */
public final class UsAttributes {

    /** Workplace: the state, e.g. {@code CA}; {@code CA} switches the California layer on. */
    public static final String STATE = "us.state";
    /** Workplace: punch rounding to the nearest N minutes (5, 6 or 15) under 29 CFR 785.48(b); absent = exact punches. */
    public static final String PUNCH_ROUNDING = "us.punch_rounding";
    /** Employee: first day (MM-DD) of the 52-week period of 541.601(b)(4) and 541.602(a)(3); calendar year by default. */
    public static final String YEAR_START = "us.flsa541.year_start";
    /** Employee: days in a pay period, for the 541.602(a)(3) catch-up window ("the next pay period"); 14 by default. */
    public static final String PAY_PERIOD_DAYS = "us.pay_period_days";

    /**
     * Employee: {@code true} when, by agreement made before the work, overtime is paid at 1.5 times the rate of the job
     * worked in the overtime hours (FLSA s.7(g)(2), 29 CFR 778.419) instead of the weighted average of 778.115.
     */
    public static final String JOB_RATE_OVERTIME_AGREED = "us.flsa778-419.agreed";

    public static final int DEFAULT_PAY_PERIOD_DAYS = 14;

    private UsAttributes() {
    }

    public static boolean isCalifornia(Workplace workplace) {
        return "CA".equalsIgnoreCase(workplace.attributes().getOrDefault(STATE, ""));
    }

    /** The first day of the employer's 52-week period containing the date (541.601(b)(4): calendar year by default). */
    public static LocalDate periodStart(Employee employee, LocalDate date) {
        String stated = employee.attributes().get(YEAR_START);
        if (stated == null) {
            // The calendar year (the default "01-01", without parsing it again for every question).
            return LocalDate.of(date.getYear(), 1, 1);
        }
        MonthDay start = MonthDay.parse("--" + stated);
        LocalDate candidate = start.atYear(date.getYear());
        return candidate.isAfter(date) ? start.atYear(date.getYear() - 1) : candidate;
    }

    public static int payPeriodDays(Employee employee) {
        String value = employee.attributes().get(PAY_PERIOD_DAYS);
        return value == null ? DEFAULT_PAY_PERIOD_DAYS : Integer.parseInt(value.trim());
    }
}
