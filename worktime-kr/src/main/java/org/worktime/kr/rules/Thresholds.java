package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.worktime.core.engine.EmployeeContext;

/**
 * Where ordinary hours end and extended work begins, for one employee and date: 8 h a day and 40 h a week
 * (Art. 50); 7 h and 35 h for a minor (Art. 69); under a valid flexible arrangement (Art. 51) the hours it
 * schedules, where they are more (a scheduled 10-hour day is not extended work until its 10th hour; MOEL's
 * reading, kr.md 2.1.4).
 */
final class Thresholds {

    private Thresholds() {
    }

    static long dayLimit(EmployeeContext context, LocalDate date) {
        long ordinary = Protection.dayLimit(context, date);
        if (!RuleSupport.hasAny(context, FlexibleArrangement.TWO_WEEK, FlexibleArrangement.THREE_MONTH, FlexibleArrangement.SIX_MONTH)) {
            return ordinary;
        }
        Optional<FlexibleArrangement> flexible = FlexibleArrangement.validOn(context, date);
        return flexible.map(f -> Math.max(ordinary, f.scheduledOn(date))).orElse(ordinary);
    }

    /** The day limits of the seven days of a week, in order. */
    static long[] dayLimits(EmployeeContext context, LocalDate weekStart) {
        long[] limits = new long[7];
        for (int d = 0; d < 7; d++) {
            limits[d] = dayLimit(context, weekStart.plusDays(d));
        }
        return limits;
    }

    static long weekLimit(EmployeeContext context, LocalDate weekStart) {
        long ordinary = Protection.weekLimit(context, weekStart);
        if (!RuleSupport.hasAny(context, FlexibleArrangement.TWO_WEEK, FlexibleArrangement.THREE_MONTH, FlexibleArrangement.SIX_MONTH)) {
            return ordinary;
        }
        Optional<FlexibleArrangement> flexible = FlexibleArrangement.validOn(context, weekStart);
        return flexible.map(f -> Math.max(ordinary, f.scheduledBetween(weekStart, 7))).orElse(ordinary);
    }

    static boolean flexible(EmployeeContext context, LocalDate date) {
        return FlexibleArrangement.validOn(context, date).isPresent();
    }
}
