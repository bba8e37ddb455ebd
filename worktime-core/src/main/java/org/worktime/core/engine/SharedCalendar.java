package org.worktime.core.engine;

import java.time.LocalDate;
import java.util.List;
import org.threeten.extra.LocalDateRange;

/**
 * The dates and week starts of one evaluation, built once for all its employees: every context of an evaluation has
 * the same period and workplace, so the same lists (a year's dates were built again for every employee). Checked
 * against the asking context's period, so a context of another period builds its own. Unmodifiable lists with final
 * fields, so a benign race at worst builds them twice.
 */
final class SharedCalendar {

    private final LocalDateRange period;
    private List<LocalDate> dates;
    private List<LocalDate> weekStarts;

    SharedCalendar(LocalDateRange period) {
        this.period = period;
    }

    List<LocalDate> dates(EmployeeContext context) {
        if (!period.equals(context.periodRange())) {
            return context.periodRange().stream().toList();
        }
        List<LocalDate> known = dates;
        if (known == null) {
            known = period.stream().toList();
            dates = known;
        }
        return known;
    }

    List<LocalDate> weekStarts(EmployeeContext context) {
        if (!period.equals(context.periodRange())) {
            return context.computeWeekStarts();
        }
        List<LocalDate> known = weekStarts;
        if (known == null) {
            known = context.computeWeekStarts();
            weekStarts = known;
        }
        return known;
    }
}
