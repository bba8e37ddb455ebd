package org.worktime.jp.rules;

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
 * Art. 35: at least one holiday a week (para. 1) or, where the rules of employment adopt the variable holiday system
 * (workplace attribute {@value #FOUR_WEEK_START}, the ISO start date of its four-week cycles), at least four holidays in
 * every four weeks (para. 2). A holiday is a whole calendar day, 0:00 to 24:00, without work.
 *
 * <p>Only weeks (or four-week cycles) wholly inside the evaluated dates are judged, since a day outside them is not
 * known to be free.
 */
@LegalRule(
        id = "JP-LSA-35",
        law = "Labor Standards Act (Japan)",
        article = "Art. 35",
        effectiveFrom = "1947-09-01",
        version = "Act No. 49 of 1947",
        source = "https://www.japaneselawtranslation.go.jp/ja/laws/view/2236/en")
public final class WeeklyRestDayRule implements LimitRule {

    /** Workplace attribute: the first day of the four-week cycles of the variable holiday system (変形休日制). */
    public static final String FOUR_WEEK_START = "jp.lsa35.four-week-start";

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        String cycleStart = context.workplace().attributes().get(FOUR_WEEK_START);
        if (cycleStart == null) {
            for (LocalDate weekStart : context.weekStarts()) {
                judge(context, RuleSupport.week(weekStart), context.parameter("jp.lsa35.days-per-week", weekStart), findings);
            }
            return;
        }
        LocalDate anchor = LocalDate.parse(cycleStart.trim());
        LocalDateRange period = context.period();
        long offset = Math.floorMod(period.getStart().toEpochDay() - anchor.toEpochDay(), 28);
        LocalDate start = offset == 0 ? period.getStart() : period.getStart().plusDays(28 - offset);
        for (LocalDate s = start; !s.plusDays(28).isAfter(period.getEnd()); s = s.plusDays(28)) {
            judge(context, LocalDateRange.of(s, s.plusDays(28)), context.parameter("jp.lsa35.days-per-4-weeks", s), findings);
        }
    }

    private void judge(EmployeeContext context, LocalDateRange range, Parameter required, Consumer<Finding> findings) {
        Coverage coverage = JpFacts.of(context).coverage();
        long free = 0;
        for (LocalDate d = range.getStart(); d.isBefore(range.getEnd()); d = d.plusDays(1)) {
            if (!coverage.hoursRulesApply(d)) {
                return; // the article does not apply to the worker for part of the range: not judged
            }
            if (context.ledger().workedOnCalendarDate(d) == 0) {
                free++;
            }
        }
        if (free >= required.integer()) {
            return;
        }
        findings.accept(RuleSupport.violation(context, info(), range, Measure.count(free, "days"), Measure.count(required.integer(), "days"),
                RuleSupport.citation(info(), required), Penalties.art119(context, range.getStart()), Text.of(
                        "jp.weekly-rest.violation", "free", free, "from", range.getStart(), "to", range.getEndInclusive(),
                        "required", required.integer())));
    }
}
