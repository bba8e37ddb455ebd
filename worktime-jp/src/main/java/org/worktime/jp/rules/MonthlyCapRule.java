package org.worktime.jp.rules;

import java.time.Duration;
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
 * Art. 36(6)(ii): overtime plus statutory-holiday work must stay under 100 hours in every month (月100時間未満): exactly
 * 100 h breaks it. A cap on the hours actually worked, with or without a special clause. The month is the Art. 36
 * agreement's month (from its 起算日), or the calendar month when no agreement is in force.
 */
@LegalRule(
        id = "JP-LSA-36-6-2",
        law = "Labor Standards Act (Japan)",
        article = "Art. 36(6)(ii)",
        effectiveFrom = "2019-04-01",
        version = "Act No. 71 of 2018",
        source = "https://chiba-hatarakikata.com/column/1104/")
public final class MonthlyCapRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        StatutoryHours hours = JpFacts.of(context).hours();
        LocalDateRange period = context.period();
        LocalDate d = period.getStart();
        while (d.isBefore(period.getEnd())) {
            LocalDateRange month = Art36Agreement.gridOn(context, d).monthOf(d);
            LocalDate on = month.getStart().isBefore(d) ? d : month.getStart();
            if (Art36Agreement.reformInForce(context, on) && Art36Agreement.capsApply(context, on)) {
                Parameter cap = context.parameter("jp.lsa36.monthly-cap", on);
                long total = hours.overtime(month) + hours.holiday(month);
                if (total >= cap.seconds()) {
                    findings.accept(RuleSupport.violation(context, info(), month, Measure.seconds(total), Measure.seconds(cap.seconds()),
                            RuleSupport.citation(info(), cap), Penalties.art119(context, on), Text.of(
                                    "jp.monthly-cap.violation", "total", Duration.ofSeconds(total), "month", month.getStart(),
                                    "cap", Duration.ofSeconds(cap.seconds()))));
                }
            }
            d = month.getEnd();
        }
    }
}
