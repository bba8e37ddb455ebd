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
 * Art. 50(1): 40 hours a week. Hours beyond it are lawful only as extended work under an Art. 53 agreement;
 * this rule reports the weeks whose hours beyond 40 fall on days no agreement covers.
 */
@LegalRule(
        id = "KR-LSA-50-1",
        law = "Labor Standards Act",
        article = "Art. 50(1)",
        effectiveFrom = "2011-07-01",
        version = "Act No. 6974 (2003-09-15); week per Art. 2(1)7, Act No. 15513 (2018-03-20)",
        source = "https://www.law.go.kr/법령/근로기준법")
public final class WeeklyRegularHoursRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        RuleSupport.forEachApplicableWeek(context, info(), Applicability.ART50, true, findings, (weekStart, week) -> {
            boolean includeHolidays = context.parameter("kr.week.includes-holidays", weekStart).bool();
            Parameter limit = context.parameter("kr.lsa50.week-limit", weekStart);
            if (SelectiveArrangement.validOn(context, weekStart).isPresent()) {
                return; // selective hours: the settlement period's total binds (KR-LSA-52), not the week's 40
            }
            long allowed = Thresholds.weekLimit(context, weekStart); // a valid flexible schedule may set more (Art. 51)
            long[] beyond = WeekHours.beyondWeeklyLimit(context, weekStart, allowed, includeHolidays);
            long uncovered = 0;
            for (int d = 0; d < 7; d++) {
                if (beyond[d] > 0 && !context.hasAgreement(Agreements.EXTENDED_WORK, weekStart.plusDays(d))) {
                    uncovered += beyond[d];
                }
            }
            if (uncovered == 0) {
                return;
            }
            long total = WeekHours.total(context, weekStart, includeHolidays);
            findings.accept(RuleSupport.violation(context, info(), week, Measure.seconds(total), Measure.seconds(allowed),
                    RuleSupport.citation(info(), limit), KoreanPenalties.hours(context, weekStart), Text.of("kr.weekly-hours.no-agreement",
                            "total", RuleSupport.duration(total), "week", weekStart, "uncovered", RuleSupport.duration(uncovered),
                            "allowed", RuleSupport.duration(allowed))));
        });
    }
}
