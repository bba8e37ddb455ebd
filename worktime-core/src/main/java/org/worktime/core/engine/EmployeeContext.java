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
import org.worktime.core.param.MissingParameterException;
import org.worktime.core.param.Parameter;
import org.worktime.core.param.ParameterTable;

/**
 * Everything a rule may read about one employee: who they are, where they work, their timeline and ledger,
 * the dated parameters, and the dates under evaluation. Built by the {@link Engine} for one employee and used by
 * one thread; its only mutable state is a cache of parameter look-ups and memoised values, invisible to rules.
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
    private final java.util.Map<String, CachedParameter> parameterCache = new java.util.HashMap<>();
    private final java.util.Map<Object, Object> memo = new java.util.HashMap<>();

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

    /** The row in force on the date for this workplace's size; cached per key over the dates it cannot change. */
    public Optional<Parameter> findParameter(String key, LocalDate date) {
        long day = date.toEpochDay();
        CachedParameter cached = parameterCache.get(key);
        if (cached != null && day >= cached.fromDay() && day < cached.untilDay()) {
            return cached.row();
        }
        Optional<Parameter> row = parameters.find(key, date, headcount(date));
        LocalDateRange stable = parameters.stableRange(key, date);
        long from = Math.max(stable.getStart().toEpochDay(), headcountStableFrom(date));
        long until = Math.min(stable.getEnd().toEpochDay(), headcountStableUntil(date));
        parameterCache.put(key, new CachedParameter(row, from, until));
        return row;
    }

    public Parameter parameter(String key, LocalDate date) {
        return findParameter(key, date).orElseThrow(() -> new MissingParameterException(key, date));
    }

    /**
     * A value computed once per employee for a key (for example a sentence built from the penalty row in force),
     * so that rules do not rebuild it for every pay line. The context belongs to one evaluation of one employee.
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, java.util.function.Function<Object, T> compute) {
        return (T) memo.computeIfAbsent(key, compute);
    }

    private long headcountStableFrom(LocalDate date) {
        long from = Long.MIN_VALUE;
        for (var period : workplace.headcount()) {
            if (!period.from().isAfter(date)) {
                from = period.from().toEpochDay();
            }
        }
        return from;
    }

    private long headcountStableUntil(LocalDate date) {
        for (var period : workplace.headcount()) {
            if (period.from().isAfter(date)) {
                return period.from().toEpochDay();
            }
        }
        return Long.MAX_VALUE;
    }

    private record CachedParameter(Optional<Parameter> row, long fromDay, long untilDay) {
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
