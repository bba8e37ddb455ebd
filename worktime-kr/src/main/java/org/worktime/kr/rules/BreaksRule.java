package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Shift;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * Art. 54(1): at least 30 minutes of break for 4 hours of work and 1 hour for 8, given during working time
 * (a break at the very start or end of a shift does not count). From 2026-12-10 a worker whose working time
 * is 4 hours may ask to skip it (Act No. 21784); how long "4 hours" is, is the row {@code kr.lsa54.four-hour-waiver.max-work}. No further break is required beyond 1 hour for very long
 * days (open question 4 of the fact sheet: the rule for days over 12 hours is not settled). Break minutes without their
 * times are enough only if they lay within working time, which is not known: such a shift is indeterminate, unless even
 * all of them would fall short.
 */
@LegalRule(
        id = "KR-LSA-54-1",
        law = "Labor Standards Act",
        article = "Art. 54(1)",
        effectiveFrom = "1997-03-13",
        version = "Act No. 5309 (1997-03-13); Act No. 21784 (2026-06-09) from 2026-12-10",
        source = "https://www.law.go.kr/법령/근로기준법")
public final class BreaksRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        // The thresholds are asked for every shift: kept over the days their rows cannot change.
        DatedSeconds shortThreshold = new DatedSeconds("kr.lsa54.threshold-short");
        DatedSeconds longThreshold = new DatedSeconds("kr.lsa54.threshold-long");
        for (Shift shift : context.timeline().shifts()) {
            LocalDate date = shift.start().atZone(context.workplace().zone()).toLocalDate();
            if (!context.period().contains(date) || !Applicability.of(context, Applicability.ART54, date, true).applies()
                    || SpecialIndustry.breaksChanged(context, date)) {
                continue;
            }
            long worked = shift.workedSeconds();
            long shortSeconds = shortThreshold.on(context, date);
            long longSeconds = longThreshold.on(context, date);
            Parameter required;
            if (worked >= longSeconds) {
                required = context.parameter("kr.lsa54.break-long", date);
            } else if (worked >= shortSeconds) {
                required = context.parameter("kr.lsa54.break-short", date);
            } else {
                continue;
            }
            long given = shift.breakSecondsWithinWork();
            if (given >= required.seconds() || waived(context, shift, worked, date)) {
                continue;
            }
            LocalDateRange day = RuleSupport.day(date);
            if (given + shift.unplacedBreakSeconds() >= required.seconds()) {
                // Enough break in total, but whether it was given during working time (not at the start or end) needs its times.
                findings.accept(RuleSupport.indeterminate(context, info(), day, RuleSupport.cannotDecide(Text.of("kr.breaks.unplaced",
                        "start", shift.start().atZone(context.workplace().zone()).toLocalDateTime(), "minutes",
                        shift.unplacedBreakSeconds() / 60, "required", required.seconds() / 60))));
                continue;
            }
            given += shift.unplacedBreakSeconds(); // too short even if all of it was within working time
            findings.accept(RuleSupport.violation(context, info(), day, Measure.seconds(given), Measure.seconds(required.seconds()),
                    RuleSupport.citation(info(), required), KoreanPenalties.hours(context, date), Text.of("kr.breaks.too-short",
                            "start", shift.start().atZone(context.workplace().zone()).toLocalDateTime(), "worked", RuleSupport.duration(worked),
                            "given", given / 60, "required", required.seconds() / 60)));
        }
    }

    /**
     * The 4-hour waiver: in force on the date, asked for by the worker, and a working time within the waiver's scope
     * (the {@code max-work} row: exactly 4:00 h by default, since the duty starts at 4 h).
     */
    private static boolean waived(EmployeeContext context, Shift shift, long worked, LocalDate date) {
        if (!shift.breakWaiverRequested() || !context.parameter("kr.lsa54.four-hour-waiver", date).bool()) {
            return false;
        }
        return worked <= context.parameter("kr.lsa54.four-hour-waiver.max-work", date).seconds();
    }
}
