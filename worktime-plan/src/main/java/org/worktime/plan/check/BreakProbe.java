package org.worktime.plan.check;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Shift;
import org.worktime.core.engine.Engine;
import org.worktime.core.engine.Evaluation;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Severity;

/**
 * The break a day of work needs, asked of the engine rather than written down: a planned shift of the hours, alone in
 * its week, with breaks of 0, 15, 30 ... 180 minutes; the shortest break with which the engine reports the fewest
 * violations and warnings is the one the plan gives. Breaks differ by jurisdiction and arrangement (Korea's Art. 54,
 * Japan's Art. 34, none under US federal law), and this way the pack that judges the plan decides them.
 */
public final class BreakProbe {

    private static final long STEP = 900;
    private static final long MOST = 3 * 3600;

    private final Engine engine;
    private final Dataset dataset;
    private final Employee employee;
    private final LocalDate date;
    private final LocalTime dayStart;
    private final Map<Integer, Long> cache = new HashMap<>();

    /**
     * @param dataset  the arranged dataset (its workplace and agreements)
     * @param employee the employee whose shift is probed
     * @param date     a working day of the window
     */
    public BreakProbe(Engine engine, Dataset dataset, Employee employee, LocalDate date, LocalTime dayStart) {
        this.engine = engine;
        this.dataset = dataset;
        this.employee = employee;
        this.date = date;
        this.dayStart = dayStart;
    }

    /** The break, in seconds, for a day of {@code hours} of work. */
    public long breakFor(int hours) {
        return cache.computeIfAbsent(hours, this::probe);
    }

    private long probe(int hours) {
        long best = 0;
        long fewest = Long.MAX_VALUE;
        for (long b = 0; b <= MOST; b += STEP) {
            Shift shift = PlannedShifts.of(employee.id(), date, dayStart, dataset.workplace().zone(), hours, b, date.minusYears(1));
            Dataset probe = Dataset.of(dataset.workplace(), List.of(employee), List.of(shift));
            Instant asOf = shift.start();
            long count = 0;
            for (Finding f : engine.evaluate(probe, new Evaluation(LocalDateRange.ofClosed(date, date), asOf, null)).findings()) {
                if (f.severity() != Severity.INDETERMINATE) {
                    count++;
                }
            }
            if (count < fewest) {
                fewest = count;
                best = b;
            }
            if (count == 0) {
                break;
            }
        }
        return best;
    }
}
