package org.worktime.core.param;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.finding.Citation;

/**
 * A pack's dated parameters, read from a plain text file in the style of ThreeTen-Extra's
 * {@code LeapSeconds.txt}: one row per value, columns separated by {@code |}:
 *
 * <pre>key | scope | value | from | to | law | article | version | source</pre>
 *
 * {@code from} and {@code to} are inclusive ISO dates as the law states them ({@code to} may be empty:
 * still in force); lines starting with {@code #} are comments. Two rows of one key and scope must not
 * overlap in time.
 */
public final class ParameterTable {

    private static final int COLUMNS = 9;

    private final Map<String, List<Parameter>> byKey;

    private ParameterTable(Map<String, List<Parameter>> byKey) {
        this.byKey = byKey;
    }

    public static ParameterTable of(Collection<Parameter> rows) {
        Map<String, List<Parameter>> map = new LinkedHashMap<>();
        for (Parameter p : rows) {
            map.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p);
        }
        for (Map.Entry<String, List<Parameter>> e : map.entrySet()) {
            List<Parameter> list = e.getValue();
            list.sort(Comparator.comparing((Parameter p) -> p.effective().getStart()));
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    Parameter a = list.get(i);
                    Parameter b = list.get(j);
                    if (a.scope().equals(b.scope()) && a.effective().overlaps(b.effective())) {
                        throw new IllegalArgumentException("Parameter " + e.getKey() + " (scope " + a.scope()
                                + ") has overlapping rows: " + a.effective() + " and " + b.effective());
                    }
                }
            }
            e.setValue(List.copyOf(list));
        }
        return new ParameterTable(Map.copyOf(map));
    }

    /** Reads a parameter file; errors name the resource, the line and the column. */
    public static ParameterTable read(String name, InputStream in) {
        List<Parameter> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                rows.add(parseRow(name, number, trimmed));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read parameter file " + name, e);
        }
        try {
            return of(rows);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    /** Reads a parameter file from the class path of the given class. */
    public static ParameterTable readResource(Class<?> anchor, String resource) {
        InputStream in = anchor.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Parameter file " + resource + " is missing from the class path of " + anchor.getName());
        }
        return read(resource, in);
    }

    private static Parameter parseRow(String name, int line, String text) {
        String[] cells = text.split("\\|", -1);
        if (cells.length != COLUMNS) {
            throw new IllegalArgumentException(name + " line " + line + ": expected " + COLUMNS + " columns separated by |, found " + cells.length);
        }
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].strip();
        }
        String field = "key";
        try {
            String key = cells[0];
            if (key.isEmpty()) {
                throw new IllegalArgumentException("empty");
            }
            field = "scope";
            Scope scope = Scope.parse(cells[1]);
            field = "value";
            if (cells[2].isEmpty()) {
                throw new IllegalArgumentException("empty");
            }
            field = "from";
            LocalDate from = LocalDate.parse(cells[3]);
            field = "to";
            LocalDateRange range = cells[4].isEmpty() ? LocalDateRange.ofUnboundedEnd(from) : LocalDateRange.ofClosed(from, LocalDate.parse(cells[4]));
            field = "law";
            if (cells[5].isEmpty() || cells[6].isEmpty()) {
                throw new IllegalArgumentException("a row needs its law and article");
            }
            return new Parameter(key, scope, cells[2], range, new Citation(cells[5], cells[6], cells[7], cells[8]));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " line " + line + ", column " + field + ": not an ISO date: " + e.getParsedString(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + " line " + line + ", column " + field + ": " + e.getMessage(), e);
        }
    }

    /** The row in force on the date for a workplace of this headcount: a band row wins over a {@code *} row. */
    public Optional<Parameter> find(String key, LocalDate date, OptionalInt headcount) {
        List<Parameter> rows = byKey.get(key);
        if (rows == null) {
            return Optional.empty();
        }
        Parameter general = null;
        for (Parameter p : rows) {
            if (p.isInForceOn(date) && p.scope().matches(headcount)) {
                if (p.scope().isBand()) {
                    return Optional.of(p);
                }
                general = p;
            }
        }
        return Optional.ofNullable(general);
    }

    public Optional<Parameter> find(String key, LocalDate date) {
        return find(key, date, OptionalInt.empty());
    }

    /**
     * The dates around {@code date} over which {@link #find} of this key cannot change for a given headcount: between
     * the nearest row boundaries (starts and ends) on either side. Lets callers cache a look-up.
     */
    public LocalDateRange stableRange(String key, LocalDate date) {
        LocalDate from = LocalDate.MIN;
        LocalDate until = LocalDate.MAX;
        for (Parameter p : byKey.getOrDefault(key, List.of())) {
            LocalDate start = p.effective().getStart();
            LocalDate end = p.effective().getEnd();
            if (!start.isAfter(date) && start.isAfter(from)) {
                from = start;
            }
            if (start.isAfter(date) && start.isBefore(until)) {
                until = start;
            }
            if (!p.effective().isUnboundedEnd()) {
                if (!end.isAfter(date) && end.isAfter(from)) {
                    from = end;
                }
                if (end.isAfter(date) && end.isBefore(until)) {
                    until = end;
                }
            }
        }
        return LocalDateRange.of(from, until);
    }

    /** Like {@link #find} but a missing row is a programming or data error. */
    public Parameter get(String key, LocalDate date, OptionalInt headcount) {
        return find(key, date, headcount).orElseThrow(() -> new MissingParameterException(key, date));
    }

    public Parameter get(String key, LocalDate date) {
        return get(key, date, OptionalInt.empty());
    }

    /** Every row of a key, sorted by start. */
    public List<Parameter> history(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    public boolean hasKey(String key) {
        return byKey.containsKey(key);
    }

    public List<String> keys() {
        return byKey.keySet().stream().sorted().toList();
    }

    /** This table with the rows of {@code overrides} replacing every row of the same key. */
    public ParameterTable overriddenBy(ParameterTable overrides) {
        Map<String, List<Parameter>> merged = new HashMap<>(byKey);
        merged.putAll(overrides.byKey);
        List<Parameter> all = new ArrayList<>();
        merged.values().forEach(all::addAll);
        return of(all);
    }
}
