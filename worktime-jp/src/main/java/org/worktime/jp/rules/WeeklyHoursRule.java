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
 * Art. 32(1): 40 hours a week (44 in a special-measure workplace, Art. 40). Hours beyond it are lawful only under an
 * Art. 36 agreement on file: without one, no overtime at all. Reports the weeks whose hours beyond the week's limit fall
 * on days no agreement covers.
 */
@LegalRule(
        id = "JP-LSA-32-1",
        law = "Labor Standards Act (Japan)",
        article = "Art. 32(1); Art. 36(1); Art. 40",
        effectiveFrom = "1997-04-01",
        version = "Act No. 49 of 1947 as amended by Act No. 71 of 2018",
        source = "https://www.japaneselawtranslation.go.jp/ja/laws/view/2236/en")
public final class WeeklyHoursRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        StatutoryHours hours = JpFacts.of(context).hours();
        for (LocalDate weekStart : context.weekStarts()) {
            long uncovered = 0;
            long total = 0;
            long first = weekStart.toEpochDay();
            for (long day = first; day < first + 7; day++) {
                total += hours.countedAt(day);
                long beyond = hours.beyondWeekAt(day);
                if (beyond > 0 && Art36Agreement.inForce(context, LocalDate.ofEpochDay(day)).isEmpty()) {
                    uncovered += beyond;
                }
            }
            if (uncovered == 0) {
                continue;
            }
            Parameter statutory = Thresholds.weekLimit(context, weekStart);
            // Under variable hours the week's limit is its schedule; under flextime (no weekly limit) the overtime is the
            // settlement period's, counted on its last day.
            long used = hours.weekLimitUsed(weekStart);
            boolean settlement = used == Long.MAX_VALUE || used == 0;
            long limit = settlement ? statutory.seconds() : used;
            Text beyond = settlement ? Text.of("jp.weekly-hours.beyond.settlement")
                    : Text.of("jp.weekly-hours.beyond.limit", "limit", Duration.ofSeconds(limit));
            findings.accept(RuleSupport.violation(context, info(), RuleSupport.week(weekStart), Measure.seconds(total),
                    Measure.seconds(limit), RuleSupport.citation(info(), statutory), Penalties.art119(context, weekStart), Text.of(
                            "jp.weekly-hours.violation", "worked", Duration.ofSeconds(total), "week", weekStart,
                            "uncovered", Duration.ofSeconds(uncovered), "beyond", beyond)));
        }
    }
}
