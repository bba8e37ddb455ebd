package org.worktime.io.read;

import org.worktime.core.finding.Text;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.worktime.core.domain.Shift;

/**
 * Reads foreign exports (CSV or XLSX) through an {@link ImportProfile} into shifts, with the same checks as
 * {@code shifts.csv} (the {@link ShiftBuilder}): a row per shift, or a stream of clock punches paired in time order.
 * Problems name the file, the line and the export's own column name ({@code 퇴근}); an unmatched punch is reported on
 * its line, never guessed.
 */
final class ProfileShiftReader {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final ImportProfile profile;
    private final ShiftBuilder builder;
    private final ZoneId zone;
    private final ShiftBatch batch;
    private final Problems problems;

    ProfileShiftReader(ImportProfile profile, ShiftBuilder builder, ZoneId zone, ShiftBatch batch, Problems problems) {
        this.profile = profile;
        this.builder = builder;
        this.zone = zone;
        this.batch = batch;
        this.problems = problems;
    }

    /** Reads each file into the batch; problems are reported, never thrown. */
    void readAll(List<Path> files) {
        for (Path file : files) {
            read(file);
        }
    }

    private void read(Path file) {
        int source = batch.addSource(file);
        Map<String, Integer> index = new HashMap<>();
        List<Punch> punches = new ArrayList<>();
        ExportRows.read(file, profile.encoding(), problems, new ExportRows.Sink() {
            @Override
            public boolean header(List<String> names, int line) {
                return checkHeader(file, names, line, index);
            }

            @Override
            public void row(int line, ExportRows.Cells cells) {
                Row row = new Row(file, line, cells, index);
                batch.rowRead(file, line, row.text(profile.columns().employee()));
                if (cells.expected() >= 0 && cells.size() != cells.expected()) {
                    row.problem((String) null, Text.of("io.read.csv.field-count", "fields", cells.size(), "columns", cells.expected()));
                    return;
                }
                if (profile.kind() == ImportProfile.Kind.PUNCHES) {
                    Punch punch = punch(row);
                    if (punch != null) {
                        punches.add(punch);
                    }
                } else {
                    Shift shift = shift(row);
                    if (shift != null) {
                        batch.add(shift, source, line);
                    }
                }
            }
        });
        if (!punches.isEmpty()) {
            pair(file, source, punches);
        }
    }

    private boolean checkHeader(Path file, List<String> names, int line, Map<String, Integer> index) {
        List<String> mapped = profile.columns().mapped();
        List<String> known = new ArrayList<>(mapped);
        known.addAll(profile.ignored());
        boolean ok = true;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).trim();
            if (name.isEmpty()) {
                problems.add(file, line, null, Text.of("io.read.profile.unnamed-column", "column", i + 1, "profile", profile.name(),
                        "mapped", String.join(", ", mapped)));
                ok = false;
            } else if (!known.contains(name)) {
                String near = Values.closest(name, known);
                problems.add(file, line, name, Text.of("io.read.profile.unknown-column", "profile", profile.name(), "hint", Hints.didYouMean(near),
                        "mapped", String.join(", ", mapped)));
                ok = false;
            } else if (index.putIfAbsent(name, i) != null) {
                problems.add(file, line, name, Text.of("io.read.columns.twice"));
                ok = false;
            }
        }
        for (String name : mapped) {
            if (!index.containsKey(name)) {
                problems.add(file, line, name, Text.of("io.read.profile.missing-column", "profile", profile.name(), "header", String.join(",", names)));
                ok = false;
            }
        }
        return ok;
    }

    /** One row of the export, with problem reporting in the export's own column names. */
    private final class Row implements ShiftBuilder.Report {
        final Path file;
        final int line;
        final ExportRows.Cells cells;
        final Map<String, Integer> index;
        boolean failed;

        Row(Path file, int line, ExportRows.Cells cells, Map<String, Integer> index) {
            this.file = file;
            this.line = line;
            this.cells = cells;
            this.index = index;
        }

        Object cell(String column) {
            Integer i = column == null ? null : index.get(column);
            return i == null ? "" : cells.get(i);
        }

        String text(String column) {
            Object value = cell(column);
            return value instanceof String s ? s : String.valueOf(value);
        }

        boolean blank(String column) {
            return cell(column) instanceof String s && s.isBlank();
        }

        void problem(String column, Text message) {
            failed = true;
            Integer i = column == null ? null : index.get(column);
            problems.add(file, line, column, i == null ? message : Text.of("io.read.problem.prefixed", "where", cells.where(i), "message", message));
        }

        @Override
        public void problem(ShiftBuilder.Field field, Text message) {
            ImportProfile.Columns c = profile.columns();
            String column = field == null ? null : switch (field) {
                case EMPLOYEE -> c.employee();
                case START -> c.start() != null ? c.start() : c.punch();
                case END -> c.end() != null ? c.end() : c.punch();
                case BREAKS, BREAK_MINUTES -> c.breaks();
                default -> null;
            };
            problem(column, message);
        }
    }

    private Shift shift(Row row) {
        ImportProfile.Columns c = profile.columns();
        String employee = employee(row);
        Object start;
        Object end;
        if (c.date() != null) {
            LocalDate date = date(row, c.date());
            LocalTime from = time(row, c.start(), "clock_in_time");
            LocalTime to = time(row, c.end(), "clock_out_time");
            if (date == null || from == null || to == null) {
                return null;
            }
            start = date.atTime(from);
            end = date.atTime(to);
            if (to.isBefore(from)) {
                if (profile.overnight() == ImportProfile.Overnight.REFUSE) {
                    row.problem(c.end(), Text.of("io.read.profile.overnight-refused", "end", to.format(HH_MM), "start", from.format(HH_MM),
                            "profile", profile.name()));
                    return null;
                }
                end = date.plusDays(1).atTime(to);
            }
        } else {
            start = dateTime(row, c.start(), "clock_in");
            end = dateTime(row, c.end(), "clock_out");
            if (start == null || end == null) {
                return null;
            }
        }
        String unplaced = null;
        List<String> breaks;
        if (profile.breaks() != null && profile.breaks().unplaced()) {
            Integer minutes = breakMinutes(row);
            breaks = List.of();
            unplaced = minutes == null ? null : minutes.toString();
        } else {
            breaks = breaks(row, start);
        }
        if (row.failed || employee == null) {
            return null;
        }
        return builder.build(employee, forBuilder(start), forBuilder(end), breaks, null, null, null, null, null, unplaced, row);
    }

    /** What the builder reads: a local date-time as is, an exact one as ISO text with its offset. */
    private static Object forBuilder(Object moment) {
        return moment instanceof java.time.OffsetDateTime exact ? exact.toString() : moment;
    }

    private String employee(Row row) {
        String column = profile.columns().employee();
        Object value = row.cell(column);
        if (!(value instanceof String s)) {
            row.problem(column, Text.of("io.read.workplace.expected-id", "found", describe(value)));
            return null;
        }
        if (s.isBlank()) {
            row.problem(column, Text.of("io.read.profile.missing", "what", "employee"));
            return null;
        }
        return s.trim();
    }

    private LocalDate date(Row row, String column) {
        Object value = row.cell(column);
        if (value instanceof LocalDateTime cell) {
            if (!cell.toLocalTime().equals(LocalTime.MIDNIGHT)) {
                row.problem(column, Text.of("io.read.profile.date-time-cell", "cell", cell.toString()));
                return null;
            }
            return cell.toLocalDate();
        }
        if (!(value instanceof String s)) {
            row.problem(column, Text.of("io.read.workplace.expected-date", "found", describe(value)));
            return null;
        }
        if (s.isBlank()) {
            row.problem(column, Text.of("io.read.profile.missing", "what", "date"));
            return null;
        }
        try {
            return LocalDate.parse(s.trim(), profile.date().formatter());
        } catch (DateTimeParseException e) {
            row.problem(column, notInPattern(s.trim(), profile.date(), e));
            return null;
        }
    }

    /** @param missing what a blank cell lacks: clock_in_time, clock_out_time or punch_time */
    private LocalTime time(Row row, String column, String missing) {
        Object value = row.cell(column);
        if (value instanceof LocalTime cell) {
            return cell.withSecond(0).withNano(0).equals(cell) ? cell : cell.withNano(0);
        }
        if (!(value instanceof String s)) {
            row.problem(column, Text.of("io.read.profile.expected-time", "found", describe(value)));
            return null;
        }
        if (s.isBlank()) {
            row.problem(column, Text.of("io.read.profile.missing", "what", missing));
            return null;
        }
        try {
            return LocalTime.parse(s.trim(), profile.time().formatter());
        } catch (DateTimeParseException e) {
            if (s.trim().startsWith("24:")) {
                row.problem(column, Text.of("io.read.profile.hour-24", "text", s.trim(),
                        "nextDay", Boolean.toString(profile.overnight() == ImportProfile.Overnight.NEXT_DAY)));
                return null;
            }
            row.problem(column, notInPattern(s.trim(), profile.time(), e));
            return null;
        }
    }

    /** A {@link LocalDateTime}, or an {@link java.time.OffsetDateTime} when the pattern reads an offset; null on a problem. */
    /** @param missing what a blank cell lacks: clock_in, clock_out or punch_time */
    private Object dateTime(Row row, String column, String missing) {
        Object value = row.cell(column);
        if (value instanceof LocalDateTime cell) {
            return cell;
        }
        if (!(value instanceof String s)) {
            row.problem(column, Text.of("io.read.profile.expected-date-time", "found", describe(value)));
            return null;
        }
        if (s.isBlank()) {
            row.problem(column, Text.of("io.read.profile.missing", "what", missing));
            return null;
        }
        try {
            if (profile.dateTime().offset()) {
                return java.time.OffsetDateTime.parse(s.trim(), profile.dateTime().formatter());
            }
            return LocalDateTime.parse(s.trim(), profile.dateTime().formatter());
        } catch (DateTimeParseException e) {
            row.problem(column, notInPattern(s.trim(), profile.dateTime(), e));
            return null;
        }
    }

    private static Text notInPattern(String text, ImportProfile.Pattern pattern, DateTimeParseException e) {
        String why = e.getMessage();
        int colon = why == null ? -1 : why.indexOf(": ");
        // The JDK's reason (in its own English), when it says more than "could not be parsed".
        String detail = why != null && why.startsWith("Text '") && colon >= 0 && !why.contains("could not be parsed at index")
                ? " (" + why.substring(colon + 2) + ")" : "";
        return Text.of("io.read.profile.not-in-pattern", "text", text, "pattern", pattern.text(), "detail", detail);
    }

    private static Text describe(Object value) {
        if (value instanceof LocalDateTime || value instanceof LocalTime) {
            return Text.of("io.read.profile.date-or-time-cell", "cell", String.valueOf(value));
        }
        if (value instanceof ExportRows.CellError) {
            return Text.of("io.read.profile.excel-error");
        }
        return Text.verbatim(String.valueOf(value));
    }

    /** The minutes of the breaks column: null when blank or refused (reported). */
    private Integer breakMinutes(Row row) {
        String column = profile.columns().breaks();
        if (column == null || row.blank(column)) {
            return null;
        }
        try {
            return Values.nonNegativeInt(String.valueOf(row.cell(column)));
        } catch (ValueException e) {
            row.problem(column, Text.of("io.read.profile.break-minutes", "why", e.text()));
            return null;
        }
    }

    private List<String> breaks(Row row, Object start) {
        String column = profile.columns().breaks();
        if (column == null || row.blank(column)) {
            return List.of();
        }
        Object value = row.cell(column);
        ImportProfile.Breaks form = profile.breaks();
        if (form.form() == ImportProfile.Breaks.Form.RANGES) {
            if (!(value instanceof String s)) {
                row.problem(column, Text.of("io.read.profile.expected-breaks", "found", describe(value)));
                return List.of();
            }
            return ShiftBuilder.splitBreaks(s);
        }
        Integer read = breakMinutes(row);
        int minutes = read == null ? 0 : read;
        if (minutes == 0) {
            return List.of();
        }
        if (form.at() != null) {
            return List.of(form.at().format(HH_MM) + "-" + form.at().plusMinutes(minutes).format(HH_MM));
        }
        // After a time from the start: elapsed time, so a break 4 h into a night shift over a DST change lands 4 h in.
        Instant begin;
        if (start instanceof java.time.OffsetDateTime exact) {
            begin = exact.toInstant();
        } else {
            List<ZoneOffset> offsets = zone.getRules().getValidOffsets((LocalDateTime) start);
            if (offsets.size() != 1) {
                return List.of(); // the start itself is refused by the builder, naming the gap or overlap
            }
            begin = ((LocalDateTime) start).toInstant(offsets.get(0));
        }
        Instant from = begin.plus(form.after());
        Instant to = from.plusSeconds(60L * minutes);
        return List.of(from.atZone(zone).toOffsetDateTime() + "/" + to.atZone(zone).toOffsetDateTime());
    }

    // ---- punches --------------------------------------------------------------------------------------------------

    /** @param local a {@link LocalDateTime} or an {@link java.time.OffsetDateTime} */
    private record Punch(String employee, Object local, Instant instant, boolean in, int line) {
    }

    private Punch punch(Row row) {
        ImportProfile.Columns c = profile.columns();
        String employee = employee(row);
        Object local;
        if (c.date() != null) {
            LocalDate date = date(row, c.date());
            LocalTime time = time(row, c.punch(), "punch_time");
            local = date == null || time == null ? null : date.atTime(time);
        } else {
            local = dateTime(row, c.punch(), "punch_time");
        }
        Boolean in = direction(row);
        if (employee == null || local == null || in == null || row.failed) {
            return null;
        }
        Instant instant;
        try {
            instant = local instanceof java.time.OffsetDateTime exact ? exact.toInstant() : builder.times().instant((LocalDateTime) local);
        } catch (ValueException e) {
            row.problem(c.punch(), e.text());
            return null;
        }
        return new Punch(employee, local, instant, in, row.line);
    }

    private Boolean direction(Row row) {
        String column = profile.columns().direction();
        String text = row.text(column).trim();
        if (text.isEmpty()) {
            row.problem(column, Text.of("io.read.profile.missing", "what", "direction"));
            return null;
        }
        if (profile.directions().in().stream().anyMatch(text::equalsIgnoreCase)) {
            return true;
        }
        if (profile.directions().out().stream().anyMatch(text::equalsIgnoreCase)) {
            return false;
        }
        row.problem(column, Text.of("io.read.profile.direction", "text", text, "in", String.join(", ", profile.directions().in()),
                "out", String.join(", ", profile.directions().out())));
        return null;
    }

    /**
     * Pairs each employee's punches in time order: an in followed by an out is a shift (its problems are reported on
     * the in's line). An in followed by another in, an out with no in before it, and an in left open at the end are
     * reported on their own line: which clock-out was missed cannot be known, so nothing is guessed.
     */
    private void pair(Path file, int source, List<Punch> punches) {
        Map<String, List<Punch>> byEmployee = new LinkedHashMap<>();
        for (Punch p : punches) {
            byEmployee.computeIfAbsent(p.employee, k -> new ArrayList<>()).add(p);
        }
        List<Object[]> found = new ArrayList<>();
        for (List<Punch> list : byEmployee.values()) {
            list.sort(Comparator.comparing(Punch::instant).thenComparingInt(Punch::line));
            Punch open = null;
            for (Punch p : list) {
                if (p.in) {
                    if (open != null) {
                        found.add(new Object[] {open, Text.of("io.read.profile.in-then-in", "id", open.employee, "at", builder.times().show(open.instant),
                                "line", p.line)});
                    }
                    open = p;
                } else if (open == null) {
                    found.add(new Object[] {p, Text.of("io.read.profile.out-alone", "id", p.employee, "at", builder.times().show(p.instant))});
                } else {
                    Punch in = open;
                    open = null;
                    Punch out = p;
                    batch.rowAgain(file, in.line, in.employee);
                    boolean[] failed = {false};
                    Shift shift = builder.build(in.employee, forBuilder(in.local), forBuilder(out.local), List.of(), null, null, null, null, null, (field, message) -> {
                        failed[0] = true;
                        problems.add(file, in.line, field == ShiftBuilder.Field.EMPLOYEE ? profile.columns().employee()
                                : profile.columns().punch(), Text.of("io.read.profile.punch-pair", "message", message, "in", in.line, "out", out.line));
                    });
                    if (shift != null) {
                        batch.add(shift, source, in.line);
                    } else if (failed[0] && problems.quarantine() != null) {
                        // The clock-out row goes with its pair, so that rows read = accepted + rejected.
                        batch.rowAgain(file, out.line, out.employee);
                        problems.add(file, out.line, profile.columns().punch(), Text.of("io.read.profile.pair-rejected", "line", in.line));
                    }
                }
            }
            if (open != null) {
                found.add(new Object[] {open, Text.of("io.read.profile.in-alone", "id", open.employee, "at", builder.times().show(open.instant))});
            }
        }
        found.sort(Comparator.comparingInt(o -> ((Punch) o[0]).line));
        for (Object[] o : found) {
            Punch p = (Punch) o[0];
            batch.rowAgain(file, p.line, p.employee);
            problems.add(file, p.line, profile.columns().direction(), (Text) o[1]);
        }
    }
}
