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

        Api.Response submitted = t.hr().post("/api/v1/plans", Map.of("workplace", wp, "project", PROJECT, "steps", 400));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
        String id = submitted.json().get("id").asString();
        assertThat(submitted.json().get("status").asString()).isEqualTo("QUEUED");
        JsonNode job = waitFor(t.hr(), id);
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.get("workplace").asString()).isEqualTo(wp);
        assertThat(job.get("progress").toString()).isEqualTo("{\"option\":\"jp-art36\",\"done\":2,\"total\":2}");
        assertThat(job.get("parameters").get("options").toString()).isEqualTo("[\"kr-ordinary\",\"jp-art36\"]");
        assertThat(job.get("parameters").get("steps").asInt()).isEqualTo(400);
        assertThat(job.get("submittedBy").asString()).isEqualTo(t.id() + "-hr");
        assertThat(job.get("error").isNull()).isTrue();
        JsonNode plan = job.get("result");
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

        // The small-plan shortcut gives the same plan at once.
        Api.Response now = t.hr().post("/api/v1/plans?wait=true", Map.of("workplace", wp, "project", PROJECT, "steps", 400));
        assertThat(now.status()).as(now.toString()).isEqualTo(200);
        assertThat(withoutTimes(now.json())).isEqualTo(withoutTimes(plan));

        // An auditor reads the job but cannot start one; a manager of another team does not see it; nor does another tenant.
        Api auditor = Fixtures.user(port, t, "auditor", Map.of("role", "AUDITOR"));
        assertThat(auditor.get("/api/v1/plans/" + id).status()).isEqualTo(200);
        assertThat(auditor.post("/api/v1/plans", Map.of("workplace", wp, "project", PROJECT)).status()).isEqualTo(403);
        Api otherManager = Fixtures.user(port, t, "mgr-data", Map.of("role", "MANAGER", "team", "data"));
        assertThat(otherManager.get("/api/v1/plans/" + id).status()).isEqualTo(404);
        Fixtures.Tenant other = Fixtures.tenant(port, "plan2");
        assertThat(other.hr().post("/api/v1/plans", Map.of("workplace", wp, "project", PROJECT)).status()).isEqualTo(404);
        assertThat(other.hr().get("/api/v1/plans/" + id).status()).isEqualTo(404);
    }

    @Test
    void aManagerPlansOnlyTheirTeamAndReadsTheirTeamsJobs() {
        Fixtures.Tenant t = Fixtures.tenant(port, "plan4");
        String wp = Fixtures.enterKrTeam(t);
        Api manager = Fixtures.user(port, t, "mgr", Map.of("role", "MANAGER", "team", "platform"));
        Api.Response submitted = manager.post("/api/v1/plans", Map.of("workplace", wp, "project", PROJECT, "steps", 100));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
        String id = submitted.json().get("id").asString();
        JsonNode job = waitFor(manager, id);
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.get("parameters").get("team").asString()).isEqualTo("platform");
        assertThat(job.get("result").get("team").toString()).isEqualTo("[\"E001\",\"E002\",\"E008\"]");
        // Another team's manager: the employees outside their team are unknown to the project.
        Api data = Fixtures.user(port, t, "mgr-data", Map.of("role", "MANAGER", "team", "data"));
        assertThat(data.get("/api/v1/plans/" + id).status()).isEqualTo(404);
        Api.Response named = data.post("/api/v1/plans", Map.of("workplace", wp, "project", PROJECT.replace("{where: {team: platform}}", "{ids: [E001]}")));
        assertThat(named.status()).as(named.toString()).isEqualTo(422);
    }

    @Test
    void theJobListIsTheTenantsOwnPagedNewestFirstAndClosedToEmployees() throws Exception {
        Fixtures.Tenant t = Fixtures.tenant(port, "plan5");
        String wp = Fixtures.enterKrTeam(t);
        String first = t.hr().post("/api/v1/plans", Map.of("workplace", wp, "project", PROJECT, "steps", 100)).json().get("id").asString();
        waitFor(t.hr(), first);
        Thread.sleep(20);
        String second = t.hr().post("/api/v1/plans", Map.of("workplace", wp, "project", PROJECT, "steps", 100)).json().get("id").asString();
        waitFor(t.hr(), second);

        Api.Response page = t.hr().get("/api/v1/plans?size=1");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.json().propertyNames()).containsExactly("page", "size", "total", "items");
        assertThat(page.json().get("page").asInt()).isZero();
        assertThat(page.json().get("size").asInt()).isEqualTo(1);
        assertThat(page.json().get("total").asInt()).isEqualTo(2);
        assertThat(page.json().get("items")).hasSize(1);
        JsonNode newest = page.json().get("items").get(0);
        assertThat(newest.propertyNames()).containsExactly("id", "workplace", "status", "progress", "createdAt", "finishedAt", "submittedBy",
                "parameters", "error");
        assertThat(newest.get("id").asString()).isEqualTo(second);
        assertThat(newest.get("workplace").asString()).isEqualTo(wp);
        assertThat(newest.get("status").asString()).isEqualTo("DONE");
        assertThat(newest.get("progress").toString()).isEqualTo("{\"option\":\"jp-art36\",\"done\":2,\"total\":2}");
        assertThat(newest.get("submittedBy").asString()).isEqualTo(t.id() + "-hr");
        assertThat(newest.get("parameters").get("options").toString()).isEqualTo("[\"kr-ordinary\",\"jp-art36\"]");
        assertThat(newest.get("parameters").get("project").asString()).isEqualTo("sprint");
        assertThat(newest.get("error").isNull()).isTrue();
        Api.Response next = t.hr().get("/api/v1/plans?page=1&size=1&workplace=" + wp);
        assertThat(next.json().get("items").get(0).get("id").asString()).isEqualTo(first);
        assertThat(t.hr().get("/api/v1/plans?page=2&size=1").json().get("items")).isEmpty();
        assertThat(t.hr().get("/api/v1/plans?workplace=elsewhere").json().get("total").asInt()).isZero();
        assertThat(t.hr().get("/api/v1/plans?size=101").status()).isEqualTo(400);

        // Auditors read the list; another tenant sees none of these jobs; an employee may not list plans at all.
        Api auditor = Fixtures.user(port, t, "auditor", Map.of("role", "AUDITOR"));
        assertThat(auditor.get("/api/v1/plans").json().get("total").asInt()).isEqualTo(2);
        Fixtures.Tenant other = Fixtures.tenant(port, "plan6");
        Api.Response none = other.hr().get("/api/v1/plans");
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json().get("total").asInt()).isZero();
        assertThat(none.json().get("items")).isEmpty();
        Api employee = Fixtures.user(port, t, "minji", Map.of("role", "EMPLOYEE", "workplace", wp, "employee", "E001"));
        assertThat(employee.get("/api/v1/plans").status()).isEqualTo(403);
        // A manager lists their team's jobs only: none of HR's (planned for the whole workplace).
        Api manager = Fixtures.user(port, t, "mgr", Map.of("role", "MANAGER", "team", "platform"));
        assertThat(manager.get("/api/v1/plans").json().get("total").asInt()).isZero();
    }

    /**
     * A project the planner refuses on the job's thread (no one of the team is employed in the window): the job fails, and
     * why is stored as a message id with its typed arguments (JobFailure), so each reader is told it in their language,
     * whatever the language the job was asked in.
     */
    @Test
    void aPlanThePlannerRefusesFailsWithWhyInTheReadersLanguage() {
        Fixtures.Tenant t = Fixtures.tenant(port, "plan4");
        String wp = Fixtures.enterKrTeam(t);
        String before = """
                id: before-anyone
                window: {from: 2014-01-06, to: 2014-01-19}
                plannedOn: 2013-12-23
                team: {}
                work: {total: 100h}
                options: [kr-ordinary]
                """;
        Api.Response submitted = t.hr().post("/api/v1/plans?lang=ko", Map.of("workplace", wp, "project", before, "steps", 100));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
        String id = submitted.json().get("id").asString();
        JsonNode job = waitFor(t.hr(), id);
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("FAILED");
        assertThat(job.get("error").get("code").asString()).isEqualTo("invalid-project");
        assertThat(job.get("error").get("detail").asString()).isEqualTo("the team is empty: no employee of the dataset matches the project's team"
                + " and is employed in the window 2014-01-06 to 2014-01-19");
        assertThat(t.hr().get("/api/v1/plans/" + id + "?lang=ko").json().get("error").get("detail").asString())
                .isEqualTo("팀이 비어 있습니다: 조건에 맞고 2014-01-06~2014-01-19 기간 중 재직하는 근로자가 없습니다");
        assertThat(t.hr().get("/api/v1/plans/" + id, Map.of("Accept-Language", "ja-JP,ja;q=0.9")).json().get("error").get("detail").asString())
                .isEqualTo("チームが空です: プロジェクトのチームの条件に合い、2014-01-06～2014-01-19の期間に在籍する従業員がいません");
        assertThat(job.get("result").isNull()).isTrue();
    }

    /** The job once it has ended (the plan of a small team takes seconds). */
    private static JsonNode waitFor(Api api, String id) {
        long until = System.nanoTime() + 120_000_000_000L;
        while (true) {
            Api.Response r = api.get("/api/v1/plans/" + id);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            String status = r.json().get("status").asString();
            if (status.equals("DONE") || status.equals("FAILED") || System.nanoTime() > until) {
                return r.json();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void aBadProjectIsA422NamingItsLineAndAMissingFieldIsNamed() {
        Fixtures.Tenant t = Fixtures.tenant(port, "plan3");
        String wp = Fixtures.enterKrTeam(t);
        Api.Response bad = t.hr().post("/api/v1/plans", Map.of("workplace", wp, "project", "id: x\nwindwo: {}\n"));
        assertThat(bad.status()).as(bad.toString()).isEqualTo(422);
        assertThat(bad.json().get("problems").get(0).get("file").asString()).isEqualTo("project");
        // A project sent as text names no files: policies: is refused, with its line and field.
        Api.Response policies = t.hr().post("/api/v1/plans", Map.of("workplace", wp, "project", PROJECT + "policies: [../../etc/policy.yaml]\n"));
        assertThat(policies.status()).as(policies.toString()).isEqualTo(422);
        assertThat(policies.json().get("problems").get(0).get("field").asString()).isEqualTo("policies");
        assertThat(policies.json().get("problems").get(0).get("line").asInt()).isEqualTo(8);
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
