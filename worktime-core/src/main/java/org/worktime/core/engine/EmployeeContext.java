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
    private List<LocalDate> dates;
    private List<LocalDate> weekStarts;
    /** The dates and week starts every context of one evaluation shares (same period, same workplace), or null. */
    private SharedCalendar calendar;
    private Object attachment;
    private java.util.Map<String, List<org.worktime.core.domain.Agreement>> agreementsByKind;
    private final List<org.worktime.core.domain.Earning> earnings;
    private final List<org.worktime.core.domain.Attestation> attestations;
    private final java.time.Instant asOf;
    private final List<org.worktime.core.domain.Leave> leave;
    private final boolean leaveRecorded;
    private OptionalInt headcountCached;
    private long headcountFrom = Long.MAX_VALUE;
    private long headcountUntil = Long.MIN_VALUE;

    public EmployeeContext(Employee employee, Workplace workplace, ParameterTable parameters, HeadcountPolicy headcountPolicy,
            DayTypes dayTypes, Timeline timeline, Ledger ledger, LocalDateRange period) {
        this(employee, workplace, parameters, headcountPolicy, dayTypes, timeline, ledger, period, List.of(), List.of());
    }

    public EmployeeContext(Employee employee, Workplace workplace, ParameterTable parameters, HeadcountPolicy headcountPolicy,
            DayTypes dayTypes, Timeline timeline, Ledger ledger, LocalDateRange period, List<org.worktime.core.domain.Earning> earnings,
            List<org.worktime.core.domain.Attestation> attestations) {
        this(employee, workplace, parameters, headcountPolicy, dayTypes, timeline, ledger, period, earnings, attestations, List.of(), false,
                null);
    }

    /**
     * @param leave        the employee's leave and absence records
     * @param leaveRecorded whether the dataset records leave at all (without records, leave cannot be told from absence)
     * @param asOf         the evaluation's as-of instant (the moment the answer speaks for: a penalty is the amount in force
     *                     when it is assessed), or null when none was given
     */
    public EmployeeContext(Employee employee, Workplace workplace, ParameterTable parameters, HeadcountPolicy headcountPolicy,
            DayTypes dayTypes, Timeline timeline, Ledger ledger, LocalDateRange period, List<org.worktime.core.domain.Earning> earnings,
            List<org.worktime.core.domain.Attestation> attestations, List<org.worktime.core.domain.Leave> leave, boolean leaveRecorded,
            java.time.Instant asOf) {
        this.asOf = asOf;
        this.leave = List.copyOf(leave);
        this.leaveRecorded = leaveRecorded;
        this.earnings = List.copyOf(earnings);
        this.attestations = List.copyOf(attestations);
        this.employee = employee;
        this.workplace = workplace;
        this.parameters = parameters;
        this.headcountPolicy = headcountPolicy;
        this.dayTypes = dayTypes;
        this.timeline = timeline;
        this.ledger = ledger;
        this.period = period;
    }

    /** The evaluation's as-of date in the workplace's zone; empty when the evaluation gave no as-of instant. */
    public Optional<LocalDate> asOfDate() {
        return asOf == null ? Optional.empty() : Optional.of(asOf.atZone(workplace.zone()).toLocalDate());
    }

    public Employee employee() {
        return employee;
    }

    public String employeeId() {
        return employee.id();
    }

    /** The employee's earnings beyond the base wage (bonuses, commissions, allowances), all of them. */
    public List<org.worktime.core.domain.Earning> earnings() {
        return earnings;
    }

    /** The employee's leave and absence records, all of them, by their first day (never worked time). */
    public List<org.worktime.core.domain.Leave> leave() {
        return leave;
    }

    /** Whether the dataset had a leave input: then no record means no leave taken (see {@code Dataset.leaveRecorded}). */
    public boolean leaveRecorded() {
        return leaveRecorded;
    }

    /** The leave record covering the date, if any. */
    public Optional<org.worktime.core.domain.Leave> leaveOn(LocalDate date) {
        return org.worktime.core.domain.Leave.on(leave, date);
    }

    /** The facts attested about the employee, all of them. */
    public List<org.worktime.core.domain.Attestation> attestations() {
        return attestations;
    }

    /**
     * {@link org.worktime.core.finding.Basis#FORECAST} when any planned work falls on the dates (the finding is about
     * the future), else {@code ACTUAL}. Looks only at the timeline's segments of those dates.
     */
    public org.worktime.core.finding.Basis basis(LocalDateRange dates) {
        long first = dates.getStart().toEpochDay();
        long end = dates.isUnboundedEnd() ? Long.MAX_VALUE : dates.getEnd().toEpochDay();
        for (int i = timeline.firstIndexOnOrAfterWorkDay(first); i < timeline.size(); i++) {
            long day = timeline.workEpochDay(i);
            if (day >= end && timeline.isInWorkDayOrder()) {
                break;
            }
            if (day >= first && day < end && timeline.isPlanned(i)) {
                return org.worktime.core.finding.Basis.FORECAST;
            }
        }
        return org.worktime.core.finding.Basis.ACTUAL;
    }

    /** The attestation of a subject covering the date, if any (the latest attested wins). */
    public Optional<org.worktime.core.domain.Attestation> attestation(String subject, LocalDate date) {
        return org.worktime.core.domain.Attestation.latest(attestations, subject, date);
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

    /** The headcount the law's size tests use on that date (see {@link HeadcountPolicy}); cached between period starts. */
    public OptionalInt headcount(LocalDate date) {
        long day = date.toEpochDay();
        if (day >= headcountFrom && day < headcountUntil) {
            return headcountCached;
        }
        headcountCached = headcountPolicy.effectiveHeadcount(workplace, date);
        headcountFrom = headcountStableFrom(date);
        headcountUntil = headcountStableUntil(date);
        return headcountCached;
    }

    /**
     * One object a jurisdiction pack keeps per employee evaluation (facts its rules ask for again and again, computed
     * once): created on first use, then returned by a field read.
     */
    public <T> T attachment(Class<T> type, java.util.function.Function<EmployeeContext, T> create) {
        Object current = attachment;
        if (type.isInstance(current)) {
            return type.cast(current);
        }
        T created = create.apply(this);
        attachment = created;
        return created;
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
     * The first epoch day after {@code date} on which {@link #findParameter} of the key may give another row (the
     * row's period or the headcount band may end there): lets a pack keep an answer built from the row over those days.
     */
    public long parameterStableUntil(String key, LocalDate date) {
        findParameter(key, date);
        return parameterCache.get(key).untilDay();
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

    /** Start dates of the workplace's weeks that overlap the evaluation period, in order (built once; unmodifiable). */
    public List<LocalDate> weekStarts() {
        if (weekStarts == null) {
            weekStarts = calendar != null ? calendar.weekStarts(this) : computeWeekStarts();
        }
        return weekStarts;
    }

    /** The week starts, built (unmodifiable: every rule walks them, once per employee or per evaluation). */
    List<LocalDate> computeWeekStarts() {
        List<LocalDate> starts = new ArrayList<>();
        if (period.isEmpty()) {
            return List.of();
        }
        LocalDate first = weekStartOf(period.getStart());
        for (LocalDate d = first; d.isBefore(period.getEnd()); d = d.plusWeeks(1)) {
            starts.add(d);
        }
        return List.copyOf(starts);
    }

    /** Shares the dates and week starts of the other contexts of the same evaluation (the {@link Engine} only). */
    void share(SharedCalendar shared) {
        this.calendar = shared;
    }

    LocalDateRange periodRange() {
        return period;
    }

    /** Dates of the evaluation period, in order (built once). */
    public List<LocalDate> dates() {
        if (dates == null) {
            dates = calendar != null ? calendar.dates(this) : period.stream().toList();
        }
        return dates;
    }

    public DayOfWeek weekStartDay() {
        return workplace.weekStart();
    }

    /** Whether an agreement of this kind covers the employee on the date; the employee's agreements are indexed once. */
    public boolean hasAgreement(String kind, LocalDate date) {
        if (agreementsByKind == null) {
            java.util.Map<String, List<org.worktime.core.domain.Agreement>> index = new java.util.HashMap<>();
            for (org.worktime.core.domain.Agreement a : workplace.agreements()) {
                if (a.employees().isEmpty() || a.employees().contains(employee.id())) {
                    index.computeIfAbsent(a.kind(), k -> new ArrayList<>()).add(a);
                }
            }
            agreementsByKind = index;
        }
        List<org.worktime.core.domain.Agreement> list = agreementsByKind.get(kind);
        if (list == null) {
            return false;
        }
        for (org.worktime.core.domain.Agreement a : list) {
            if (a.validity().contains(date)) {
                return true;
            }
        }
        return false;
    }
}
