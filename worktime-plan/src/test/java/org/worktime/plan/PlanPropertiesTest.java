package org.worktime.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Shift;
import org.worktime.core.domain.Workplace;
import org.worktime.core.engine.DayTypes;
import org.worktime.core.engine.Engine;
import org.worktime.core.engine.Evaluation;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Severity;
import org.worktime.core.param.ParameterTable;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.Packs;

/**
 * For generated teams, windows, work, preferences and arrangements: every schedule the planner emits, fed back to the
 * engine (a fresh evaluation here, with the option's agreements in place and the window's start as the as-of instant),
 * has no violation; the hours add up; and when the planner says the work does not fit, an independent upper bound (the
 * legal maximum of the team in the window: the statutory week plus the extended work the arrangement allows, read
 * from the pack's parameter rows, over the days the team may work) is below the work asked for.
 */
class PlanPropertiesTest {

    record Case(List<String> team, LocalDate start, int weeks, int longestDay, boolean saturdayFree, int workHours, PlanOption option) {
    }

    static Dataset dataset;

    static synchronized Dataset dataset() throws Exception {
        if (dataset == null) {
            dataset = TeamFixture.read(TeamFixture.write(Files.createTempDirectory("plan-properties")));
        }
        return dataset;
    }

    @Provide
    Arbitrary<Case> cases() {
        return cases(Arbitraries.of(PlanOption.KR_ORDINARY, PlanOption.KR_SPECIAL_EXTENDED, PlanOption.US_FLSA_NONEXEMPT,
                PlanOption.JP_ART36));
    }

    @Provide
    Arbitrary<Case> anyArrangement() {
        // The HPS and US exempt options restate the team's pay at a project's stated rate and add planned attestations,
        // which this judge (the dataset's own team) does not see: PlannerTest judges them.
        return cases(Arbitraries.of(java.util.Arrays.stream(PlanOption.values())
                .filter(o -> o != PlanOption.JP_HPS && o != PlanOption.US_FLSA_EXEMPT).toList()));
    }

    private static Arbitrary<Case> cases(Arbitrary<PlanOption> option) {
        Arbitrary<List<String>> team = Arbitraries.of("A", "B", "C").set().ofMinSize(1).map(s -> s.stream().sorted().toList());
        Arbitrary<LocalDate> start = Arbitraries.integers().between(1, 44).map(w -> LocalDate.of(2026, 1, 5).plusWeeks(w));
        Arbitrary<Integer> weeks = Arbitraries.integers().between(1, 3);
        Arbitrary<Integer> longest = Arbitraries.integers().between(6, 12);
        Arbitrary<Boolean> saturday = Arbitraries.of(true, false);
        Arbitrary<Integer> work = Arbitraries.integers().between(10, 800);
        return Combinators.combine(team, start, weeks, longest, saturday, work, option).as(Case::new);
    }

    @Property(tries = 20, seed = "20261203")
    void everyEmittedScheduleIsLawfulAndAddsUp(@ForAll("cases") Case c) throws Exception {
        Dataset data = dataset();
        LocalDateRange window = LocalDateRange.of(c.start(), c.start().plusWeeks(c.weeks()));
        Project project = new Project("p", window, c.start().minusDays(14), new Project.Team(c.team(), java.util.Map.of()),
                new Project.Work(Project.WorkKind.TOTAL, c.workHours() * 3600L),
                new Project.Preferences(c.longestDay() * 3600L, LocalTime.of(9, 0), true, Set.of(),
                        c.saturdayFree() ? Set.of(DayOfWeek.SATURDAY) : Set.of(), 0), List.of(c.option()));
        PlanResult result = Planner.plan(data, project, new PlanSettings(11, 300, null));
        OptionPlan plan = result.options().get(0);
        Statistics.label("fits").collect(c.option().id(), plan.fits());

        assertThat(judge(data, plan, c.team(), window)).as("violations of the emitted plan").isEmpty();
        long shifts = plan.shifts().stream().mapToLong(Shift::workedSeconds).sum();
        assertThat(shifts).isEqualTo(plan.plannedSeconds());
        assertThat(plan.hoursByEmployee().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(plan.plannedSeconds());
        assertThat(plan.hoursByEmployee().keySet()).containsExactlyElementsOf(c.team());
        assertThat(plan.plannedSeconds()).isLessThanOrEqualTo(c.workHours() * 3600L);
        assertThat(plan.fits()).isEqualTo(plan.plannedSeconds() >= c.workHours() * 3600L);
        if (!plan.fits()) {
            assertThat(upperBound(data, c, window)).as("the legal maximum of the team when the planner says it does not fit")
                    .isLessThan(c.workHours() * 3600L);
        }
    }

    /** Every arrangement, flexible and selective ones too: lawful and adding up (their legal maximum is the engine's to say). */
    @Property(tries = 7, seed = "20261204")
    void everyArrangementEmitsLawfulSchedulesThatAddUp(@ForAll("anyArrangement") Case c) throws Exception {
        Dataset data = dataset();
        LocalDateRange window = LocalDateRange.of(c.start(), c.start().plusWeeks(c.weeks()));
        Project project = new Project("p", window, c.start().minusDays(21), new Project.Team(c.team(), java.util.Map.of()),
                new Project.Work(Project.WorkKind.PER_EMPLOYEE, c.workHours() / 3 * 3600L + 3600),
                new Project.Preferences(c.longestDay() * 3600L, LocalTime.of(8, 0), true, Set.of(),
                        c.saturdayFree() ? Set.of(DayOfWeek.SATURDAY) : Set.of(), 0), List.of(c.option()));
        OptionPlan plan = Planner.plan(data, project, new PlanSettings(5, 200, null)).options().get(0);
        Statistics.label("option").collect(c.option().id(), plan.fits());
        assertThat(judge(data, plan, c.team(), window)).as("violations of the emitted plan").isEmpty();
        assertThat(plan.shifts().stream().mapToLong(Shift::workedSeconds).sum()).isEqualTo(plan.plannedSeconds());
        for (String id : c.team()) {
            long own = plan.shifts().stream().filter(s -> s.employeeId().equals(id)).mapToLong(Shift::workedSeconds).sum();
            assertThat(plan.hoursByEmployee().get(id)).isEqualTo(own);
            assertThat(own).isLessThanOrEqualTo(project.work().seconds());
        }
        assertThat(plan.fits()).isEqualTo(plan.hoursByEmployee().values().stream().allMatch(h -> h >= project.work().seconds()));
    }

    /**
     * The engine's violations on the dataset with the option's agreements and the plan, in the window; a comparison
     * under another jurisdiction is judged by that pack, on the workplace without its own law's agreements.
     */
    private static List<Finding> judge(Dataset data, OptionPlan plan, List<String> team, LocalDateRange window) {
        Workplace w = data.workplace();
        boolean foreign = !plan.option().jurisdiction().equals(w.jurisdiction());
        List<Agreement> agreements = new ArrayList<>(foreign ? List.of() : w.agreements());
        agreements.addAll(plan.agreements());
        Workplace arranged = new Workplace(w.id(), w.name(), plan.option().jurisdiction(), w.zone(), w.weekStart(), w.headcount(), w.calendar(),
                agreements, w.publicSector(), foreign ? java.util.Map.of() : w.attributes(), w.weekStartTime());
        List<Employee> employees = team.stream().map(data::employee).toList();
        List<Shift> shifts = new ArrayList<>(plan.shifts());
        team.forEach(id -> shifts.addAll(data.shiftsOf(id)));
        Instant asOf = window.getStart().atStartOfDay(w.zone()).toInstant();
        JurisdictionPack pack = Packs.find(plan.option().jurisdiction()).orElseThrow();
        return Engine.of(pack).evaluate(Dataset.of(arranged, employees, shifts), new Evaluation(window, asOf, null)).findings().stream()
                .filter(f -> f.severity() == Severity.VIOLATION).toList();
    }

    /**
     * The legal maximum: per employee and week, the smaller of the weekly ceiling (the statutory week of Art. 50 plus
     * the 12 h of Art. 53(1), plus the default extra of special extended work under Art. 53(4)) and the days the team
     * may work (not a holiday, not kept free) at the longest day wanted. Under US federal law no weekly ceiling binds an
 * adult: the bound is the open days at the longest day.
     */
    private static long upperBound(Dataset data, Case c, LocalDateRange window) {
        boolean us = c.option() == PlanOption.US_FLSA_NONEXEMPT;
        if (c.option() == PlanOption.JP_ART36) {
            return japaneseBound(data, c, window);
        }
        JurisdictionPack pack = Packs.find(us ? "US" : "KR").orElseThrow();
        ParameterTable p = pack.parameters();
        Workplace w = data.workplace();
        // Under the US pack the workplace is judged without its Korean agreements; federal law caps no adult's week.
        Workplace judged = us ? new Workplace(w.id(), w.name(), "US", w.zone(), w.weekStart(), w.headcount(), w.calendar(), List.of(),
                w.publicSector(), java.util.Map.of(), w.weekStartTime()) : w;
        DayTypes days = pack.dayTypes(judged, p);
        long bound = 0;
        for (String id : c.team()) {
            for (LocalDate week = window.getStart(); week.isBefore(window.getEnd()); week = week.plusWeeks(1)) {
                long ceiling = us ? Long.MAX_VALUE : p.get("kr.lsa50.week-limit", week).seconds() + p.get("kr.lsa53.extension-cap", week).seconds()
                        + (c.option() == PlanOption.KR_SPECIAL_EXTENDED ? p.get("kr.lsa53-4.default-extra", week).seconds() : 0);
                long open = 0;
                for (int d = 0; d < 7; d++) {
                    LocalDate date = week.plusDays(d);
                    boolean free = c.saturdayFree() && date.getDayOfWeek() == DayOfWeek.SATURDAY;
                    if (!days.typeOf(date).isHoliday() && !free) {
                        open += c.longestDay() * 3600L;
                    }
                }
                bound += Math.min(ceiling, open);
            }
        }
        return bound;
    }

    /**
     * Under Japan's Art. 36 agreement without a special clause, its month counted from the window's first day (a window
     * of at most three weeks lies in that month): per employee, the statutory hours (each week the smaller of the week's
     * limit and the open days at the day's limit, Art. 32) plus the month's overtime limit (Art. 36(4)), and never more
     * than the open days at the longest day wanted. Rows of the JP pack, not the planner's.
     */
    private static long japaneseBound(Dataset data, Case c, LocalDateRange window) {
        JurisdictionPack pack = Packs.find("JP").orElseThrow();
        ParameterTable p = pack.parameters();
        Workplace w = data.workplace();
        Workplace judged = new Workplace(w.id(), w.name(), "JP", w.zone(), w.weekStart(), w.headcount(), w.calendar(), List.of(),
                w.publicSector(), java.util.Map.of(), w.weekStartTime());
        DayTypes days = pack.dayTypes(judged, p);
        LocalDate first = window.getStart();
        long dayLimit = p.get("jp.lsa32.day-limit", first).seconds();
        long bound = 0;
        for (String id : c.team()) {
            long statutory = 0;
            long open = 0;
            for (LocalDate week = first; week.isBefore(window.getEnd()); week = week.plusWeeks(1)) {
                long weekOpen = 0;
                long weekStatutory = 0;
                for (int d = 0; d < 7; d++) {
                    LocalDate date = week.plusDays(d);
                    boolean free = c.saturdayFree() && date.getDayOfWeek() == DayOfWeek.SATURDAY;
                    if (!days.typeOf(date).isHoliday() && !free) {
                        weekOpen += c.longestDay() * 3600L;
                        weekStatutory += Math.min(dayLimit, c.longestDay() * 3600L);
                    }
                }
                open += weekOpen;
                statutory += Math.min(p.get("jp.lsa32.week-limit", week).seconds(), weekStatutory);
            }
            bound += Math.min(open, statutory + p.get("jp.lsa36.month-limit", first).seconds());
        }
        return bound;
    }
}
