package org.worktime.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.worktime.core.testing.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The Plans page in headless chromium, the server's clock at Thursday 2026-03-12 in Seoul. HR plans E001 for the next
 * week (2026-03-16 to 22) with 50 h of work, days of at most 10 h and Saturday free: the only plan is Monday to Friday at
 * 10 h (09:00-20:00, the hour's break of Art. 54 from 14:00). The job runs, its comparison shows kr-ordinary fitting with
 * 50:00 h planned; "Use as the draft schedule" imports the five planned shifts, and the Schedule shows them. The auditor
 * reads the plans but has no form and no button.
 */
class PlansBrowserTest extends UiServer {

    static int port;
    static String tenant;
    static String hrPassword;
    static String auditorPassword;
    static Http hr;

    @BeforeAll
    static void seed(@Autowired Environment env) throws Exception {
        port = port(env);
        Tenant t = tenant(port, "plans");
        tenant = t.id();
        hrPassword = t.hrPassword();
        auditorPassword = adminUser(t, "auditor", "AUDITOR");
        hr = t.hr();
        seedKrTeam(t, "E001", "E002");
    }

    static void setValue(Browser b, String css, String value) {
        b.js("const e = document.querySelector(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true}));", css, value);
    }

    @Test
    void aPlanStartedOnThePageBecomesTheDraftSchedule(@TempDir Path dir) throws Exception {
        String base = "http://127.0.0.1:" + port;
        try (Browser b = Browser.open(dir.resolve("profile"), "en-US")) {
            signIn(b, base, tenant + "-hr", hrPassword);
            b.get(base + "/workplaces/" + WP + "/week");
            b.find("nav.pages .nav-plans").click();
            b.await("the plans", () -> b.driver().getCurrentUrl().startsWith(base + "/workplaces/" + WP + "/plans"));
            assertThat(b.text("h1")).isEqualTo("Plans");
            assertThat(b.text("#plans-past + p")).isEqualTo("No plan has been made for this workplace yet.");
            // The form starts at the next workplace week, with kr-ordinary chosen.
            assertThat(b.js("return document.querySelector('#p-from').value + ' ' + document.querySelector('#p-to').value"))
                    .isEqualTo("2026-03-16 2026-03-22");
            assertThat(b.js("return Array.from(document.querySelectorAll('input[name=options]:checked')).map(e => e.value)"))
                    .isEqualTo(List.of("kr-ordinary"));
            setValue(b, "#p-id", "sprint");
            setValue(b, "#p-ids", "E001");
            setValue(b, "#p-work", "50");
            setValue(b, "#p-longest", "10");
            setValue(b, "#p-steps", "200");
            b.find("input[name=freeDays][value=SATURDAY]").click();
            b.screenshot(SCREENSHOTS.resolve("plans-form-en.png"));
            assertThat(Axe.violations(b)).as("axe-core WCAG 2.1 A/AA violations of the plans page").isEmpty();
            b.find("#plan-run").click();
            b.await("the plan's page", () -> b.driver().getCurrentUrl().matches(".*/plans/[0-9a-f-]{36}$"));
            b.await("the plan done", () -> "DONE".equals(b.js("const s = document.querySelector('#status'); return s && s.dataset.status")));
            assertThat(b.text("#status")).isEqualTo("Done");
            assertThat(b.text("#plan-team")).isEqualTo("Team: E001");
            assertThat(b.js("return Array.from(document.querySelectorAll('#plan-comparison tbody tr')).map(r => r.dataset.option + ' '"
                    + " + r.querySelector('.plan-fits').textContent + ' ' + r.querySelector('.plan-planned').textContent + ' '"
                    + " + r.querySelector('.plan-target').textContent + ' ' + r.querySelector('.plan-violations').textContent)"))
                    .isEqualTo(List.of("kr-ordinary yes 50:00 50:00 0"));
            assertThat(Axe.violations(b)).as("axe-core WCAG 2.1 A/AA violations of the plan's page").isEmpty();
            b.screenshot(SCREENSHOTS.resolve("plan-comparison-en.png"));

            b.find("#use-kr-ordinary").click();
            b.await("the schedule", () -> b.driver().getCurrentUrl().contains("/schedule?week=2026-03-16"));
            assertThat(b.text("#imported")).isEqualTo("5 shifts imported.");
            assertThat(b.text(".sched-range")).isEqualTo("Mar 16, 2026 to Mar 22, 2026");
            assertThat(b.js("return Array.from(document.querySelectorAll('#sched-E001 .sched-shift')).map(e => e.closest('td').dataset.day"
                    + " + ' ' + e.querySelector('.sched-time').textContent + ' ' + e.querySelector('.sched-kind').textContent)"))
                    .isEqualTo(List.of("2026-03-16 09:00–20:00 planned", "2026-03-17 09:00–20:00 planned", "2026-03-18 09:00–20:00 planned",
                            "2026-03-19 09:00–20:00 planned", "2026-03-20 09:00–20:00 planned"));
            assertThat(b.driver().findElements(By.cssSelector("#sched-E002 .sched-shift"))).isEmpty();
            // 5 x 10 h of work planned for E001, with the break of the planned shifts: the API's records, exactly.
            var shifts = hr.get("/api/v1/workplaces/" + WP + "/shifts?from=2026-03-16&to=2026-03-22&employee=E001").json();
            assertThat(shifts.size()).isEqualTo(5);
            assertThat(shifts.get(0).toString()).contains("PLANNED");
            assertThat(shifts.get(0).get("data").get("breaks").get(0).asString()).isEqualTo("2026-03-16T14:00:00+09:00/2026-03-16T15:00:00+09:00");
            long worked = 0;
            for (var s : shifts) {
                var data = s.get("data");
                worked += java.time.Duration.between(java.time.OffsetDateTime.parse(data.get("start").asString()),
                        java.time.OffsetDateTime.parse(data.get("end").asString())).toMinutes();
                for (var br : data.get("breaks")) {
                    String[] ends = br.asString().split("/");
                    worked -= java.time.Duration.between(java.time.OffsetDateTime.parse(ends[0]), java.time.OffsetDateTime.parse(ends[1])).toMinutes();
                }
            }
            assertThat(worked).as("minutes of work planned for E001").isEqualTo(50 * 60);

            // The list shows the job, who asked and the options.
            b.get(base + "/workplaces/" + WP + "/plans");
            assertThat(b.js("return Array.from(document.querySelectorAll('#plan-jobs tbody tr')).map(r => r.dataset.status + ' '"
                    + " + r.querySelector('.plan-project').textContent + ' ' + r.querySelector('.plan-options').textContent + ' '"
                    + " + r.querySelector('.plan-by').textContent)")).isEqualTo(List.of("DONE sprint kr-ordinary " + tenant + "-hr"));

            // Japanese.
            b.find(".languages a[lang=ja]").click();
            b.await("Japanese", () -> b.text("h1").equals("計画"));
        }
    }

    @Test
    void anAuditorReadsThePlansButCannotStartOrUseOne(@TempDir Path dir) throws Exception {
        String base = "http://127.0.0.1:" + port;
        var submitted = hr.post("/api/v1/plans", java.util.Map.of("workplace", WP, "project", """
                id: audit-view
                window: {from: 2026-03-23, to: 2026-03-29}
                plannedOn: 2026-03-12
                team: {ids: [E002]}
                work: {total: 40h}
                options: [kr-ordinary]
                """, "steps", 100));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
        String id = submitted.json().get("id").asString();
        try (Browser b = Browser.open(dir.resolve("profile"), "en-US")) {
            signIn(b, base, tenant + "-auditor", auditorPassword);
            b.get(base + "/workplaces/" + WP + "/plans");
            assertThat(b.text("h1")).isEqualTo("Plans");
            assertThat(b.driver().findElements(By.cssSelector("#plan-form"))).isEmpty();
            b.get(base + "/workplaces/" + WP + "/plans/" + id);
            b.await("the plan done", () -> "DONE".equals(b.js("const s = document.querySelector('#status'); return s && s.dataset.status")));
            assertThat(b.js("return Array.from(document.querySelectorAll('#plan-comparison tbody tr')).map(r => r.dataset.option)"))
                    .isEqualTo(List.of("kr-ordinary"));
            assertThat(b.driver().findElements(By.cssSelector(".plan-use"))).isEmpty();
        }
        Http auditor = Http.pages(port, tenant + "-auditor", auditorPassword);
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(auditor.get("/workplaces/" + WP + "/plans").body());
        assertThat(csrf.find()).as("a form on the page carries the token").isTrue();
        Http.Response use = auditor.postForm("/workplaces/" + WP + "/plans/" + id + "/use", Http.form("option", "kr-ordinary", "_csrf", csrf.group(1)));
        assertThat(use.status()).as(use.toString()).isEqualTo(403);
        assertThat(hr.get("/api/v1/workplaces/" + WP + "/shifts?from=2026-03-23&to=2026-03-29&employee=E002").json().size()).isZero();
    }
}
