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
        title = "Overtime after childbirth beyond 2 h a day, 6 h a week or 150 h a year",
        titleKo = "산후 1년 미만 근로자의 시간외근로 한도 초과",
        law = "Labor Standards Act",
        article = "Art. 71",
        effectiveFrom = "1997-03-13",
        version = "Act No. 5309 (1997-03-13) and later",
        source = "https://www.law.go.kr/법령/근로기준법",
        summary = "Within a year after childbirth, overtime is at most 2 hours a day, 6 a week and 150 a year.")
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
                    findings.accept(violation(context, RuleSupport.day(date), beyondDay, dayCap, date, Text.legacy(
                            RuleSupport.hours(beyondDay) + " h of overtime on " + date + " within a year after childbirth, beyond "
                                    + RuleSupport.hours(dayCap.seconds()) + " h a day.",
                            date + " 산후 1년 미만 근로자의 시간외근로 " + RuleSupport.hours(beyondDay) + "시간, 1일 한도 "
                                    + RuleSupport.hours(dayCap.seconds()) + "시간 초과.")));
                }
            }
            long week = WeekHours.sum(overtime);
            Parameter weekCap = context.parameter("kr.lsa71.week-cap", weekStart);
            if (week > weekCap.seconds()) {
                findings.accept(violation(context, RuleSupport.week(weekStart), week, weekCap, weekStart, Text.legacy(
                        RuleSupport.hours(week) + " h of overtime in the week from " + weekStart + " within a year after childbirth, beyond "
                                + RuleSupport.hours(weekCap.seconds()) + " h a week.",
                        weekStart + " 주 산후 1년 미만 근로자의 시간외근로 " + RuleSupport.hours(week) + "시간, 주 한도 "
                                + RuleSupport.hours(weekCap.seconds()) + "시간 초과.")));
            }
            yearTotal += week;
            Parameter yearCap = context.parameter("kr.lsa71.year-cap", weekStart);
            if (yearTotal > yearCap.seconds() && !yearReported) {
                yearReported = true;
                findings.accept(violation(context, RuleSupport.week(weekStart), yearTotal, yearCap, weekStart, Text.legacy(
                        RuleSupport.hours(yearTotal) + " h of overtime by the week from " + weekStart
                                + " within a year after childbirth (counted over the records evaluated), beyond "
                                + RuleSupport.hours(yearCap.seconds()) + " h a year.",
                        weekStart + " 주까지 산후 1년 미만 근로자의 시간외근로 누계 " + RuleSupport.hours(yearTotal) + "시간 (평가한 기록 기준), 연 한도 "
                                + RuleSupport.hours(yearCap.seconds()) + "시간 초과.")));
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
            String recorded = open ? "is recorded open-ended" : "is recorded to " + p.period().getEndInclusive();
            String recordedKo = open ? "종료일 없이 기록되어" : p.period().getEndInclusive() + "까지 기록되어";
            findings.accept(RuleSupport.warning(context, info(), p.period().intersection(period), null, null,
                    RuleSupport.citation(info(), context.parameter("kr.lsa71.protected-months", p.period().getStart())), Text.legacy(
                            "The status POSTPARTUM from " + p.period().getStart() + " " + recorded + "; the Act protects a worker for one year"
                                    + " after childbirth (Art. 71), so it is read to " + last + ". Record the status with its end date.",
                            p.period().getStart() + "부터의 POSTPARTUM(산후) 상태가 " + recordedKo + " 있으나, 법은 산후 1년만 보호하므로 "
                                    + last + "까지로 읽었습니다. 종료일을 기록하십시오.")));
        }
    }

    private Finding violation(EmployeeContext context, org.threeten.extra.LocalDateRange period, long measured, Parameter cap,
            LocalDate date, Text message) {
        return RuleSupport.violation(context, info(), period, Measure.seconds(measured), Measure.seconds(cap.seconds()),
                RuleSupport.citation(info(), cap), KoreanPenalties.hours(context, date), message);
    }
}
