package org.worktime.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.worktime.core.testing.Browser;
import org.worktime.server.WorktimeServer;
import tools.jackson.databind.JsonNode;

/**
 * A simulation job that fails for a real cause: the server stops while it runs (as a kill would leave it: the row
 * still RUNNING in the H2 file), and the next server fails it at start. Its failure is stored as a message id, so the
 * API's status JSON and the job page say it in the reader's language, each exact in English, Korean and Japanese; a
 * plan job left running in the same table is failed by the plans' own sweep, in its own words (PlanFailureBrowserTest).
 */
class SimulationFailureBrowserTest {

    static final String ADMIN_PASSWORD = "sim-failure-test-admin-password-1";
    static final String WP = UiServer.WP;

    static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(WorktimeServer.class).run("--worktime.data=" + data.toAbsolutePath(),
                "--worktime.admin.initial-password=" + ADMIN_PASSWORD, "--server.port=0");
    }

    static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void aJobTheServerStoppedUnderIsFailedInTheReadersLanguage(@TempDir Path dir) throws Exception {
        Path data = Path.of("target", "h2-sim-failure-test-data", UUID.randomUUID().toString());
        String tenant = "sf-" + System.nanoTime() % 1_000_000;
        String password;
        try (ConfigurableApplicationContext server = start(data)) {
            int port = port(server);
            Http admin = Http.api(port, "admin", ADMIN_PASSWORD);
            assertThat(admin.post("/api/v1/tenants", Map.of("id", tenant, "name", "Hanbit")).status()).isEqualTo(201);
            password = admin.post("/api/v1/tenants/" + tenant + "/users", Map.of("username", tenant + "-hr", "role", "HR_ADMIN"))
                    .json().get("password").asString();
            Http hr = Http.api(port, tenant + "-hr", password);
            assertThat(hr.put("/api/v1/workplaces/" + WP, UiServer.krWorkplace()).status()).isEqualTo(201);
        }

        // While the server is stopped: a simulation and a plan that it left running.
        String simulation = UUID.randomUUID().toString();
        String plan = UUID.randomUUID().toString();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath().resolve("worktime"), "sa", "");
                java.sql.PreparedStatement insert = c.prepareStatement("insert into simulation_job (id, tenant_id, workplace_id, kind, status,"
                        + " stage, done, total, parameters, submitted_by, created_at) values (?, ?, ?, ?, 'RUNNING', 'current law', 0, 1, ?, 'hr',"
                        + " timestamp with time zone '2026-03-12 03:00:00+00')")) {
            for (String[] job : new String[][] {{simulation, "simulation", "{\"policies\":[],\"from\":\"2026-03-02\",\"to\":\"2026-03-31\","
                    + "\"sweep\":null,\"rates\":[]}"}, {plan, "plan", "{}"}}) {
                insert.setString(1, job[0]);
                insert.setString(2, tenant);
                insert.setString(3, WP);
                insert.setString(4, job[1]);
                insert.setString(5, job[2]);
                insert.executeUpdate();
            }
        }

        String en = "the server stopped before the simulation finished: submit it again";
        String ko = "시뮬레이션이 끝나기 전에 서버가 중지되었습니다. 다시 요청하십시오";
        String ja = "シミュレーションの完了前にサーバーが停止しました。もう一度実行してください";
        try (ConfigurableApplicationContext again = start(data)) {
            int port = port(again);
            String base = "http://127.0.0.1:" + port;
            Http hr = Http.api(port, tenant + "-hr", password);
            for (Map.Entry<String, String> said : Map.of("", en, "?lang=ko", ko, "?lang=ja", ja).entrySet()) {
                Http.Response job = hr.get("/api/v1/simulations/" + simulation + said.getKey());
                assertThat(job.status()).as(job.toString()).isEqualTo(200);
                assertThat(job.json().get("status").asString()).isEqualTo("FAILED");
                JsonNode error = job.json().get("error");
                assertThat(error.get("code").asString()).isEqualTo("interrupted");
                assertThat(error.get("detail").asString()).as(said.getKey()).isEqualTo(said.getValue());
            }
            Http.Response planJob = hr.get("/api/v1/plans/" + plan + "?lang=ja");
            assertThat(planJob.json().get("status").asString()).as(planJob.toString()).isEqualTo("FAILED");
            assertThat(planJob.json().get("error").get("detail").asString()).isEqualTo("計画の作成が完了する前にサーバーが停止しました。もう一度実行してください");

            try (Browser b = Browser.open(dir.resolve("profile"), "en-US")) {
                String page = "/workplaces/" + WP + "/simulations/" + simulation;
                b.get(base + page);
                b.find("#username").sendKeys(tenant + "-hr");
                b.find("#password").sendKeys(password);
                b.find("form.card button[type=submit]").click();
                b.await("the job's page", () -> b.driver().getCurrentUrl().startsWith(base + page));
                assertThat(b.text("#status")).isEqualTo("Failed");
                assertThat(b.text("#job-error")).isEqualTo(en);
                b.find(".languages a[lang=ko]").click();
                b.await("Korean", () -> b.find("html").getAttribute("lang").equals("ko"));
                assertThat(b.text("#job-error")).isEqualTo(ko);
                b.find(".languages a[lang=ja]").click();
                b.await("Japanese", () -> b.find("html").getAttribute("lang").equals("ja"));
                assertThat(b.text("#job-error")).isEqualTo(ja);
            }
        }
    }
}
