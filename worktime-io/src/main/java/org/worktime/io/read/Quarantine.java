package org.worktime.io.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rows of shift files set aside instead of failing the whole read ({@code --on-error quarantine}): each rejected row
 * with its file, line, the employee it names, and every problem found in it. Only row problems of shift files are
 * quarantined; a problem with a header, a whole file, the workplace or the employees still fails the read, because
 * nothing sound can be evaluated without them. Counts add up: rows read = accepted + rejected.
 */
public final class Quarantine {

    /** A rejected row: its problems, in the order found. */
    public record Rejected(Path file, int line, String employee, List<InputProblem> problems) {

        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    private record Key(Path file, int line) {
    }

    private final Set<Path> files = new HashSet<>();
    private final Map<Key, String> employees = new LinkedHashMap<>();
    private final Map<Key, List<InputProblem>> rows = new LinkedHashMap<>();
    private Key current;
    private String currentEmployee;
    private long read;
    private long accepted;

    /** Row problems of this file are quarantined. */
    void covers(Path file) {
        files.add(file);
    }

    boolean covered(Path file, int line) {
        return line > 0 && files.contains(file);
    }

    /** The row now being read, and the employee id text it names (so a rejection can name its employee). */
    void at(Path file, int line, String employee) {
        current = new Key(file, line);
        currentEmployee = employee == null ? "" : employee.trim();
        read++;
    }

    /** A row of a shift file read earlier, named again (by the overlap check). */
    void again(Path file, int line, String employee) {
        current = new Key(file, line);
        currentEmployee = employee;
    }

    void reject(InputProblem problem) {
        Key key = new Key(problem.file(), problem.line());
        rows.computeIfAbsent(key, k -> new ArrayList<>()).add(problem);
        if (key.equals(current)) {
            employees.putIfAbsent(key, currentEmployee);
        } else {
            employees.putIfAbsent(key, "");
        }
    }

    boolean isRejected(Path file, int line) {
        return rows.containsKey(new Key(file, line));
    }

    void accepted(long count) {
        accepted = count;
    }

    /** The rejected rows, file by file in the order the files were read, each file's by line. */
    public List<Rejected> rejected() {
        List<Path> fileOrder = new ArrayList<>();
        rows.keySet().forEach(k -> {
            if (!fileOrder.contains(k.file())) {
                fileOrder.add(k.file());
            }
        });
        List<Rejected> list = new ArrayList<>(rows.size());
        rows.forEach((key, problems) -> list.add(new Rejected(key.file(), key.line(), employees.get(key), problems)));
        list.sort(java.util.Comparator.comparingInt((Rejected r) -> fileOrder.indexOf(r.file())).thenComparingInt(Rejected::line));
        return list;
    }

    /** Data rows read from the shift files (header excluded). */
    public long read() {
        return read;
    }

    /** Rows that became shifts. */
    public long accepted() {
        return accepted;
    }

    /**
     * Rows that did not. With punches, a rejected clock-in takes no shift, and a pair makes one shift of two rows, so
     * {@code read = accepted + rejected} counts rows: see {@link #acceptedRows()}.
     */
    public long rejectedRows() {
        return rows.size();
    }

    /** Rows that went into an accepted shift: {@code read - rejectedRows}. */
    public long acceptedRows() {
        return read - rows.size();
    }

    /** The employee ids named by rejected rows (blank ids left out), sorted. */
    public Set<String> incompleteEmployees() {
        Set<String> ids = new TreeSet<>();
        for (Map.Entry<Key, String> e : employees.entrySet()) {
            if (!Objects.requireNonNullElse(e.getValue(), "").isBlank()) {
                ids.add(e.getValue());
            }
        }
        return ids;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
