package org.worktime.kr.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Korean public holidays from 2018-01-01 to 2027-12-31, as committed data.
 *
 * <p>The table lists the days of the Regulations on Holidays of Government Offices (관공서의 공휴일에 관한 규정)
 * and the Public Holidays Act, substitute holidays, temporary holidays and election days, and May 1 (Workers' Day,
 * Labour Day from 2026). It lists every holiday, also when it falls on a Saturday or Sunday; what a holiday on the
 * weekly holiday means is for the caller to decide. One row per date: two holidays on the same date share one row.
 *
 * <p>The data lives in the classpath resource {@value #RESOURCE}; see the comment at its top for sources and for what
 * could not be verified. Instances are immutable and thread-safe. Look-up by date is O(1), range queries O(log n).
 *
 * <p>Dates outside the covered range are an error, not "no holiday": {@link #on(LocalDate)} and
 * {@link #between(LocalDate, LocalDate)} throw {@link IllegalArgumentException} for them; use
 * {@link #covers(LocalDate)} to ask first.
 */
public final class KoreanPublicHolidays {

    /** Classpath location of the bundled table. */
    public static final String RESOURCE = "org/worktime/kr/calendar/public-holidays.csv";

    static final LocalDate FIRST_COVERED_DAY = LocalDate.of(2018, 1, 1);
    static final LocalDate LAST_COVERED_DAY = LocalDate.of(2027, 12, 31);

    static final String HEADER = "date,kind,name_en,name_ko,basis";
    private static final String[] FIELD_NAMES = HEADER.split(",");

    private final LocalDate firstCoveredDay;
    private final LocalDate lastCoveredDay;
    /** Holidays sorted by date; {@link #dates} holds the same dates for binary search. */
    private final PublicHoliday[] holidays;
    private final LocalDate[] dates;
    private final Map<LocalDate, PublicHoliday> byDate;

    private KoreanPublicHolidays(LocalDate firstCoveredDay, LocalDate lastCoveredDay, List<PublicHoliday> rows) {
        this.firstCoveredDay = firstCoveredDay;
        this.lastCoveredDay = lastCoveredDay;
        this.holidays = rows.stream().sorted(Comparator.comparing(PublicHoliday::date)).toArray(PublicHoliday[]::new);
        this.dates = Arrays.stream(holidays).map(PublicHoliday::date).toArray(LocalDate[]::new);
        Map<LocalDate, PublicHoliday> map = new HashMap<>();
        for (PublicHoliday holiday : holidays) {
            map.put(holiday.date(), holiday);
        }
        this.byDate = Map.copyOf(map);
    }

    /**
     * The bundled table, loaded from the classpath on first use and cached.
     *
     * @throws IllegalStateException if the resource is missing or malformed; the message names the resource, the
     *                               line and the field
     */
    public static KoreanPublicHolidays bundled() {
        if (Holder.FAILURE != null) {
            throw new IllegalStateException(Holder.FAILURE.getMessage(), Holder.FAILURE);
        }
        return Holder.INSTANCE;
    }

    /** Lazy, thread-safe initialisation of the bundled table (class-holder idiom). */
    private static final class Holder {
        static final KoreanPublicHolidays INSTANCE;
        static final RuntimeException FAILURE;

        static {
            KoreanPublicHolidays instance = null;
            RuntimeException failure = null;
            try {
                instance = load(RESOURCE);
            } catch (RuntimeException e) {
                failure = e;
            }
            INSTANCE = instance;
            FAILURE = failure;
        }
    }

    static KoreanPublicHolidays load(String resource) {
        ClassLoader loader = KoreanPublicHolidays.class.getClassLoader();
        InputStream in = loader == null ? ClassLoader.getSystemResourceAsStream(resource) : loader.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("public holiday table " + resource + " not found on the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(resource, reader);
        } catch (IOException e) {
            throw new IllegalStateException("public holiday table " + resource + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Parses a holiday table in the bundled format (header {@value #HEADER}, '#' comment lines, RFC 4180 quoting
     * within a line).
     *
     * @param source name of the table, used in error messages
     * @throws IllegalStateException on a malformed table, naming the source, the line number and the field
     */
    static KoreanPublicHolidays parse(String source, Reader reader) throws IOException {
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<PublicHoliday> rows = new ArrayList<>();
        Map<LocalDate, Integer> lineOfDate = new HashMap<>();
        boolean headerSeen = false;
        int lineNumber = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!line.strip().equals(HEADER)) {
                    throw malformed(source, lineNumber, "header", "expected '" + HEADER + "' but found '" + line + "'");
                }
                headerSeen = true;
                continue;
            }
            List<String> fields = splitCsvLine(source, lineNumber, line);
            if (fields.size() != FIELD_NAMES.length) {
                throw malformed(source, lineNumber, fields.size() < FIELD_NAMES.length ? FIELD_NAMES[fields.size()] : "basis",
                        "expected " + FIELD_NAMES.length + " fields but found " + fields.size());
            }
            LocalDate date = parseDate(source, lineNumber, fields.get(0).strip());
            if (date.isBefore(FIRST_COVERED_DAY) || date.isAfter(LAST_COVERED_DAY)) {
                throw malformed(source, lineNumber, "date",
                        date + " is outside the covered range " + FIRST_COVERED_DAY + ".." + LAST_COVERED_DAY);
            }
            PublicHoliday.Kind kind = parseKind(source, lineNumber, fields.get(1).strip());
            for (int i = 2; i < FIELD_NAMES.length; i++) {
                if (fields.get(i).isBlank()) {
                    throw malformed(source, lineNumber, FIELD_NAMES[i], "must not be blank");
                }
            }
            Integer previous = lineOfDate.putIfAbsent(date, lineNumber);
            if (previous != null) {
                throw malformed(source, lineNumber, "date", "duplicate date " + date + " (first on line " + previous
                        + "); holidays sharing a date go in one row with the names joined by \" / \"");
            }
            rows.add(new PublicHoliday(date, kind, fields.get(2), fields.get(3), fields.get(4)));
        }
        if (!headerSeen) {
            throw malformed(source, lineNumber, "header", "missing header '" + HEADER + "'");
        }
        if (rows.isEmpty()) {
            throw malformed(source, lineNumber, "date", "the table has no rows");
        }
        return new KoreanPublicHolidays(FIRST_COVERED_DAY, LAST_COVERED_DAY, rows);
    }

    private static LocalDate parseDate(String source, int lineNumber, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw malformed(source, lineNumber, "date", "cannot parse '" + text + "' as an ISO date (yyyy-MM-dd)");
        }
    }

    private static PublicHoliday.Kind parseKind(String source, int lineNumber, String text) {
        try {
            return PublicHoliday.Kind.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw malformed(source, lineNumber, "kind",
                    "unknown kind '" + text + "', expected one of " + Arrays.toString(PublicHoliday.Kind.values()));
        }
    }

    /** Splits one CSV line; a field may be double-quoted, with "" standing for a quote inside it. */
    private static List<String> splitCsvLine(String source, int lineNumber, String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = line.length();
        while (true) {
            if (i < n && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw malformed(source, lineNumber, fieldName(fields.size()), "unterminated quoted field");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (i < n && line.charAt(i) != ',') {
                    throw malformed(source, lineNumber, fieldName(fields.size()), "unexpected text after a quoted field");
                }
            } else {
                while (i < n && line.charAt(i) != ',') {
                    field.append(line.charAt(i++));
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i >= n) {
                return fields;
            }
            i++; // the comma
        }
    }

    private static String fieldName(int index) {
        return index < FIELD_NAMES.length ? FIELD_NAMES[index] : "field " + (index + 1);
    }

    private static IllegalStateException malformed(String source, int lineNumber, String field, String problem) {
        return new IllegalStateException(
                "public holiday table " + source + ", line " + lineNumber + ", field '" + field + "': " + problem);
    }

    /**
     * The holiday on a date, if any.
     *
     * @throws IllegalArgumentException if the date is not covered by the table
     */
    public Optional<PublicHoliday> on(LocalDate date) {
        requireCovered(date);
        return Optional.ofNullable(byDate.get(date));
    }

    /**
     * The holidays from {@code startInclusive} to {@code endExclusive}, sorted by date.
     *
     * @throws IllegalArgumentException if the start is after the end, or a non-empty range reaches outside the
     *                                  covered days
     */
    public List<PublicHoliday> between(LocalDate startInclusive, LocalDate endExclusive) {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (startInclusive.isAfter(endExclusive)) {
            throw new IllegalArgumentException("start " + startInclusive + " is after end " + endExclusive);
        }
        if (startInclusive.equals(endExclusive)) {
            return List.of();
        }
        requireCovered(startInclusive);
        requireCovered(endExclusive.minusDays(1));
        int from = insertionPoint(startInclusive);
        int to = insertionPoint(endExclusive);
        return List.of(Arrays.copyOfRange(holidays, from, to));
    }

    /** All holidays of the table, sorted by date. */
    public List<PublicHoliday> all() {
        return List.of(holidays);
    }

    /** The first day the table covers (2018-01-01). */
    public LocalDate firstCoveredDay() {
        return firstCoveredDay;
    }

    /** The last day the table covers (2027-12-31). */
    public LocalDate lastCoveredDay() {
        return lastCoveredDay;
    }

    /** Whether the table covers the date, that is whether its answer for that date is meaningful. */
    public boolean covers(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(firstCoveredDay) && !date.isAfter(lastCoveredDay);
    }

    private void requireCovered(LocalDate date) {
        if (!covers(date)) {
            throw new IllegalArgumentException("the Korean public holiday table covers " + firstCoveredDay + ".."
                    + lastCoveredDay + ", not " + date);
        }
    }

    /** Index of the first holiday on or after the date. */
    private int insertionPoint(LocalDate date) {
        int index = Arrays.binarySearch(dates, date);
        return index >= 0 ? index : -index - 1;
    }

    @Override
    public String toString() {
        return "KoreanPublicHolidays[" + firstCoveredDay + ".." + lastCoveredDay + ", " + holidays.length + " holidays]";
    }
}
