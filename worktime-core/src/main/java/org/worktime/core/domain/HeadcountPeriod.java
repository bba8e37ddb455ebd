package org.worktime.core.domain;

import java.time.LocalDate;
import java.util.Objects;

/** The workplace's regular headcount (상시 근로자 수) from a date on, until the next period. */
public record HeadcountPeriod(LocalDate from, int headcount) {

    public HeadcountPeriod {
        Objects.requireNonNull(from, "from");
        if (headcount < 0) {
            throw new IllegalArgumentException("headcount must not be negative: " + headcount);
        }
    }
}
