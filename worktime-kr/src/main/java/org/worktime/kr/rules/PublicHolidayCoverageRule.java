package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.engine.Timeline;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Text;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;
import org.worktime.kr.calendar.KoreanPublicHolidays;

/**
 * Art. 55(2): which dates are public holidays is data (the Regulations on Holidays of Government Offices, plus
 * substitute and temporary holidays), bundled for 2018-2027. Work on a date outside the table cannot be
 * classified: it is reported as indeterminate once per employee, because the holiday premium (Art. 56(2)),
 * the public-holiday pay and the overtime count of that date rest on it. A workplace can still declare its
 * holidays itself (agreed holidays in its calendar), which this rule then does not question.
 */
@LegalRule(
        id = "KR-LSA-55-2",
        law = "Labor Standards Act",
        article = "Art. 55(2); Decree Art. 30(2)",
        effectiveFrom = "2018-03-20",
        version = "Act No. 15513 (2018-03-20)",
        source = "https://www.law.go.kr/법령/관공서의공휴일에관한규정")
public final class PublicHolidayCoverageRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        KoreanPublicHolidays holidays = KoreanPublicHolidays.bundled();
        Timeline timeline = context.timeline();
        long firstCovered = holidays.firstCoveredDay().toEpochDay();
        long lastCovered = holidays.lastCoveredDay().toEpochDay();
        LocalDate first = null;
        LocalDate last = null;
        for (int i = 0; i < timeline.size(); i++) {
            long day = timeline.calendarEpochDay(i);
            if (day >= firstCovered && day <= lastCovered) {
                continue; // the common case, decided without making a date
            }
            LocalDate date = LocalDate.ofEpochDay(day);
            if (context.period().contains(date) && !context.workplace().calendar().isOverridden(date)) {
                first = first == null || date.isBefore(first) ? date : first;
                last = last == null || date.isAfter(last) ? date : last;
            }
        }
        if (first == null) {
            return;
        }
        findings.accept(RuleSupport.indeterminate(context, info(), LocalDateRange.ofClosed(first, last), Text.of("kr.public-holidays.uncovered",
                "first", first, "last", last,
                "table", LocalDateRange.ofClosed(holidays.firstCoveredDay(), holidays.lastCoveredDay()))));
    }
}
