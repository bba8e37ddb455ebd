package org.worktime.core.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.param.ParameterTable;

/**
 * What to evaluate: the dates, the instant up to which records are actual ("as of"; the engine never reads
 * a clock), and parameter overrides (a policy file, or a user's own reading of an open question).
 *
 * @param period    dates to report on, half-open; weeks that overlap it are evaluated whole
 * @param asOf      shifts starting at or after it count as planned; null means every shift is as recorded
 * @param overrides rows replacing the pack's rows of the same key, or null
 */
public record Evaluation(LocalDateRange period, Instant asOf, ParameterTable overrides) {

    public Evaluation {
        Objects.requireNonNull(period, "period");
    }

    public static Evaluation of(LocalDateRange period) {
        return new Evaluation(period, null, null);
    }

    public static Evaluation between(LocalDate startInclusive, LocalDate endInclusive) {
        return of(LocalDateRange.ofClosed(startInclusive, endInclusive));
    }

    public Evaluation withAsOf(Instant instant) {
        return new Evaluation(period, instant, overrides);
    }

    public Evaluation withOverrides(ParameterTable table) {
        return new Evaluation(period, asOf, table);
    }
}
