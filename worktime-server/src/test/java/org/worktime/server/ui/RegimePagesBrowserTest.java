package org.worktime.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.worktime.core.testing.Browser;
import org.worktime.server.WorktimeServer;

/**
 * The Agreements, Exemptions and Simulation pages in Debian's headless chromium, against a server started here on an
 * H2 file so that it can be stopped and started again on the same file: examples/kr-team seeded through the API, an
 * agreement added through the API shows with its state, the exemption verdicts of a fixture employee under two
 * regimes (exact), a simulation run from the page finishes with the report's numbers (exact, the CLI's for the same
 * files) and its charts drawn, and after the restart the job is still listed. Screenshots go to docs/screenshots.
 */
class RegimePagesBrowserTest {

    static final String ADMIN_PASSWORD = "regimes-test-admin-password-1";
    static final Path KR_TEAM = Path.of("..", "examples", "kr-team");
    static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");
    static final String WP = "hanbit-soft-seoul";

    static ConfigurableApplicationContext start(Path data) {
        // As arguments: they win over application.yaml (default properties would not).
        return new SpringApplicationBuilder(WorktimeServer.class).run("--worktime.data=" + data.toAbsolutePath(),
                "--worktime.admin.initial-password=" + ADMIN_PASSWORD, "--server.port=0");
    }

    static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void agreementsExemptionsAndASimulationThatOutlivesARestart(@TempDir Path dir) throws Exception {
        Path data = Path.of("target", "h2-regimes-test-data", UUID.randomUUID().toString());
        String jobId;
        String tenant;
        String password;
        try (ConfigurableApplicationContext server = start(data)) {
            int port = port(server);
            String base = "http://127.0.0.1:" + port;
            Http admin = Http.api(port, "admin", ADMIN_PASSWORD);
            tenant = "rg-" + System.nanoTime() % 1_000_000;
            assertThat(admin.post("/api/v1/tenants", Map.of("id", tenant, "name", "Hanbit")).status()).isEqualTo(201);
            Http.Response user = admin.post("/api/v1/tenants/" + tenant + "/users", Map.of("username", tenant + "-hr", "role", "HR_ADMIN"));
            password = user.json().get("password").asString();
            Http hr = Http.api(port, tenant + "-hr", password);
            seed(hr);

            try (Browser b = Browser.open(dir.resolve("profile"), "en-US")) {
                signIn(b, base, tenant + "-hr", password, "/workplaces/" + WP + "/agreements");

                // Agreements: the fixture's Art. 53 agreement, and the two added through the API, each with its state.
                assertThat(b.text("h1")).isEqualTo("Agreements and arrangements");
                assertThat(agreement(b, 1)).containsExactly("Special extended work authorization (Art. 53(4)) KR-LSA-53-4",
                        "Mar 9, 2026 to Mar 20, 2026", "Expired", "Kim Minji E001, Lee Junho E002", "ground: WORKLOAD_SURGE\napprovedOn: 2026-03-06");
                assertThat(agreement(b, 2)).containsExactly("Flexible working hours KR-LSA-51-2", "from Jan 1, 2099", "Not yet in force",
                        "Every employee", "unitWeeks: 12");
                assertThat(b.find("#agreement-0").getAttribute("data-kind")).isEqualTo("KR-LSA-53-1");
                assertThat(b.fitsAPhone()).as("the agreements page at 390 px: %s", wide(b)).isTrue();
                for (String css : List.of(".agreements-state", "a", ".context", "thead th", "td", ".code", ".id")) {
                    assertThat(b.lowestContrast(css)).as("contrast of %s", css).isGreaterThanOrEqualTo(4.5);
                }
                // The form refuses what the workplace reader refuses, with its message.
                b.find("#kind").sendKeys("KR-LSA-53-9");
                b.js("document.getElementById('agreement-from').value = '2026-01-01'");
                b.find("#save").click();
                b.await("the refusal", () -> !b.driver().findElements(org.openqa.selenium.By.cssSelector("#agreement-problems")).isEmpty());
                assertThat(b.text("#agreement-problems li")).startsWith("agreements[3].kind: unknown agreement kind KR-LSA-53-9");
                b.screenshot(SCREENSHOTS.resolve("agreements-en.png"));
                assertThat(Axe.violations(b)).as("axe-core WCAG 2.1 A/AA violations of %s", "agreements-en").isEmpty();

                // Exemptions on 2026-03-31: Han Jiwoo (E008) under Korea's Art. 63 and under the proposed high-income exemption.
                b.get(base + "/workplaces/" + WP + "/exemptions?on=2026-03-31");
                assertThat(b.text("h1")).isEqualTo("Exemptions");
                assertThat(b.js("return Array.from(document.querySelectorAll('#exemptions thead th[data-regime]')).map(e => e.dataset.regime)"))
                        .isEqualTo(List.of("KR-LSA", "JP-HPS", "JP-LSA-41", "US-FLSA", "US-CA", "KR-ADOPTS-JP-HPS", "KR-ADOPTS-US-HCE",
                                "KR-PROPOSAL-HIGH-INCOME", "KR-PROPOSAL-SEMI-RD"));
                String e008 = "#employee-E008 td[data-regime=";
                assertThat(b.text(e008 + "KR-LSA] summary")).isEqualTo("Not exempt");
                assertThat(b.text(e008 + "KR-PROPOSAL-HIGH-INCOME] summary")).isEqualTo("Not exempt");
                b.find(e008 + "KR-PROPOSAL-HIGH-INCOME] summary").click();
                assertThat(b.text(e008 + "KR-PROPOSAL-HIGH-INCOME] li[data-key] ")).isEqualTo("annual pay at least the threshold (bonuses count):"
                        + " observed: KRW 50,400,000 a year; required: KRW 100,000,000 a year (policy KR-PROPOSAL-HIGH-INCOME from 2027-01-01); not met");
                // The FLSA judges a salary in USD: without a stated rate, a salary in KRW cannot be compared.
                assertThat(b.text(e008 + "US-FLSA] summary")).isEqualTo("Undetermined");
                assertThat(b.fitsAPhone()).as("the exemptions page at 390 px: %s", wide(b)).isTrue();
                b.screenshot(SCREENSHOTS.resolve("exemptions-en.png"));
                assertThat(Axe.violations(b)).as("axe-core WCAG 2.1 A/AA violations of %s", "exemptions-en").isEmpty();

                // Simulation from the page: the high-income policy over March 2026, with a sweep of three thresholds.
                b.get(base + "/workplaces/" + WP + "/simulations");
                assertThat(b.text("h1")).isEqualTo("Simulation");
                b.find("input[name=policy][value='kr-high-income-white-collar.yaml']").click();
                b.js("document.getElementById('from').value = '2026-03-02'; document.getElementById('to').value = '2026-03-31'");
                b.find("#sweep-from").sendKeys("50M");
                b.find("#sweep-to").sendKeys("150M");
                b.find("#sweep-step").sendKeys("50M");
                assertThat(b.fitsAPhone()).as("the simulation page at 390 px: %s", wide(b)).isTrue();
                b.find("#run").click();
                b.await("the job's page", () -> b.driver().getCurrentUrl().matches(".*/simulations/[0-9a-f-]{36}$"));
                jobId = b.driver().getCurrentUrl().substring(b.driver().getCurrentUrl().lastIndexOf('/') + 1);
                long until = System.nanoTime() + 120_000_000_000L;
                while (System.nanoTime() < until && !"DONE".equals(status(b))) {
                    Thread.sleep(250);
                }
                assertThat(b.find("#status").getAttribute("data-status")).isEqualTo("DONE");
                assertThat(b.text("#status")).isEqualTo("Done");
                assertThat(b.text(".simulation-sweep")).isEqualTo("50,000,000 to 150,000,000 KRW, step 50,000,000");
                b.await("the report", () -> b.driver().findElements(org.openqa.selenium.By.cssSelector("#report")).size() == 1);
                // The frame is the policy module's report (sandboxed: no script runs in it); read from the page.
                b.await("the report's table", () -> (Boolean) b.js("var d = document.getElementById('report').contentDocument;"
                        + " return d != null && d.getElementById('comparison') != null"));
                assertThat(b.js("var d = document.getElementById('report').contentDocument;"
                        + " return Array.from(d.querySelectorAll('svg.chart')).map(s => s.id + ':' + Array.from(s.querySelectorAll('.bar,.point'))"
                        + ".filter(e => { var r = e.getBBox(); return r.width > 0 && r.height > 0; }).length)"))
                        .isEqualTo(List.of("hours-before:3", "hours-after-0:3", "sweep-share:3", "sweep-cost:3", "sweep-52:3"));
                assertThat(b.js("var d = document.getElementById('report').contentDocument;"
                        + " return Array.from(d.querySelectorAll('#comparison tr[data-policy] td')).map(e => e.textContent)"))
                        .isEqualTo(List.of("High-income white-collar exemption (proposal, configurable threshold)", "100,000,000 KRW", "0 (0%)", "0",
                                "0", "0 KRW", "0", "0", "0"));
                assertThat(b.js("var d = document.getElementById('report').contentDocument;"
                        + " return Array.from(d.querySelectorAll('#current-law td')).map(e => e.textContent)"))
                        .isEqualTo(List.of("Current law", "", "0", "0", "0 of 7", "740,952 KRW owed", "0", "0", "0 of 1"));
                // The report's own style applies in the frame (its table headers' grey), and the frame is as tall as the report.
                assertThat(b.js("return getComputedStyle(document.getElementById('report').contentDocument.querySelector('th')).backgroundColor"))
                        .isEqualTo("rgb(241, 243, 245)");
                assertThat(((Number) b.js("return document.getElementById('report').offsetHeight")).intValue()).isGreaterThan(2000);
                b.screenshot(SCREENSHOTS.resolve("simulation-en.png"));
                assertThat(Axe.violations(b)).as("axe-core WCAG 2.1 A/AA violations of %s", "simulation-en").isEmpty();
            }
        }

        // A job the stopped server left running (as a kill would leave it), written into its file while it is stopped.
        String interrupted = UUID.randomUUID().toString();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath().resolve("worktime"), "sa", "");
                java.sql.PreparedStatement insert = c.prepareStatement("insert into simulation_job (id, tenant_id, workplace_id, status, stage,"
                        + " done, total, parameters, submitted_by, created_at) values (?, ?, ?, 'RUNNING', 'current law', 0, 1, ?, 'hr',"
                        + " timestamp with time zone '2026-12-01 00:00:00+00')")) {
            insert.setString(1, interrupted);
            insert.setString(2, tenant);
            insert.setString(3, WP);
            insert.setString(4, "{\"policies\":[],\"from\":\"2026-03-02\",\"to\":\"2026-03-31\",\"sweep\":null,\"rates\":[]}");
            insert.executeUpdate();
        }

        // A new server on the same H2 file: the job is still listed, done, with its report; the interrupted one failed, with why.
        try (ConfigurableApplicationContext again = start(data)) {
            int port = port(again);
            String base = "http://127.0.0.1:" + port;
            Http hr = Http.api(port, tenant + "-hr", password);
            Http.Response done = hr.get("/api/v1/simulations/" + jobId);
            assertThat(done.json().get("status").asString()).isEqualTo("DONE");
            assertThat(done.json().get("result").get("policies").get(0).get("sweep").size()).isEqualTo(3);
            Http.Response failed = hr.get("/api/v1/simulations/" + interrupted);
            assertThat(failed.json().get("status").asString()).isEqualTo("FAILED");
            assertThat(failed.json().get("error").get("detail").asString())
                    .isEqualTo("the server stopped before the simulation finished: submit it again");
            try (Browser b = Browser.open(dir.resolve("profile2"), "ko-KR")) {
                signIn(b, base, tenant + "-hr", password, "/workplaces/" + WP + "/simulations");
                assertThat(b.text("h1")).isEqualTo("시뮬레이션");
                assertThat(b.text("#job-" + jobId + " td")).isEqualTo("고소득 화이트칼라 근로시간 적용제외 (제안, 기준액 조정 가능)");
                b.screenshot(SCREENSHOTS.resolve("simulation-jobs-ko.png"));
                assertThat(Axe.violations(b)).as("axe-core WCAG 2.1 A/AA violations of %s", "simulation-jobs-ko").isEmpty();
                assertThat(b.text("#job-" + jobId + " .job-status")).isEqualTo("완료");
            }
        }
    }

    /** The elements wider than a phone, for the message of a failed width check. */
    static Object wide(Browser b) {
        b.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            return b.js("return document.documentElement.scrollWidth + ' > ' + window.innerWidth + ': ' + Array.from(document.querySelectorAll('body *'))"
                    + ".filter(e => e.getBoundingClientRect().right > window.innerWidth && !e.closest('.table-wrap table'))"
                    + ".map(e => e.tagName + '.' + e.className + '#' + e.id + '@' + Math.round(e.getBoundingClientRect().right)).slice(0, 12)");
        } finally {
            b.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }

    /** The job's status, read again when htmx swapped the element out while it was read. */
    static String status(Browser b) {
        try {
            return b.find("#status").getAttribute("data-status");
        } catch (org.openqa.selenium.WebDriverException swapped) {
            return null;
        }
    }

    static void signIn(Browser b, String base, String username, String password, String path) throws InterruptedException {
        b.get(base + path);
        b.find("#username").sendKeys(username);
        b.find("#password").sendKeys(password);
        b.find("form.card button[type=submit]").click();
        b.await("the page asked for", () -> b.driver().getCurrentUrl().startsWith(base + path));
    }

    /** What, validity, state, covers and terms of an agreement's row. */
    static List<String> agreement(Browser b, int index) {
        String r = "#agreement-" + index;
        return List.of(b.text(r + " th"), b.text(r + " .validity"), b.text(r + " .agreements-state"), b.text(r + " .covers"), b.text(r + " .terms"));
    }

    /** The kr-team workplace with two more agreements (through PUT), its employees and its shifts. */
    @SuppressWarnings("unchecked")
    static void seed(Http hr) throws Exception {
        Map<String, Object> workplace = new ObjectMapper(new YAMLFactory()).readValue(KR_TEAM.resolve("workplace.yaml").toFile(), LinkedHashMap.class);
        assertThat(hr.put("/api/v1/workplaces/" + WP, workplace).status()).isEqualTo(201);
        List<String> lines = Files.readAllLines(KR_TEAM.resolve("employees.csv")).stream().filter(l -> !l.isBlank()).toList();
        for (String line : lines.subList(1, lines.size())) {
            List<String> c = cells(line);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", c.get(0));
            e.put("name", c.get(1));
            e.put("birthDate", c.get(2));
            e.put("hireDate", c.get(3));
            e.put("contract", Map.of("workdays", c.get(5), "dailyHours", c.get(6)));
            Map<String, Object> wage = new LinkedHashMap<>();
            wage.put("type", c.get(7));
            wage.put("amount", c.get(8));
            wage.put("currency", c.get(9));
            if (!c.get(10).isEmpty()) {
                wage.put("monthlyHours", c.get(10));
            }
            e.put("wage", wage);
            e.put("attributes", Map.of("team", c.get(14)));
            Http.Response put = hr.put("/api/v1/workplaces/" + WP + "/employees/" + c.get(0), e);
            assertThat(put.status()).as(put.toString()).isEqualTo(201);
        }
        Http.Response imported = hr.upload("/api/v1/workplaces/" + WP + "/imports", "shifts.csv", Files.readAllBytes(KR_TEAM.resolve("shifts.csv")));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        List<Object> agreements = new ArrayList<>((List<Object>) workplace.get("agreements"));
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("ground", "WORKLOAD_SURGE");
        terms.put("approvedOn", "2026-03-06");
        agreements.add(Map.of("kind", "KR-LSA-53-4", "from", "2026-03-09", "to", "2026-03-20", "employees", List.of("E001", "E002"),
                "terms", terms));
        agreements.add(Map.of("kind", "KR-LSA-51-2", "from", "2099-01-01", "terms", Map.of("unitWeeks", 12)));
        workplace.put("agreements", agreements);
        Http.Response put = hr.put("/api/v1/workplaces/" + WP, workplace);
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
    }

    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
