package org.worktime.io.read;

import org.worktime.core.finding.Text;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The header line of a CSV file: column names to positions, checked against the known names. */
final class CsvColumns {

    private final Map<String, Integer> index;
    private final List<String> names;

    private CsvColumns(Map<String, Integer> index, List<String> names) {
        this.index = index;
        this.names = names;
    }

    /**
     * Reads the header from the current record. Unknown, duplicate and missing required columns are problems.
     *
     * @param extra accepts further column names beyond {@code known} (e.g. {@code attr.*}); may be null
     * @return the columns, or null when the header has problems (reported)
     */
    static CsvColumns of(CsvRecords records, Path file, Problems problems, List<String> known, List<String> required,
            Predicate<String> extra) {
        Map<String, Integer> index = new HashMap<>();
        List<String> names = records.all();
        boolean ok = true;
        int line = records.line();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isEmpty()) {
                problems.add(file, line, null, Text.of("io.read.columns.unnamed", "column", i + 1, "known", String.join(", ", known)));
                ok = false;
            } else if (!known.contains(name) && (extra == null || !extra.test(name))) {
                String near = Values.closest(name, known);
                problems.add(file, line, name, Text.of("io.read.columns.unknown", "hint", Hints.didYouMean(near), "known", String.join(", ", known)));
                ok = false;
            } else if (index.putIfAbsent(name, i) != null) {
                problems.add(file, line, name, Text.of("io.read.columns.twice"));
                ok = false;
            }
        }
        for (String name : required) {
            if (!index.containsKey(name)) {
                problems.add(file, line, name, Text.of("io.read.columns.missing", "kind", "line", "header", String.join(",", names)));
                ok = false;
            }
        }
        return ok ? new CsvColumns(index, names) : null;
    }

    /** The position of the column, or -1 when the header lacks it. */
    int index(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    List<String> names() {
        return names;
    }

    int size() {
        return names.size();
    }

    /** The field of the current record in the column, or "" when the header lacks the column. */
    static String get(CsvRecords records, int column) {
        return column < 0 ? "" : records.get(column);
    }
}
