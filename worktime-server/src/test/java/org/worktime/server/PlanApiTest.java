package org.worktime.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.worktime.core.domain.Dataset;
import org.worktime.core.i18n.Language;
import org.worktime.io.read.DatasetReader;
import org.worktime.plan.PlanSettings;
import org.worktime.plan.Planner;
import org.worktime.plan.ProjectFileReader;
import org.worktime.plan.out.PlanJsonWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /api/v1/plans}: the project planned on the stored records gives the plan the CLI gives on the same files. */
class PlanApiTest extends H2Context {

    static final String PROJECT = """
            id: sprint
            window: {from: 2026-03-30, to: 2026-04-12}
            plannedOn: 2026-03-16
            team: {where: {team: platform}}
            work: {total: 300h}
            preferences: {longestDay: 10h}
            options: [kr-ordinary, jp-art36]
            """;

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Test
    void aProjectIsPlannedOnTheStoredRecordsAsTheCliPlansItOnTheFiles() throws Exception {
        Fixtures.Tenant t = Fixtures.tenant(port, "plan");
        String wp = Fixtures.enterKrTeam(t);
        assertThat(t.hr().upload("/api/v1/workplaces/" + wp + "/imports", "shifts.csv", Fixtures.krShifts(), Map.of()).status()).isEqualTo(201);

        Api.Response r = t.hr().post("/api/v1/plans", Map.of("workplace", wp, "project", PROJECT, "steps", 400));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode plan = r.json();
        assertThat(plan.get("schema").asString()).isEqualTo("worktime-plan/1");
        assertThat(plan.get("solver").get("timeLimitSeconds").asInt()).isEqualTo(20);
        assertThat(plan.get("options").get(0).get("solveMillis").asLong()).isNotNegative();

        Path file = dir.resolve("project.yaml");
        Files.writeString(file, PROJECT, StandardCharsets.UTF_8);
        Dataset files = DatasetReader.read(Fixtures.KR_TEAM);
        var cli = Planner.plan(files, ProjectFileReader.read(file, files), new PlanSettings(PlanSettings.DEFAULT_SEED, 400,
                java.time.Duration.ofSeconds(20)));
        StringWriter out = new StringWriter();
        PlanJsonWriter.write(cli, Language.EN, out);
        assertThat(withoutTimes(plan)).isEqualTo(withoutTimes(JsonMapper.shared().readTree(out.toString())));
        assertThat(plan.get("team").toString()).isEqualTo("[\"E001\",\"E002\",\"E008\"]");

        Fixtures.Tenant other = Fixtures.tenant(port, "plan2");
        assertThat(other.hr().post("/api/v1/plans", Map.of("workplace", wp, "project", PROJECT)).status()).isEqualTo(404);
    }

    @Test
    void aBadProjectIsA422NamingItsLineAndAMissingFieldIsNamed() {
        Fixtures.Tenant t = Fixtures.tenant(port, "plan3");
        String wp = Fixtures.enterKrTeam(t);
        Api.Response bad = t.hr().post("/api/v1/plans", Map.of("workplace", wp, "project", "id: x\nwindwo: {}\n"));
        assertThat(bad.status()).as(bad.toString()).isEqualTo(422);
        assertThat(bad.json().get("problems").get(0).get("file").asString()).isEqualTo("project");
        Api.Response missing = t.hr().post("/api/v1/plans", Map.of("workplace", wp));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().get("problems").get(0).get("field").asString()).isEqualTo("project");
        assertThat(missing.json().get("problems").get(0).get("message").asString())
                .isEqualTo("required: the project file (docs/PLANNING.md), as text");
    }

    /** The plan without the clock's part: each option's solve time. */
    private static JsonNode withoutTimes(JsonNode plan) {
        JsonNode copy = plan.deepCopy();
        copy.get("options").forEach(o -> ((ObjectNode) o).remove("solveMillis"));
        return copy;
    }
}
