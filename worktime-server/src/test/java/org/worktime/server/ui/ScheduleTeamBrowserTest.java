package org.worktime.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.worktime.core.testing.Browser;

/**
 * The Schedule's team filter, in headless chromium: three employees of two teams (platform: E001, E002; mobile: E003).
 * The grid shows every one; picking the mobile team shows E003 alone, in the grid and in the form's employee list, and
 * the week links keep the team; a manager of the platform team sees their team only and no picker (one team).
 */
class ScheduleTeamBrowserTest extends UiServer {

    static int port;
    static Tenant t;
    static String leadPassword;

    @BeforeAll
    static void seed(@Autowired Environment env) throws Exception {
        port = port(env);
        t = tenant(port, "steam");
        seedKrTeam(t, "E001", "E002", "E003");
        importShifts(t, "employee,start,end,breaks,origin\n" + shift("E001", "10", "09:00", "18:00", "ACTUAL")
                + shift("E003", "13", "09:00", "18:00", "PLANNED"));
        leadPassword = t.user(Map.of("username", t.id() + "-lead", "role", "MANAGER", "team", "platform"));
    }

    static List<Object> rows(Browser b) {
        return List.copyOf((List<?>) b.js("return Array.from(document.querySelectorAll('table.sched tbody tr')).map(r => r.id)"));
    }

    static List<Object> choices(Browser b) {
        return List.copyOf((List<?>) b.js("return Array.from(document.querySelectorAll('#f-employee option')).map(o => o.value)"));
    }

    @Test
    void theGridShowsThePickedTeamOnly(@TempDir Path dir) throws Exception {
        String base = "http://127.0.0.1:" + port;
        try (Browser b = Browser.open(dir.resolve("profile"), "en-US")) {
            signIn(b, base, t.id() + "-hr", t.hrPassword());
            b.get(base + "/workplaces/" + WP + "/schedule?week=2026-03-09");
            assertThat(rows(b)).containsExactly("sched-E001", "sched-E002", "sched-E003");
            assertThat(b.js("return Array.from(document.querySelectorAll('#team option')).map(o => o.textContent)"))
                    .isEqualTo(List.of("All teams", "mobile", "platform"));

            b.find("#team option[value=mobile]").click();
            b.find(".team-picker button[type=submit]").click();
            b.await("the mobile team", () -> b.driver().getCurrentUrl().contains("team=mobile"));
            assertThat(rows(b)).containsExactly("sched-E003");
            assertThat(choices(b)).containsExactly("", "E003");
            assertThat(b.text("#sched-E003 td[data-day='2026-03-13'] .sched-time")).isEqualTo("09:00–18:00");
            assertThat(b.find("#team").getAttribute("value")).isEqualTo("mobile");
            assertThat(b.find("#next-week").getAttribute("href")).isEqualTo(base + "/workplaces/" + WP + "/schedule?week=2026-03-16&team=mobile");
            b.find("#next-week").click();
            b.await("the next week", () -> b.text(".sched-range").equals("Mar 16, 2026 to Mar 22, 2026"));
            assertThat(rows(b)).containsExactly("sched-E003");
            assertThat(b.fitsAPhone()).as("the schedule with its team picker at 390 px").isTrue();
            assertThat(Axe.violations(b)).as("axe-core WCAG 2.1 A/AA violations of the schedule's team picker").isEmpty();

            // A team that is not one of the user's is no filter: every row, as without one.
            b.get(base + "/workplaces/" + WP + "/schedule?week=2026-03-09&team=sales");
            assertThat(rows(b)).containsExactly("sched-E001", "sched-E002", "sched-E003");
        }
        try (Browser b = Browser.open(dir.resolve("profile-lead"), "en-US")) {
            signIn(b, base, t.id() + "-lead", leadPassword);
            b.get(base + "/workplaces/" + WP + "/schedule?week=2026-03-09&team=mobile");
            assertThat(rows(b)).containsExactly("sched-E001", "sched-E002");
            assertThat(b.driver().findElements(org.openqa.selenium.By.cssSelector("#team"))).isEmpty();
        }
    }

    static List<Object> shiftsOf(Browser b, String employee) {
        return List.copyOf((List<?>) b.js("return Array.from(document.querySelectorAll('#sched-' + arguments[0] + ' .sched-shift'))"
                + ".map(e => e.closest('td').dataset.day + ' ' + e.querySelector('.sched-time').textContent)", employee));
    }

    /** The page the browser is on shows the mobile team only (E003), its picker on mobile, the week given. */
    static void onTheMobileTeam(Browser b, String week) {
        assertThat(b.driver().getCurrentUrl()).contains("week=" + week + "&team=mobile");
        assertThat(rows(b)).containsExactly("sched-E003");
        assertThat(b.find("#team").getAttribute("value")).isEqualTo("mobile");
    }

    @Test
    void saveCopyRemoveAndImportComeBackToThePickedTeam(@TempDir Path dir) throws Exception {
        String base = "http://127.0.0.1:" + port;
        try (Browser b = Browser.open(dir.resolve("profile"), "en-US")) {
            signIn(b, base, t.id() + "-hr", t.hrPassword());
            b.get(base + "/workplaces/" + WP + "/schedule?week=2026-03-23&team=mobile");
            onTheMobileTeam(b, "2026-03-23");

            ScheduleBrowserTest.setValue(b, "#f-employee", "E003");
            ScheduleBrowserTest.setValue(b, "#f-date", "2026-03-24");
            ScheduleBrowserTest.setValue(b, "#f-start", "09:00");
            ScheduleBrowserTest.setValue(b, "#f-end", "18:00");
            ScheduleBrowserTest.settled(b, "#whatif .sched-clear");
            b.find("#save").click();
            b.await("saved", () -> b.driver().getCurrentUrl().contains("saved="));
            onTheMobileTeam(b, "2026-03-24");
            assertThat(b.text("#saved")).isEqualTo("The planned shift is saved.");
            assertThat(shiftsOf(b, "E003")).containsExactly("2026-03-24 09:00–18:00");

            b.find("#copy-week").click();
            b.await("copied", () -> b.driver().getCurrentUrl().contains("copied="));
            onTheMobileTeam(b, "2026-03-30");
            assertThat(b.text("#copied")).isEqualTo("1 planned shift copied to this week.");
            assertThat(shiftsOf(b, "E003")).containsExactly("2026-03-31 09:00–18:00");

            b.find("#sched-E003 td[data-day='2026-03-31'] .sched-remove button").click();
            b.await("removed", () -> b.driver().getCurrentUrl().contains("removed"));
            onTheMobileTeam(b, "2026-03-30");
            assertThat(shiftsOf(b, "E003")).isEmpty();

            Path plan = dir.resolve("shifts.csv");
            java.nio.file.Files.writeString(plan, "employee,start,end,breaks,origin\n" + "E003,2026-04-01T10:00,2026-04-01T19:00,13:00-14:00,PLANNED\n");
            b.find("#plan-file").sendKeys(plan.toAbsolutePath().toString());
            b.find("#import-plan").click();
            b.await("imported", () -> b.driver().getCurrentUrl().contains("imported="));
            onTheMobileTeam(b, "2026-03-30");
            assertThat(b.text("#imported")).isEqualTo("1 shift imported.");
            assertThat(shiftsOf(b, "E003")).containsExactly("2026-04-01 10:00–19:00");
        }
    }
}
