package org.worktime.jp.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.worktime.core.domain.Shift;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * Art. 34(1): a rest period of at least 45 minutes when the work exceeds 6 hours, at least 60 minutes when it exceeds 8
 * hours, given during working hours. Checked per shift: the breaks inside it against the time worked in it.
 */
@LegalRule(
        id = "JP-LSA-34",
        law = "Labor Standards Act (Japan)",
        article = "Art. 34(1)",
        effectiveFrom = "1947-09-01",
        version = "Act No. 49 of 1947",
        source = "https://www.japaneselawtranslation.go.jp/ja/laws/view/2236/en")
public final class BreaksRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        Coverage coverage = JpFacts.of(context).coverage();
        java.time.zone.ZoneRules zone = context.workplace().zone().getRules();
        org.worktime.core.rule.RuleInfo info = info();
        for (Shift shift : context.timeline().shifts()) {
            // The shift's local start date, as atZone(zone).toLocalDate() gives it, without building the date-time.
            long local = shift.start().getEpochSecond() + zone.getOffset(shift.start()).getTotalSeconds();
            LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(local, 86400));
            if (!context.period().contains(date) || !coverage.hoursRulesApply(date)) {
                continue;
            }
            long worked = shift.workedSeconds();
            long breaks = shift.breakSecondsWithinWork();
            Parameter over6 = context.parameter("jp.lsa34.threshold-1", date);
            Parameter over8 = context.parameter("jp.lsa34.threshold-2", date);
            Parameter required = worked > over8.seconds() ? context.parameter("jp.lsa34.break-2", date)
                    : worked > over6.seconds() ? context.parameter("jp.lsa34.break-1", date) : null;
            if (required == null || breaks >= required.seconds()) {
                continue;
            }
            if (breaks + shift.unplacedBreakSeconds() >= required.seconds()) {
                // Enough rest in total, but Art. 34 wants it during working time: that needs the break's times.
                findings.accept(RuleSupport.indeterminate(context, info, RuleSupport.day(date), Text.of("jp.breaks.unplaced",
                        "date", date, "minutes", shift.unplacedBreakSeconds() / 60, "required", required.seconds() / 60)));
                continue;
            }
            breaks += shift.unplacedBreakSeconds(); // too short even if all of it was during working time
            findings.accept(RuleSupport.violation(context, info, RuleSupport.day(date), Measure.seconds(breaks),
                    Measure.seconds(required.seconds()), RuleSupport.citation(info, required), Penalties.art119(context, date), Text.of(
                            "jp.breaks.violation", "date", date, "worked", Duration.ofSeconds(worked), "rest", breaks / 60,
                            "required", required.seconds() / 60)));
        }
    }
}
