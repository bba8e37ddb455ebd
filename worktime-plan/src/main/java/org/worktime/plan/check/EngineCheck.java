package org.worktime.plan.check;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Shift;
import org.worktime.core.engine.Engine;
import org.worktime.core.engine.Evaluation;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Severity;
import org.worktime.core.report.Report;

/**
 * The engine's judgment of a roster, and its repair: the planned shifts are added to the dataset and evaluated with the
 * window's first instant as the as-of instant (so they count as planned, exactly as {@code worktime check --as-of}
 * reads them). Each violation the plan causes takes one hour off the longest planned day of that employee inside the
 * finding's dates, and the plan is judged again, until the engine finds none. Violations already there without the
 * plan (in the recorded past) are not the plan's and are left alone. Every round removes at least an hour, so it ends.
 */
public final class EngineCheck {

    /** A planned day: its employee, date and hours. */
    public record Day(String employeeId, LocalDate date) {
    }

    /**
     * The outcome.
     *
     * @param hours         the hours per day that the engine accepts
     * @param shifts        the planned shifts
     * @param report        the engine's report on the dataset with the plan
     * @param removedHours  hours the engine's findings made the planner remove
     * @param removedBecause the rule ids of the violations that made it remove them, with how many hours each
     * @param violationsLeft violations the plan still causes (empty unless the round limit was reached)
     */
    public record Outcome(Map<Day, Integer> hours, List<Shift> shifts, Report report, int removedHours, Map<String, Integer> removedBecause,
            List<Finding> violationsLeft) {
    }

    /**
     * What counts against a plan beyond the engine's word, for an option that changes how the engine's answer is read (a
     * policy file: {@code worktime simulate} makes a lifted rule's violations lawful for whom it covers and adds its
     * health measures). The default counts every violation and adds nothing.
     */
    public interface Judgment {
        Judgment ENGINE = new Judgment() {
        };

        /** Whether the engine's violation counts against the plan. */
        default boolean counts(Finding violation) {
            return true;
        }

        /** The measures the plan (with the team's records) fails, beyond the engine's rules. */
        default List<Breach> breaches(List<Shift> planned) {
            return List.of();
        }
    }

    /**
     * A measure failed: by whom, where, and how the planner repairs it: an hour off the longest day in the dates, or, for
     * a day off owed, the shortest planned day in the dates taken off whole.
     */
    public record Breach(String employeeId, String measure, LocalDateRange dates, boolean dayOff) {
    }

    private final Engine engine;
    private final Dataset base;
    private final List<Employee> team;
    private final LocalDateRange window;
    private final LocalTime dayStart;
    private final LocalDate notifiedOn;
    private final BreakProbe breaks;
    private Judgment judgment = Judgment.ENGINE;

    public EngineCheck(Engine engine, Dataset base, List<Employee> team, LocalDateRange window, LocalTime dayStart, LocalDate notifiedOn,
            BreakProbe breaks) {
        this.engine = engine;
        this.base = base;
        this.team = team;
        this.window = window;
        this.dayStart = dayStart;
        this.notifiedOn = notifiedOn;
        this.breaks = breaks;
    }

    /** The same check reading the engine's answer through the judgment (a policy's). */
    public EngineCheck judgedBy(Judgment judgment) {
        this.judgment = judgment;
        return this;
    }

    public Outcome run(Map<Day, Integer> proposed) {
        Map<Day, Integer> hours = new LinkedHashMap<>(proposed);
        Set<String> baseline = keys(violations(evaluate(List.of())));
        Set<String> baselineBreaches = new HashSet<>();
        judgment.breaches(List.of()).forEach(b -> baselineBreaches.add(key(b)));
        int removed = 0;
        Map<String, Integer> because = new LinkedHashMap<>();
        int total = hours.values().stream().mapToInt(Integer::intValue).sum();
        for (int round = 0; ; round++) {
            List<Shift> shifts = shifts(hours);
            Report report = evaluate(shifts);
            List<Finding> caused = new ArrayList<>();
            for (Finding f : violations(report)) {
                if (!baseline.contains(key(f))) {
                    caused.add(f);
                }
            }
            List<Breach> failed = new ArrayList<>();
            for (Breach b : judgment.breaches(shifts)) {
                if (!baselineBreaches.contains(key(b))) {
                    failed.add(b);
                }
            }
            if ((caused.isEmpty() && failed.isEmpty()) || round > total) {
                return new Outcome(hours, shifts, report, removed, because, caused);
            }
            List<Breach> repairs = new ArrayList<>();
            caused.forEach(f -> repairs.add(new Breach(f.employeeId(), f.ruleId(), f.period(), false)));
            repairs.addAll(failed);
            for (Breach b : repairs) {
                if (b.dayOff()) {
                    Day shortest = shortestIn(hours, b.employeeId(), b.dates());
                    if (shortest != null) {
                        int h = hours.remove(shortest);
                        removed += h;
                        because.merge(b.measure(), h, Integer::sum);
                    }
                    continue;
                }
                Day longest = longestIn(hours, b.employeeId(), b.dates());
                if (longest == null) {
                    longest = longestIn(hours, b.employeeId(), window);
                }
                if (longest != null) {
                    hours.merge(longest, -1, Integer::sum);
                    if (hours.get(longest) == 0) {
                        hours.remove(longest);
                    }
                    removed++;
                    because.merge(b.measure(), 1, Integer::sum);
                }
            }
        }
    }

    /** The shifts of a roster, in employee and date order. */
    public List<Shift> shifts(Map<Day, Integer> hours) {
        List<Shift> shifts = new ArrayList<>();
        for (Map.Entry<Day, Integer> e : hours.entrySet()) {
            if (e.getValue() > 0) {
                shifts.add(PlannedShifts.of(e.getKey().employeeId(), e.getKey().date(), dayStart, base.workplace().zone(), e.getValue(),
                        breaks.breakFor(e.getValue()), notifiedOn));
            }
        }
        return shifts;
    }

    private Report evaluate(List<Shift> planned) {
        List<Shift> all = new ArrayList<>();
        for (Employee e : team) {
            all.addAll(base.shiftsOf(e.id()));
        }
        all.addAll(planned);
        Dataset dataset = Dataset.of(base.workplace(), team, all);
        List<org.worktime.core.domain.Earning> earnings = new ArrayList<>();
        List<org.worktime.core.domain.Attestation> attestations = new ArrayList<>();
        for (Employee e : team) {
            earnings.addAll(base.earningsOf(e.id()));
            attestations.addAll(base.attestationsOf(e.id()));
        }
        dataset = dataset.withEarnings(earnings).withAttestations(attestations);
        Instant asOf = window.getStart().atTime(base.workplace().weekStartTime()).atZone(base.workplace().zone()).toInstant();
        return engine.evaluate(dataset, new Evaluation(window, asOf, null));
    }

    private List<Finding> violations(Report report) {
        return report.findings().stream().filter(f -> f.severity() == Severity.VIOLATION && judgment.counts(f)).toList();
    }

    private static String key(Breach b) {
        return b.employeeId() + "|" + b.measure() + "|" + b.dates();
    }

    /** The planned day of the employee inside the dates with the fewest hours (the latest of equals), or null. */
    private static Day shortestIn(Map<Day, Integer> hours, String employeeId, LocalDateRange dates) {
        Day best = null;
        int fewest = Integer.MAX_VALUE;
        for (Map.Entry<Day, Integer> e : hours.entrySet()) {
            Day d = e.getKey();
            if (d.employeeId().equals(employeeId) && dates.contains(d.date()) && e.getValue() > 0 && e.getValue() <= fewest) {
                best = d;
                fewest = e.getValue();
            }
        }
        return best;
    }

    private static Set<String> keys(List<Finding> findings) {
        Set<String> keys = new HashSet<>();
        for (Finding f : findings) {
            keys.add(key(f));
        }
        return keys;
    }

    private static String key(Finding f) {
        return f.employeeId() + "|" + f.ruleId() + "|" + f.period();
    }

    /** The planned day of the employee inside the dates with the most hours (the latest of equals), or null. */
    private static Day longestIn(Map<Day, Integer> hours, String employeeId, LocalDateRange dates) {
        Day best = null;
        int most = 0;
        for (Map.Entry<Day, Integer> e : hours.entrySet()) {
            Day d = e.getKey();
            boolean inside = dates.isEmpty() ? d.date().equals(dates.getStart()) : dates.contains(d.date());
            if (d.employeeId().equals(employeeId) && inside && e.getValue() >= most && e.getValue() > 0) {
                best = d;
                most = e.getValue();
            }
        }
        return best;
    }
}
