package org.worktime.spark;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Shift;
import org.worktime.core.engine.Engine;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;
import org.worktime.core.report.EmployeeReport;
import org.worktime.core.rule.Packs;
import org.worktime.io.read.InputException;
import org.worktime.io.read.InputProblem;
import org.worktime.io.read.ShiftCsvReader;

/**
 * The per-employee unit of work, the one place the Spark job meets Worktime: one employee's shift rows are read by the
 * CLI's {@link ShiftCsvReader} and evaluated by the same {@link Engine} on a dataset of the workplace and that employee
 * alone ({@link Dataset#only}'s contract: an employee's findings depend only on the workplace and their own records).
 * Adds no rule. When the streaming unit of issue 16 lands, this class is what switches to it.
 */
public final class EmployeeUnit {

    /** The documented shifts.csv columns, in the order the rows are handed to the reader. */
    public static final List<String> COLUMNS = List.of("employee", "start", "end", "breaks", "origin", "break_waiver", "notified_on",
            "outside", "rate");

    /** One input row: its source file and line, and its values in {@link #COLUMNS} order (null for an empty cell). */
    public record RawShift(String file, long line, List<String> values) {
    }

    /** A row the reader refused, with the reason in the requested language. */
    public record Rejected(String file, long line, String reason) {
    }

    /**
     * What reading one employee's rows gave: the accepted rows and the shifts the reader made of them (in the same order),
     * the rejected ones, the first and last start.
     */
    public record Read(List<RawShift> accepted, List<Shift> shifts, List<Rejected> rejected, Instant firstStart, Instant lastStart) {
    }

    private EmployeeUnit() {
    }

    /**
     * Reads the rows as the CLI reads a shifts file under {@code --on-error quarantine}: a row with a problem is rejected
     * with the reader's own message, the others are read again without it (an overlap is reported on the later row, so
     * removing it clears the overlap), until every row is accepted or rejected. Rows of an employee the workplace does
     * not know are refused by the reader itself.
     */
    public static Read read(Dataset tables, String employeeId, List<RawShift> rows, Language language) {
        ShiftCsvReader reader = reader(tables, employeeId);
        List<RawShift> pending = new ArrayList<>(rows);
        List<Rejected> rejected = new ArrayList<>();
        while (!pending.isEmpty()) {
            try {
                List<Shift> shifts = reader.read(new StringReader(csv(pending)), Path.of(pending.get(0).file()));
                Instant first = null;
                Instant last = null;
                for (Shift s : shifts) {
                    first = first == null || s.start().isBefore(first) ? s.start() : first;
                    last = last == null || s.start().isAfter(last) ? s.start() : last;
                }
                return new Read(pending, shifts, rejected, first, last);
            } catch (InputException e) {
                Set<Integer> bad = new HashSet<>();
                for (InputProblem p : e.problems()) {
                    int index = p.line() - 2;
                    if (index < 0 || index >= pending.size()) {
                        // A problem of no single row (it cannot happen with a header the reader knows): refuse them all.
                        pending.forEach(r -> rejected.add(new Rejected(r.file(), r.line(), p.message(language))));
                        return new Read(List.of(), List.of(), rejected, null, null);
                    }
                    if (bad.add(index)) {
                        RawShift r = pending.get(index);
                        rejected.add(new Rejected(r.file(), r.line(), p.message(language)));
                    }
                }
                List<RawShift> kept = new ArrayList<>(pending.size());
                for (int i = 0; i < pending.size(); i++) {
                    if (!bad.contains(i)) {
                        kept.add(pending.get(i));
                    }
                }
                pending = kept;
            }
        }
        return new Read(List.of(), List.of(), rejected, null, null);
    }

    /**
     * The employee's report over the workplace's prepared evaluation: their accepted shifts (as {@link #read} gave them),
     * earnings, attestations and leave, on the workplace's own data, as the whole dataset's evaluation gives it. The
     * one-employee {@link Dataset} orders the shifts and runs the CLI's checks on the leave, as DatasetReader does.
     */
    public static EmployeeReport evaluate(Dataset tables, Engine.Prepared prepared, String employeeId, List<Shift> shifts) {
        Employee employee = tables.employee(employeeId);
        Dataset one = Dataset.of(tables.workplace(), List.of(employee), shifts)
                .withEarnings(tables.earningsOf(employeeId))
                .withAttestations(tables.attestationsOf(employeeId));
        if (tables.leaveRecorded()) {
            one = one.withLeave(tables.leaveOf(employeeId));
        }
        return prepared.evaluate(employee, one.shiftsOf(employeeId), one.earningsOf(employeeId), one.attestationsOf(employeeId),
                one.leaveOf(employeeId), one.leaveRecorded());
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, Engine> ENGINES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The jurisdiction's engine, found once per JVM (the packs are discovered by ServiceLoader). */
    static Engine engine(String jurisdiction) {
        return ENGINES.computeIfAbsent(jurisdiction, j -> Engine.of(Packs.find(j).orElseThrow(
                () -> new IllegalArgumentException(Text.of("spark.error.no-pack", "jurisdiction", j).in(Language.EN)))));
    }

    /** A reader of the employee's rows as DatasetReader makes it: known ids, the wage currency a shift's rate is in. */
    private static ShiftCsvReader reader(Dataset tables, String employeeId) {
        Employee employee = tables.employee(employeeId);
        if (employee == null) {
            return new ShiftCsvReader(tables.workplace().zone(), Set.of());
        }
        java.util.Map<String, org.joda.money.CurrencyUnit> currency = new java.util.HashMap<>();
        employee.wageIfKnown().ifPresent(w -> currency.put(employeeId, w.currency()));
        return new ShiftCsvReader(tables.workplace().zone(), Set.of(employeeId)).withCurrencies(currency);
    }

    /** The rows as a shifts.csv the reader reads (line 2 is the first row), quoting what needs it. */
    static String csv(List<RawShift> rows) {
        StringBuilder out = new StringBuilder(64 + rows.size() * 64);
        out.append(String.join(",", COLUMNS)).append('\n');
        for (RawShift row : rows) {
            for (int i = 0; i < COLUMNS.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                String v = row.values().get(i);
                if (v == null) {
                    continue;
                }
                if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                    out.append('"').append(v.replace("\"", "\"\"")).append('"');
                } else {
                    out.append(v);
                }
            }
            out.append('\n');
        }
        return out.toString();
    }
}
