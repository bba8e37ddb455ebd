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
 * Art. 74(5): no overtime at all for a pregnant worker (status {@code PREGNANT}): no hour beyond 8 in a day or 40
 * in the week, whatever agreement is on file. Holiday work of a pregnant worker is Art. 70(2)'s matter
 * ({@code KR-LSA-70-2}). Applies to every workplace (Decree Table 1); Art. 63 lifts it with the other hours rules.
 */
@LegalRule(
        id = "KR-LSA-74-5",
        law = "Labor Standards Act",
        article = "Art. 74(5)",
        effectiveFrom = "1997-03-13",
        version = "Act No. 5309 (1997-03-13) and later",
        source = "https://www.law.go.kr/법령/근로기준법")
public final class PregnantOvertimeRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        for (LocalDate date : context.dates()) {
            long worked = context.ledger().workedOn(date);
            if (worked == 0 || !Protection.isPregnant(context, date) || !Applicability.of(context, Applicability.ART74, date, true).applies()) {
                continue;
            }
            Parameter limit = context.parameter("kr.lsa50.day-limit", date);
            if (worked > limit.seconds()) {
                findings.accept(RuleSupport.violation(context, info(), RuleSupport.day(date), Measure.seconds(worked),
                        Measure.seconds(limit.seconds()), RuleSupport.citation(info(), limit), KoreanPenalties.hours(context, date), Text.of("kr.pregnant.day",
                                "worked", RuleSupport.duration(worked), "date", date)));
            }
        }
        for (LocalDate weekStart : context.weekStarts()) {
            if (!Protection.isPregnant(context, weekStart) || !Applicability.of(context, Applicability.ART74, weekStart, true).applies()) {
                continue;
            }
            Parameter limit = context.parameter("kr.lsa50.week-limit", weekStart);
            long total = WeekHours.total(context, weekStart, true);
            if (total > limit.seconds()) {
                findings.accept(RuleSupport.violation(context, info(), RuleSupport.week(weekStart), Measure.seconds(total),
                        Measure.seconds(limit.seconds()), RuleSupport.citation(info(), limit), KoreanPenalties.hours(context, weekStart), Text.of("kr.pregnant.week",
                                "worked", RuleSupport.duration(total), "week", weekStart)));
            }
        }
    }
}
