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
 * Art. 36(4): the overtime an Art. 36 agreement may allow is at most 45 hours a month and 360 hours a year (42 and 320
 * under one-year variable hours longer than three months), statutory-holiday work not counted; a lower limit agreed binds
 * instead. With a special clause the months may go beyond 45 h up to the clause's agreed monthly limit (when stated)
 * and the year is judged by JP-LSA-36-5. Months and the year are counted from the agreement's 起算日.
 */
@LegalRule(
        id = "JP-LSA-36-4",
        law = "Labor Standards Act (Japan)",
        article = "Art. 36(4)",
        effectiveFrom = "2019-04-01",
        version = "Act No. 71 of 2018",
        source = "https://www.ew-sr.com/announce_79841.html")
public final class GeneralLimitRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        StatutoryHours hours = JpFacts.of(context).hours();
        for (Art36Agreement agreement : Art36Agreement.all(context)) {
            var loaded = agreement.loadedPart(context);
            if (loaded.isEmpty()) {
                continue;
            }
            MonthGrid grid = agreement.grid();
            for (LocalDateRange month = grid.monthOf(loaded.get().getStart()); month.getStart().isBefore(loaded.get().getEnd());
                    month = grid.monthAt(month.getStart(), 1)) {
                LocalDateRange part = agreement.clip(month);
                LocalDate on = part.getStart();
                if (!Art36Agreement.reformInForce(context, on) || !agreement.limitsApply(context, on)) {
                    continue;
                }
                Parameter legal = agreement.legalMonthLimit(context, on);
                long limit = agreement.specialClause()
                        ? agreement.term("specialMonthLimit").orElse(Long.MAX_VALUE)
                        : Math.min(legal.seconds(), agreement.term("monthLimit").orElse(Long.MAX_VALUE));
                long overtime = hours.overtime(part);
                if (overtime > limit) {
                    findings.accept(report(context, part, overtime, limit, legal, "month"));
                }
            }
            if (agreement.specialClause()) {
                continue;
            }
            for (LocalDateRange year = grid.yearOf(loaded.get().getStart()); year.getStart().isBefore(loaded.get().getEnd());
                    year = grid.yearOf(year.getEnd())) {
                LocalDateRange part = agreement.clip(year);
                LocalDate on = part.getStart();
                if (!Art36Agreement.reformInForce(context, on) || !agreement.limitsApply(context, on)) {
                    continue;
                }
                Parameter legal = agreement.legalYearLimit(context, on);
                long limit = Math.min(legal.seconds(), agreement.term("yearLimit").orElse(Long.MAX_VALUE));
                long overtime = hours.overtime(part);
                if (overtime > limit) {
                    findings.accept(report(context, part, overtime, limit, legal, "year"));
                }
            }
        }
    }

    private Finding report(EmployeeContext context, LocalDateRange part, long overtime, long limit, Parameter legal, String unit) {
        return RuleSupport.violation(context, info(), part, Measure.seconds(overtime), Measure.seconds(limit),
                RuleSupport.citation(info(), legal), Penalties.art119(context, part.getStart()), Text.of(
                        "jp.general-limit.violation", "overtime", Duration.ofSeconds(overtime), "unit", unit, "from", part.getStart(),
                        "to", part.getEndInclusive(), "limit", Duration.ofSeconds(limit)));
    }
}
