package org.worktime.io.read;

import org.worktime.core.finding.Text;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.worktime.core.domain.Shift;

/**
 * Shifts read from one or more files, each remembering where it came from, so that overlaps can be reported
 * naming both lines.
 */
final class ShiftBatch {

    private record Row(Shift shift, int source, int line) {
    }

    private final List<Path> sources = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private Quarantine quarantine;

    /** Rows are counted and named to the quarantine, which then takes the row problems of these files. */
    void quarantine(Quarantine quarantine) {
        this.quarantine = quarantine;
    }

    private java.util.function.LongConsumer rowsListener;
    private long rowsRead;

    /** Told the number of shift rows read so far, every 16384 rows (a progress line for large files). */
    void onRows(java.util.function.LongConsumer listener) {
        rowsListener = listener;
    }

    /** A data row of a shift file is about to be read; {@code employee} is the id text it holds. */
    void rowRead(Path file, int line, String employee) {
        rowsRead++;
        if (rowsListener != null && (rowsRead & 0x3FFF) == 0) {
            rowsListener.accept(rowsRead);
        }
        if (quarantine != null) {
            quarantine.at(file, line, employee);
        }
    }

    /** A row read earlier is named again, for a problem found after reading it (pairing punches). */
    void rowAgain(Path file, int line, String employee) {
        if (quarantine != null) {
            quarantine.again(file, line, employee);
        }
    }

    /** Drops the shifts of rows the quarantine rejected after they were built (an overlap); returns how many remain. */
    int dropRejected() {
        if (quarantine != null) {
            rows.removeIf(r -> quarantine.isRejected(sources.get(r.source), r.line));
            quarantine.accepted(rows.size());
        }
        return rows.size();
    }

    int addSource(Path file) {
        sources.add(file);
        return sources.size() - 1;
    }

    void add(Shift shift, int source, int line) {
        if (spill != null) {
            spill.add(shift, source, line);
            return;
        }
        rows.add(new Row(shift, source, line));
    }

    /** Where the streaming read sends the shifts built, instead of keeping them (see {@link DatasetStream}). */
    interface Spill {
        void add(Shift shift, int source, int line);
    }

    private Spill spill;

    void spillTo(Spill spill) {
        this.spill = spill;
    }

    /** The files read, by source number. */
    List<Path> sources() {
        return sources;
    }

    /** Rows of another batch's files: the same source numbers name the same files. */
    void sourcesOf(ShiftBatch other) {
        sources.clear();
        sources.addAll(other.sources);
    }

    /** The shifts with the source and line each was read from. */
    void forEachRow(RowAction action) {
        for (Row r : rows) {
            action.row(r.shift, r.source, r.line);
        }
    }

    interface RowAction {
        void row(Shift shift, int source, int line);
    }

    /** Drops the shifts of rows the quarantine rejected, without counting them as accepted (the caller adds up). */
    void dropRejectedOnly() {
        if (quarantine != null) {
            rows.removeIf(r -> quarantine.isRejected(sources.get(r.source), r.line));
        }
    }

    int size() {
        return rows.size();
    }

    /** Forgets the rows (the sources stay): the streaming read checks one employee's rows at a time. */
    void clear() {
        rows.clear();
    }

    List<Shift> shifts() {
        List<Shift> list = new ArrayList<>(rows.size());
        for (Row r : rows) {
            list.add(r.shift);
        }
        return list;
    }

    /**
     * Reports every shift that overlaps an earlier-starting shift of the same employee and origin (half-open:
     * one ending when the next starts is fine). The problem goes on the row read later, and names the other.
     */
    void checkOverlaps(Problems problems, ShiftTimes times) {
        Map<String, List<Row>> groups = new HashMap<>();
        for (Row r : rows) {
            String key = r.shift.origin() == Shift.Origin.ACTUAL ? r.shift.employeeId() : r.shift.employeeId() + "\u0000P";
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<Row[]> pairs = new ArrayList<>();
        for (List<Row> group : groups.values()) {
            group.sort(Comparator.comparing((Row r) -> r.shift.start()));
            Row reach = null;
            for (Row r : group) {
                if (reach != null && r.shift.start().isBefore(reach.shift.end())) {
                    pairs.add(readOrder(reach, r) < 0 ? new Row[] {reach, r} : new Row[] {r, reach});
                }
                if (reach == null || r.shift.end().isAfter(reach.shift.end())) {
                    reach = r;
                }
            }
        }
        pairs.sort((a, b) -> readOrder(a[1], b[1]));
        for (Row[] pair : pairs) {
            Row first = pair[0];
            Row later = pair[1];
            Shift s = later.shift;
            Shift o = first.shift;
            String planned = s.origin() == Shift.Origin.PLANNED ? "planned" : "recorded";
            if (quarantine != null) {
                quarantine.again(sources.get(later.source), later.line, s.employeeId());
            }
            problems.add(sources.get(later.source), later.line, null, Text.of("io.read.shift.overlap", "origin", planned, "id", s.employeeId(),
                    "start", times.show(s.start()), "end", times.show(s.end()), "where", where(first),
                    "otherStart", times.show(o.start()), "otherEnd", times.show(o.end())));
        }
    }

    private String where(Row r) {
        Path file = sources.get(r.source);
        return (file == null ? "<input>" : file.toString()) + ":" + r.line;
    }

    private static int readOrder(Row a, Row b) {
        int c = Integer.compare(a.source, b.source);
        return c != 0 ? c : Integer.compare(a.line, b.line);
    }
}
