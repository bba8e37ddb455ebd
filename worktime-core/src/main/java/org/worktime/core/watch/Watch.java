package org.worktime.core.watch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Workplace;
import org.worktime.core.engine.Engine;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.engine.Evaluation;
import org.worktime.core.finding.Basis;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Text;
import org.worktime.core.param.MissingParameterException;
import org.worktime.core.param.ParameterTable;
import org.worktime.core.report.EmployeeReport;
import org.worktime.core.report.Report;
import org.worktime.core.rule.JurisdictionPack;

/**
 * Warnings before a breach: as of an instant, what each employee may still lawfully work in the current workplace
 * week (and, under an averaging arrangement, in its unit period), and who is at risk. Pure like the {@link Engine}: the as-of instant is an input, no clock is read.
 *
 * <pre>
 * WatchReport report = Watch.of(pack).run(dataset, asOf, 4 * 3600);
 * </pre>
 */
public final class Watch {

    private final JurisdictionPack pack;
    private final HeadroomCalculator calculator;
    private final ParameterTable overrides;

    private Watch(JurisdictionPack pack, HeadroomCalculator calculator, ParameterTable overrides) {
        this.pack = pack;
        this.calculator = calculator;
        this.overrides = overrides;
    }

    /**
     * @throws IllegalArgumentException when the pack computes no headroom ({@link JurisdictionPack#headroom()} is empty)
     */
    public static Watch of(JurisdictionPack pack) {
        Objects.requireNonNull(pack, "pack");
        HeadroomCalculator calculator = pack.headroom().orElseThrow(() -> new IllegalArgumentException(
                "the " + pack.jurisdiction() + " pack does not compute headroom (no watch for this jurisdiction)"));
        return new Watch(pack, calculator, null);
    }

    /** Whether {@link #of} accepts the pack. */
    public static boolean supports(JurisdictionPack pack) {
        return pack.headroom().isPresent();
    }

    /** The same watch with parameter rows replacing the pack's rows of the same keys (as {@link Evaluation#withOverrides}). */
    public Watch withOverrides(ParameterTable table) {
        return new Watch(pack, calculator, table);
    }

    /**
     * The workplace's fixed 7-day week containing the as-of instant, by the dates it starts on: the week starts on the
     * workplace's week day at its start time (midnight unless the employer fixed another hour).
     */
    public static LocalDateRange weekOf(Workplace workplace, Instant asOf) {
        LocalDate start = workplace.weekStartOf(asOf).toLocalDate();
        return LocalDateRange.of(start, start.plusDays(7));
    }

    /**
     * Each employee's headroom in the week of {@code asOf}, with the forecast findings of
     * {@code Engine.evaluate(dataset, Evaluation.of(horizon).withAsOf(asOf))}, the horizon being the calculator's
     * {@link HeadroomCalculator#horizon} (the week, or more when it asks for more: a unit period, a month). The
     * calculator sees contexts built the same way.
     *
     * @param riskSeconds fewer seconds left than this make an employee {@link Headroom.Status#AT_RISK}
     */
    public WatchReport run(Dataset dataset, Instant asOf, long riskSeconds) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(asOf, "asOf");
        if (riskSeconds < 0) {
            throw new IllegalArgumentException("the risk threshold must not be negative: " + riskSeconds + " s");
        }
        LocalDateRange week = weekOf(dataset.workplace(), asOf);
        Evaluation evaluation = Evaluation.of(week).withAsOf(asOf);
        if (overrides != null) {
            evaluation = evaluation.withOverrides(overrides);
        }
        LocalDateRange horizon = calculator.horizon(dataset.workplace(), asOf, week);
        if (!horizon.encloses(week)) {
            throw new IllegalStateException("the " + pack.jurisdiction() + " headroom calculator's horizon " + horizon
                    + " does not enclose the week " + week);
        }
        Evaluation contexts = horizon.equals(week) ? evaluation : new Evaluation(horizon, asOf, evaluation.overrides());
        Engine engine = Engine.of(pack);
        // The forecast findings come from the horizon, not just the week: a month's cap (Japan) or a unit's (Korea's
        // flexible hours) is judged with every planned shift of it.
        Report report = engine.evaluate(dataset, contexts);
        Map<String, List<Finding>> forecast = new HashMap<>();
        for (EmployeeReport employee : report.employees()) {
            forecast.put(employee.employee().id(),
                    employee.findings().stream().filter(f -> f.basis() == Basis.FORECAST).toList());
        }
        List<WatchReport.EmployeeWatch> entries = new ArrayList<>();
        engine.forEachContext(dataset, contexts, context -> {
            Headroom headroom = headroom(context, week, asOf).withRiskThreshold(riskSeconds);
            entries.add(new WatchReport.EmployeeWatch(context.employee(), headroom,
                    forecast.getOrDefault(context.employeeId(), List.of())));
        });
        return new WatchReport(pack.jurisdiction(), dataset.workplace(), asOf, week, riskSeconds, entries);
    }

    /** A parameter the data does not cover makes the answer indeterminate, as it does a rule's. */
    private Headroom headroom(EmployeeContext context, LocalDateRange week, Instant asOf) {
        try {
            Headroom headroom = calculator.compute(context, asOf);
            if (!headroom.employeeId().equals(context.employeeId()) || !headroom.week().equals(week)) {
                throw new IllegalStateException("the " + pack.jurisdiction() + " headroom calculator answered for "
                        + headroom.employeeId() + " " + headroom.week() + ", not " + context.employeeId() + " " + week);
            }
            return headroom;
        } catch (MissingParameterException e) {
            return Headroom.without(context.employeeId(), week, 0, 0, 0, Headroom.Status.INDETERMINATE, Text.of(
                    "core.parameter-missing", "key", e.key(), "date", e.date()),
                    new Citation(pack.displayName(), "-", "", ""));
        }
    }
}
