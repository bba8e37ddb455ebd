package org.worktime.core.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.DayType;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Workplace;
import org.worktime.core.param.Parameter;
import org.worktime.core.param.ParameterTable;

/**
 * Everything a rule may read about one employee: who they are, where they work, their timeline and ledger,
 * the dated parameters, and the dates under evaluation. Immutable; built by the {@link Engine}.
 */
public final class EmployeeContext {

    private final Employee employee;
    private final Workplace workplace;
    private final ParameterTable parameters;
    private final HeadcountPolicy headcountPolicy;
    private final DayTypes dayTypes;
    private final Timeline timeline;
    private final Ledger ledger;
    private final LocalDateRange period;

    public EmployeeContext(Employee employee, Workplace workplace, ParameterTable parameters, HeadcountPolicy headcountPolicy,
            DayTypes dayTypes, Timeline timeline, Ledger ledger, LocalDateRange period) {
        this.employee = employee;
        this.workplace = workplace;
        this.parameters = parameters;
        this.headcountPolicy = headcountPolicy;
        this.dayTypes = dayTypes;
        this.timeline = timeline;
        this.ledger = ledger;
        this.period = period;
    }

    public Employee employee() {
        return employee;
    }

    public String employeeId() {
        return employee.id();
    }

    public Workplace workplace() {
        return workplace;
    }

    public ParameterTable parameters() {
        return parameters;
    }

    public Timeline timeline() {
        return timeline;
    }

    public Ledger ledger() {
        return ledger;
    }

    /** The dates under evaluation, half-open. */
    public LocalDateRange period() {
        return period;
    }

    public DayType dayType(LocalDate date) {
        return dayTypes.typeOf(date);
    }

    /** The headcount the law's size tests use on that date (see {@link HeadcountPolicy}). */
    public OptionalInt headcount(LocalDate date) {
        return headcountPolicy.effectiveHeadcount(workplace, date);
    }

    public Optional<Parameter> findParameter(String key, LocalDate date) {
        return parameters.find(key, date, headcount(date));
    }

    public Parameter parameter(String key, LocalDate date) {
        return parameters.get(key, date, headcount(date));
    }

    public LocalDate weekStartOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(workplace.weekStart()));
    }

    /** Start dates of the workplace's weeks that overlap the evaluation period. */
    public List<LocalDate> weekStarts() {
        List<LocalDate> starts = new ArrayList<>();
        if (period.isEmpty()) {
            return starts;
        }
        LocalDate first = weekStartOf(period.getStart());
        for (LocalDate d = first; d.isBefore(period.getEnd()); d = d.plusWeeks(1)) {
            starts.add(d);
        }
        return starts;
    }

    /** Dates of the evaluation period, in order. */
    public List<LocalDate> dates() {
        return period.stream().toList();
    }

    public DayOfWeek weekStartDay() {
        return workplace.weekStart();
    }

    public boolean hasAgreement(String kind, LocalDate date) {
        return workplace.hasAgreement(kind, employee.id(), date);
    }
}
