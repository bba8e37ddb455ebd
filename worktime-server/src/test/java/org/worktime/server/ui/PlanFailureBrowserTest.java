package org.worktime.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.worktime.core.testing.Browser;
import tools.jackson.databind.JsonNode;

/**
 * A plan job that fails for a real cause: the server stops while it runs (as a kill would leave it: the row still
 * RUNNING in the H2 file), and the next server fails it at start. Its failure is stored as the simulations' are (a code
 * and a message id, {@code JobFailure}), so {@code GET /api/v1/plans/{id}}, the list and the plan's page say it in the
 * reader's language, each exact in English, Korean and Japanese; a simulation left running beside it keeps its own words.
 */
class PlanFailureBrowserTest {

    static final String WP = UiServer.WP;

    @Test
    void aPlanTheServerStoppedUnderIsFailedInTheReadersLanguage(@TempDir Path dir) throws Exception {
        Path data = Path.of("target", "h2-plan-failure-test-data", UUID.randomUUID().toString());
        String tenant = "pf-" + System.nanoTime() % 1_000_000;
        String password;
        try (ConfigurableApplicationContext server = SimulationFailureBrowserTest.start(data)) {
            int port = SimulationFailureBrowserTest.port(server);
            Http admin = Http.api(port, "admin", SimulationFailureBrowserTest.ADMIN_PASSWORD);
            assertThat(admin.post("/api/v1/tenants", Map.of("id", tenant, "name", "Hanbit")).status()).isEqualTo(201);
            password = admin.post("/api/v1/tenants/" + tenant + "/users", Map.of("username", tenant + "-hr", "role", "HR_ADMIN"))
                    .json().get("password").asString();
            Http hr = Http.api(port, tenant + "-hr", password);
            assertThat(hr.put("/api/v1/workplaces/" + WP, UiServer.krWorkplace()).status()).isEqualTo(201);
        }

        // While the server is stopped: a plan (as PlanJobs writes its parameters) and a simulation that it left running.
        String plan = UUID.randomUUID().toString();
        String simulation = UUID.randomUUID().toString();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath().resolve("worktime"), "sa", "");
                java.sql.PreparedStatement insert = c.prepareStatement("insert into simulation_job (id, tenant_id, workplace_id, kind, status,"
                        + " stage, done, total, parameters, submitted_by, created_at) values (?, ?, ?, ?, 'RUNNING', ?, 1, 2, ?, 'hr',"
                        + " timestamp with time zone '2026-12-07 03:00:00+00')")) {
            for (String[] job : new String[][] {
                    {plan, "plan", "kr-ordinary", "{\"project\":\"nova-launch\",\"from\":\"2027-01-04\",\"to\":\"2027-01-17\","
                            + "\"options\":[\"kr-ordinary\",\"kr-flexible-3m\"],\"seed\":20261203,\"steps\":400,\"language\":\"en\",\"team\":null}"},
                    {simulation, "simulation", "current law", "{\"policies\":[],\"from\":\"2026-03-02\",\"to\":\"2026-03-31\","
                            + "\"sweep\":null,\"rates\":[]}"}}) {
                insert.setString(1, job[0]);
                insert.setString(2, tenant);
                insert.setString(3, WP);
                insert.setString(4, job[1]);
                insert.setString(5, job[2]);
                insert.setString(6, job[3]);
                insert.executeUpdate();
            }
        }

        String en = "the server stopped before the plan finished: submit it again";
        String ko = "계획이 끝나기 전에 서버가 중지되었습니다. 다시 요청하십시오";
        String ja = "計画の作成が完了する前にサーバーが停止しました。もう一度実行してください";
        try (ConfigurableApplicationContext again = SimulationFailureBrowserTest.start(data)) {
            int port = SimulationFailureBrowserTest.port(again);
            String base = "http://127.0.0.1:" + port;
            Http hr = Http.api(port, tenant + "-hr", password);
            for (Map.Entry<String, String> said : Map.of("", en, "?lang=ko", ko, "?lang=ja", ja).entrySet()) {
                Http.Response job = hr.get("/api/v1/plans/" + plan + said.getKey());
                assertThat(job.status()).as(job.toString()).isEqualTo(200);
                assertThat(job.json().get("status").asString()).isEqualTo("FAILED");
                assertThat(job.json().get("finishedAt").isNull()).isFalse();
                JsonNode error = job.json().get("error");
                assertThat(error.get("code").asString()).isEqualTo("interrupted");
                assertThat(error.get("detail").asString()).as(said.getKey()).isEqualTo(said.getValue());
            }
            Http.Response list = hr.get("/api/v1/plans?lang=ko&workplace=" + WP);
            assertThat(list.json().get("total").asInt()).as(list.toString()).isEqualTo(1);
            assertThat(list.json().get("items").get(0).get("error").get("detail").asString()).isEqualTo(ko);
            // The simulation beside it: failed by the simulations' own sweep, in its own words.
            Http.Response sim = hr.get("/api/v1/simulations/" + simulation + "?lang=ja");
            assertThat(sim.json().get("status").asString()).as(sim.toString()).isEqualTo("FAILED");
            assertThat(sim.json().get("error").get("detail").asString()).isEqualTo("シミュレーションの完了前にサーバーが停止しました。もう一度実行してください");

            try (Browser b = Browser.open(dir.resolve("profile"), "en-US")) {
                String page = "/workplaces/" + WP + "/plans/" + plan;
                b.get(base + page);
                b.find("#username").sendKeys(tenant + "-hr");
                b.find("#password").sendKeys(password);
                b.find("form.card button[type=submit]").click();
                b.await("the plan's page", () -> b.driver().getCurrentUrl().startsWith(base + page));
                assertThat(b.text("#plan-error")).isEqualTo(en);
                b.find(".languages a[lang=ko]").click();
                b.await("Korean", () -> b.find("html").getAttribute("lang").equals("ko"));
                assertThat(b.text("#plan-error")).isEqualTo(ko);
                b.find(".languages a[lang=ja]").click();
                b.await("Japanese", () -> b.find("html").getAttribute("lang").equals("ja"));
                assertThat(b.text("#plan-error")).isEqualTo(ja);
            }
        }
    }
}
