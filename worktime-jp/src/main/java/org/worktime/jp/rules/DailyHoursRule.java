package org.worktime.jp.rules;

import java.time.Duration;
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
 * Art. 32(2): 8 hours a day. A continuous shift across midnight belongs to the day it started. Hours beyond the day's
 * limit need an Art. 36 agreement covering the day.
 */
@LegalRule(
        id = "JP-LSA-32-2",
        law = "Labor Standards Act (Japan)",
        article = "Art. 32(2); Art. 36(1)",
        effectiveFrom = "1947-09-01",
        version = "Act No. 49 of 1947 as amended by Act No. 71 of 2018",
        source = "https://www.japaneselawtranslation.go.jp/ja/laws/view/2236/en")
public final class DailyHoursRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        StatutoryHours hours = JpFacts.of(context).hours();
        for (LocalDate date : context.dates()) {
            long beyond = hours.beyondDayOn(date);
            if (beyond == 0 || Art36Agreement.inForce(context, date).isPresent()) {
                continue;
            }
            Parameter limit = Thresholds.dayLimit(context, date);
            long counted = hours.countedOn(date);
            findings.accept(RuleSupport.violation(context, info(), RuleSupport.day(date), Measure.seconds(counted),
                    Measure.seconds(counted - beyond), RuleSupport.citation(info(), limit), Penalties.art119(context, date), Text.of(
                            "jp.daily-hours.violation", "worked", Duration.ofSeconds(counted), "date", date,
                            "beyond", Duration.ofSeconds(beyond))));
        }
    }
}
