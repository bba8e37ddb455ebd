package org.worktime.io.read;

import org.worktime.core.finding.Text;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Attestation;
import org.worktime.core.domain.Earning;
import org.worktime.core.rule.Vocabulary;
import org.worktime.core.domain.Leave;
import org.worktime.io.read.YamlTree.ListNode;
import org.worktime.io.read.YamlTree.Node;

/**
 * Reads what a dataset may add to shifts: earnings beyond the wage ({@code earnings.csv}, bundle key
 * {@code earnings:}), attested facts ({@code attestations.csv}, bundle key {@code attestations:}) and leave and absence
 * records ({@code leave.csv}, bundle key {@code leave:}). Strict like the other readers: every problem is reported with
 * file, line and field, and nothing is half-read.
 */
final class ExtrasReader {

    /** One field per CSV column, with the key a YAML bundle uses for it. */
    private record Column(String csv, String yaml) {
    }

    static final List<Column> EARNING = List.of(new Column("employee_id", "employee"), new Column("kind", "kind"),
            new Column("amount", "amount"), new Column("currency", "currency"), new Column("from", "from"), new Column("to", "to"),
            new Column("paid_on", "paidOn"), new Column("attributes", "attributes"));
    static final List<Column> ATTESTATION = List.of(new Column("employee_id", "employee"), new Column("subject", "subject"),
            new Column("holds", "holds"), new Column("attested_by", "attestedBy"), new Column("attested_on", "attestedOn"),
            new Column("from", "from"), new Column("to", "to"), new Column("note", "note"));
    static final List<Column> LEAVE = List.of(new Column("employee_id", "employee"), new Column("kind", "kind"),
            new Column("from", "from"), new Column("to", "to"), new Column("hours", "hours"), new Column("note", "note"));
    /** Columns a CSV file may leave out. */
    private static final java.util.Set<String> OPTIONAL_COLUMNS = java.util.Set.of("paid_on", "note", "to", "attributes", "hours");

    /** Where a field of a record was read: for problems found only once all records are in (an overlap). */
    record Place(Path file, int line, String field) {
    }

    /** A leave record and where it was read. */
    record LeaveRecord(Leave leave, Place place) {
    }

    /** What was read; employee ids are checked against the employees when both are known. */
    static final class Result {
        final List<Earning> earnings = new ArrayList<>();
        final List<Attestation> attestations = new ArrayList<>();
        final List<LeaveRecord> leave = new ArrayList<>();
        /** Whether the dataset has a leave input (a file or the bundle key), even an empty one. */
        boolean leaveGiven;

        List<Leave> leaveRecords() {
            return leave.stream().map(LeaveRecord::leave).toList();
        }
    }

    /** The fields of one record, whatever the format. */
    private interface Row {
        String text(Column column);

        /** A map of names to values: {@code key=value;key=value} in CSV, a map in YAML. */
        Map<String, String> map(Column column);

        void problem(Column column, Text message);

        Place place(Column column);

        boolean ok();
    }

    private ExtrasReader() {
    }

    /** Reads {@code earnings.csv} and {@code attestations.csv} from a dataset folder, when present. */
    static Result readFolder(Path folder, Map<String, String> knownIds, Problems problems) {
        Result result = new Result();
        Path earnings = folder.resolve("earnings.csv");
        if (InputFiles.present(earnings)) {
            readCsv(earnings, EARNING, problems, row -> earning(row, knownIds, result, problems));
        }
        Path attestations = folder.resolve("attestations.csv");
        if (InputFiles.present(attestations)) {
            readCsv(attestations, ATTESTATION, problems, row -> attestation(row, knownIds, result, problems));
        }
        Path leave = folder.resolve("leave.csv");
        if (InputFiles.present(leave)) {
            result.leaveGiven = true;
            readCsv(leave, LEAVE, problems, row -> leave(row, knownIds, result));
        }
        return result;
    }

    /** Reads the bundle's {@code earnings:} and {@code attestations:} lists, when present. */
    static Result readBundle(Fields bundle, Path file, Map<String, String> knownIds, Problems problems) {
        Result result = new Result();
        readList(bundle, "earnings", EARNING, file, problems, row -> earning(row, knownIds, result, problems));
        readList(bundle, "attestations", ATTESTATION, file, problems, row -> attestation(row, knownIds, result, problems));
        result.leaveGiven = bundle.has("leave");
        readList(bundle, "leave", LEAVE, file, problems, row -> leave(row, knownIds, result));
        return result;
    }

    private static void readCsv(Path file, List<Column> columns, Problems problems, java.util.function.Consumer<Row> sink) {
        List<String> names = columns.stream().map(Column::csv).toList();
        List<String> required = names.stream().filter(n -> !OPTIONAL_COLUMNS.contains(n)).toList();
        Reader opened = InputFiles.csv(file, problems);
        if (opened == null) {
            return;
        }
        try (Reader reader = opened) {
            CsvRecords records = new CsvRecords(reader);
            if (!records.next()) {
                problems.add(file, 0, null, Text.of("io.read.csv.empty", "header", String.join(",", names)));
                return;
            }
            CsvColumns header = CsvColumns.of(records, file, problems, names, required, null);
            if (header == null) {
                return;
            }
            while (records.next()) {
                if (problems.isFull(file)) {
                    return;
                }
                int line = records.line();
                if (records.size() != header.size()) {
                    problems.add(file, line, null, Text.of("io.read.csv.field-count", "fields", records.size(), "columns", header.size()));
                    continue;
                }
                boolean[] ok = {true};
                sink.accept(new Row() {
                    @Override
                    public String text(Column column) {
                        return CsvColumns.get(records, header.index(column.csv())).trim();
                    }

                    @Override
                    public Map<String, String> map(Column column) {
                        Map<String, String> map = new LinkedHashMap<>();
                        for (String part : Values.split(text(column), ";")) {
                            int eq = part.indexOf('=');
                            if (eq <= 0) {
                                problem(column, Text.of("io.read.extras.not-name-value", "text", part.trim()));
                            } else {
                                map.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
                            }
                        }
                        return map;
                    }

                    @Override
                    public void problem(Column column, Text message) {
                        ok[0] = false;
                        problems.add(file, line, column.csv(), message);
                    }

                    @Override
                    public Place place(Column column) {
                        return new Place(file, line, column.csv());
                    }

                    @Override
                    public boolean ok() {
                        return ok[0];
                    }
                });
            }
        } catch (CsvRecords.FormatException e) {
            problems.add(file, e.line, null, e.text());
        } catch (IOException e) {
            problems.ioFailure(file, e);
        }
    }

    private static void readList(Fields bundle, String key, List<Column> columns, Path file, Problems problems,
            java.util.function.Consumer<Row> sink) {
        ListNode list = bundle.list(key);
        if (list == null) {
            return;
        }
        List<String> keys = columns.stream().map(Column::yaml).toList();
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            Fields f = Fields.of(file, problems, item, key + "[" + i + "]", keys);
            if (f == null) {
                continue;
            }
            sink.accept(new Row() {
                @Override
                public String text(Column column) {
                    String t = f.text(column.yaml(), false);
                    return t == null ? "" : t.trim();
                }

                @Override
                public Map<String, String> map(Column column) {
                    return f.stringMap(column.yaml());
                }

                @Override
                public void problem(Column column, Text message) {
                    f.problem(f.has(column.yaml()) ? f.line(column.yaml()) : f.line(), f.field(column.yaml()), message);
                }

                @Override
                public Place place(Column column) {
                    return new Place(file, f.has(column.yaml()) ? f.line(column.yaml()) : f.line(), f.field(column.yaml()));
                }

                @Override
                public boolean ok() {
                    return !f.failed();
                }
            });
        }
    }

    private static void earning(Row row, Map<String, String> knownIds, Result result, Problems problems) {
        String id = employee(row, EARNING.get(0), knownIds);
        String kind = required(row, EARNING.get(1));
        VocabularyCheck.check(problems, Vocabulary.Field.EARNING_KIND, kind, message -> row.problem(EARNING.get(1), message));
        CurrencyUnit currency = parse(row, EARNING.get(3), true, Values::currency);
        Money amount = null;
        String amountText = required(row, EARNING.get(2));
        if (currency != null && amountText != null) {
            amount = parse(row, EARNING.get(2), true, text -> Values.money(currency, text));
        }
        LocalDateRange covered = range(row, EARNING.get(4), EARNING.get(5), true);
        LocalDate paidOn = parse(row, EARNING.get(6), false, Values::date);
        Map<String, String> attributes = row.map(EARNING.get(7));
        if (attributes != null) {
            attributes.keySet().forEach(name -> VocabularyCheck.check(problems, Vocabulary.Field.EARNING_ATTRIBUTE, name,
                    message -> row.problem(EARNING.get(7), message)));
        }
        if (!row.ok() || id == null || kind == null || amount == null || covered == null) {
            return;
        }
        result.earnings.add(new Earning(id, kind, amount, covered, paidOn, attributes == null ? Map.of() : attributes));
    }

    private static void attestation(Row row, Map<String, String> knownIds, Result result, Problems problems) {
        String id = employee(row, ATTESTATION.get(0), knownIds);
        String subject = required(row, ATTESTATION.get(1));
        VocabularyCheck.check(problems, Vocabulary.Field.ATTESTATION_SUBJECT, subject,
                message -> row.problem(ATTESTATION.get(1), message));
        Boolean holds = parse(row, ATTESTATION.get(2), true, Values::bool);
        String by = required(row, ATTESTATION.get(3));
        LocalDate on = parse(row, ATTESTATION.get(4), true, Values::date);
        LocalDateRange validity = range(row, ATTESTATION.get(5), ATTESTATION.get(6), false);
        String note = row.text(ATTESTATION.get(7));
        if (!row.ok() || id == null || subject == null || holds == null || by == null || on == null || validity == null) {
            return;
        }
        result.attestations.add(new Attestation(id, subject, holds, by, on, validity, note));
    }

    /**
     * One leave record: {@code from} and an optional {@code to} (blank: that one day), a kind of the closed vocabulary
     * ({@link Leave.Kind}), and {@code hours} only for part-day leave on a single day.
     */
    private static void leave(Row row, Map<String, String> knownIds, Result result) {
        String id = employee(row, LEAVE.get(0), knownIds);
        Leave.Kind kind = null;
        String kindText = required(row, LEAVE.get(1));
        if (kindText != null) {
            kind = Leave.Kind.parse(kindText).orElse(null);
            if (kind == null) {
                String near = Values.closest(kindText.toLowerCase(java.util.Locale.ROOT), Leave.Kind.codes());
                row.problem(LEAVE.get(1), Text.of("io.read.leave.unknown-kind", "text", kindText, "kinds", String.join(", ", Leave.Kind.codes()),
                        "hint", Hints.didYouMean(near)));
            }
        }
        LocalDate from = parse(row, LEAVE.get(2), true, Values::date);
        LocalDate to = parse(row, LEAVE.get(3), false, Values::date);
        Integer minutes = parse(row, LEAVE.get(4), false, Values::dailyMinutes);
        if (from != null && to != null && to.isBefore(from)) {
            row.problem(LEAVE.get(3), Text.of("io.read.leave.reversed", "to", to, "from", from));
            return;
        }
        LocalDate last = to == null ? from : to;
        if (minutes != null && from != null && last != null && !last.equals(from)) {
            row.problem(LEAVE.get(4), Text.of("io.read.leave.hours-on-many-days", "from", from, "to", last));
            return;
        }
        if (!row.ok() || id == null || kind == null || from == null || (to == null && !row.text(LEAVE.get(3)).isEmpty())) {
            return;
        }
        Leave leave = minutes == null ? Leave.days(id, kind, from, last)
                : Leave.hours(id, kind, from, java.time.Duration.ofMinutes(minutes));
        result.leave.add(new LeaveRecord(leave, row.place(LEAVE.get(2))));
    }

    /**
     * What only the whole set of leave records can show, with the place of the record at fault: two records of one
     * employee on one day, a record outside the employment, a whole day of leave on a day a recorded shift starts.
     */
    static void checkLeave(Result result, List<org.worktime.core.domain.Employee> employees, List<org.worktime.core.domain.Shift> shifts,
            java.time.ZoneId zone, Problems problems) {
        Map<String, java.util.Set<LocalDate>> shiftDays = new java.util.HashMap<>();
        for (org.worktime.core.domain.Shift s : shifts) {
            if (s.origin() == org.worktime.core.domain.Shift.Origin.ACTUAL) {
                shiftDays.computeIfAbsent(s.employeeId(), k -> new java.util.HashSet<>()).add(s.start().atZone(zone).toLocalDate());
            }
        }
        checkLeave(result, employees, shiftDays, problems);
    }

    /**
     * The same checks with the days recorded shifts start on, per employee, gathered by the caller (the streaming read
     * gathers them partition by partition, for the employees with leave only).
     */
    static void checkLeave(Result result, List<org.worktime.core.domain.Employee> employees, Map<String, java.util.Set<LocalDate>> shiftDays,
            Problems problems) {
        Map<String, org.worktime.core.domain.Employee> byId = new java.util.HashMap<>();
        employees.forEach(e -> byId.put(e.id(), e));
        Map<String, List<LeaveRecord>> byEmployee = new java.util.HashMap<>();
        for (LeaveRecord r : result.leave) {
            org.worktime.core.domain.Employee e = byId.get(r.leave().employeeId());
            LocalDate first = r.leave().dates().getStart();
            LocalDate last = r.leave().dates().getEndInclusive();
            if (e != null && (!e.isEmployedOn(first) || !e.isEmployedOn(last))) {
                problems.add(r.place().file(), r.place().line(), r.place().field(), Text.of("io.read.leave.outside-employment",
                        "from", first, "to", last, "id", e.id(), "employment", employment(e)));
            }
            byEmployee.computeIfAbsent(r.leave().employeeId(), k -> new ArrayList<>()).add(r);
        }
        checkLeave(result, byId, byEmployee, shiftDays, problems);
    }

    private static void checkLeave(Result result, Map<String, org.worktime.core.domain.Employee> byId,
            Map<String, List<LeaveRecord>> byEmployee, Map<String, java.util.Set<LocalDate>> shiftDays, Problems problems) {
        byEmployee.forEach((id, list) -> {
            list.sort(java.util.Comparator.comparing((LeaveRecord r) -> r.leave().dates().getStart()));
            for (int i = 1; i < list.size(); i++) {
                LeaveRecord previous = list.get(i - 1);
                LeaveRecord current = list.get(i);
                if (previous.leave().dates().overlaps(current.leave().dates())) {
                    problems.add(current.place().file(), current.place().line(), current.place().field(), Text.of("io.read.leave.overlap",
                            "id", id, "from", current.leave().dates().getStart(), "to", current.leave().dates().getEndInclusive(),
                            "line", previous.place().line(), "otherFrom", previous.leave().dates().getStart(),
                            "otherTo", previous.leave().dates().getEndInclusive()));
                }
            }
            java.util.Set<LocalDate> worked = shiftDays.getOrDefault(id, java.util.Set.of());
            for (LeaveRecord r : list) {
                if (r.leave().isPartDay()) {
                    continue;
                }
                r.leave().dates().stream().filter(worked::contains).findFirst().ifPresent(day -> problems.add(r.place().file(),
                        r.place().line(), r.place().field(), Text.of("io.read.leave.on-worked-day", "kind", r.leave().kind().code(), "id", id,
                                "day", day)));
            }
        });
    }

    private static String employee(Row row, Column column, Map<String, String> knownIds) {
        String id = required(row, column);
        if (id == null || knownIds == null) {
            return id;
        }
        String canonical = knownIds.get(id);
        if (canonical == null) {
            String near = Values.closest(id, knownIds.keySet());
            row.problem(column, Text.of("io.read.extras.unknown-employee", "id", id, "hint", Hints.didYouMean(near)));
        }
        return canonical;
    }

    private static String required(Row row, Column column) {
        String text = row.text(column);
        if (text.isEmpty()) {
            row.problem(column, Text.of("io.read.value.missing"));
            return null;
        }
        return text;
    }

    private static <T> T parse(Row row, Column column, boolean required, Fields.Parser<T> parser) {
        String text = row.text(column);
        if (text.isEmpty()) {
            if (required) {
                row.problem(column, Text.of("io.read.value.missing"));
            }
            return null;
        }
        try {
            return parser.parse(text);
        } catch (ValueException e) {
            row.problem(column, e.text());
            return null;
        }
    }

    /** {@code from} to {@code to}, both inclusive; an open end when {@code to} is blank and allowed to be. */
    private static LocalDateRange range(Row row, Column fromColumn, Column toColumn, boolean toRequired) {
        LocalDate from = parse(row, fromColumn, true, Values::date);
        LocalDate to = parse(row, toColumn, toRequired, Values::date);
        if (from == null || to == null && !row.text(toColumn).isEmpty()) {
            return null;
        }
        if (to == null) {
            return toRequired ? null : LocalDateRange.ofUnboundedEnd(from);
        }
        if (to.isBefore(from)) {
            row.problem(toColumn, Text.of("io.read.employee.period-reversed", "to", to, "from", from));
            return null;
        }
        return LocalDateRange.ofClosed(from, to);
    }

    /** "hired 2020-01-01, last day 2026-03-31", the dates an employment runs between, as far as they are known. */
    private static Text employment(org.worktime.core.domain.Employee e) {
        Text hired = e.hireDate() == null ? Text.empty() : Text.of("io.read.leave.hired", "date", e.hireDate());
        Text last = e.endDate() == null ? Text.empty() : Text.of("io.read.leave.last-day", "date", e.endDate());
        return Text.of("io.read.leave.employment", "hired", hired, "last", last,
                "both", Boolean.toString(e.hireDate() != null && e.endDate() != null));
    }

    static Map<String, String> idsOf(List<String> ids) {
        Map<String, String> map = new LinkedHashMap<>();
        ids.forEach(id -> map.put(id, id));
        return map;
    }
}
