package org.worktime.io.read;

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
            problems.add(name, 0, null, "the file has no parameter rows (expected lines of " + String.join(" | ", COLUMNS) + ")");
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
            problems.add(name, line, null, "expected " + COLUMNS.size() + " columns separated by | (" + String.join(" | ", COLUMNS)
                    + "), found " + cells.length);
            return null;
        }
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].strip();
        }
        int before = problems.size();
        String key = cells[0];
        if (key.isEmpty()) {
            problems.add(name, line, "key", "missing value");
        }
        Scope scope = null;
        try {
            scope = Scope.parse(cells[1]);
        } catch (RuntimeException e) {
            problems.add(name, line, "scope", "'" + Values.abbreviate(cells[1]) + "' is not a scope: expected * or headcount:MIN-MAX");
        }
        if (cells[2].isEmpty()) {
            problems.add(name, line, "value", "missing value");
        }
        LocalDate from = date(cells[3], true, line, "from", name, problems);
        LocalDate to = date(cells[4], false, line, "to", name, problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(name, line, "to", "the row ends (" + to + ") before it starts (" + from + ")");
        }
        if (cells[5].isEmpty()) {
            problems.add(name, line, "law", "missing value: a row cites its law");
        }
        if (cells[6].isEmpty()) {
            problems.add(name, line, "article", "missing value: a row cites its article");
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
                problems.add(name, line, column, "missing value");
            }
            return null;
        }
        try {
            return Values.date(text);
        } catch (ValueException e) {
            problems.add(name, line, column, e.getMessage());
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
                    problems.add(name, row.line(), "from", "the row overlaps the row of line " + other.line() + " (same key and scope: "
                            + describe(other.parameter().effective()) + ", and " + describe(row.parameter().effective()) + ")");
                }
            }
            earlier.add(row);
        }
    }

    private static String describe(LocalDateRange range) {
        return range.isUnboundedEnd() ? "from " + range.getStart() + " on" : range.getStart() + " to " + range.getEndInclusive();
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
                problems.add(file, row.line(), "key", "unknown parameter " + Values.abbreviate(p.key()) + " (not a key of the "
                        + jurisdiction + " pack" + (near == null ? "" : "; did you mean " + near + "?")
                        + "); the keys are listed by worktime rules --parameters");
                continue;
            }
            List<String> packValues = pack.history(p.key()).stream().map(Parameter::value).toList();
            ParameterKind kind = ParameterKind.of(packValues);
            String problem = kind.problem(p.value(), packValues);
            if (problem != null) {
                problems.add(file, row.line(), "value", "'" + Values.abbreviate(p.value().trim()) + "' is not of the type of "
                        + p.key() + ": " + problem + " (the pack has " + Values.abbreviate(packValues.get(0).trim()) + ")");
            }
        }
        problems.throwIfAny();
        return ParameterTable.of(rows.stream().map(Row::parameter).toList());
    }
}
