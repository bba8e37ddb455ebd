package org.worktime.io.read;

import org.worktime.core.finding.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.worktime.core.domain.Shift;

/**
 * Reads shifts from CSV: header {@code employee,start,end,breaks,origin,break_waiver} (any order; {@code breaks},
 * {@code origin} and {@code break_waiver} optional). Fast enough for millions of lines: no regex, hand-rolled
 * date-time parsing, zone offsets cached per day.
 *
 * <p>Every row is checked; overlapping shifts of one employee (same origin) are refused naming both lines.
 */
public final class ShiftCsvReader {

    static final List<String> COLUMNS = List.of("employee", "start", "end", "breaks", "origin", "break_waiver", "notified_on", "outside", "rate", "break_minutes");
    static final List<String> REQUIRED = List.of("employee", "start", "end");

    private final ZoneId zone;
    private final Set<String> employeeIds;
    private Map<String, org.joda.money.CurrencyUnit> currencies = Map.of();

    /** A reader that accepts shifts of any employee id. */
    public ShiftCsvReader(ZoneId zone) {
        this(zone, null);
    }

    /**
     * @param zone        the workplace zone local date-times are read in
     * @param employeeIds the known employee ids (a shift of another id is a problem), or null to accept any
     */
    public ShiftCsvReader(ZoneId zone, Set<String> employeeIds) {
        this.zone = java.util.Objects.requireNonNull(zone, "zone");
        this.employeeIds = employeeIds == null ? null : Set.copyOf(employeeIds);
    }

    /**
     * The wage currency of each employee, which a shift's own {@code rate} is stated in (as DatasetReader gives it from
     * the employees file); without it a row with a rate is refused. For readers of one employee's rows (worktime-spark).
     */
    public ShiftCsvReader withCurrencies(Map<String, org.joda.money.CurrencyUnit> byEmployee) {
        ShiftCsvReader reader = new ShiftCsvReader(zone, employeeIds);
        reader.currencies = Map.copyOf(byEmployee);
        return reader;
    }

    /** Reads a UTF-8 CSV file. */
    public List<Shift> read(Path file) throws InputException {
        Problems problems = new Problems();
        ShiftBatch batch = new ShiftBatch();
        ShiftBuilder builder = builder(EMPLOYEE_LIST);
        readInto(file, builder, batch, problems);
        return finish(batch, builder, problems);
    }

    /** Reads UTF-8 CSV from a stream (not closed); {@code name} is used in messages. */
    public List<Shift> read(InputStream in, Path name) throws InputException {
        return read(utf8(in), name);
    }

    /** Reads CSV from a reader (not closed); {@code name} is used in messages. */
    public List<Shift> read(Reader reader, Path name) throws InputException {
        Problems problems = new Problems();
        ShiftBatch batch = new ShiftBatch();
        ShiftBuilder builder = builder(EMPLOYEE_LIST);
        readInto(reader, name, builder, batch, problems);
        return finish(batch, builder, problems);
    }

    /** What an unknown employee id is not in, when the reader was given the ids alone. */
    static final Text EMPLOYEE_LIST = Text.of("io.read.shift.source", "kind", "list");

    private ShiftBuilder builder(Text employeesSource) {
        return new ShiftBuilder(new ShiftTimes(zone), canonicalIds(employeeIds), employeesSource).withCurrencies(currencies);
    }

    private static List<Shift> finish(ShiftBatch batch, ShiftBuilder builder, Problems problems) throws InputException {
        if (problems.isEmpty()) {
            batch.checkOverlaps(problems, builder.times());
        }
        problems.throwIfAny();
        return batch.shifts();
    }

    static Map<String, String> canonicalIds(Set<String> ids) {
        if (ids == null) {
            return null;
        }
        Map<String, String> map = new HashMap<>(ids.size() * 2);
        for (String id : ids) {
            map.put(id, id);
        }
        return map;
    }

    /** UTF-8 with malformed bytes replaced by U+FFFD, which {@link CsvRecords} refuses naming the line. */
    static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** UTF-8 that fails on malformed bytes. */
    static Reader strictUtf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    static void readInto(Path file, ShiftBuilder builder, ShiftBatch batch, Problems problems) {
        Reader opened = InputFiles.csv(file, problems);
        if (opened == null) {
            return;
        }
        try (Reader reader = opened) {
            readInto(reader, file, builder, batch, problems);
        } catch (IOException e) {
            problems.ioFailure(file, e);
        }
    }

    /** Reads all rows into the batch; problems are reported, never thrown. */
    static void readInto(Reader reader, Path name, ShiftBuilder builder, ShiftBatch batch, Problems problems) {
        int source = batch.addSource(name);
        CsvRecords records = new CsvRecords(reader);
        try {
            if (!records.next()) {
                problems.add(name, 0, null, Text.of("io.read.csv.empty", "header", String.join(",", COLUMNS)));
                return;
            }
            CsvColumns columns = CsvColumns.of(records, name, problems, COLUMNS, REQUIRED, null);
            if (columns == null) {
                return;
            }
            int employee = columns.index("employee");
            int start = columns.index("start");
            int end = columns.index("end");
            int breaks = columns.index("breaks");
            int origin = columns.index("origin");
            int waiver = columns.index("break_waiver");
            int notified = columns.index("notified_on");
            int outside = columns.index("outside");
            int rate = columns.index("rate");
            int breakMinutes = columns.index("break_minutes");
            RowReport report = new RowReport(problems, name);
            while (records.next()) {
                if (problems.isFull(name)) {
                    return;
                }
                report.line = records.line();
                batch.rowRead(name, records.line(), employee < records.size() ? records.get(employee) : "");
                if (records.size() != columns.size()) {
                    problems.add(name, records.line(), null, Text.of("io.read.csv.field-count", "fields", records.size(),
                            "columns", columns.size()));
                    continue;
                }
                Shift shift = builder.build(records.get(employee), records.get(start), records.get(end),
                        ShiftBuilder.splitBreaks(CsvColumns.get(records, breaks)), CsvColumns.get(records, origin),
                        CsvColumns.get(records, waiver), CsvColumns.get(records, notified), CsvColumns.get(records, outside),
                        CsvColumns.get(records, rate), CsvColumns.get(records, breakMinutes), report);
                if (shift != null) {
                    batch.add(shift, source, records.line());
                }
            }
        } catch (CsvRecords.FormatException e) {
            problems.add(name, e.line, null, e.text());
        } catch (IOException e) {
            problems.ioFailure(name, e);
        } catch (RuntimeException e) {
            problems.add(name, records.line(), null, Text.of("io.read.csv.unexpected", "error", e.toString()));
        }
    }

    private static final class RowReport implements ShiftBuilder.Report {
        private final Problems problems;
        private final Path file;
        int line;

        RowReport(Problems problems, Path file) {
            this.problems = problems;
            this.file = file;
        }

        @Override
        public void problem(ShiftBuilder.Field field, Text message) {
            problems.add(file, line, field == null ? null : field.column, message);
        }
    }
}
