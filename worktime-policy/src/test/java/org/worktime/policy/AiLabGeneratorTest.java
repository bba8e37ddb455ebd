package org.worktime.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.policy.sample.AiLabGenerator;
import org.worktime.policy.sim.Progress;
import org.worktime.policy.sim.Simulation;
import org.worktime.policy.sim.SimulationOptions;
import org.worktime.policy.sim.SimulationResult;

class AiLabGeneratorTest {

    @Test
    void deterministic(@TempDir Path dir) throws Exception {
        new AiLabGenerator(AiLabGenerator.DEFAULT_SEED).write(dir.resolve("a"));
        new AiLabGenerator(AiLabGenerator.DEFAULT_SEED).write(dir.resolve("b"));
        for (String f : List.of("workplace.yaml", "employees.csv", "shifts.csv", "earnings.csv", "attestations.csv")) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(f))).as(f).isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(f)));
        }
        assertThat(new AiLabGenerator(AiLabGenerator.DEFAULT_SEED).people()).hasSize(150);
    }

    @Test
    void theCommittedExampleIsWhatTheGeneratorWrites(@TempDir Path dir) throws Exception {
        Path committed = Fixtures.examples().resolveSibling("ai-lab");
        new AiLabGenerator(AiLabGenerator.DEFAULT_SEED).write(dir);
        for (String f : List.of("workplace.yaml", "employees.csv", "shifts.csv", "earnings.csv", "attestations.csv")) {
            assertThat(Files.readString(committed.resolve(f))).as(f).isEqualTo(Files.readString(dir.resolve(f)));
        }
        // What worktime-io reads back is the in-memory dataset (employees, shifts, agreements)
        var read = org.worktime.io.read.DatasetReader.read(committed);
        var memory = new AiLabGenerator(AiLabGenerator.DEFAULT_SEED).dataset();
        assertThat(read.employees()).isEqualTo(memory.employees());
        assertThat(read.shiftCount()).isEqualTo(memory.shiftCount());
        assertThat(read.workplace().agreements()).hasSize(2);
        for (var e : memory.employees()) {
            assertThat(read.earningsOf(e.id())).as(e.id()).isEqualTo(memory.earningsOf(e.id()));
            assertThat(read.attestationsOf(e.id())).as(e.id()).isEqualTo(memory.attestationsOf(e.id()));
        }
    }

    @Test
    void theLabAsSimulated() {
        AiLabGenerator g = new AiLabGenerator(AiLabGenerator.DEFAULT_SEED);
        assertThat(g.people()).extracting(AiLabGenerator.Person::family).filteredOn("research"::equals).hasSize(34);
        List<PolicyExemptionTest> policies = List.of(Fixtures.example("kr-semiconductor-rd.yaml"), Fixtures.example("kr-high-income-white-collar.yaml"),
                Fixtures.example("kr-adopts-us-rule.yaml"), Fixtures.example("kr-adopts-japan-rule.yaml"));
        SimulationResult r = Simulation.korean().run(g.dataset(), policies, SimulationOptions.of(g.period()), Progress.NONE);
        // Regression values of the bundled example (seed 20261122), see docs/SIMULATION.md
        assertThat(r.employees()).isEqualTo(150);
        assertThat(r.baseline().personWeeks()).isEqualTo(1800);
        assertThat(r.baseline().violations()).isEqualTo(742);
        assertThat(r.baseline().peopleAbove52()).isEqualTo(113);
        assertThat(r.baseline().premiumOwed()).isEqualTo(Money.parse("KRW 1246647299"));
        assertThat(r.policies()).extracting(SimulationResult.PolicyOutcome::exempt).containsExactly(0L, 38L, 12L, 12L);
        assertThat(r.policies().get(1).premiumNoLongerOwed()).isEqualTo(Money.parse("KRW 499099359"));
        assertThat(r.policies().get(1).violationsLawful()).isEqualTo(268);
        assertThat(r.policies().get(1).indeterminate()).isEqualTo(6);
    }
}
