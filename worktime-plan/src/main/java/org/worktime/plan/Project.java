package org.worktime.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.threeten.extra.LocalDateRange;

/**
 * A project period to plan (docs/PLANNING.md): who, when, how much work, what the team prefers, and which
 * arrangements to compare. Read from a project file by {@link ProjectFileReader}; built directly by a server.
 *
 * @param id          a name for the project
 * @param window      the dates to plan, half-open, whole workplace weeks
 * @param plannedOn   the date the plan is made: paperwork and notice deadlines are measured from it (the planner never
 *                    reads a clock)
 * @param team        who works
 * @param work        how much work, in seconds
 * @param preferences limits the team chooses inside the law
 * @param rates       exchange rates the project states (file key {@code exchangeRates}), for pay thresholds in another currency
 * @param options     the arrangements to compare, by id ({@link PlanOption}); empty means every one compared by default
 *                    ({@link PlanOption#byDefault()}), or none when policies are compared
 * @param policies    policy files' regimes compared after the options (file key {@code policies}, the CLI's
 *                    {@code --policy}), each as the option {@code policy:<id>}
 */
public record Project(String id, LocalDateRange window, LocalDate plannedOn, Team team, Work work, Preferences preferences,
        List<PlanOption> options, List<org.worktime.core.exempt.ExchangeRate> rates, List<PolicyOption> policies) {

    /** A project that compares no policy file. */
    public Project(String id, LocalDateRange window, LocalDate plannedOn, Team team, Work work, Preferences preferences,
            List<PlanOption> options, List<org.worktime.core.exempt.ExchangeRate> rates) {
        this(id, window, plannedOn, team, work, preferences, options, rates, List.of());
    }

    /** A project that states no exchange rate. */
    public Project(String id, LocalDateRange window, LocalDate plannedOn, Team team, Work work, Preferences preferences,
            List<PlanOption> options) {
        this(id, window, plannedOn, team, work, preferences, options, List.of());
    }

    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(plannedOn, "plannedOn");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(preferences, "preferences");
        policies = List.copyOf(policies == null ? List.of() : policies);
        // No option named: every default one, unless policies are compared (then they alone are).
        options = List.copyOf(options == null || options.isEmpty() ? policies.isEmpty() ? PlanOption.defaults() : List.of() : options);
        rates = List.copyOf(rates == null ? List.of() : rates);
    }

    /** The same project comparing these options (the policies kept). */
    public Project withOptions(List<PlanOption> replaced) {
        return new Project(id, window, plannedOn, team, work, preferences, replaced, rates, policies);
    }

    /** The same project comparing these policies too, after its own. */
    public Project withPolicies(List<PolicyOption> more) {
        List<PolicyOption> all = new java.util.ArrayList<>(policies);
        all.addAll(more);
        return new Project(id, window, plannedOn, team, work, preferences, options, rates, all);
    }

    /** How many options the plan compares: the named ones and the policies. */
    public int optionCount() {
        return options.size() + policies.size();
    }

    /** The stated rates, for converting pay to another law's currency (an exemption's pay threshold). */
    public org.worktime.core.exempt.ExchangeRates exchangeRates() {
        return org.worktime.core.exempt.ExchangeRates.of(rates);
    }

    /**
     * The team: employee ids, or an attribute filter (every pair must match), or both (the listed ids that match).
     * Both empty means everyone employed throughout the window.
     */
    public record Team(List<String> ids, Map<String, String> where) {

        public Team {
            ids = List.copyOf(ids == null ? List.of() : ids);
            where = Map.copyOf(where == null ? Map.of() : where);
        }
    }

    /** How the work is given. */
    public enum WorkKind {
        /** Person-hours of the whole team over the window. */
        TOTAL,
        /** Person-hours of the whole team in each week of the window. */
        PER_WEEK,
        /** Hours of each team member over the window. */
        PER_EMPLOYEE
    }

    /** The work to do: {@code seconds} of the {@code kind}. */
    public record Work(WorkKind kind, long seconds) {

        public Work {
            Objects.requireNonNull(kind, "kind");
            if (seconds <= 0) {
                throw new IllegalArgumentException("the work must be positive: " + seconds + " s");
            }
        }
    }

    /**
     * What the team prefers, inside the law.
     *
     * @param longestDaySeconds the longest working day wanted (work, breaks excluded)
     * @param dayStart          when shifts start, workplace wall-clock time
     * @param noNightWork       no minute of work inside the jurisdiction's night window
     * @param freeDates         dates that must stay free
     * @param freeDays          weekdays that must stay free
     * @param restAfterWeeks    weeks of rest wanted after the crunch: an averaging unit must leave at least that many
     *                          lighter weeks after the window
     */
    public record Preferences(long longestDaySeconds, LocalTime dayStart, boolean noNightWork, Set<LocalDate> freeDates,
            Set<DayOfWeek> freeDays, int restAfterWeeks) {

        public Preferences {
            Objects.requireNonNull(dayStart, "dayStart");
            freeDates = Set.copyOf(freeDates == null ? Set.of() : freeDates);
            freeDays = Set.copyOf(freeDays == null ? Set.of() : freeDays);
            if (longestDaySeconds <= 0 || longestDaySeconds > 24 * 3600) {
                throw new IllegalArgumentException("the longest day must be within (0, 24 h]: " + longestDaySeconds + " s");
            }
            if (restAfterWeeks < 0) {
                throw new IllegalArgumentException("restAfterWeeks must not be negative: " + restAfterWeeks);
            }
        }

        /** Whether the date must stay free. */
        public boolean keepsFree(LocalDate date) {
            return freeDates.contains(date) || freeDays.contains(date.getDayOfWeek());
        }
    }
}
