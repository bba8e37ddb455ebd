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
 * Art. 50(2): 8 hours a day. A day beyond it is lawful only with an Art. 53 agreement covering that day. A
 * shift that crosses midnight counts wholly to the day it started.
 */
@LegalRule(
        id = "KR-LSA-50-2",
        law = "Labor Standards Act",
        article = "Art. 50(2)",
        effectiveFrom = "1997-03-13",
        version = "Act No. 5309 (1997-03-13)",
        source = "https://www.law.go.kr/법령/근로기준법")
public final class DailyRegularHoursRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        boolean[] unknownReported = {false};
        for (LocalDate date : context.dates()) {
            long worked = WeekHours.countedOn(context, date); // deemed hours under discretionary work (Art. 58(3))
            if (worked == 0) {
                continue;
            }
            LocalDateRange day = RuleSupport.day(date);
            Applicability applicability = Applicability.ofAdultHours(context, Applicability.ART50, date);
            if (!RuleSupport.applies(applicability, context, info(), day, unknownReported, findings)) {
                continue;
            }
            Parameter limit = context.parameter("kr.lsa50.day-limit", date);
            if (SelectiveArrangement.validOn(context, date).isPresent()) {
                continue; // selective hours: no daily limit; the settlement period's total binds (KR-LSA-52)
            }
            long allowed = Thresholds.dayLimit(context, date); // a valid flexible schedule may set more (Art. 51)
            if (worked <= allowed || context.hasAgreement(Agreements.EXTENDED_WORK, date)) {
                continue;
            }
            findings.accept(RuleSupport.violation(context, info(), day, Measure.seconds(worked), Measure.seconds(allowed),
                    RuleSupport.citation(info(), limit), KoreanPenalties.hours(context, date), Text.of("kr.daily-hours.no-agreement",
                            "worked", RuleSupport.duration(worked), "date", date)));
        }
    }
}
