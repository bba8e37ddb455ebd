package org.worktime.us.exempt;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Employee;
import org.worktime.core.finding.Text;
import org.worktime.us.UsAttributes;

/**
 * The employer's 52-week period containing a date (541.601(b)(4), 541.602(a)(3)): a calendar year by default, or the
 * year from the employee's {@code us.flsa541.year_start}; and the weeks of it the employee was employed (pro-rating,
 * 541.601(b)(3)): the days employed in it divided by 7, rounded up, at most 52.
 */
record Period52(LocalDateRange range, long weeksEmployed) {

    static Period52 containing(Employee employee, LocalDate date) {
        LocalDate start = UsAttributes.periodStart(employee, date);
        LocalDateRange range = LocalDateRange.of(start, start.plusYears(1));
        LocalDate from = employee.hireDate() != null && employee.hireDate().isAfter(start) ? employee.hireDate() : start;
        LocalDate to = employee.endDate() != null && employee.endDate().plusDays(1).isBefore(range.getEnd())
                ? employee.endDate().plusDays(1) : range.getEnd();
        long days = Math.max(0, ChronoUnit.DAYS.between(from, to));
        return new Period52(range, Math.min(52, (days + 6) / 7));
    }

    boolean isFullYear() {
        return weeksEmployed == 52;
    }

    LocalDate lastDay() {
        return range.getEndInclusive();
    }

    /** The period for a reader: its first and last day, and the weeks employed when not the whole of it. */
    Text text() {
        LocalDateRange days = LocalDateRange.ofClosed(range.getStart(), lastDay());
        return isFullYear() ? Text.of("us.exempt.evidence.period", "days", days)
                : Text.of("us.exempt.evidence.period-part", "days", days, "weeks", weeksEmployed);
    }

    @Override
    public String toString() {
        return range.getStart() + " to " + lastDay() + (isFullYear() ? "" : " (" + weeksEmployed + " weeks employed)");
    }
}
