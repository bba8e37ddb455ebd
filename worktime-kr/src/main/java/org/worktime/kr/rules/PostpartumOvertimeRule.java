package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * Art. 71: within a year after childbirth (status {@code POSTPARTUM}), overtime of at most 2 hours a day, 6 a week
 * and 150 a year, even under a collective agreement. Overtime is counted as for premium pay: hours beyond 8 in a
 * day and beyond 40 in the week, never twice, holiday hours counted as ordinary hours. The year is counted from
 * the first evaluated week of the status: the finding says so, since earlier records are not seen.
 */
@LegalRule(
        id = "KR-LSA-71",
        law = "Labor Standards Act",
        article = "Art. 71",
        effectiveFrom = "1997-03-13",
        version = "Act No. 5309 (1997-03-13) and later",
        source = "https://www.law.go.kr/법령/근로기준법")
public final class PostpartumOvertimeRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        warnBeyondTheYear(context, findings);
        long yearTotal = 0;
        boolean yearReported = false;
        for (LocalDate weekStart : context.weekStarts()) {
            if (!Protection.isPostpartum(context, weekStart) || !Applicability.of(context, Applicability.ART71, weekStart, true).applies()) {
                continue;
            }
            long dayLimit = context.parameter("kr.lsa50.day-limit", weekStart).seconds();
            long weekLimit = context.parameter("kr.lsa50.week-limit", weekStart).seconds();
            long[] overtime = WeekHours.overtimeByDay(context, weekStart, dayLimit, weekLimit, WeekHours.HolidayCounting.ORDINARY);
            Parameter dayCap = context.parameter("kr.lsa71.day-cap", weekStart);
            for (int d = 0; d < 7; d++) {
                LocalDate date = weekStart.plusDays(d);
                long beyondDay = Math.max(0, context.ledger().workedOn(date) - dayLimit);
                if (beyondDay > dayCap.seconds() && Protection.isPostpartum(context, date)) {
                    findings.accept(violation(context, RuleSupport.day(date), beyondDay, dayCap, date, Text.of("kr.postpartum.day",
                            "overtime", RuleSupport.duration(beyondDay), "date", date, "cap", RuleSupport.duration(dayCap.seconds()))));
                }
            }
            long week = WeekHours.sum(overtime);
            Parameter weekCap = context.parameter("kr.lsa71.week-cap", weekStart);
            if (week > weekCap.seconds()) {
                findings.accept(violation(context, RuleSupport.week(weekStart), week, weekCap, weekStart, Text.of("kr.postpartum.week",
                        "overtime", RuleSupport.duration(week), "week", weekStart, "cap", RuleSupport.duration(weekCap.seconds()))));
            }
            yearTotal += week;
            Parameter yearCap = context.parameter("kr.lsa71.year-cap", weekStart);
            if (yearTotal > yearCap.seconds() && !yearReported) {
                yearReported = true;
                findings.accept(violation(context, RuleSupport.week(weekStart), yearTotal, yearCap, weekStart, Text.of("kr.postpartum.year",
                        "overtime", RuleSupport.duration(yearTotal), "week", weekStart, "cap", RuleSupport.duration(yearCap.seconds()))));
            }
        }
    }

    /**
     * A POSTPARTUM record the law cannot mean: open-ended, or longer than the year after childbirth. The rules read it to
     * the year's end (Protection); the warning says so, once per record the evaluation touches.
     */
    private void warnBeyondTheYear(EmployeeContext context, Consumer<Finding> findings) {
        org.threeten.extra.LocalDateRange period = context.period();
        for (org.worktime.core.domain.StatusPeriod p : context.employee().statuses()) {
            if (!p.status().equals(Protection.POSTPARTUM) || !p.period().overlaps(period)) {
                continue;
            }
            LocalDate until = Protection.protectedUntil(context, p);
            boolean open = p.period().isUnboundedEnd();
            if (!open && !p.period().getEnd().isAfter(until)) {
                continue;
            }
            LocalDate last = until.minusDays(1);
            findings.accept(RuleSupport.warning(context, info(), p.period().intersection(period), null, null,
                    RuleSupport.citation(info(), context.parameter("kr.lsa71.protected-months", p.period().getStart())), Text.of("kr.postpartum.beyond-the-year",
                            "from", p.period().getStart(), "open", open ? "open" : "closed", "to", open ? null : p.period().getEndInclusive(),
                            "last", last)));
        }
    }

    private Finding violation(EmployeeContext context, org.threeten.extra.LocalDateRange period, long measured, Parameter cap,
            LocalDate date, Text message) {
        return RuleSupport.violation(context, info(), period, Measure.seconds(measured), Measure.seconds(cap.seconds()),
                RuleSupport.citation(info(), cap), KoreanPenalties.hours(context, date), message);
    }
}
