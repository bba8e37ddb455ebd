package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * Art. 53(1): extended work of at most 12 hours a week, the "52-hour week". How the 12 hours are measured
 * is itself dated data ({@code kr.lsa53.method}): the weekly total minus 40 for every date by default, since the
 * Supreme Court (2020Do15393) read the Act itself; the ministry's earlier practice, the union of daily hours beyond 8
 * and weekly hours beyond 40, is an alternative row a user can select. The finding names the reading. The week counts holidays
 * from the Art. 2(1)7 phase-in date of the workplace's size. Workplaces under 30 could add 8 hours with a
 * written agreement from 2021-07-01 to 2022-12-31 (Art. 53(3); not for workers under 18, Art. 53(6)).
 */
@LegalRule(
        id = "KR-LSA-53-1",
        law = "Labor Standards Act",
        article = "Art. 53(1)",
        effectiveFrom = "2011-07-01",
        version = "Act No. 15513 (2018-03-20); Supreme Court 2020Do15393 (2023-12-07)",
        source = "https://www.law.go.kr/법령/근로기준법")
public final class ExtendedWorkCapRule implements LimitRule {

    static final String WEEKLY_TOTAL = "WEEKLY_TOTAL";
    static final int ADULT_AGE = 18;

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        RuleSupport.forEachApplicableWeek(context, info(), Applicability.ART53, true, findings, (weekStart, week) -> {
            if (SelectiveArrangement.validOn(context, weekStart).isPresent()) {
                return; // judged over the settlement period below (Art. 53(2))
            }
            if (SpecialIndustry.appliesOn(context, weekStart)) {
                return; // Art. 59: the agreement lifts the 12-hour cap in the five special industries
            }
            boolean includeHolidays = context.parameter("kr.week.includes-holidays", weekStart).bool();
            Parameter method = context.parameter("kr.lsa53.method", weekStart);
            long dayLimit = context.parameter("kr.lsa50.day-limit", weekStart).seconds();
            long weekLimit = context.parameter("kr.lsa50.week-limit", weekStart).seconds();
            long total = WeekHours.total(context, weekStart, includeHolidays);
            boolean flexible = Thresholds.flexible(context, weekStart);
            long extended;
            if (flexible) {
                // Art. 53(2): under a flexible arrangement, extended work is what goes beyond the schedule (beyond
                // the scheduled day where it is more than 8 h, beyond the scheduled week where it is more than 40 h).
                extended = WeekHours.sum(WeekHours.overtimeByDay(context, weekStart, Thresholds.dayLimits(context, weekStart),
                        Thresholds.weekLimit(context, weekStart), WeekHours.HolidayCounting.ORDINARY));
            } else if (WEEKLY_TOTAL.equals(method.text())) {
                extended = Math.max(0, total - weekLimit);
            } else {
                extended = WeekHours.sum(WeekHours.overtimeByDay(context, weekStart, dayLimit, weekLimit,
                        includeHolidays ? WeekHours.HolidayCounting.ORDINARY : WeekHours.HolidayCounting.EXCLUDED));
            }
            long cap = cap(context, weekStart);
            if (extended <= cap) {
                return;
            }
            Text how = flexible ? Text.of("kr.extended-cap.how.flexible") : WEEKLY_TOTAL.equals(method.text())
                    ? Text.of("kr.extended-cap.how.weekly-total", "total", RuleSupport.duration(total))
                    : Text.of("kr.extended-cap.how.daily-and-weekly");
            findings.accept(RuleSupport.violation(context, info(), week, Measure.seconds(extended), Measure.seconds(cap),
                    RuleSupport.citation(info(), method), KoreanPenalties.hours(context, weekStart), Text.of("kr.extended-cap.weekly",
                            "extended", RuleSupport.duration(extended), "week", weekStart, "how", how,
                            "holidays", includeHolidays ? "included" : "excluded", "cap", RuleSupport.duration(cap))));
        });
        checkSelectivePeriods(context, findings);
    }

    /**
     * Art. 53(2): under selective hours, extended work may not exceed 12 hours a week on average over the settlement
     * period: hours beyond the period's total, against 12 h for each 7 days of it.
     */
    private void checkSelectivePeriods(EmployeeContext context, Consumer<Finding> findings) {
        java.util.Set<LocalDate> seen = new java.util.HashSet<>();
        for (LocalDate date : context.dates()) {
            var arrangement = SelectiveArrangement.validOn(context, date);
            if (arrangement.isEmpty()) {
                continue;
            }
            LocalDateRange period = arrangement.get().periodOf(date);
            if (!seen.add(period.getStart()) || !Applicability.ofAdultHours(context, Applicability.ART53, period.getStart()).applies()) {
                continue;
            }
            long extended = context.ledger().workedBetween(period.getStart(), period.lengthInDays()) - arrangement.get().ordinaryHours(context, period);
            Parameter average = context.parameter("kr.lsa52.extension-average", period.getStart());
            long cap = average.seconds() * period.lengthInDays() / 7;
            if (extended <= cap) {
                continue;
            }
            findings.accept(RuleSupport.violation(context, info(), period, Measure.seconds(extended), Measure.seconds(cap),
                    RuleSupport.citation(info(), average), KoreanPenalties.hours(context, period.getStart()), Text.of("kr.extended-cap.selective",
                            "extended", RuleSupport.duration(extended), "from", period.getStart(), "cap", RuleSupport.duration(cap))));
        }
    }

    /**
     * 12 hours, plus the lapsed Art. 53(3) 8 hours where its row, its agreement and the worker's age allow, plus the
     * hours of a special extended work authorization in force (Art. 53(4)).
     */
    private static long cap(EmployeeContext context, LocalDate weekStart) {
        long cap = context.parameter("kr.lsa53.extension-cap", weekStart).seconds();
        cap += SpecialExtendedWork.extraOn(context, weekStart);
        var extra = context.findParameter("kr.lsa53.small-workplace-extra", weekStart);
        if (extra.isPresent() && context.hasAgreement(Agreements.SMALL_WORKPLACE_EXTRA, weekStart)
                && context.employee().ageOn(weekStart).map(age -> age >= ADULT_AGE).orElse(false)) {
            cap += extra.get().seconds();
        }
        return cap;
    }
}
