package org.worktime.core.watch;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Workplace;
import org.worktime.core.finding.Finding;

/**
 * The answer of {@link Watch}: for one workplace week and as-of instant, each employee's headroom and the forecast
 * findings (findings resting on planned work) the rules give for that week.
 *
 * @param riskSeconds the threshold below which hours left make an employee {@link Headroom.Status#AT_RISK}
 * @param employees   one entry per employee, in the dataset's order
 */
public record WatchReport(String jurisdiction, Workplace workplace, Instant asOf, LocalDateRange week, long riskSeconds,
        List<EmployeeWatch> employees) {

    /**
     * One employee's line.
     *
     * @param forecast the findings with {@link org.worktime.core.finding.Basis#FORECAST} for the week, in the rules' order
     */
    public record EmployeeWatch(Employee employee, Headroom headroom, List<Finding> forecast) {

        public EmployeeWatch {
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(headroom, "headroom");
            forecast = List.copyOf(forecast);
        }
    }

    /**
     * Most severe status first, then least left first (the week's hours left, or a monthly cap's when there is no weekly
     * ceiling; no ceiling last), then the dataset's order.
     */
    public static final Comparator<EmployeeWatch> BY_URGENCY = Comparator
            .comparing((EmployeeWatch e) -> e.headroom().status())
            .thenComparing(e -> e.headroom().urgencyLeftSeconds(), Comparator.nullsLast(Comparator.naturalOrder()));

    public WatchReport {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(workplace, "workplace");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(week, "week");
        employees = List.copyOf(employees);
    }

    /** The entries sorted by {@link #BY_URGENCY} (a stable sort: ties keep the dataset's order). */
    public List<EmployeeWatch> byUrgency() {
        return employees.stream().sorted(BY_URGENCY).toList();
    }

    public long count(Headroom.Status status) {
        return employees.stream().filter(e -> e.headroom().status() == status).count();
    }

    /** Whether anyone's recorded and planned work already breaks their ceiling. */
    public boolean hasCertainBreach() {
        return count(Headroom.Status.BREACH_CERTAIN) > 0;
    }
}
