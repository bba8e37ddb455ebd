package org.worktime.core.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Attestation;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Earning;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Leave;
import org.worktime.core.domain.Shift;
import org.worktime.core.domain.Workplace;
import org.worktime.core.finding.Basis;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Severity;
import org.worktime.core.finding.Text;
import org.worktime.core.param.MissingParameterException;
import org.worktime.core.param.ParameterTable;
import org.worktime.core.pay.PayLine;
import org.worktime.core.report.EmployeeReport;
import org.worktime.core.report.Report;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.LimitRule;
import org.worktime.core.rule.PayRule;
import org.worktime.core.rule.Rule;

/**
 * Evaluates a dataset with one jurisdiction pack: timeline, ledger, limit rules, pay rules, report.
 * Pure: values in, values out; no I/O, no clock, no shared mutable state. Thread-safe.
 */
public final class Engine {

    private final JurisdictionPack pack;

    private Engine(JurisdictionPack pack) {
        this.pack = Objects.requireNonNull(pack, "pack");
    }

    public static Engine of(JurisdictionPack pack) {
        return new Engine(pack);
    }

    public JurisdictionPack pack() {
        return pack;
    }

    public Report evaluate(Dataset dataset, Evaluation evaluation) {
        Prepared prepared = prepare(dataset.workplace(), evaluation);
        List<EmployeeReport> reports = new ArrayList<>();
        for (Employee employee : dataset.employees()) {
            String id = employee.id();
            reports.add(prepared.evaluate(employee, dataset.shiftsOf(id), dataset.earningsOf(id), dataset.attestationsOf(id),
                    dataset.leaveOf(id), dataset.leaveRecorded()));
        }
        return prepared.report(reports);
    }

    /**
     * One evaluation prepared for a workplace (parameters, day types, whole weeks), to evaluate its employees one at a
     * time: the unit of work of the streaming CLI, the server and the Spark job. Each employee's report depends only on
     * the workplace and that employee's own records, so evaluating them one by one, in any order or on any thread, gives
     * exactly the reports {@link #evaluate(Dataset, Evaluation)} gives.
     */
    public Prepared prepare(Workplace workplace, Evaluation evaluation) {
        return new Prepared(workplace, evaluation, setup(workplace, evaluation));
    }

    /** An evaluation prepared for one workplace; immutable and thread-safe. */
    public final class Prepared {

        private final Workplace workplace;
        private final Evaluation evaluation;
        private final Setup setup;

        private Prepared(Workplace workplace, Evaluation evaluation, Setup setup) {
            this.workplace = workplace;
            this.evaluation = evaluation;
            this.setup = setup;
        }

        public Workplace workplace() {
            return workplace;
        }

        public Evaluation evaluation() {
            return evaluation;
        }

        /**
         * The report of one employee from that employee's records, as {@link Dataset} holds them: shifts sorted by start
         * (recorded and planned; those outside the whole weeks are ignored), earnings by their first day, leave by its
         * first day; {@code leaveRecorded} as {@link Dataset#leaveRecorded()}.
         */
        public EmployeeReport evaluate(Employee employee, List<Shift> shifts, List<Earning> earnings, List<Attestation> attestations,
                List<Leave> leave, boolean leaveRecorded) {
            LocalDateRange period = evaluation.period();
            LocalDateRange weeks = setup.weeks();
            EmployeeContext context = context(setup, workplace, employee, shifts, earnings, attestations, leave, leaveRecorded, evaluation);
            Timeline timeline = context.timeline();
            List<Finding> findings = new ArrayList<>();
            for (LimitRule rule : pack.limitRules()) {
                if (rule.info().effective().overlaps(weeks)) {
                    guarded(rule, context, () -> rule.check(context, f -> {
                        if (f.period().overlaps(period) || f.period().isEmpty() && period.contains(f.period().getStart())) {
                            findings.add(f);
                        }
                    }), findings);
                }
            }
            List<PayLine> lines = new ArrayList<>();
            for (PayRule rule : pack.payRules()) {
                if (rule.info().effective().overlaps(weeks)) {
                    guarded(rule, context, () -> rule.pay(context, line -> {
                        if (period.contains(line.period().getStart())) {
                            lines.add(line);
                        }
                    }), findings);
                }
            }
            long worked = 0;
            for (int i = 0; i < timeline.size(); i++) {
                if (period.contains(timeline.workDate(i))) {
                    worked += timeline.seconds(i);
                }
            }
            return new EmployeeReport(employee, worked, findings, lines);
        }

        /** The report of the workplace made of these employees' reports, in the order given. */
        public Report report(List<EmployeeReport> employees) {
            return new Report(pack.jurisdiction(), workplace, evaluation.period(), evaluation.asOf(), employees);
        }
    }

    /**
     * Gives {@code action} the context of each employee, in the dataset's order, built exactly as {@link #evaluate}
     * builds it for the same evaluation (same parameters, whole weeks, shifts selected by the as-of instant), so that
     * other questions about the same data (what headroom is left this week) see what the rules see.
     */
    public void forEachContext(Dataset dataset, Evaluation evaluation, java.util.function.Consumer<EmployeeContext> action) {
        Setup setup = setup(dataset.workplace(), evaluation);
        for (Employee employee : dataset.employees()) {
            String id = employee.id();
            action.accept(context(setup, dataset.workplace(), employee, dataset.shiftsOf(id), dataset.earningsOf(id),
                    dataset.attestationsOf(id), dataset.leaveOf(id), dataset.leaveRecorded(), evaluation));
        }
    }

    /** What every employee's context of one evaluation shares. */
    private record Setup(ParameterTable parameters, DayTypes dayTypes, TimelinePolicy policy, LocalDateRange weeks, Instant from,
            Instant until, SharedCalendar calendar) {
    }

    private Setup setup(Workplace workplace, Evaluation evaluation) {
        ParameterTable parameters = evaluation.overrides() == null
                ? pack.parameters()
                : pack.parameters().overriddenBy(evaluation.overrides());
        DayTypes dayTypes;
        TimelinePolicy policy;
        try {
            dayTypes = pack.dayTypes(workplace, parameters);
            policy = pack.timelinePolicy(workplace, parameters);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            // The workplace's own data (its calendar, its attributes) cannot be read: nothing can be judged.
            throw new org.worktime.core.domain.InvalidDataException(Text.of("core.workplace-unreadable", "problem", e.getMessage()));
        }
        LocalDateRange requested = evaluation.period();
        if (!pack.lookback().isZero()) {
            requested = LocalDateRange.of(requested.getStart().minus(pack.lookback()), requested.getEnd());
        }
        LocalDateRange weeks = wholeWeeks(requested, workplace);
        ZoneId zone = workplace.zone();
        // A week may start at an hour other than midnight (29 CFR 778.105): shifts are selected from that hour on.
        Instant from = weeks.getStart().atTime(workplace.weekStartTime()).atZone(zone).toInstant();
        Instant until = weeks.getEnd().atTime(workplace.weekStartTime()).atZone(zone).toInstant();
        return new Setup(parameters, dayTypes, policy, weeks, from, until, new SharedCalendar(weeks));
    }

    private EmployeeContext context(Setup setup, Workplace workplace, Employee employee, List<Shift> all, List<Earning> earnings,
            List<Attestation> attestations, List<Leave> leave, boolean leaveRecorded, Evaluation evaluation) {
        List<Shift> shifts = select(all, setup.from(), setup.until(), evaluation.asOf(), pack.countsWorkByInstant());
        Timeline timeline = Timeline.build(shifts, workplace.zone(), setup.dayTypes(), setup.policy());
        Ledger ledger = Ledger.of(timeline);
        EmployeeContext context = new EmployeeContext(employee, workplace, setup.parameters(), pack.headcountPolicy(), setup.dayTypes(),
                timeline, ledger, setup.weeks(), earnings, attestations, leave, leaveRecorded, evaluation.asOf());
        context.share(setup.calendar());
        return context;
    }

    /** A parameter the data does not cover for a date makes the rule's answer indeterminate, not a crash. */
    private static void guarded(Rule rule, EmployeeContext context, Runnable body, List<Finding> findings) {
        try {
            body.run();
        } catch (MissingParameterException e) {
            LocalDate date = e.date();
            findings.add(new Finding(context.employeeId(), rule.info().id(), rule.info().title(), Severity.INDETERMINATE,
                    LocalDateRange.ofClosed(date, date), null, null, rule.info().citation(), null,
                    Text.of("core.parameter-missing", "key", e.key(), "date", date),
                    Basis.ACTUAL));
        } catch (org.worktime.core.domain.InvalidDataException e) {
            unreadable(rule, context, e.explanation(), findings);
        } catch (IllegalArgumentException | java.time.DateTimeException | ArithmeticException e) {
            // A term or attribute in a form the rule cannot parse (a date, a number, a duration): the user's data, so the
            // rule's answer is indeterminate and says why, instead of the whole run failing.
            String what = String.valueOf(e.getMessage());
            unreadable(rule, context, Text.of("core.rule.unreadable-value", "what", what), findings);
        }
    }

    private static void unreadable(Rule rule, EmployeeContext context, Text why, List<Finding> findings) {
        findings.add(new Finding(context.employeeId(), rule.info().id(), rule.info().title(), Severity.INDETERMINATE, context.period(),
                null, null, rule.info().citation(), null, Text.of("core.cannot-decide", "why", why), Basis.ACTUAL));
    }

    /**
     * Recorded shifts before {@code asOf} and planned shifts from it on; every recorded shift when it is null. Shifts
     * starting in {@code [from, until)}, or overlapping it when the pack counts work by instant.
     */
    private static List<Shift> select(List<Shift> shifts, Instant from, Instant until, Instant asOf, boolean overlapping) {
        List<Shift> selected = new ArrayList<>(shifts.size());
        for (Shift s : shifts) {
            boolean inside = overlapping
                    ? s.end().isAfter(from) && s.start().isBefore(until)
                    : !s.start().isBefore(from) && s.start().isBefore(until);
            if (!inside) {
                continue;
            }
            boolean planned = s.origin() == Shift.Origin.PLANNED;
            if (asOf == null ? !planned : planned != s.start().isBefore(asOf)) {
                selected.add(s);
            }
        }
        return selected;
    }

    /** The period widened to whole weeks of the workplace, so that weekly limits see every day of a week. */
    static LocalDateRange wholeWeeks(LocalDateRange period, Workplace workplace) {
        LocalDate start = period.getStart().with(TemporalAdjusters.previousOrSame(workplace.weekStart()));
        LocalDate lastDay = period.getEndInclusive();
        LocalDate end = lastDay.with(TemporalAdjusters.previousOrSame(workplace.weekStart())).plusWeeks(1);
        return LocalDateRange.of(start, end);
    }
}
