package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Text;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * Art. 55(1): at least one paid holiday a week. Checked per workplace week: a week in which the employee
 * worked on all seven calendar days (a shift into the small hours takes that day too) had no day of rest.
 * The "on average" wording matters under averaging arrangements, which later work will add; here each week
 * stands alone.
 */
@LegalRule(
        id = "KR-LSA-55-1",
        law = "Labor Standards Act",
        article = "Art. 55(1)",
        effectiveFrom = "1997-03-13",
        version = "Act No. 15513 (2018-03-20)",
        source = "https://www.law.go.kr/법령/근로기준법")
public final class WeeklyHolidayRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        for (LocalDate weekStart : context.weekStarts()) {
            LocalDateRange week = RuleSupport.week(weekStart);
            if (!Applicability.of(context, Applicability.ART55_1, weekStart, true).applies()) {
                continue;
            }
            int restDays = 0;
            long first = weekStart.toEpochDay(); // epoch days: no LocalDate per day of every week
            for (int d = 0; d < 7; d++) {
                if (context.ledger().workedOnCalendarDay(first + d) == 0) {
                    restDays++;
                }
            }
            if (restDays > 0) {
                continue;
            }
            findings.accept(RuleSupport.violation(context, info(), week, Measure.count(restDays, "days"), Measure.count(1, "days"),
                    info().citation(), KoreanPenalties.hours(context, weekStart), Text.of("kr.weekly-holiday.none", "week", weekStart)));
        }
    }
}
