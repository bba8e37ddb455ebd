package org.worktime.core.domain;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Contractual working hours (소정근로시간): the working days of the week and the minutes agreed on each.
 */
public record ContractualHours(Set<DayOfWeek> workdays, int minutesPerDay) {

    public ContractualHours {
        Objects.requireNonNull(workdays, "workdays");
        if (workdays.isEmpty()) {
            throw new IllegalArgumentException("Contractual hours need at least one working day");
        }
        workdays = Set.copyOf(EnumSet.copyOf(workdays));
        if (minutesPerDay <= 0 || minutesPerDay > 24 * 60) {
            throw new IllegalArgumentException("Contractual minutes per day must be in 1..1440: " + minutesPerDay);
        }
    }

    /** Monday to Friday, eight hours a day. */
    public static ContractualHours fullTime() {
        return new ContractualHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 480);
    }

    public int minutesPerWeek() {
        return minutesPerDay * workdays.size();
    }

    public boolean isWorkday(DayOfWeek day) {
        return workdays.contains(day);
    }
}
