package org.worktime.io.read;

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
import org.worktime.io.read.YamlTree.ListNode;
import org.worktime.io.read.YamlTree.Node;

/**
 * Reads what a dataset may add to shifts: earnings beyond the wage ({@code earnings.csv}, bundle key
 * {@code earnings:}) and attested facts ({@code attestations.csv}, bundle key {@code attestations:}). Strict like the
 * other readers: every problem is reported with file, line and field, and nothing is half-read.
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

    /** What was read; employee ids are checked against the employees when both are known. */
    static final class Result {
        final List<Earning> earnings = new ArrayList<>();
        final List<Attestation> attestations = new ArrayList<>();
    }

    /** The fields of one record, whatever the format. */
    private interface Row {
        String text(Column column);

        /** A map of names to values: {@code key=value;key=value} in CSV, a map in YAML. */
        Map<String, String> map(Column column);

        void problem(Column column, String message);

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
        return result;
    }

    /** Reads the bundle's {@code earnings:} and {@code attestations:} lists, when present. */
    static Result readBundle(Fields bundle, Path file, Map<String, String> knownIds, Problems problems) {
        Result result = new Result();
        readList(bundle, "earnings", EARNING, file, problems, row -> earning(row, knownIds, result, problems));
        readList(bundle, "attestations", ATTESTATION, file, problems, row -> attestation(row, knownIds, result, problems));
        return result;
    }

    private static void readCsv(Path file, List<Column> columns, Problems problems, java.util.function.Consumer<Row> sink) {
        List<String> names = columns.stream().map(Column::csv).toList();
        List<String> required = names.stream().filter(n -> !n.equals("paid_on") && !n.equals("note") && !n.equals("to") && !n.equals("attributes")).toList();
        Reader opened = InputFiles.csv(file, problems);
        if (opened == null) {
            return;
        }
        try (Reader reader = opened) {
            CsvRecords records = new CsvRecords(reader);
            if (!records.next()) {
                problems.add(file, 0, null, "the file is empty (expected a header line: " + String.join(",", names) + ")");
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
                    problems.add(file, line, null, "the line has " + records.size() + " fields, but the header has " + header.size()
                            + " columns");
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
                                problem(column, "'" + part.trim() + "' is not name=value (write e.g. per=day;uniform=true)");
                            } else {
                                map.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
                            }
                        }
                        return map;
                    }

                    @Override
                    public void problem(Column column, String message) {
                        ok[0] = false;
                        problems.add(file, line, column.csv(), message);
                    }

                    @Override
                    public boolean ok() {
                        return ok[0];
                    }
                });
            }
        } catch (CsvRecords.FormatException e) {
            problems.add(file, e.line, null, e.getMessage());
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
                public void problem(Column column, String message) {
                    f.problem(f.has(column.yaml()) ? f.line(column.yaml()) : f.line(), f.field(column.yaml()), message);
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

    private static String employee(Row row, Column column, Map<String, String> knownIds) {
        String id = required(row, column);
        if (id == null || knownIds == null) {
            return id;
        }
        String canonical = knownIds.get(id);
        if (canonical == null) {
            String near = Values.closest(id, knownIds.keySet());
            row.problem(column, "unknown employee " + id + (near == null ? "" : "; did you mean " + near + "?"));
        }
        return canonical;
    }

    private static String required(Row row, Column column) {
        String text = row.text(column);
        if (text.isEmpty()) {
            row.problem(column, "missing value");
            return null;
        }
        return text;
    }

    private static <T> T parse(Row row, Column column, boolean required, Fields.Parser<T> parser) {
        String text = row.text(column);
        if (text.isEmpty()) {
            if (required) {
                row.problem(column, "missing value");
            }
            return null;
        }
        try {
            return parser.parse(text);
        } catch (ValueException e) {
            row.problem(column, e.getMessage());
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
            row.problem(toColumn, "the period ends (" + to + ") before it starts (" + from + ")");
            return null;
        }
        return LocalDateRange.ofClosed(from, to);
    }

    static Map<String, String> idsOf(List<String> ids) {
        Map<String, String> map = new LinkedHashMap<>();
        ids.forEach(id -> map.put(id, id));
        return map;
    }
}
