package org.worktime.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.exempt.ExchangeRates;
import org.worktime.io.read.DatasetReader;
import org.worktime.policy.PolicyFiles;
import org.worktime.policy.out.JsonSimulationWriter;
import org.worktime.policy.sim.Progress;
import org.worktime.policy.sim.Simulation;
import org.worktime.policy.sim.SimulationOptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The simulation as an asynchronous job: 202, progress, and the result the CLI's simulation gives on the same files. */
class SimulationTest extends H2Context {

    static final Path POLICY = Path.of("..", "examples", "policies", "kr-high-income-white-collar.yaml");

    @LocalServerPort
    int port;

    @Test
    void aSimulationRunsAsAJobAndGivesTheCliResult() throws Exception {
        Fixtures.Tenant t = Fixtures.tenant(port, "sim");
        String wp = Fixtures.enterKrTeam(t);
        assertThat(t.hr().upload("/api/v1/workplaces/" + wp + "/imports", "shifts.csv", Fixtures.krShifts(), Map.of()).status()).isEqualTo(201);

        Api.Response bad = t.hr().post("/api/v1/workplaces/" + wp + "/simulations",
                Map.of("policies", List.of("id: KR-X\nnmae: typo\n"), "from", "2026-03-02", "to", "2026-03-31"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("problems").get(0).get("file").asString()).isEqualTo("policies[0]");

        Api.Response submitted = t.hr().post("/api/v1/workplaces/" + wp + "/simulations",
                Map.of("policies", List.of(Files.readString(POLICY)), "from", "2026-03-02", "to", "2026-03-31"));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
        String location = submitted.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/api/v1/simulations/" + submitted.json().get("id").asString());

        JsonNode job = null;
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            job = t.hr().get(location).json();
            if (!job.get("status").asString().equals("QUEUED") && !job.get("status").asString().equals("RUNNING")) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.get("progress").get("total").asInt()).isPositive();

        Simulation simulation = Simulation.korean();
        var result = simulation.run(DatasetReader.read(Fixtures.KR_TEAM), List.of(PolicyFiles.read(POLICY, simulation.pack())),
                SimulationOptions.of(LocalDateRange.ofClosed(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-31")))
                        .withRates(ExchangeRates.none()), Progress.NONE);
        StringWriter cli = new StringWriter();
        JsonSimulationWriter.write(result, cli);
        assertThat(job.get("result")).isEqualTo(JsonMapper.shared().readTree(cli.toString()));

        Fixtures.Tenant other = Fixtures.tenant(port, "sim2");
        assertThat(other.hr().get(location).status()).isEqualTo(404);
    }
}
