package org.worktime.io.read;

import org.worktime.core.finding.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.finding.Citation;
import org.worktime.core.param.Parameter;
import org.worktime.core.param.ParameterTable;
import org.worktime.core.param.Scope;

/**
 * A {@code --parameters} file: rows in the format of a pack's {@code parameters.txt}
 * ({@code key | scope | value | from | to | law | article | version | source}) that replace the pack's rows of the
 * same keys. Read as strictly as every other input: every problem is reported with file, line and column, and a row
 * is checked against the pack it will change ({@link #against}): its key must be one of the pack's (a misspelt key
 * would otherwise be ignored and the answer silently the pack's), its value of the type the pack's rows of that key
 * have ({@link ParameterKind}).
 */
public final class ParameterOverrides {

    static final List<String> COLUMNS = List.of("key", "scope", "value", "from", "to", "law", "article", "version", "source");

    /** One row as read, with the line it is on. */
    private record Row(Parameter parameter, int line) {
    }

    private final Path file;
    private final List<Row> rows;

    private ParameterOverrides(Path file, List<Row> rows) {
        this.file = file;
        this.rows = List.copyOf(rows);
    }

    /** Reads an override file (UTF-8; a folder, a FIFO or a dangling link is refused like any input file). */
    public static ParameterOverrides read(Path file) throws InputException {
        Problems problems = new Problems();
        String text = InputFiles.text(file, problems);
        problems.throwIfAny();
        return read(new StringReader(text), file);
    }

    /** Reads override rows from a reader (not closed); {@code name} is used in messages. */
    public static ParameterOverrides read(Reader reader, Path name) throws InputException {
        Problems problems = new Problems();
        List<Row> rows = new ArrayList<>();
        try {
            BufferedReader lines = new BufferedReader(reader);
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (problems.isFull(name)) {
                    break;
                }
                String trimmed = InputFiles.withoutByteOrderMark(line).strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                Row row = row(trimmed, number, name, problems);
                if (row != null) {
                    rows.add(row);
                }
            }
        } catch (IOException e) {
            problems.ioFailure(name, e);
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(name, 0, null, Text.of("io.read.parameter.no-rows", "columns", String.join(" | ", COLUMNS)));
        }
        if (problems.isEmpty()) {
            checkOverlaps(rows, name, problems);
        }
        problems.throwIfAny();
        return new ParameterOverrides(name, rows);
    }

    private static Row row(String text, int line, Path name, Problems problems) {
        String[] cells = text.split("\\|", -1);
        if (cells.length != COLUMNS.size()) {
            problems.add(name, line, null, Text.of("io.read.parameter.column-count", "count", COLUMNS.size(), "columns", String.join(" | ", COLUMNS),
                    "found", cells.length));
            return null;
        }
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].strip();
        }
        int before = problems.size();
        String key = cells[0];
        if (key.isEmpty()) {
            problems.add(name, line, "key", Text.of("io.read.value.missing"));
        }
        Scope scope = null;
        try {
            scope = Scope.parse(cells[1]);
        } catch (RuntimeException e) {
            problems.add(name, line, "scope", Text.of("io.read.parameter.scope", "text", Values.abbreviate(cells[1])));
        }
        if (cells[2].isEmpty()) {
            problems.add(name, line, "value", Text.of("io.read.value.missing"));
        }
        LocalDate from = date(cells[3], true, line, "from", name, problems);
        LocalDate to = date(cells[4], false, line, "to", name, problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(name, line, "to", Text.of("io.read.parameter.reversed", "to", to, "from", from));
        }
        if (cells[5].isEmpty()) {
            problems.add(name, line, "law", Text.of("io.read.parameter.no-law"));
        }
        if (cells[6].isEmpty()) {
            problems.add(name, line, "article", Text.of("io.read.parameter.no-article"));
        }
        if (problems.size() > before) {
            return null;
        }
        LocalDateRange effective = to == null ? LocalDateRange.ofUnboundedEnd(from) : LocalDateRange.ofClosed(from, to);
        return new Row(new Parameter(key, scope, cells[2], effective, new Citation(cells[5], cells[6], cells[7], cells[8])), line);
    }

    private static LocalDate date(String text, boolean required, int line, String column, Path name, Problems problems) {
        if (text.isEmpty()) {
            if (required) {
                problems.add(name, line, column, Text.of("io.read.value.missing"));
            }
            return null;
        }
        try {
            return Values.date(text);
        } catch (ValueException e) {
            problems.add(name, line, column, e.text());
            return null;
        }
    }

    private static void checkOverlaps(List<Row> rows, Path name, Problems problems) {
        Map<String, List<Row>> byKey = new HashMap<>();
        for (Row row : rows) {
            List<Row> earlier = byKey.computeIfAbsent(row.parameter().key(), k -> new ArrayList<>());
            for (Row other : earlier) {
                if (other.parameter().scope().equals(row.parameter().scope())
                        && other.parameter().effective().overlaps(row.parameter().effective())) {
                    problems.add(name, row.line(), "from", Text.of("io.read.parameter.overlap", "line", other.line(),
                            "other", describe(other.parameter().effective()), "this", describe(row.parameter().effective())));
                }
            }
            earlier.add(row);
        }
    }

    private static Text describe(LocalDateRange range) {
        return range.isUnboundedEnd() ? Text.of("io.read.parameter.from-on", "from", range.getStart())
                : Text.of("io.read.parameter.between", "from", range.getStart(), "to", range.getEndInclusive());
    }

    /** The file the rows were read from. */
    public Path file() {
        return file;
    }

    /** The keys the file sets, in the order first met. */
    public List<String> keys() {
        return rows.stream().map(r -> r.parameter().key()).distinct().toList();
    }

    /**
     * The rows as a table, once checked against the pack they change: each key is one of the pack's, each value of the
     * type of the pack's rows of that key. Problems name the file, the line and the column.
     *
     * @param pack        the pack's own parameters
     * @param jurisdiction the pack's code, for messages
     */
    public ParameterTable against(ParameterTable pack, String jurisdiction) throws InputException {
        Problems problems = new Problems();
        for (Row row : rows) {
            Parameter p = row.parameter();
            if (!pack.hasKey(p.key())) {
                String near = Values.closest(p.key(), pack.keys());
                problems.add(file, row.line(), "key", Text.of("io.read.parameter.unknown-key", "key", Values.abbreviate(p.key()),
                        "jurisdiction", jurisdiction, "hint", Hints.didYouMean(near)));
                continue;
            }
            List<String> packValues = pack.history(p.key()).stream().map(Parameter::value).toList();
            ParameterKind kind = ParameterKind.of(packValues);
            Text problem = kind.problem(p.value(), packValues);
            if (problem != null) {
                problems.add(file, row.line(), "value", Text.of("io.read.parameter.wrong-type", "value", Values.abbreviate(p.value().trim()),
                        "key", p.key(), "why", problem, "pack", Values.abbreviate(packValues.get(0).trim())));
            }
        }
        problems.throwIfAny();
        return ParameterTable.of(rows.stream().map(Row::parameter).toList());
    }
}
