package org.worktime.jp.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Text;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * Art. 35 with Art. 36(1): work on the statutory holiday the employer designated is lawful only under an Art. 36
 * agreement that provides for holiday work (term {@code holidayWork}, true unless stated false). Work on a
 * non-statutory day off is not holiday work (it is ordinary time or overtime).
 */
@LegalRule(
        id = "JP-LSA-36-1",
        law = "Labor Standards Act (Japan)",
        article = "Art. 35; Art. 36(1)",
        effectiveFrom = "1947-09-01",
        version = "Act No. 49 of 1947 as amended by Act No. 71 of 2018",
        source = "https://www.japaneselawtranslation.go.jp/ja/laws/view/2236/en")
public final class HolidayWorkRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        StatutoryHours hours = JpFacts.of(context).hours();
        for (LocalDate date : context.dates()) {
            long holiday = hours.holidayOn(date);
            if (holiday == 0) {
                continue;
            }
            Optional<Art36Agreement> agreement = Art36Agreement.inForce(context, date);
            if (agreement.isPresent() && agreement.get().holidayWork()) {
                continue;
            }
            Text why = agreement.isEmpty() ? Text.of("jp.holiday-work.why.no-agreement") : Text.of("jp.holiday-work.why.no-holiday-work");
            findings.accept(RuleSupport.violation(context, info(), RuleSupport.day(date), Measure.seconds(holiday), Measure.seconds(0),
                    info().citation(), Penalties.art119(context, date), Text.of(
                            "jp.holiday-work.violation", "worked", Duration.ofSeconds(holiday), "date", date, "why", why)));
        }
    }
}
