package org.worktime.core.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * A protected status an employee holds for a while, such as pregnancy or the year after childbirth.
 *
 * @param status a pack-defined status name, e.g. {@code PREGNANT}, {@code POSTPARTUM}
 */
public record StatusPeriod(String status, LocalDateRange period) {

    public StatusPeriod {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(period, "period");
    }

    public boolean isActiveOn(LocalDate date) {
        return period.contains(date);
    }
}
