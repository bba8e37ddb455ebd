package org.worktime.kr.rules;

import java.time.LocalDate;
import org.worktime.core.engine.EmployeeContext;

/**
 * One duration parameter of one employee's evaluation, kept with the days over which its row cannot change
 * ({@link EmployeeContext#parameterStableUntil}): the rules ask for the same limit on every day and shift, and a
 * comparison of epoch days is cheaper than the context's look-up by key. Same answer as
 * {@code context.parameter(key, date).seconds()} (a missing row still fails, on every ask).
 */
final class DatedSeconds {

    private final String key;
    private long from = Long.MAX_VALUE;
    private long until = Long.MIN_VALUE;
    private long seconds;

    DatedSeconds(String key) {
        this.key = key;
    }

    long on(EmployeeContext context, LocalDate date) {
        long day = date.toEpochDay();
        if (day < from || day >= until) {
            seconds = context.parameter(key, date).seconds();
            until = context.parameterStableUntil(key, date);
            from = day;
        }
        return seconds;
    }
}
