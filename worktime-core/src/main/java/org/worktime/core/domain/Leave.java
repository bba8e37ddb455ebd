package org.worktime.core.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * A record of leave or absence from an HR system: one employee, the dates it covers (half-open, like every range of the
 * engine), its kind, and for part-day leave the hours taken on its single day. Leave is never worked time: it is read
 * only by the rules that ask about attendance and leave (a Korean weekly holiday, annual leave, Japan's five days).
 * Immutable.
 *
 * @param dates       the days covered, half-open; at least one day
 * @param partDay     the hours of a part-day leave, on a single day; null for whole days
 */
public record Leave(String employeeId, LocalDateRange dates, Kind kind, Duration partDay) {

    /** The closed vocabulary of leave kinds; anything else in an input is an error (see docs/FORMATS.md). */
    public enum Kind {
        /** Paid annual leave (Korea Art. 60, Japan Art. 39). */
        ANNUAL,
        /** Sick leave, paid or not, outside a statutory scheme. */
        SICK,
        /** Maternity (pre- and post-natal) leave (Korea Art. 74(1), Japan Art. 65). */
        MATERNITY,
        /** Compensatory leave given instead of premium pay (Korea Art. 57) or a compensatory day off. */
        COMPENSATORY,
        /** Unpaid leave agreed with the employer. */
        UNPAID,
        /** Any other leave or absence the HR system records. */
        OTHER;

        /** The input spelling: lower case. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The kind an input names, by its code in any case; empty when it is not one of the vocabulary. */
        public static Optional<Kind> parse(String text) {
            for (Kind kind : values()) {
                if (kind.code().equalsIgnoreCase(text.trim())) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }

        public static List<String> codes() {
            return java.util.Arrays.stream(values()).map(Kind::code).toList();
        }
    }

    public Leave {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(kind, "kind");
        if (dates.isEmpty() || dates.isUnboundedEnd() || dates.isUnboundedStart()) {
            throw new IllegalArgumentException("Leave must cover at least one day and have an end: " + dates);
        }
        if (partDay != null) {
            if (dates.lengthInDays() != 1) {
                throw new IllegalArgumentException("Part-day leave covers a single day, not " + dates);
            }
            if (partDay.isNegative() || partDay.isZero() || partDay.compareTo(Duration.ofHours(24)) > 0) {
                throw new IllegalArgumentException("Part-day leave must be more than 0 and at most 24 hours: " + partDay);
            }
        }
    }

    /** Whole-day leave over the dates, inclusive of both ends. */
    public static Leave days(String employeeId, Kind kind, LocalDate first, LocalDate lastInclusive) {
        return new Leave(employeeId, LocalDateRange.ofClosed(first, lastInclusive), kind, null);
    }

    /** Part-day leave of some hours on one date. */
    public static Leave hours(String employeeId, Kind kind, LocalDate date, Duration hours) {
        return new Leave(employeeId, LocalDateRange.ofClosed(date, date), kind, hours);
    }

    public boolean isPartDay() {
        return partDay != null;
    }

    public boolean covers(LocalDate date) {
        return dates.contains(date);
    }

    /** The number of days covered (1 for a part-day leave). */
    public int days() {
        return dates.lengthInDays();
    }

    /**
     * The leave of a list on a date, if any: at most one, since a dataset never holds two leave records of one employee
     * on one day.
     */
    public static Optional<Leave> on(List<Leave> leave, LocalDate date) {
        for (Leave l : leave) {
            if (l.covers(date)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
