package org.worktime.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.worktime.core.testing.Browser;

/**
 * The Schedule page in headless chromium, the server's clock at Thursday 2026-03-12 12:00 in Seoul. E002 has 30 h
 * recorded Monday to Wednesday and 10 h planned on Friday. HR types a Saturday shift: 09:00-18:00 is answered "no
 * warning"; changing its end to 23:00 (13 h, 53 h in the week) shows the 52-hour finding (KR-LSA-53-1, its citation)
 * BEFORE anything is saved (the shift is not stored until Save); Save stores it and This week shows it as planned.
 * Copying the week, the auditor's read-only view and the Japanese page are checked too.
 */
class ScheduleBrowserTest extends UiServer {

    static int port;
    static String tenant;
    static String hrPassword;
    static String auditorPassword;
    static Http hr;

    @BeforeAll
    static void seed(@Autowired Environment env) throws Exception {
        port = port(env);
        Tenant t = tenant(port, "sched");
        tenant = t.id();
        hrPassword = t.hrPassword();
        auditorPassword = adminUser(t, "auditor", "AUDITOR");
        hr = t.hr();
        seedKrTeam(t, "E001", "E002");
        StringBuilder csv = new StringBuilder("employee,start,end,breaks,origin\n");
        for (String day : List.of("09", "10", "11")) {
            csv.append(shift("E002", day, "09:00", "20:00", "ACTUAL"));   // 10 h x 3
        }
        csv.append(shift("E002", "13", "09:00", "20:00", "PLANNED"));     // 10 h on Friday
        importShifts(t, csv.toString());
    }

    static void type(WebElement input, String value) {
        // A time input takes the digits of its fields; clearing first, then the value as the browser's own typing.
        input.clear();
        input.sendKeys(value);
    }

    static void setValue(Browser b, String css, String value) {
        b.js("const e = document.querySelector(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true}));", css, value);
    }

    /**
     * Waits until the form has no request in flight and {@code css} is in the answer it put in place: each typed field
     * fires its own check (the latest replaces any earlier one), so an element found too early may be swapped out.
     */
    static void settled(Browser b, String css) throws InterruptedException {
        b.await(css + " after the last check", () -> Boolean.TRUE.equals(b.js("return !document.querySelector('.htmx-request')"
                + " && document.querySelector(arguments[0]) !== null", css)));
        Thread.sleep(300);
        b.await(css + " still there", () -> Boolean.TRUE.equals(b.js("return !document.querySelector('.htmx-request')"
                + " && document.querySelector(arguments[0]) !== null", css)));
    }

    @Test
    void theWarningComesAsYouTypeBeforeTheShiftIsSaved(@TempDir Path dir) throws Exception {
        String base = "http://127.0.0.1:" + port;
        try (Browser b = Browser.open(dir.resolve("profile"), "en-US")) {
            signIn(b, base, tenant + "-hr", hrPassword);
            b.get(base + "/workplaces/" + WP + "/week");
            b.find("nav.pages .nav-schedule").click();
            b.await("the schedule", () -> b.driver().getCurrentUrl().startsWith(base + "/workplaces/" + WP + "/schedule"));
            assertThat(b.text("h1")).isEqualTo("Schedule");
            assertThat(b.text(".sched-range")).isEqualTo("Mar 9, 2026 to Mar 15, 2026");
            // E002's week as stored: three recorded days and Friday's planned shift.
            assertThat(b.js("return Array.from(document.querySelectorAll('#sched-E002 .sched-shift')).map(e => e.closest('td').dataset.day"
                    + " + ' ' + e.querySelector('.sched-time').textContent + ' ' + e.querySelector('.sched-kind').textContent)"))
                    .isEqualTo(List.of("2026-03-09 09:00–20:00 recorded", "2026-03-10 09:00–20:00 recorded", "2026-03-11 09:00–20:00 recorded",
                            "2026-03-13 09:00–20:00 planned"));

            setValue(b, "#f-employee", "E002");
            setValue(b, "#f-date", "2026-03-14");
            setValue(b, "#f-start", "09:00");
            setValue(b, "#f-end", "18:00");
            settled(b, "#whatif .sched-clear");
            assertThat(b.text("#whatif .sched-clear"))
                    .isEqualTo("No warning: with this shift, the week Mar 9, 2026 to Mar 15, 2026 stays within every limit checked.");

            // Two more hours after 21:00 on Saturday: 13 h, 53 h in the week. The warning, before any Save.
            setValue(b, "#f-end", "23:00");
            settled(b, "#whatif .sched-warning");
            assertThat(b.text("#whatif .sched-warning-head"))
                    .isEqualTo("Before you save: this shift would cause 1 finding in the week Mar 9, 2026 to Mar 15, 2026.");
            assertThat(b.js("return Array.from(document.querySelectorAll('#whatif .finding')).map(e => e.dataset.rule)"))
                    .isEqualTo(List.of("KR-LSA-53-1"));
            assertThat(b.text("#whatif .finding .citation")).isEqualTo("Labor Standards Act Art. 53(1)");
            assertThat(b.text("#whatif .finding .message")).contains("53:00");
            // Nothing stored yet: the API lists E002's four shifts only.
            assertThat(hr.get("/api/v1/workplaces/" + WP + "/shifts?from=2026-03-09&to=2026-03-15&employee=E002").json().size()).isEqualTo(4);
            b.screenshot(SCREENSHOTS.resolve("schedule-warning-en.png"));
            assertThat(Axe.violations(b)).as("axe-core WCAG 2.1 A/AA violations of the schedule with its warning").isEmpty();

            b.find("#save").click();
            b.await("saved", () -> b.driver().getCurrentUrl().contains("saved="));
            assertThat(b.text("#saved")).isEqualTo("The planned shift is saved.");
            assertThat(b.js("return Array.from(document.querySelectorAll('#sched-E002 td[data-day=\"2026-03-14\"] .sched-time')).map(e => e.textContent)"))
                    .isEqualTo(List.of("09:00–23:00"));
            assertThat(hr.get("/api/v1/workplaces/" + WP + "/shifts?from=2026-03-09&to=2026-03-15&employee=E002").json().size()).isEqualTo(5);
            b.get(base + "/workplaces/" + WP + "/week");
            assertThat(WebPagesBrowserTest.row(b, "E002")).containsExactly("30:00", "23:00", "52:00", "-1:00", "breach-certain", "Breach certain");

            // Copy the week: Friday's and Saturday's planned shifts to the week of 2026-03-16.
            b.get(base + "/workplaces/" + WP + "/schedule?week=2026-03-09");
            b.find("#copy-week").click();
            b.await("copied", () -> b.driver().getCurrentUrl().contains("copied="));
            assertThat(b.text("#copied")).isEqualTo("2 planned shifts copied to this week.");
            assertThat(b.js("return Array.from(document.querySelectorAll('#sched-E002 .sched-shift')).map(e => e.closest('td').dataset.day"
                    + " + ' ' + e.querySelector('.sched-time').textContent)"))
                    .isEqualTo(List.of("2026-03-20 09:00–20:00", "2026-03-21 09:00–23:00"));
            assertThat(b.fitsAPhone()).as("the schedule at 390 px").isTrue();

            // Japanese.
            b.find(".languages a[lang=ja]").click();
            b.await("Japanese", () -> b.text("h1").equals("勤務予定"));
            assertThat(b.text("#add-title")).isEqualTo("予定勤務を追加");
            b.screenshot(SCREENSHOTS.resolve("schedule-ja.png"));
        }
    }

    @Test
    void anAuditorReadsTheScheduleButCannotChangeIt(@TempDir Path dir) throws Exception {
        String base = "http://127.0.0.1:" + port;
        try (Browser b = Browser.open(dir.resolve("profile"), "en-US")) {
            signIn(b, base, tenant + "-auditor", auditorPassword);
            b.get(base + "/workplaces/" + WP + "/schedule?week=2026-03-09");
            assertThat(b.text("h1")).isEqualTo("Schedule");
            assertThat(b.driver().findElements(org.openqa.selenium.By.cssSelector("#add-shift, #copy-week, .sched-remove"))).isEmpty();
        }
        // And the write endpoints answer 403 to the auditor, whatever the page shows.
        // (with the page's own CSRF token, so the 403 is the role's, not the token's).
        Http auditor = Http.pages(port, tenant + "-auditor", auditorPassword);
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(auditor.get("/workplaces/" + WP + "/schedule?week=2026-03-09").body());
        assertThat(csrf.find()).isTrue();
        Http.Response copy = auditor.postForm("/workplaces/" + WP + "/schedule/copy", Http.form("week", "2026-03-09", "_csrf", csrf.group(1)));
        assertThat(copy.status()).as(copy.toString()).isEqualTo(403);
        assertThat(hr.get("/api/v1/workplaces/" + WP + "/shifts?from=2026-03-16&to=2026-03-22&employee=E002").json().size()).isEqualTo(0);
    }
}
