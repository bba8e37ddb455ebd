package org.worktime.jp.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.domain.Workplace;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.engine.Timeline;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Text;
import org.worktime.core.watch.Headroom;
import org.worktime.core.watch.HeadroomCalculator;

/**
 * Japan's headroom: how much overtime and holiday work an employee may still do in the month of an as-of instant
 * before a legal cap breaks. Not a rule (it reports no finding); it reads the rows and the count the Art. 36 rules read.
 *
 * <p>Under an Art. 36 agreement Japan caps no week's total: the binding caps are the month's and the year's
 * ({@link MonthlyCaps}). So the answer is a {@link Headroom.UnitKind#MONTHLY_OVERTIME_CAP}: the Art. 36 month containing
 * the as-of date (from the agreement's 起算日; the calendar month without an agreement), its overtime plus holiday work
 * recorded (shifts starting before the as-of instant) and planned (after it), counted by {@link StatutoryHours}, against
 * the tightest cap in force expressed on that sum. The week's hours are reported for information, with no ceiling.
 *
 * <p>Today's latest lawful end is not computed: how much of an extra hour today is overtime depends on the day's and the
 * week's walk, the working-time system and the later planned days of the week, so a single end time would not be sound.
 */
public final class JapaneseHeadroom implements HeadroomCalculator {

    private static final Citation ART41 = new ManagerExclusionTest().info().citation();
    private static final Citation ART41_2 = new HighlyProfessionalSystemTest().info().citation();
    /** JP-LSA-36-4's citation, for answers about the agreement as a whole. */
    private static final Citation AGREEMENT = new GeneralLimitRule().info().citation();

    /**
     * The week and the Art. 36 month containing the as-of date, on the grid of every agreement in force on it and on the
     * calendar (so that the month's planned shifts are in the contexts). The pack's twelve-month look-back, which the
     * engine adds before it, holds the five months the averages look back and the agreement year's earlier months.
     */
    @Override
    public LocalDateRange horizon(Workplace workplace, Instant asOf, LocalDateRange week) {
        LocalDate today = asOf.atZone(workplace.zone()).toLocalDate();
        LocalDateRange horizon = week.span(MonthGrid.CALENDAR.monthOf(today));
        for (Agreement a : workplace.agreementsOfKind(Art36Agreement.KIND)) {
            if (a.validity().contains(today)) {
                horizon = horizon.span(new Art36Agreement(a).grid().monthOf(today));
            }
        }
        return horizon;
    }

    @Override
    public Headroom compute(EmployeeContext context, Instant asOf) {
        LocalDate today = asOf.atZone(context.workplace().zone()).toLocalDate();
        LocalDate weekStart = context.weekStartOf(today);
        LocalDateRange week = RuleSupport.week(weekStart);
        WeekSums sums = WeekSums.of(context.timeline(), weekStart, today);
        Outcome out = new Outcome(context.employeeId(), week, sums);

        if (!RuleSupport.employedDuring(context, week)) {
            return out.without(Headroom.Status.NOT_APPLICABLE, Text.of("jp.headroom.not-employed"),
                    Thresholds.weekLimit(context, weekStart).citation());
        }
        JpFacts facts = JpFacts.of(context);
        if (Coverage.article41(context, today)) {
            return out.without(Headroom.Status.NOT_APPLICABLE, Text.of("jp.headroom.article-41", "date", today), ART41);
        }
        if (facts.coverage().hps(today)) {
            return out.without(Headroom.Status.NOT_APPLICABLE, Text.of("jp.headroom.hps", "date", today), ART41_2);
        }

        Optional<Art36Agreement> agreement = Art36Agreement.inForce(context, today);
        LocalDateRange month = agreement.map(Art36Agreement::grid).orElse(MonthGrid.CALENDAR).monthOf(today);
        StatutoryHours all = facts.hours();
        List<MonthlyCaps.Cap> caps;
        if (agreement.isEmpty()) {
            caps = List.of(MonthlyCaps.withoutAgreement(context, month, weekStart, today, all));
        } else {
            Art36Agreement a = agreement.get();
            LocalDate on = a.clip(month).getStart();
            // Before the 2019 limits bind there is nothing to read the agreement for (its sector rows start then too).
            if (!Art36Agreement.reformInForce(context, on)) {
                return out.without(Headroom.Status.NOT_APPLICABLE, Text.of("jp.headroom.before-reform", "date", on), AGREEMENT);
            }
            Optional<Text> missing = MonthlyCaps.missing(context, a, on);
            if (missing.isPresent()) {
                return out.without(Headroom.Status.INDETERMINATE, Text.of("jp.headroom.cannot-decide", "why", missing.get()), AGREEMENT);
            }
            caps = MonthlyCaps.withAgreement(context, a, month, all);
            if (caps.isEmpty()) {
                return out.without(Headroom.Status.NOT_APPLICABLE, Text.of("jp.headroom.sector-outside", "sector", a.sector(), "date", on),
                        Art36Agreement.sectorRow(context, a.sector(), "limits-apply", on).map(p -> p.citation())
                                .orElse(AGREEMENT));
            }
        }
        StatutoryHours recorded = StatutoryHours.recorded(context, facts.coverage());
        long total = all.overtime(month) + all.holiday(month);
        long fromRecords = recorded.overtime(month) + recorded.holiday(month);
        return out.monthly(month, agreement.isPresent(), monthWork(all, month), fromRecords, total - fromRecords,
                MonthlyCaps.tightest(caps));
    }

    /** All work counted in the month (deemed hours where the working-time system deems them), holiday work included. */
    private static long monthWork(StatutoryHours hours, LocalDateRange month) {
        long total = 0;
        for (LocalDate d = month.getStart(); d.isBefore(month.getEnd()); d = d.plusDays(1)) {
            total += hours.countedOn(d) + hours.holidayOn(d);
        }
        return total;
    }

    /** The week's work, for information: recorded, planned, and counted to the as-of date; holidays included. */
    private record WeekSums(long recorded, long planned, long today) {

        static WeekSums of(Timeline t, LocalDate weekStart, LocalDate today) {
            long start = weekStart.toEpochDay();
            long recorded = 0;
            long planned = 0;
            long todayTotal = 0;
            for (int i = 0; i < t.size(); i++) {
                long day = t.workEpochDay(i);
                if (day < start || day >= start + 7) {
                    continue;
                }
                if (t.isPlanned(i)) {
                    planned += t.seconds(i);
                } else {
                    recorded += t.seconds(i);
                }
                if (day == today.toEpochDay()) {
                    todayTotal += t.seconds(i);
                }
            }
            return new WeekSums(recorded, planned, todayTotal);
        }
    }

    /** Builds the headroom from the week's sums: without a cap, or with the month's. */
    private record Outcome(String employeeId, LocalDateRange week, WeekSums sums) {

        Headroom without(Headroom.Status status, Text reason, Citation citation) {
            return Headroom.without(employeeId, week, sums.recorded, sums.planned, sums.today, status, reason, citation);
        }

        /**
         * The month against its tightest cap. The ceiling is expressed on overtime plus holiday work: the projection plus
         * what the binding cap leaves (for a cap on overtime alone, that adds the month's holiday work it does not count).
         */
        Headroom monthly(LocalDateRange month, boolean agreed, long work, long recordedSum, long plannedSum, MonthlyCaps.Cap binding) {
            long projected = recordedSum + plannedSum;
            long ceiling = projected + binding.room();
            Headroom.Status status = binding.broken() ? Headroom.Status.BREACH_CERTAIN : Headroom.Status.OK;
            Text verdict;
            if (status == Headroom.Status.BREACH_CERTAIN) {
                verdict = binding.strict()
                        ? Text.of("jp.headroom.verdict.not-under", "used", h(binding.used()), "limit", h(binding.limit()))
                        : Text.of("jp.headroom.verdict.beyond", "beyond", h(-binding.room()));
            } else {
                verdict = Text.of("jp.headroom.verdict.left", "left", h(binding.room()), "strict", binding.strict() ? "strict" : "no");
            }
            Text reason = Text.of("jp.headroom.monthly", "month", agreed ? "agreement" : "calendar", "from", month.getStart(),
                    "to", month.getEndInclusive(), "recorded", h(recordedSum), "planned", h(plannedSum), "projected", h(projected),
                    "cap", binding.what(), "ceiling", h(ceiling), "verdict", verdict);
            return new Headroom(employeeId, week, sums.recorded, sums.planned, null, null, null, sums.today, null, null, null, status,
                    reason, binding.citation(), month, work, recordedSum, plannedSum, projected, ceiling, status,
                    Headroom.UnitKind.MONTHLY_OVERTIME_CAP);
        }
    }

    private static Duration h(long seconds) {
        return Duration.ofSeconds(seconds);
    }
}
