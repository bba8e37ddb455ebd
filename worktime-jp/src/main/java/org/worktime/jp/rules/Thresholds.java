package org.worktime.jp.rules;

import java.time.LocalDate;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.param.Parameter;

/** The statutory day and week limits of Art. 32, and the 44-hour week of Art. 40 for special-measure workplaces. */
final class Thresholds {

    /** Workplace attribute: the workplace is in a special-measure industry (commerce, film and theatre, health, hospitality). */
    static final String SPECIAL_MEASURE_INDUSTRY = "jp.special-measure-industry";

    private Thresholds() {
    }

    static Parameter dayLimit(EmployeeContext context, LocalDate date) {
        return context.parameter("jp.lsa32.day-limit", date);
    }

    /**
     * The week's limit: 44 h in a special-measure industry while the workplace has fewer than 10 workers (the row's
     * headcount scope; an unknown headcount keeps 40 h), else 40 h.
     */
    static Parameter weekLimit(EmployeeContext context, LocalDate weekStart) {
        if ("true".equalsIgnoreCase(context.workplace().attributes().getOrDefault(SPECIAL_MEASURE_INDUSTRY, "false"))) {
            var special = context.findParameter("jp.lsa40.special-week-limit", weekStart);
            if (special.isPresent()) {
                return special.get();
            }
        }
        return context.parameter("jp.lsa32.week-limit", weekStart);
    }
}
