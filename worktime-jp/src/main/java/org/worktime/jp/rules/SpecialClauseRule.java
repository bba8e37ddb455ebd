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
 * Art. 36(5): under a special clause, overtime is at most 720 hours in the agreement year (statutory-holiday work not
 * counted; a lower agreed {@code specialYearLimit} binds instead), and may exceed the general monthly limit (45 h, 42 h)
 * in at most six months of the year. The sectors of Art. 139-141 follow their own dated rows from 2024-04-01: drivers
 * 960 h with no six-month rule, doctors 960 h or 1,860 h counting holiday work.
 */
@LegalRule(
        id = "JP-LSA-36-5",
        law = "Labor Standards Act (Japan)",
        article = "Art. 36(5); Arts 139-141",
        effectiveFrom = "2019-04-01",
        version = "Act No. 71 of 2018",
        source = "https://morisawa-sr.com/?p=3560")
public final class SpecialClauseRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        StatutoryHours hours = JpFacts.of(context).hours();
        for (Art36Agreement agreement : Art36Agreement.all(context)) {
            var loaded = agreement.loadedPart(context);
            if (loaded.isEmpty() || !agreement.specialClause()) {
                continue;
            }
            MonthGrid grid = agreement.grid();
            for (LocalDateRange year = grid.yearOf(loaded.get().getStart()); year.getStart().isBefore(loaded.get().getEnd());
                    year = grid.yearOf(year.getEnd())) {
                LocalDateRange part = agreement.clip(year);
                LocalDate on = part.getStart();
                if (!Art36Agreement.reformInForce(context, on) || !agreement.limitsApply(context, on)) {
                    continue;
                }
                checkYear(context, agreement, part, hours, findings);
                checkMonthsOver(context, agreement, grid, part, hours, findings);
            }
        }
    }

    private void checkYear(EmployeeContext context, Art36Agreement agreement, LocalDateRange part, StatutoryHours hours,
            Consumer<Finding> findings) {
        LocalDate on = part.getStart();
        Parameter legal = Art36Agreement.sectorRow(context, agreement.sector(), "year-limit", on)
                .orElseGet(() -> context.parameter("jp.lsa36.special.year-limit", on));
        boolean withHoliday = Art36Agreement.sectorRow(context, agreement.sector(), "year-includes-holiday", on)
                .map(Parameter::bool).orElse(false);
        long limit = Math.min(legal.seconds(), agreement.term("specialYearLimit").orElse(Long.MAX_VALUE));
        long measured = hours.overtime(part) + (withHoliday ? hours.holiday(part) : 0);
        if (measured <= limit) {
            return;
        }
        findings.accept(RuleSupport.violation(context, info(), part, Measure.seconds(measured), Measure.seconds(limit),
                RuleSupport.citation(info(), legal), Penalties.art119(context, on), Text.of(
                        "jp.special-clause.year", "measured", Duration.ofSeconds(measured), "what", withHoliday ? "holiday" : "overtime",
                        "year", part.getStart(), "limit", Duration.ofSeconds(limit))));
    }

    private void checkMonthsOver(EmployeeContext context, Art36Agreement agreement, MonthGrid grid, LocalDateRange part,
            StatutoryHours hours, Consumer<Finding> findings) {
        LocalDate on = part.getStart();
        if (!Art36Agreement.sectorRow(context, agreement.sector(), "months-over-applies", on).map(Parameter::bool).orElse(true)) {
            return;
        }
        long monthLimit = agreement.legalMonthLimit(context, on).seconds();
        Parameter allowed = context.parameter("jp.lsa36.special.months-over", on);
        int over = 0;
        LocalDate seventh = null;
        for (LocalDateRange month = grid.monthOf(on); month.getStart().isBefore(part.getEnd()); month = grid.monthAt(month.getStart(), 1)) {
            if (hours.overtime(agreement.clip(month)) > monthLimit) {
                over++;
                if (over == allowed.integer() + 1) {
                    seventh = month.getStart();
                }
            }
        }
        if (over <= allowed.integer()) {
            return;
        }
        findings.accept(RuleSupport.violation(context, info(), part, Measure.count(over, "months"), Measure.count(allowed.integer(), "months"),
                RuleSupport.citation(info(), allowed), Penalties.art119(context, on), Text.of(
                        "jp.special-clause.months-over", "over", over, "year", part.getStart(), "limit", Duration.ofSeconds(monthLimit),
                        "allowed", allowed.integer(), "first", seventh)));
    }
}
