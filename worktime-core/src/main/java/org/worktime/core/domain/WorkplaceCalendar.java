package org.worktime.core.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The workplace's own calendar, as its rules of employment define it.
 *
 * @param weeklyHoliday the day of the paid weekly holiday (usually Sunday)
 * @param daysOff       weekdays without contractual work that are not holidays (usually Saturday)
 * @param overrides     dates whose type the workplace sets itself: agreed holidays, a public holiday
 *                      swapped for a working day by written agreement, and so on; they win over the
 *                      weekly pattern and over the statutory calendar
 */
public record WorkplaceCalendar(DayOfWeek weeklyHoliday, Set<DayOfWeek> daysOff, Map<LocalDate, DayType> overrides) {

    public WorkplaceCalendar {
        Objects.requireNonNull(weeklyHoliday, "weeklyHoliday");
        daysOff = daysOff == null || daysOff.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(daysOff));
        if (daysOff.contains(weeklyHoliday)) {
            throw new IllegalArgumentException(weeklyHoliday + " cannot be both the weekly holiday and a day off");
        }
        overrides = Map.copyOf(overrides == null ? Map.of() : overrides);
    }

    /** Sunday weekly holiday, Saturday off: the common Korean office pattern. */
    public static WorkplaceCalendar standard() {
        return new WorkplaceCalendar(DayOfWeek.SUNDAY, Set.of(DayOfWeek.SATURDAY), Map.of());
    }

    /** The type from the workplace's own pattern and overrides, before any statutory holiday. */
    public DayType patternType(LocalDate date) {
        DayType override = overrides.get(date);
        if (override != null) {
            return override;
        }
        DayOfWeek dow = date.getDayOfWeek();
        if (dow == weeklyHoliday) {
            return DayType.WEEKLY_HOLIDAY;
        }
        return daysOff.contains(dow) ? DayType.DAY_OFF : DayType.WORKDAY;
    }

    public boolean isOverridden(LocalDate date) {
        return overrides.containsKey(date);
    }
}
