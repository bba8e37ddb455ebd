package org.worktime.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Shift;
import org.worktime.core.domain.Workplace;
import org.worktime.core.engine.DayTypes;
import org.worktime.core.engine.Engine;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Severity;
import org.worktime.core.finding.Text;
import org.worktime.core.pay.PayLine;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.Packs;
import org.worktime.core.time.DailyWindow;
import org.worktime.plan.arrange.Arranged;
import org.worktime.plan.arrange.Comparisons;
import org.worktime.plan.arrange.JapaneseHps;
import org.worktime.plan.arrange.KoreanArrangements;
import org.worktime.plan.arrange.UnderPolicy;
import org.worktime.plan.arrange.UsExempt;
import org.worktime.plan.check.BreakProbe;
import org.worktime.plan.check.Ceilings;
import org.worktime.plan.check.EngineCheck;
import org.worktime.plan.solve.Cap;
import org.worktime.plan.solve.EmployeeDay;
import org.worktime.plan.solve.Roster;
import org.worktime.plan.solve.RosterSolver;
import org.worktime.plan.solve.Target;

/**
 * The planner's entry point: {@link #plan(Dataset, Project, PlanSettings)} gives, for each option of the project, a
 * schedule the engine judges lawful, what it costs and needs, and, when the work does not fit, what would close the gap.
 * A plain Java API, for the CLI and a server alike.
 *
 * <p>How: the option's agreements are put in place ({@link KoreanArrangements}); the engine's headroom gives each
 * employee's weekly, daily and settlement-period ceilings ({@link Ceilings}); Timefold chooses the hours of each
 * employee-day within them ({@link RosterSolver}); the engine judges the shifts and the planner removes hours it finds
 * unlawful until it finds none ({@link EngineCheck}). The law is the engine's alone.
 *
 * <p>Deterministic: the same inputs and settings give the same plans (the reported solve time aside, which is the only
 * clock read, and only for information).
 */
public final class Planner {

    private Planner() {
    }

    /**
     * @throws PlanException when the project cannot be planned on this dataset (no team, a jurisdiction without a pack)
     */
    public static PlanResult plan(Dataset dataset, Project project, PlanSettings settings) {
        return plan(dataset, project, settings, (option, done, total) -> {
        });
    }

    /** What a long plan reports as it goes: the option just planned (its id, a policy's {@code policy:<id>}), and how many of all are done. */
    @FunctionalInterface
    public interface Progress {
        void planned(String option, int done, int total);
    }

    /** The same, telling {@code progress} after each option (a server job shows it). */
    public static PlanResult plan(Dataset dataset, Project project, PlanSettings settings, Progress progress) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(settings, "settings");
        Workplace workplace = dataset.workplace();
        JurisdictionPack pack = Packs.find(workplace.jurisdiction()).orElseThrow(() -> new PlanException(Text.of("plan.error.no-pack",
                "jurisdiction", workplace.jurisdiction())));
        List<Employee> team = team(dataset, project);
        java.util.Set<String> policies = new java.util.HashSet<>();
        for (PolicyOption p : project.policies()) {
            if (!policies.add(p.id())) {
                throw new PlanException(Text.of("plan.error.policy-twice", "option", p.id()));
            }
        }
        List<OptionPlan> plans = new ArrayList<>();
        int total = project.optionCount();
        for (PlanOption option : project.options()) {
            plans.add(planOption(option, null, pack, dataset, project, team, settings));
            progress.planned(option.id(), plans.size(), total);
        }
        for (PolicyOption policy : project.policies()) {
            plans.add(planOption(PlanOption.POLICY, policy, pack, dataset, project, team, settings));
            progress.planned(policy.id(), plans.size(), total);
        }
        List<OptionPlan> withRemedies = new ArrayList<>();
        for (OptionPlan p : plans) {
            withRemedies.add(p.fits() ? p : p.withShortfall(remedies(p, plans, team.size(), project)));
        }
        return new PlanResult(workplace, project, team, settings, withRemedies);
    }

    /** The team: the listed ids (or everyone) whose attributes match the filter, employed on some day of the window. */
    static List<Employee> team(Dataset dataset, Project project) {
        List<Employee> team = new ArrayList<>();
        LocalDateRange window = project.window();
        for (Employee e : dataset.employees()) {
            if (!project.team().ids().isEmpty() && !project.team().ids().contains(e.id())) {
                continue;
            }
            boolean matches = project.team().where().entrySet().stream()
                    .allMatch(w -> w.getValue().equals(e.attributes().get(w.getKey())));
            boolean employed = e.isEmployedOn(window.getStart()) || e.isEmployedOn(window.getEndInclusive());
            if (matches && employed) {
                team.add(e);
            }
        }
        if (team.isEmpty()) {
            throw new PlanException(Text.of("plan.error.empty-team", "from", window.getStart(), "to", window.getEndInclusive()));
        }
        return team;
    }

    private static OptionPlan planOption(PlanOption option, PolicyOption policy, JurisdictionPack pack, Dataset dataset, Project project,
            List<Employee> team, PlanSettings settings) {
        long started = System.nanoTime();
        long target = targetSeconds(project, team.size());
        Workplace workplace = dataset.workplace();
        JurisdictionPack judge = pack;
        Arranged arranged;
        UnderPolicy.Result underPolicy = null;
        if (policy != null) {
            if (!pack.jurisdiction().equals("KR")) {
                return unavailable(option, policy, target, Text.of("plan.unavailable.policy-jurisdiction", "jurisdiction", pack.jurisdiction()), List.of(),
                        started);
            }
            underPolicy = UnderPolicy.arrange(policy, pack.parameters(), workplace, dataset, team, project);
            arranged = underPolicy.arranged();
        } else if (option.jurisdiction().equals(pack.jurisdiction()) && pack.jurisdiction().equals("KR")) {
            arranged = new KoreanArrangements(pack.parameters()).arrange(option, workplace, team, project);
        } else if (option == PlanOption.US_FLSA_NONEXEMPT && Packs.find("US").isPresent()) {
            judge = Packs.find("US").get();
            arranged = Comparisons.underUsFederalLaw(workplace);
        } else if ((option == PlanOption.JP_ART36 || option == PlanOption.JP_ART36_SPECIAL) && Packs.find("JP").isPresent()) {
            judge = Packs.find("JP").get();
            arranged = Comparisons.underJapaneseLaw(workplace, project.window(), option == PlanOption.JP_ART36_SPECIAL);
        } else if (option == PlanOption.US_FLSA_EXEMPT && Packs.find("US").isPresent()) {
            judge = Packs.find("US").get();
            arranged = UsExempt.arrange(workplace, dataset, team, project.window(), project.plannedOn(), judge.parameters(),
                    project.exchangeRates());
        } else if (option == PlanOption.JP_HPS && Packs.find("JP").isPresent()) {
            judge = Packs.find("JP").get();
            arranged = JapaneseHps.arrange(workplace, dataset, team, project.window(), project.plannedOn(), judge.parameters(),
                    project.exchangeRates());
        } else {
            return unavailable(option, null, target, Text.of("plan.unavailable.jurisdiction", "jurisdiction", pack.jurisdiction()), List.of(), started);
        }
        if (arranged.unavailable() != null) {
            return unavailable(option, policy, target, arranged.unavailable(), arranged.paperwork(), started);
        }
        List<String> covered = underPolicy == null ? List.of() : underPolicy.covered();
        UnderPolicy.Judgment judgment = underPolicy == null ? null : underPolicy.judgment();
        LocalDateRange window = project.window();
        if (!arranged.team().isEmpty()) {
            team = arranged.team();
        }
        Dataset base = teamDataset(dataset, arranged.workplace(), team, window, arranged.attestations());
        Engine engine = Engine.of(judge);
        Ceilings ceilings = Ceilings.of(judge, base, window);
        DayTypes dayTypes = judge.dayTypes(arranged.workplace(), judge.parameters());
        DailyWindow night = judge.timelinePolicy(arranged.workplace(), judge.parameters()).night();
        Project.Preferences prefs = project.preferences();
        List<Text> notes = new ArrayList<>(arranged.notes());

        LocalDate probeDay = window.getStart();
        while (dayTypes.typeOf(probeDay).isHoliday() && probeDay.isBefore(window.getEndInclusive())) {
            probeDay = probeDay.plusDays(1);
        }
        BreakProbe breaks = new BreakProbe(engine, base, team.get(0), probeDay, prefs.dayStart());
        int longest = (int) (prefs.longestDaySeconds() / 3600);
        int nightLimit = prefs.noNightWork() ? hoursBeforeNight(prefs.dayStart(), night, longest, breaks) : longest;
        if (nightLimit < longest) {
            notes.add(Text.of("plan.note.no-night", "start", prefs.dayStart().toString(), "night", night.start().toString(), "hours", nightLimit));
        }

        List<EmployeeDay> days = new ArrayList<>();
        List<Cap> caps = new ArrayList<>();
        Map<String, Long> periodCaps = new LinkedHashMap<>();
        for (Employee e : team) {
            for (LocalDate weekStart = window.getStart(); weekStart.isBefore(window.getEnd()); weekStart = weekStart.plusWeeks(1)) {
                Ceilings.Week week = ceilings.week(e.id(), weekStart);
                Long weekLeft = week.weekLeftSeconds();
                if (covered.contains(e.id())) {
                    // Under a policy that covers the employee: the ordinary week's ceiling unless the policy lifts its rules,
                    // and the policy's own weekly cap (a health measure) either way.
                    Long cap = UnderPolicy.weeklyCapSeconds(policy.policy());
                    Long ordinary = UnderPolicy.liftsWeek(policy.policy()) ? null : weekLeft;
                    weekLeft = cap == null ? ordinary : ordinary == null ? cap : Long.valueOf(Math.min(cap, ordinary));
                }
                if (weekLeft != null) {
                    caps.add(new Cap(Cap.Kind.WEEK, EmployeeDay.weekKey(e.id(), weekStart), (int) Math.max(0, weekLeft / 3600)));
                }
                String periodKey = null;
                if (week.period() != null) {
                    periodKey = e.id() + "|" + week.period().getStart();
                    periodCaps.putIfAbsent(periodKey, Math.max(0, week.periodLeftSeconds()));
                }
                int dayMax = Math.min(longest, nightLimit);
                if (week.dailySeconds() != null) {
                    dayMax = (int) Math.min(dayMax, week.dailySeconds() / 3600);
                }
                for (int d = 0; d < 7; d++) {
                    LocalDate date = weekStart.plusDays(d);
                    if (!e.isEmployedOn(date) || prefs.keepsFree(date) || dayTypes.typeOf(date).isHoliday() || dayMax <= 0) {
                        continue;
                    }
                    days.add(new EmployeeDay(e.id(), date, weekStart, periodKey, dayMax));
                }
            }
        }
        periodCaps.forEach((key, seconds) -> caps.add(new Cap(Cap.Kind.PERIOD, key, (int) (seconds / 3600))));
        // Day by day, everyone: the construction heuristic then shares the work among the team before it runs out.
        days.sort(java.util.Comparator.comparing(EmployeeDay::getDate));
        Roster solved = RosterSolver.of(settings.seed(), settings.steps(), settings.timeLimit())
                .solve(new Roster(days, caps, targets(project, team, window)));

        Map<EngineCheck.Day, Integer> proposed = new LinkedHashMap<>();
        for (EmployeeDay d : solved.getDays()) {
            if (d.hoursOrZero() > 0) {
                proposed.put(new EngineCheck.Day(d.getEmployeeId(), d.getDate()), d.hoursOrZero());
            }
        }
        EngineCheck check = new EngineCheck(engine, base, team, window, prefs.dayStart(), project.plannedOn(), breaks);
        if (judgment != null) {
            check.judgedBy(judgment);
        }
        EngineCheck.Outcome outcome = check.run(proposed);
        if (outcome.removedHours() > 0) {
            notes.add(Text.of("plan.note.engine-removed", "hours", outcome.removedHours(), "because", String.valueOf(outcome.removedBecause())));
        }

        Map<String, Long> byEmployee = new LinkedHashMap<>();
        for (Employee e : team) {
            byEmployee.put(e.id(), 0L);
        }
        long planned = 0;
        for (Shift s : outcome.shifts()) {
            byEmployee.merge(s.employeeId(), s.workedSeconds(), Long::sum);
            planned += s.workedSeconds();
        }
        List<PayLine> pay = outcome.report().payLines().stream().filter(l -> window.contains(l.period().getStart())).toList();
        Map<CurrencyUnit, Money> premium = new LinkedHashMap<>();
        long leaveSeconds = 0;
        boolean leaveOnFile = false;
        for (PayLine l : pay) {
            boolean owed = judgment == null || judgment.binds(l.employeeId(), l.ruleId());
            if (owed && (!judge.jurisdiction().equals("KR") || KoreanArrangements.isPremium(l.ruleId()))) {
                premium.merge(l.amount().getCurrencyUnit(), l.amount(), Money::plus);
                leaveSeconds += l.multiplier().multiply(java.math.BigDecimal.valueOf(l.seconds())).longValue();
                leaveOnFile |= KoreanArrangements.compensatoryLeaveOnFile(arranged.workplace(), l.employeeId(), l.period().getStart());
            }
        }
        List<Text> rest = new ArrayList<>(arranged.restAfter());
        if (leaveSeconds > 0 && judge.jurisdiction().equals("KR")) {
            java.time.Duration h = java.time.Duration.ofSeconds(leaveSeconds);
            rest.add(leaveOnFile ? Text.of("plan.rest.leave-on-file", "hours", h) : Text.of("plan.rest.leave-possible", "hours", h));
        }
        List<Finding> warnings = outcome.report().findings().stream().filter(f -> f.severity() != Severity.VIOLATION)
                .filter(f -> judgment == null || judgment.binds(f.employeeId(), f.ruleId())).toList();
        if (judgment != null) {
            notes.addAll(judgment.interviews(outcome.shifts()));
        }
        boolean fits = fits(project, byEmployee, outcome.shifts(), window, arranged.workplace().zone(), target, planned);
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new OptionPlan(option, fits, target, planned, byEmployee, outcome.shifts(), arranged.added(), arranged.paperwork(), premium, pay,
                warnings, outcome.violationsLeft(), rest, List.of(), notes, millis, String.valueOf(solved.getScore()), policy, covered);
    }

    private static OptionPlan unavailable(PlanOption option, PolicyOption policy, long target, Text why, List<Paperwork> paperwork, long started) {
        return new OptionPlan(option, false, target, 0, Map.of(), List.of(), List.of(), paperwork, Map.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(Text.of("plan.note.not-available", "why", why)),
                (System.nanoTime() - started) / 1_000_000, "", policy, List.of());
    }

    /** The dataset the option is judged on: the arranged workplace, the team, their records (earlier plans in the window dropped). */
    private static Dataset teamDataset(Dataset dataset, Workplace arranged, List<Employee> team, LocalDateRange window,
            List<org.worktime.core.domain.Attestation> added) {
        List<Shift> shifts = new ArrayList<>();
        List<org.worktime.core.domain.Earning> earnings = new ArrayList<>();
        List<org.worktime.core.domain.Attestation> attestations = new ArrayList<>(added);
        for (Employee e : team) {
            for (Shift s : dataset.shiftsOf(e.id())) {
                LocalDate day = s.start().atZone(arranged.zone()).toLocalDate();
                if (!(s.origin() == Shift.Origin.PLANNED && window.contains(day))) {
                    shifts.add(s);
                }
            }
            earnings.addAll(dataset.earningsOf(e.id()));
            attestations.addAll(dataset.attestationsOf(e.id()));
        }
        return Dataset.of(arranged, team, shifts).withEarnings(earnings).withAttestations(attestations);
    }

    /** The most whole hours of work a day starting at {@code start} holds, with its break, before the night window opens. */
    private static int hoursBeforeNight(LocalTime start, DailyWindow night, int longest, BreakProbe breaks) {
        if (night.contains(start.toSecondOfDay())) {
            return 0;
        }
        long until = night.start().toSecondOfDay() > start.toSecondOfDay() ? night.start().toSecondOfDay() : 86_400;
        int h = longest;
        while (h > 0 && start.toSecondOfDay() + h * 3600L + breaks.breakFor(h) > until) {
            h--;
        }
        return h;
    }

    static long targetSeconds(Project project, int teamSize) {
        long s = project.work().seconds();
        return switch (project.work().kind()) {
            case TOTAL -> s;
            case PER_EMPLOYEE -> s * teamSize;
            case PER_WEEK -> s * (project.window().lengthInDays() / 7);
        };
    }

    private static List<Target> targets(Project project, List<Employee> team, LocalDateRange window) {
        int hours = (int) ((project.work().seconds() + 3599) / 3600);
        List<Target> targets = new ArrayList<>();
        switch (project.work().kind()) {
            case TOTAL -> targets.add(new Target(Target.Kind.TOTAL, "", hours));
            case PER_EMPLOYEE -> team.forEach(e -> targets.add(new Target(Target.Kind.EMPLOYEE, e.id(), hours)));
            case PER_WEEK -> {
                for (LocalDate w = window.getStart(); w.isBefore(window.getEnd()); w = w.plusWeeks(1)) {
                    targets.add(new Target(Target.Kind.WEEK, w.toString(), hours));
                }
            }
        }
        return targets;
    }

    private static boolean fits(Project project, Map<String, Long> byEmployee, List<Shift> shifts, LocalDateRange window,
            java.time.ZoneId zone, long target, long planned) {
        long s = project.work().seconds();
        return switch (project.work().kind()) {
            case TOTAL -> planned >= target;
            case PER_EMPLOYEE -> byEmployee.values().stream().allMatch(h -> h >= s);
            case PER_WEEK -> {
                Map<LocalDate, Long> weeks = new LinkedHashMap<>();
                for (LocalDate w = window.getStart(); w.isBefore(window.getEnd()); w = w.plusWeeks(1)) {
                    weeks.put(w, 0L);
                }
                for (Shift shift : shifts) {
                    LocalDate day = shift.start().atZone(zone).toLocalDate();
                    LocalDate w = window.getStart().plusWeeks((day.toEpochDay() - window.getStart().toEpochDay()) / 7);
                    weeks.merge(w, shift.workedSeconds(), Long::sum);
                }
                yield weeks.values().stream().allMatch(h -> h >= s);
            }
        };
    }

    /** What would close the gap: more people at this plan's pace, more weeks at it, or an option that fits. */
    private static List<Text> remedies(OptionPlan plan, List<OptionPlan> all, int teamSize, Project project) {
        List<Text> remedies = new ArrayList<>();
        long gap = Math.max(0, plan.targetSeconds() - plan.plannedSeconds());
        if (plan.plannedSeconds() > 0 && gap > 0) {
            long perPerson = plan.plannedSeconds() / teamSize;
            long people = (gap + perPerson - 1) / perPerson;
            int weeks = project.window().lengthInDays() / 7;
            long perWeek = plan.plannedSeconds() / weeks;
            long moreWeeks = (gap + perWeek - 1) / perWeek;
            remedies.add(Text.of("plan.remedy.short", "short", java.time.Duration.ofSeconds(gap), "target", java.time.Duration.ofSeconds(plan.targetSeconds())));
            remedies.add(Text.of("plan.remedy.people", "people", people, "hours", java.time.Duration.ofSeconds(perPerson)));
            if (project.work().kind() != Project.WorkKind.PER_WEEK) {
                remedies.add(Text.of("plan.remedy.weeks", "weeks", moreWeeks, "hours", java.time.Duration.ofSeconds(perWeek)));
            }
        } else if (plan.plannedSeconds() == 0) {
            remedies.add(Text.of("plan.remedy.nothing"));
        }
        List<String> fitting = all.stream().filter(OptionPlan::fits).map(OptionPlan::id).toList();
        if (!fitting.isEmpty()) {
            remedies.add(Text.of("plan.remedy.fits", "options", String.join(", ", fitting)));
        }
        return remedies;
    }
}
