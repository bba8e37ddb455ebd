package org.worktime.io.read;

import java.nio.charset.Charset;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a foreign export (an HR system's timesheet, a time clock's punch log) maps onto Worktime's shifts: which column
 * holds what, in which date and time patterns, in which zone, what an end before the start means, how breaks are
 * written and where unplaced break minutes go, and which columns to ignore. Read from YAML by
 * {@link ImportProfileReader}; see {@code docs/IMPORT.md}.
 *
 * @param name        the profile's name, used in messages
 * @param kind        a row per shift, or a row per clock event
 * @param zone        the zone local date-times are read in; null for the workplace's
 * @param encoding    the charset of CSV files (UTF-8 by default; Korean exports are often MS949, Japanese Windows-31J)
 * @param columns     the export's column names
 * @param ignored     columns that are read past; any other column the profile does not map is an error
 * @param date        the pattern of the date column (null without one)
 * @param time        the pattern of time-only start and end (or punch) columns, with a date column
 * @param dateTime    the pattern of start and end (or punch) columns holding date and time, without a date column
 * @param overnight   with a date column: what an end time before the start time means
 * @param breaks      how the breaks column is written (null without one)
 * @param directions  punches: the texts meaning a clock-in and a clock-out
 */
public record ImportProfile(String name, Kind kind, ZoneId zone, Charset encoding, Columns columns, Set<String> ignored,
        Pattern date, Pattern time, Pattern dateTime, Overnight overnight, Breaks breaks, Directions directions) {

    /** What a row of the export is. */
    public enum Kind {
        /** One row per shift: a start and an end. */
        SHIFTS,
        /** One row per clock event: an instant and a direction (in or out); pairs become shifts. */
        PUNCHES
    }

    /** What an end time before the start time means, when a date column and time-only columns are used. */
    public enum Overnight {
        /** The shift crosses midnight: the end is on the next day. */
        NEXT_DAY,
        /** Such a row is refused (an export that writes the end's own date elsewhere, or none that cross midnight). */
        REFUSE
    }

    /**
     * The export's column names; null where the export has no such column.
     *
     * @param punch     punches: the column holding the clock event's time (a date-time, or a time with {@code date})
     * @param direction punches: the column holding in or out
     */
    public record Columns(String employee, String date, String start, String end, String breaks, String punch, String direction) {

        /** The mapped column names, in the order of the fields. */
        public List<String> mapped() {
            return java.util.stream.Stream.of(employee, date, start, end, breaks, punch, direction).filter(Objects::nonNull).toList();
        }
    }

    /**
     * A pattern as written in the profile ({@code yyyy/MM/dd H:mm}) and its strict formatter.
     *
     * @param offset whether the pattern reads an offset ({@code yyyy-MM-dd'T'HH:mmXXX}: an exact instant, as a time clock in
     *               UTC writes), so no zone is needed for it
     */
    public record Pattern(String text, DateTimeFormatter formatter, boolean offset) {

        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * How breaks are written.
     *
     * @param form   ranges ({@code 12:00-13:00}, several joined by {@code ;}) or a total of minutes
     * @param at     minutes: the break starts at this local time, its first occurrence in the shift (null if {@code after})
     * @param after  minutes: the break starts this long after the shift starts (null if {@code at})
     * @param unplaced minutes: {@code placement: none}, the minutes are kept without a position (neither {@code at} nor
     *               {@code after}); the hours subtract them and the rules that need the break's times cannot decide
     */
    public record Breaks(Form form, LocalTime at, Duration after, boolean unplaced) {

        /** How the breaks column is written. */
        public enum Form {
            /** {@code 12:00-13:00;15:00-15:15}, as in shifts.csv. */
            RANGES,
            /** A whole number of minutes ({@code 60}), placed as the profile says. */
            MINUTES
        }
    }

    /** Punches: the texts (compared ignoring case and surrounding blanks) that mean in and out. */
    public record Directions(List<String> in, List<String> out) {
    }

    public ImportProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(columns, "columns");
        ignored = Set.copyOf(ignored);
    }
}
