package org.worktime.kr.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One Korean public holiday (one row of the bundled holiday table).
 *
 * @param date   the day
 * @param kind   what kind of holiday it is
 * @param nameEn English name; when two holidays fall on the same date both names, joined by {@code " / "}
 * @param nameKo Korean name, joined the same way
 * @param basis  short citation of the legal basis
 */
public record PublicHoliday(LocalDate date, Kind kind, String nameEn, String nameKo, String basis) {

    /** The legal kind of a holiday. */
    public enum Kind {
        /**
         * A day of the Regulations on Holidays of Government Offices / Public Holidays Act (fixed and lunar
         * holidays), other than substitute and temporary days.
         */
        PUBLIC_HOLIDAY,
        /** A substitute holiday (대체공휴일) for a holiday that fell on a weekend or on another holiday. */
        SUBSTITUTE_HOLIDAY,
        /** A day designated by the Government (임시공휴일), and election days. */
        TEMPORARY_HOLIDAY,
        /** May 1, paid under its own Act (Workers' Day; Labour Day / 노동절 from 2026). */
        WORKERS_DAY
    }

    public PublicHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        nameEn = requireText(nameEn, "nameEn");
        nameKo = requireText(nameKo, "nameKo");
        basis = requireText(basis, "basis");
    }

    private static String requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return trimmed;
    }
}
