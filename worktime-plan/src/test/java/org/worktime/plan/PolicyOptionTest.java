package org.worktime.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Shift;
import org.worktime.core.domain.Workplace;
import org.worktime.core.engine.Engine;
import org.worktime.core.engine.Evaluation;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Severity;
import org.worktime.core.i18n.Language;
import org.worktime.io.read.InputException;
import org.worktime.kr.KoreanPack;
import org.worktime.policy.HealthCheck;
import org.worktime.policy.Policy;

/**
 * A policy file as an option ({@code policy:<id>}): a 60-hour week for researchers, lifting Art. 50 and Art. 53, on the
 * three-person fixture (A and B research, C operations). Worked out by hand: two weeks, Monday to Saturday, days of up to
 * 12 h. Under ordinary hours each person is capped at 52 h a week (104 h); under the policy A and B reach its 60-hour
 * week (120 h each), C, whom it does not cover, stays at 104 h. Judged here afresh: the engine's violations, less those
 * of the lifted rules for whom the policy covers, plus the policy's health measures (worktime-policy's HealthCheck).
 */
class PolicyOptionTest {

    static final String SIXTY = """
            id: KR-TEST-60H
            name: {en: A 60-hour week for researchers, ko: 연구직 주 60시간, ja: 研究職の週60時間}
            effective: {from: 2026-01-01}
            citation: {law: Labor Standards Act (proposed amendment), article: test, source: https://example.invalid}
            currency: KRW
            lifts: [KR-LSA-50, KR-LSA-53]
            coverage: {jobAttribute: jobFamily, jobFamilies: [research]}
            health:
              weeklyCap: 60h
              restBetweenWorkdays: 11h
            """;

    @TempDir
    Path dir;

    Dataset dataset() throws Exception {
        return TeamFixture.read(TeamFixture.write(dir));
    }

    Path policy(String name, String yaml) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aPolicyThatRaisesTheWeeklyCapPlansMoreHoursThanOrdinaryHoursWithNoViolationUnderThePolicy() throws Exception {
        Dataset data = dataset();
        policy("sixty.yaml", SIXTY);
        Project project = ProjectFileReader.read(TeamFixture.project(dir, """
                id: crunch
                window: {from: 2026-03-09, to: 2026-03-22}
                plannedOn: 2026-03-02
                team: {}
                work: {total: 400h}
                preferences: {longestDay: 12h}
                options: [kr-ordinary]
                policies: [sixty.yaml]
                """), data);
        assertThat(project.policies()).extracting(PolicyOption::id).containsExactly("policy:KR-TEST-60H");
        PlanResult r = Planner.plan(data, project, new PlanSettings(7, 400, null));
        OptionPlan ordinary = r.options().get(0);
        OptionPlan sixty = r.options().get(1);
        assertThat(ordinary.id()).isEqualTo("kr-ordinary");
        assertThat(ordinary.plannedSeconds()).isEqualTo(312 * 3600);
        assertThat(sixty.id()).isEqualTo("policy:KR-TEST-60H");
        assertThat(sixty.option()).isEqualTo(PlanOption.POLICY);
        assertThat(sixty.title().in(Language.EN))
                .isEqualTo("Policy file: A 60-hour week for researchers (judged by the Korean pack as worktime simulate applies it)");
        assertThat(sixty.title().in(Language.KO)).isEqualTo("정책 파일: 연구직 주 60시간 (worktime simulate가 적용하는 방식대로 KR 팩에서 판정)");
        assertThat(sixty.covered()).containsExactly("A", "B");
        assertThat(sixty.fits()).isFalse();
        assertThat(sixty.plannedSeconds()).isEqualTo(344 * 3600);
        assertThat(sixty.hoursByEmployee()).isEqualTo(Map.of("A", 120L * 3600, "B", 120L * 3600, "C", 104L * 3600));
        assertThat(sixty.violationsLeft()).isEmpty();
        assertThat(underThePolicy(data, sixty, project.policies().get(0).policy(), project.window())).isEmpty();
        // The weeks beyond 52 h of A and B are the ones ordinary hours forbid: the engine finds them, the policy lifts them.
        assertThat(violations(data, sixty, project.window())).extracting(Finding::ruleId).isNotEmpty()
                .allMatch(id -> project.policies().get(0).policy().lifts(id));
        assertThat(sixty.notes()).extracting(t -> t.in(Language.EN)).contains("judged by the KR pack as worktime simulate applies the policy "
                + "A 60-hour week for researchers: it covers A; B (its status test on 2026-03-22), for whom the rules KR-LSA-50, KR-LSA-53 are lifted "
                + "and its health measures bind, measured on the plan as if worked");
        assertThat(sixty.notes()).extracting(t -> t.in(Language.EN)).filteredOn(n -> n.startsWith("C: ")).hasSize(1);
    }

    @Test
    void aPolicyThatCoversNoOneIsNotAvailableAndSaysWhy() throws Exception {
        Dataset data = dataset();
        policy("sixty.yaml", SIXTY.replace("jobFamilies: [research]", "jobFamilies: [legal]"));
        Project project = ProjectFileReader.read(TeamFixture.project(dir, """
                id: crunch
                window: {from: 2026-03-09, to: 2026-03-15}
                plannedOn: 2026-03-02
                team: {ids: [A]}
                work: {total: 40h}
                options: [kr-ordinary]
                policies: [sixty.yaml]
                """), data);
        OptionPlan o = Planner.plan(data, project, new PlanSettings(7, 100, null)).options().get(1);
        assertThat(o.plannedSeconds()).isZero();
        assertThat(o.shifts()).isEmpty();
        assertThat(o.notes()).extracting(t -> t.in(Language.EN)).singleElement().asString()
                .startsWith("not available: the policy A 60-hour week for researchers covers no one of the team (its status test): A: ");
    }

    @Test
    void aBadPolicyFileIsAProblemNamingThePolicyFileItsLineAndField() throws Exception {
        Dataset data = dataset();
        Path bad = policy("bad.yaml", SIXTY.replace("lifts: [KR-LSA-50, KR-LSA-53]", "lifts: [KR-LSA-50, KR-NOPE-1]"));
        Path project = TeamFixture.project(dir, """
                id: crunch
                window: {from: 2026-03-09, to: 2026-03-15}
                plannedOn: 2026-03-02
                team: {}
                work: {total: 40h}
                policies: [bad.yaml, missing.yaml]
                """);
        assertThatThrownBy(() -> ProjectFileReader.read(project, data)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.problems()).hasSize(2);
            assertThat(e.problems().get(0).file()).isEqualTo(bad);
            assertThat(e.problems().get(0).line()).isEqualTo(6);
            assertThat(e.problems().get(0).field()).startsWith("lifts");
            assertThat(e.problems().get(1).file()).isEqualTo(project);
            assertThat(e.problems().get(1).line()).isEqualTo(6);
            assertThat(e.problems().get(1).field()).isEqualTo("policies[1]");
            assertThat(e.problems().get(1).message(Language.EN)).endsWith("missing.yaml: no such policy file");
        });
        assertThatThrownBy(() -> ProjectFileReader.read(TeamFixture.project(dir, """
                id: crunch
                window: {from: 2026-03-09, to: 2026-03-15}
                plannedOn: 2026-03-02
                team: {}
                work: {total: 40h}
                policies: [bad.yaml]
                """), data, false)).isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems()).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("policies")));
    }

    /** The engine's violations of the plan with its agreements in place, in the window. */
    static List<Finding> violations(Dataset data, OptionPlan plan, LocalDateRange window) {
        Workplace w = data.workplace();
        List<Agreement> agreements = new ArrayList<>(w.agreements());
        agreements.addAll(plan.agreements());
        Workplace arranged = new Workplace(w.id(), w.name(), w.jurisdiction(), w.zone(), w.weekStart(), w.headcount(), w.calendar(), agreements,
                w.publicSector(), w.attributes(), w.weekStartTime());
        List<String> team = List.copyOf(plan.hoursByEmployee().keySet());
        List<Employee> employees = team.stream().map(data::employee).toList();
        List<Shift> shifts = new ArrayList<>(plan.shifts());
        team.forEach(id -> shifts.addAll(data.shiftsOf(id)));
        Instant asOf = window.getStart().atStartOfDay(w.zone()).toInstant();
        return Engine.of(new KoreanPack()).evaluate(Dataset.of(arranged, employees, shifts), new Evaluation(window, asOf, null)).findings().stream()
                .filter(f -> f.severity() == Severity.VIOLATION).toList();
    }

    /**
     * What the plan breaks under the policy, as {@code simulate} reads it: violations, less a covered employee's of a
     * lifted rule, and the policy's health measures on each covered employee's shifts.
     */
    static List<String> underThePolicy(Dataset data, OptionPlan plan, Policy policy, LocalDateRange window) {
        List<String> broken = new ArrayList<>();
        for (Finding f : violations(data, plan, window)) {
            if (!(plan.covered().contains(f.employeeId()) && policy.lifts(f.ruleId()))) {
                broken.add(f.employeeId() + " " + f.ruleId() + " " + f.period());
            }
        }
        for (String id : plan.covered()) {
            List<Shift> worked = new ArrayList<>();
            for (Shift s : plan.shifts()) {
                if (s.employeeId().equals(id)) {
                    worked.add(new Shift(id, s.start(), s.end(), s.breaks(), Shift.Origin.ACTUAL, false, s.notifiedOn(), false, null, 0));
                }
            }
            worked.sort(Comparator.comparing(Shift::start));
            HealthCheck.check(policy.health(), worked, data.workplace().zone(), data.workplace().weekStart(), window).breaches()
                    .forEach(b -> broken.add(id + " " + b.measure() + " " + b.period()));
        }
        return broken;
    }
}
