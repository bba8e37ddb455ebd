package org.worktime.jp.rules;

import java.time.LocalDate;
import org.worktime.core.engine.EmployeeContext;

/**
 * How the working-time system in force counts a day and sets its limits, before the walk of {@link StatutoryHours}:
 * the standard 8 h / 40 h (44 h) by default.
 */
final class WorkingTimeSystem {

    private WorkingTimeSystem() {
    }

    static void apply(EmployeeContext context, StatutoryHours hours) {
        int days = hours.days();
        long[] counted = hours.ordinarySeconds();
        long[] dayLimits = new long[days];
        long[] weekLimits = new long[(days + 6) / 7];
        LocalDate first = hours.first();
        for (int w = 0; w < weekLimits.length; w++) {
            weekLimits[w] = Thresholds.weekLimit(context, first.plusDays(7L * w)).seconds();
        }
        for (int d = 0; d < days; d++) {
            dayLimits[d] = Thresholds.dayLimit(context, first.plusDays(d)).seconds();
        }
        hours.walk(counted, dayLimits, weekLimits);
    }
}
