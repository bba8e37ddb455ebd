package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.worktime.core.domain.Shift;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.RuleInfo;

/**
 * The 11 consecutive hours of rest between working days that Arts 51-2(2), 52(2)1 and 59(2) require: between two
 * consecutive shifts that start on different days (a working day is the day a shift starts), the rest from the end
 * of one to the start of the next.
 */
final class RestBetweenWorkdays {

    private RestBetweenWorkdays() {
    }

    /**
     * @param minimumOn the minimum rest required before a shift starting on the date, or empty when none applies
     * @param context_  the arrangement that requires the rest, a message ("under the Art. 59 special-industry agreement")
     */
    static void check(EmployeeContext context, RuleInfo info, BiFunction<EmployeeContext, LocalDate, Optional<Parameter>> minimumOn,
            Text context_, Consumer<Finding> findings) {
        List<Shift> shifts = context.timeline().shifts();
        for (int i = 1; i < shifts.size(); i++) {
            Shift previous = shifts.get(i - 1);
            Shift next = shifts.get(i);
            LocalDate day = next.start().atZone(context.workplace().zone()).toLocalDate();
            LocalDate previousDay = previous.start().atZone(context.workplace().zone()).toLocalDate();
            if (previousDay.equals(day) || !context.period().contains(day) || !info.isEffectiveOn(day)) {
                continue;
            }
            Optional<Parameter> minimum = minimumOn.apply(context, day);
            if (minimum.isEmpty()) {
                continue;
            }
            long rest = next.start().getEpochSecond() - previous.end().getEpochSecond();
            if (rest >= minimum.get().seconds()) {
                continue;
            }
            var ended = previous.end().atZone(context.workplace().zone()).toLocalDateTime();
            findings.accept(RuleSupport.violation(context, info, RuleSupport.day(day), Measure.seconds(rest),
                    Measure.seconds(minimum.get().seconds()), RuleSupport.citation(info, minimum.get()), KoreanPenalties.hours(context, day), Text.of("kr.rest.too-short",
                            "rest", RuleSupport.duration(rest), "day", day, "ended", ended, "context", context_,
                            "minimum", RuleSupport.duration(minimum.get().seconds()))));
        }
    }
}
